"""The customer's share page: one self-contained HTML file with the 3D garment on their body.

The page inlines everything it needs, since a browser opening a page from ``file://`` (or a
phone opening an attachment) will neither fetch a GLB lying beside it nor load a module
script from another file: the GLB rides along as a ``data:`` URI and Google's <model-viewer>
(Apache-2.0, vendored in ``resources/viewer`` by ``scripts/vendor_model_viewer.py``) as a
classic inline script. Orbit and zoom come from the viewer; the page adds the customer's name,
the garment, the fabric, the date and the garment's key finished measurements.
"""

from __future__ import annotations

import base64
import html
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources

from mtm.core import i18n
from mtm.core.errors import InputError
from mtm.core.i18n import QT_TRANSLATE_NOOP
from mtm.core.io.atomic import atomic_write_bytes

#: Largest GLB the page embeds: a phone must still open the page (base64 adds a third).
MAX_GLB_BYTES = 60 * 1024 * 1024


@dataclass(frozen=True)
class SharePageInfo:
    """What the page says beside the 3D view."""

    customer: str
    garments: Sequence[str]
    fabric: str = ""
    date: str = ""
    #: (label, value in cm) pairs, e.g. ("Finished chest", 104.2)
    measurements: Sequence[tuple[str, float]] = field(default_factory=tuple)
    title: str = "MTM Studio"
    #: the customer's language (en, vi, zh_CN, id): the page's own words
    language: str = "en"


#: Key finished measurements shown on the page, in this order (GirthLine name -> label).
KEY_GIRTHS = {
    "chest": QT_TRANSLATE_NOOP("Output", "Finished chest"),
    "waist": QT_TRANSLATE_NOOP("Output", "Finished waist"),
    "hip": QT_TRANSLATE_NOOP("Output", "Finished hip"),
    "thigh": QT_TRANSLATE_NOOP("Output", "Finished thigh"),
    "biceps": QT_TRANSLATE_NOOP("Output", "Finished biceps"),
}
#: The page's own words, in English; shown in ``SharePageInfo.language``.
WORDS = {
    "customer": QT_TRANSLATE_NOOP("Output", "Customer"),
    "garment": QT_TRANSLATE_NOOP("Output", "Garment"),
    "fabric": QT_TRANSLATE_NOOP("Output", "Fabric"),
    "date": QT_TRANSLATE_NOOP("Output", "Date"),
    "sizes": QT_TRANSLATE_NOOP("Output", "Key measurements"),
    "heading": QT_TRANSLATE_NOOP("Output", "{garment} for {customer}"),
    "made_for": QT_TRANSLATE_NOOP("Output", "{garment} made to measure for {customer}"),
    "help": QT_TRANSLATE_NOOP("Output", "Drag to turn, pinch or scroll to zoom. Made with "
                                        "{title}."),
}


def key_measurements(pattern) -> list[tuple[str, float]]:
    """A drafted garment's finished girths worth telling a customer, as (label, cm)."""
    from mtm.core.checks import finished_girth

    by_name = {gl.name: gl for gl in pattern.girths}
    return [(label, round(finished_girth(pattern, by_name[name]), 1))
            for name, label in KEY_GIRTHS.items() if name in by_name]


def viewer_script() -> str:
    """The vendored <model-viewer> build (three.js and lit bundled), as text."""
    path = resources.files("mtm.resources").joinpath("viewer", "model-viewer-umd.min.js")
    return path.read_text(encoding="utf-8")


def _is_glb(data: bytes) -> bool:
    """True for a binary glTF 2.0 whose header length matches the data."""
    if len(data) < 20 or data[:4] != b"glTF":
        return False
    version = int.from_bytes(data[4:8], "little")
    length = int.from_bytes(data[8:12], "little")
    return version == 2 and length == len(data)


def share_page_html(glb: bytes, info: SharePageInfo) -> str:
    """The whole page as one string: viewer script and model inline, no outside address."""
    if not _is_glb(glb):
        raise InputError("not a complete binary glTF (GLB) model; draw the garment again",
                         field="model")
    if len(glb) > MAX_GLB_BYTES:
        raise InputError(f"the model is {len(glb) / 2**20:.0f} MB; at most "
                         f"{MAX_GLB_BYTES // 2**20} MB fits a share page (drape coarser)",
                         field="model")
    e = html.escape
    lang = i18n.normalise_language(info.language)

    def word(text: str) -> str:
        return i18n.lookup(i18n.OUTPUT, text, lang)

    garments = " + ".join(info.garments) or word(WORDS["garment"])
    facts = [(word(WORDS["customer"]), info.customer), (word(WORDS["garment"]), garments)]
    if info.fabric:
        facts.append((word(WORDS["fabric"]), info.fabric))
    if info.date:
        facts.append((word(WORDS["date"]), info.date))
    fact_rows = "\n".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in facts)
    size_rows = "\n".join(
        f"<tr><th>{e(word(k))}</th><td>{i18n.format_number(v, 1, lang)} cm</td></tr>"
        for k, v in info.measurements)
    sizes = (f'<h2>{e(word(WORDS["sizes"]))}</h2>\n<table class="sizes">\n{size_rows}\n'
             '</table>' if size_rows else "")
    model = "data:model/gltf-binary;base64," + base64.b64encode(glb).decode("ascii")
    alt = word(WORDS["made_for"]).format(garment=garments, customer=info.customer)
    heading = word(WORDS["heading"]).format(garment=garments, customer=info.customer)
    help_text = word(WORDS["help"]).format(title=info.title)
    return f"""<!DOCTYPE html>
<html lang="{lang.replace("_", "-")}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="MTM Studio">
<title>{e(info.customer)} - {e(garments)}</title>
<style>
html, body {{ margin: 0; font-family: system-ui, sans-serif; color: #222; background: #f4f2ee; }}
header {{ padding: 12px 16px 4px; }}
h1 {{ font-size: 1.3em; margin: 0; }}
h2 {{ font-size: 1em; margin: 12px 0 4px; }}
.sub {{ color: #666; margin: 2px 0 0; }}
model-viewer {{ width: 100%; height: 72vh; background: linear-gradient(#fbfaf8, #e6e2dc);
  --poster-color: transparent; }}
main {{ padding: 4px 16px 16px; }}
table {{ border-collapse: collapse; }}
th {{ text-align: left; font-weight: 600; padding: 2px 16px 2px 0; }}
td {{ padding: 2px 0; }}
.sizes td {{ text-align: right; }}
footer {{ color: #888; font-size: 0.8em; padding: 8px 16px 16px; }}
</style>
<script>
// Loaded from a file or a message: no decoder is ever fetched (our models are not compressed).
self.ModelViewerElement = {{dracoDecoderLocation: "", ktx2TranscoderLocation: ""}};
</script>
<script>
{viewer_script()}
</script>
</head>
<body>
<header>
<h1>{e(heading)}</h1>
<p class="sub">{e(info.fabric)}{" &middot; " if info.fabric and info.date else ""}{e(info.date)}</p>
</header>
<model-viewer id="model" src="{model}" alt="{e(alt)}" camera-controls touch-action="pan-y"
  auto-rotate rotation-per-second="12deg" auto-rotate-delay="1500" shadow-intensity="0.8"
  exposure="1.0" camera-orbit="0deg 80deg auto" interaction-prompt="none"></model-viewer>
<main>
<table class="facts">
{fact_rows}
</table>
{sizes}
</main>
<footer>{e(help_text)}</footer>
</body>
</html>
"""


def write_share_page(path: str | os.PathLike[str], glb: bytes, info: SharePageInfo) -> int:
    """Write the page atomically; returns its size in bytes."""
    text = share_page_html(glb, info)
    data = text.encode("utf-8")
    atomic_write_bytes(path, data)
    return len(data)
