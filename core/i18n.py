"""Translations without Qt: the studio's language for what ``core`` itself writes.

The studio translates its own widgets with Qt (``QTranslator`` and the compiled ``.qm`` files
in ``resources/i18n``). What ``core`` produces — validation messages, the labels printed on
PDF and SVG cut files — is made where no Qt may be imported, so this module reads the same
translations from the ``.ts`` sources next to the ``.qm`` files (plain XML, one source of
truth, nothing generated twice). The studio calls :func:`set_language` once at start; the
``mtm`` command line never does and stays English.

Catalogue strings (measurement names, garment options, fabric names, piece labels, check
kinds) are keyed by a context and their English text, exactly as Qt keys them, so the studio
can show them through ``QCoreApplication.translate`` and core through :func:`tr`.
"""

from __future__ import annotations

import functools
import unicodedata
import xml.etree.ElementTree as ET
from importlib import resources

#: Languages the studio ships, English first (the source language, no file).
LANGUAGES: tuple[str, ...] = ("en", "vi", "zh_CN", "id")
#: Each language's own name, for the language menu.
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "vi": "Tiếng Việt", "zh_CN": "简体中文",
                                  "id": "Bahasa Indonesia"}
#: Languages that write a decimal comma (Vietnamese and Indonesian).
DECIMAL_COMMA: frozenset[str] = frozenset({"vi", "id"})

#: Contexts of the catalogue strings (shared by the studio, core and scripts/i18n_update.py).
MEASUREMENTS = "Measurements"
GARMENTS = "Garments"
FABRICS = "Fabrics"
PIECES = "Pieces"
CHECKS = "Checks"
OUTPUT = "Output"
VALIDATION = "Validation"

_current = "en"


def normalise_language(code: str | None) -> str:
    """One of ``LANGUAGES`` for a language or locale name ('vi_VN', 'zh', 'in_ID', 'en_US'),
    English for anything else."""
    text = (code or "").replace("-", "_").split(".")[0].strip()
    if text in LANGUAGES:
        return text
    base = text.split("_")[0].lower()
    if base == "zh":
        return "zh_CN"
    if base == "in":  # Java's old code for Indonesian
        return "id"
    return base if base in LANGUAGES else "en"


def set_language(code: str | None) -> str:
    """Make ``code`` the language of core's messages and printed labels; returns it."""
    global _current
    _current = normalise_language(code)
    return _current


def language() -> str:
    """The language core writes in now."""
    return _current


def ts_path(code: str):
    """The ``.ts`` translation source of language ``code`` (a Traversable in the package)."""
    return resources.files("mtm.resources").joinpath("i18n", f"mtm_{code}.ts")


@functools.lru_cache(maxsize=8)
def messages(code: str) -> dict[tuple[str, str], str]:
    """(context, English) -> translation of every finished message of ``code``."""
    if code == "en":
        return {}
    # our own package data (with Qt's <!DOCTYPE TS>), not a file from outside
    root = ET.fromstring(ts_path(code).read_bytes())
    out: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = message.findtext("source")
            translation = message.find("translation")
            if text is None or translation is None or translation.get("type"):
                continue  # unfinished, obsolete or vanished: the English stands
            if translation.text:
                out[(name, text)] = translation.text
    return out


def lookup(context: str, text: str, lang: str | None = None) -> str:
    """``text`` in the current language (or ``lang``); the English when not translated."""
    code = normalise_language(lang) if lang else _current
    if code == "en" or not text:
        return text
    return messages(code).get((context, text), text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate's name)
    """Mark ``text`` for ``pyside6-lupdate`` under ``context`` where it is defined (a module
    constant); look it up with :func:`lookup` where it is used."""
    return text


def translate(context: str, text: str) -> str:
    """:func:`lookup` for a literal context and text, named as Qt's ``translate`` so that
    ``pyside6-lupdate`` finds the string (``translate("Output", "...")``) in core's source."""
    return lookup(context, text)


def decimal_point(lang: str | None = None) -> str:
    """The decimal separator the language writes."""
    return "," if (normalise_language(lang) if lang else _current) in DECIMAL_COMMA else "."


def format_number(value: float, decimals: int = 2, lang: str | None = None) -> str:
    """``value`` with at most ``decimals`` decimals, no trailing zeros, in the language's
    decimal separator (files never use this: they stay locale-independent)."""
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(".", decimal_point(lang))


def text_width(text: str) -> float:
    """A rough width of ``text`` in Latin letter widths: a Chinese character (East Asian
    wide) counts about two, a combining accent nothing. Enough to compare two texts."""
    width = 0.0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 1.8 if unicodedata.east_asian_width(char) in ("W", "F") else 1.0
    return width


def fit_scale(english: str, shown: str) -> float:
    """How much to shrink ``shown`` (a translation) so it takes no more room than the
    ``english`` text a pattern's label was placed and sized for (1 when it is not wider)."""
    wide = text_width(shown)
    return 1.0 if wide <= 0 else min(1.0, text_width(english) / wide)
