"""Regenerate the studio's translations: ``.ts`` sources and compiled ``.qm`` files.

    python scripts/i18n_update.py                      # extract, merge, compile
    python scripts/i18n_update.py --fill new.json      # ... and fill from a JSON file
    python scripts/i18n_update.py --check              # exit 1 when anything is missing

1. ``pyside6-lupdate`` extracts the strings of the studio (``tr("...")`` in ``app/``) and of
   core (``translate("Context", "...")`` in ``core/``: validation messages, printed labels).
2. The catalogues are read by introspection, because their strings are data, not calls:
   measurement names, groups and how-to-measure texts; the garments' titles, option names,
   help and choices; fabric names; and, from drafting every garment with the sample customer
   (and each option choice), piece names, titles and printed labels and the check kinds. So a
   garment merged from another branch brings its strings here without edits to it.
3. Translations already in ``resources/i18n/mtm_<lang>.ts`` are kept (keyed by context and
   English text); ``--fill FILE`` adds missing ones from ``{"vi": {"English": "dịch"},
   "zh_CN": {...}, "id": {...}}`` (a key ``"Context::English"`` fills one context only;
   ``--force`` lets the file replace existing ones). Strings
   that vanished from the code are dropped (no obsolete entries); strings without a
   translation are written ``type="unfinished"`` and listed.
4. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the studio loads (committed,
   so a wheel ships them and nothing is compiled at run time).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
I18N_DIR = ROOT / "resources" / "i18n"
TARGETS: tuple[str, ...] = ("vi", "zh_CN", "id")
#: Qt's standard button texts (QDialogButtonBox / QMessageBox); Qt ships no Vietnamese or
#: Indonesian translation of its own, so the studio's files carry these.
QT_BUTTONS: tuple[str, ...] = ("OK", "Save", "Open", "Cancel", "Close", "Discard",
                               "Apply", "Reset", "Help", "&Yes", "&No", "Yes to &All",
                               "N&o to All", "Abort", "Retry", "Ignore", "Restore Defaults",
                               "Save All")

Message = tuple[str, str]  # (context, English source)


def _tool(name: str) -> str:
    """A PySide6 tool (pyside6-lupdate, pyside6-lrelease) next to this Python, else on PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"i18n_update: {name} not found (it comes with PySide6-Essentials)")
    return found


# -- extraction ------------------------------------------------------------------------------

def lupdate_messages() -> list[Message]:
    """The ``tr``/``translate`` strings of app/, core/ and render/, as pyside6-lupdate finds
    them."""
    sources = [str(p) for folder in ("app", "core", "render")
               for p in sorted((ROOT / folder).rglob("*.py"))]
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "extract.ts"
        listing = Path(tmp) / "sources.lst"
        listing.write_text("\n".join(sources))
        subprocess.run([_tool("pyside6-lupdate"), f"@{listing}", "-locations", "none",
                        "-no-obsolete", "-silent", "-ts", str(ts)],
                       check=True, capture_output=True, text=True)
        root = ET.parse(ts).getroot()
    out: list[Message] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or ""))
    return out


def _sample_measurements():
    from mtm.core.io.measurement_files import read_measurements

    women = read_measurements(ROOT / "resources" / "samples" / "median_woman.json")
    return women.with_estimates()


def catalogue_messages() -> list[Message]:
    """The catalogue strings (measurements, garments, fabrics, pieces, checks)."""
    from mtm.core import i18n
    from mtm.core.drape.fabrics import fabric_names, load_fabric
    from mtm.core.measurements import CATALOGUE, GROUPS, RELATIONS
    from mtm.patterns import garment_names, get_garment
    from mtm.render.textures import LOOKS

    out: list[Message] = [(i18n.MEASUREMENTS, g) for g in GROUPS]
    for spec in CATALOGUE.values():
        out += [(i18n.MEASUREMENTS, spec.label), (i18n.MEASUREMENTS, spec.definition)]
    out += [(i18n.VALIDATION, rule.message) for rule in RELATIONS]
    out += [(i18n.FABRICS, load_fabric(name).label or name.replace("_", " "))
            for name in fabric_names()]
    out += [(i18n.FABRICS, look) for look in LOOKS]  # the 3D looks' names
    ms = _sample_measurements()
    for name in garment_names():
        spec = get_garment(name)
        out += [(i18n.GARMENTS, spec.title), (i18n.GARMENTS, spec.system)]
        variants: list[dict] = [{}]
        for option in spec.options:
            out += [(i18n.GARMENTS, option_label(option.name)), (i18n.GARMENTS, option.help)]
            out += [(i18n.GARMENTS, choice_label(c)) for c in option.choices]
            variants += [{option.name: c} for c in option.choices if c != option.default]
            if option.kind == "bool":
                variants.append({option.name: not option.default})
        for options in variants:
            garment = spec.draft(ms, options)
            for piece in garment.pieces:
                out += [(i18n.PIECES, piece_name(piece.name)), (i18n.PIECES, piece.title),
                        (i18n.PIECES, piece.fabric)]
                out += [(i18n.PIECES, label.text) for label in piece.labels]
                out += [(i18n.PIECES, line.kind) for line in piece.internal_lines]
            out += [(i18n.CHECKS, check.name.partition(":")[0]) for check in garment.checks]
    out += [("QPlatformTheme", text) for text in QT_BUTTONS]
    return out


def option_label(name: str) -> str:
    """An option's name as the studio shows it ('sleeve_length' -> 'Sleeve length')."""
    return name.replace("_", " ").capitalize()


def choice_label(choice: str) -> str:
    return choice.replace("_", " ")


def piece_name(name: str) -> str:
    return name.replace("_", " ")


def all_messages() -> list[Message]:
    """Every message, in a stable order, each once (empty texts left out)."""
    seen: dict[Message, None] = {}
    for message in lupdate_messages() + catalogue_messages():
        if message[1]:
            seen.setdefault(message, None)
    return list(seen)


# -- .ts files -------------------------------------------------------------------------------

def read_ts(path: Path) -> dict[Message, str]:
    """Finished translations of a .ts file (context, English) -> text; {} when missing."""
    if not path.exists():
        return {}
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and not translation.get("type") and translation.text:
                out[(name, message.findtext("source") or "")] = translation.text
    return out


def ts_text(lang: str, messages: Iterable[Message], done: dict[Message, str]) -> str:
    """The .ts XML of ``lang``: contexts sorted, messages in extraction order."""
    by_context: dict[str, list[str]] = {}
    for context, source in messages:
        by_context.setdefault(context, []).append(source)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{lang}" sourcelanguage="en">']
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for source in by_context[context]:
            text = done.get((context, source))
            lines += ["    <message>", f"        <source>{escape(source)}</source>"]
            if text:
                lines.append(f"        <translation>{escape(text)}</translation>")
            else:
                lines.append('        <translation type="unfinished"></translation>')
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def fill(done: dict[Message, str], messages: list[Message], table: dict[str, str],
         force: bool = False) -> int:
    """Add translations from ``{English: text}`` to every message with that English text (a
    key ``"Context::English"`` applies to that context only and wins, for a word that means
    two things, like the toolbar's "Fit" and a garment's "Fit"); returns how many were added
    or replaced."""
    count = 0
    for message in messages:
        text = table.get(f"{message[0]}::{message[1]}") or table.get(message[1])
        if text and (force or message not in done) and done.get(message) != text:
            done[message] = text
            count += 1
    return count


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True, text=True)


def update(fill_file: Path | None = None, force: bool = False, check: bool = False,
           folder: Path = I18N_DIR) -> dict[str, list[Message]]:
    """Regenerate (or with ``check`` only compare) every language; returns the unfinished
    messages per language."""
    messages = all_messages()
    table = json.loads(fill_file.read_text(encoding="utf-8")) if fill_file else {}
    unknown = set(table) - set(TARGETS)
    if unknown:
        raise SystemExit(f"i18n_update: unknown language(s) in {fill_file}: "
                         f"{', '.join(sorted(unknown))}; expected {', '.join(TARGETS)}")
    missing: dict[str, list[Message]] = {}
    stale: list[str] = []
    for lang in TARGETS:
        ts = folder / f"mtm_{lang}.ts"
        done = read_ts(ts)
        added = fill(done, messages, table.get(lang, {}), force)
        text = ts_text(lang, messages, done)
        missing[lang] = [m for m in messages if m not in done]
        if check:
            if not ts.exists() or ts.read_text(encoding="utf-8") != text:
                stale.append(ts.name)
            continue
        folder.mkdir(parents=True, exist_ok=True)
        ts.write_text(text, encoding="utf-8")
        compile_qm(ts, folder / f"mtm_{lang}.qm")
        print(f"{lang}: {len(messages)} messages, {added} filled, "
              f"{len(missing[lang])} unfinished")
    if stale:
        print(f"out of date: {', '.join(stale)} (run scripts/i18n_update.py)")
        missing.setdefault("stale", [("", name) for name in stale])
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fill", type=Path, metavar="JSON",
                        help='translations {"vi": {"English": "..."}, "zh_CN": {...}, '
                             '"id": {...}} for strings without one')
    parser.add_argument("--force", action="store_true",
                        help="let --fill replace translations that exist")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 when a .ts is out of date or unfinished")
    parser.add_argument("--list", action="store_true", help="print the unfinished messages")
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    missing = update(args.fill, args.force, args.check)
    bad = {lang: items for lang, items in missing.items() if items}
    if args.list:
        for lang, items in bad.items():
            for context, source in items:
                print(f"{lang}\t{context}\t{source}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
