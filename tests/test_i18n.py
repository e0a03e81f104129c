"""Translations: every user-visible string translated in vi, zh_CN and id; core's messages and
printed cut files (PDF, SVG) in the chosen language with glyphs that render; DXF stays ASCII."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from mtm.core import i18n
from mtm.core.io import aama_dxf, fonts, pdf_output
from mtm.core.io.svg import garment_svg
from mtm.core.measurements import MeasurementSet, validate
from mtm.patterns import draft

ROOT = Path(__file__).resolve().parents[1]
TARGETS = ("vi", "zh_CN", "id")
#: A label each language prints on the T-shirt front (checked in the PDF and the SVG).
FRONT_LABEL = {"vi": "THÂN TRƯỚC ÁO THUN", "zh_CN": "T恤前片", "id": "BADAN DEPAN KAUS"}


def _update_script():
    spec = importlib.util.spec_from_file_location("i18n_update",
                                                  ROOT / "scripts" / "i18n_update.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def english():
    """Core's language is English again after the test, whatever it set."""
    yield
    i18n.set_language("en")


@pytest.fixture(scope="module")
def tshirt():
    from mtm.app.samples import sample_measurements

    return draft("tshirt", sample_measurements().with_estimates())


def _messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ROOT / "resources" / "i18n" / f"mtm_{lang}.ts").getroot()
    return [(c.findtext("name") or "", m.findtext("source") or "", m.find("translation"))
            for c in root.iter("context") for m in c.iter("message")]


# -- the .ts files ----------------------------------------------------------------------------

def test_every_string_is_translated_and_the_files_are_current():
    """lupdate (app/ and core/) plus the catalogues find no string without a translation, and
    the committed .ts files are exactly what the update script writes: a new tr() string, a
    new garment option or piece label fails here until it is translated."""
    missing = _update_script().update(check=True)
    assert missing.pop("stale", []) == [], "run scripts/i18n_update.py"
    for lang, items in missing.items():
        assert items == [], f"{lang}: {len(items)} untranslated, e.g. {items[:3]}"


def test_a_new_untranslated_string_fails_the_check(tmp_path, monkeypatch):
    """The same check on a copy of the sources with one new tr() string: it is found by
    lupdate and reported untranslated in every language."""
    script = _update_script()
    for folder in ("app", "core", "render", "resources/samples"):
        shutil.copytree(ROOT / folder, tmp_path / folder,
                        ignore=shutil.ignore_patterns("__pycache__"))
    with (tmp_path / "app" / "dialogs.py").open("a", encoding="utf-8") as source:
        source.write('\n\ndef _new_button():\n    return tr("A brand new button")\n')
    monkeypatch.setattr(script, "ROOT", tmp_path)
    missing = script.update(check=True, folder=ROOT / "resources" / "i18n")
    assert missing.pop("stale")
    for lang in TARGETS:
        assert missing[lang] == [("", "A brand new button")]


@pytest.mark.parametrize("lang", TARGETS)
def test_no_unfinished_or_obsolete_message_and_placeholders_kept(lang):
    messages = _messages(lang)
    assert len(messages) > 500
    for context, source, translation in messages:
        assert translation is not None and translation.get("type") is None, (context, source)
        assert translation.text, (context, source)
        wanted = sorted(re.findall(r"\{[a-z_]*\}", source))
        assert sorted(re.findall(r"\{[a-z_]*\}", translation.text)) == wanted, source
        if "&" in source and context != "Output":  # a menu accelerator stays an accelerator
            assert "&" in translation.text, source


@pytest.mark.parametrize("lang", TARGETS)
def test_compiled_qm_matches_its_source(lang, tmp_path):
    """The shipped .qm is the .ts compiled (nothing edited by hand on one side only)."""
    script = _update_script()
    qm = tmp_path / f"mtm_{lang}.qm"
    script.compile_qm(ROOT / "resources" / "i18n" / f"mtm_{lang}.ts", qm)
    assert qm.read_bytes() == (ROOT / "resources" / "i18n" / f"mtm_{lang}.qm").read_bytes()


def test_fill_from_a_helper_json_adds_only_missing_translations(tmp_path):
    """The lead's merge path: a JSON of {lang: {English: text}} fills what is missing."""
    script = _update_script()
    messages = [("Garments", "Jacket"), ("Garments", "Collar")]
    done = {("Garments", "Collar"): "Lá cổ"}
    added = script.fill(done, messages, {"Jacket": "Áo vest", "Collar": "Cổ áo"})
    assert added == 1 and done[("Garments", "Jacket")] == "Áo vest"
    assert done[("Garments", "Collar")] == "Lá cổ"  # kept unless --force
    text = script.ts_text("vi", messages + [("Garments", "Lapel")], done)
    ts = tmp_path / "mtm_vi.ts"
    ts.write_text(text, encoding="utf-8")
    assert script.read_ts(ts) == done
    assert '<source>Lapel</source>\n        <translation type="unfinished">' in text


#: Qt calls whose string arguments a user reads.
_SHOWN = {"QLabel", "QPushButton", "QCheckBox", "QAction", "QGroupBox", "QMenu", "QToolBar",
          "QDockWidget", "QListWidgetItem", "setText", "setToolTip", "setStatusTip",
          "setWindowTitle", "setPlaceholderText", "addTab", "insertTab", "showMessage",
          "addMenu", "addRow", "addItem", "warning", "critical", "question", "information",
          "about", "show_error", "ask", "status", "show_problem", "_act", "action", "Job",
          "setSuffix", "set_heading", "getSaveFileName", "getOpenFileName", "getColor"}
#: Studio modules (the command line and batch stay English, as the issue allows).
_ENGLISH_ONLY = {"cli.py", "batch.py", "orders.py", "demo.py", "__init__.py"}
_ALLOWED = {"MTM Studio", "%p%", "Gerber AccuMark", "CLO 3D", "Sans"}
#: Words no language translates: the product, units, file suffixes.
_UNTRANSLATED = re.compile(r"MTM Studio|\b(cm|mm|kg|in|json|csv|vit|mtm)\b")


def _bare_strings(path: Path) -> list[str]:
    """String literals (and f-strings with words) passed straight to a Qt text call."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in _SHOWN:
            continue
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                text = arg.value
            elif isinstance(arg, ast.JoinedStr):
                text = "".join(v.value for v in arg.values if isinstance(v, ast.Constant))
            else:
                continue
            if re.search(r"[A-Za-z]{2}", _UNTRANSLATED.sub("", text)) and text not in _ALLOWED \
                    and not re.fullmatch(r"(Ctrl|Alt|Shift|F\d|Esc|[+\-]|\+)+.*", text) \
                    and not re.fullmatch(r"[\w:#;\-\s{}()%.,]*(color|font|border|background)"
                                         r"[\w:#;\-\s{}()%.,]*", text):
                found.append(f"{path.name}:{arg.lineno}: {text!r}")
    return found


def test_no_untranslated_string_literal_in_the_studio():
    """A string a user reads goes through tr(): a bare literal in a Qt call fails here."""
    bare = []
    for path in sorted((ROOT / "app").glob("*.py")):
        if path.name not in _ENGLISH_ONLY:
            bare += _bare_strings(path)
    assert bare == []


def test_the_scan_catches_a_bare_string(tmp_path):
    sample = tmp_path / "widget.py"
    sample.write_text('label = QLabel("Chest girth", self)\nbutton.setToolTip(tr("Ok then"))\n'
                      'box.setStyleSheet("color: #555555;")\nbar.showMessage(f"Saved {n}")\n')
    assert [line.split(": ", 1)[1] for line in _bare_strings(sample)] == [
        "'Chest girth'", "'Saved '"]


# -- core's language ---------------------------------------------------------------------------

def test_core_speaks_english_unless_told(english):
    ms = MeasurementSet.from_mapping({"chest_girth": 300.5}, sex="female")
    assert "Chest / bust girth of 300.5 cm is impossible" in validate(ms)[0].message
    i18n.set_language("vi")
    message = validate(ms)[0].message
    assert message.startswith("Vòng ngực 300,5 cm") and "60-180 cm" in message
    i18n.set_language("zh_CN")
    assert validate(ms)[0].message.startswith("胸围 300.5 cm")
    relation = MeasurementSet.from_mapping({"wrist_girth": 20, "upper_arm_girth": 18})
    i18n.set_language("id")
    assert ("lingkar pergelangan tangan lebih besar daripada lingkar lengan atas"
            in [p.message for p in validate(relation)])


def test_language_names_and_numbers():
    assert i18n.normalise_language("vi_VN.UTF-8") == "vi"
    assert i18n.normalise_language("zh") == "zh_CN"
    assert i18n.normalise_language("in_ID") == "id"
    assert i18n.normalise_language("de_DE") == "en"
    assert i18n.format_number(92.5, lang="vi") == "92,5"
    assert i18n.format_number(92.0, lang="id") == "92"
    assert i18n.format_number(92.25, lang="zh_CN") == "92.25"


# -- printed outputs ---------------------------------------------------------------------------

def _pdf_text(pdf: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run([*args, str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None,
                                   reason="needs poppler-utils (pdftoppm, pdftotext)")


@needs_poppler
@pytest.mark.parametrize("lang", TARGETS)
def test_tiled_pdf_in_each_language_renders_its_labels(lang, tshirt, tmp_path, english):
    pdf = tmp_path / f"tshirt_{lang}.pdf"
    pdf_output.write_pdf(aama_dxf.cut_file([tshirt]), pdf, "a4", lang=lang)
    assert i18n.language() == "en"  # the file's language did not leak into core
    # the font that has the glyphs is embedded (not Helvetica, which has no Vietnamese/CJK)
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                             check=True).stdout
    embedded = [line for line in listing.splitlines() if "TrueType" in line]
    if lang == "id":  # Indonesian is plain Latin: Helvetica has every letter
        assert not embedded, listing
    else:
        assert embedded and all(" yes " in line for line in embedded), listing
    cover = _pdf_text(pdf, 1)
    words = {"vi": "ô vuông kiểm tra", "zh_CN": "测试方块", "id": "kotak uji"}[lang]
    assert words in cover and {"vi": "Ghép trang", "zh_CN": "拼贴",
                               "id": "Penyusunan"}[lang] in cover
    # on a plotter roll no label is cut between pages: every piece's label is there whole
    roll = tmp_path / f"tshirt_{lang}_roll.pdf"
    pdf_output.write_pdf(aama_dxf.cut_file([tshirt]), roll, "roll:914", lang=lang)
    assert FRONT_LABEL[lang] in _pdf_text(roll)
    # the cover page, rasterised: not blank, and the caption line above the test square is
    # drawn (dark pixels in its band), i.e. the glyphs render
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(pdf),
                    str(tmp_path / "cover")], check=True)
    png = next(tmp_path.glob("cover*.png"))
    with Image.open(png) as image:
        grey = np.asarray(image.convert("L"))
    dark = grey < 128
    assert dark.mean() > 0.01  # the test square alone is ~2 % of the page
    rows = np.flatnonzero(dark.any(axis=1))
    square_top = rows[0] + np.argmax(dark[rows[0]:].sum(axis=1) > 0.4 * grey.shape[1])
    caption = dark[max(0, square_top - 25):square_top - 2]
    assert caption.sum() > 20, "no caption drawn above the test square"


def test_english_pdf_keeps_helvetica(tshirt):
    data, _ = pdf_output.pdf_bytes(aama_dxf.cut_file([tshirt]), "a4")
    assert b"/Helvetica" in data and b"TrueType" not in data


def test_a_font_with_the_glyphs_is_found_for_each_language():
    assert fonts.font_for("T-shirt front") is None  # Latin-1: Helvetica
    for text in ("Vòng ngực, hạ eo, dài tay", "胸围 腰围 臀围 肩宽", "Lingkar dada"):
        font = fonts.font_for(text)
        assert font is None or not fonts.missing_glyphs(font, text)
    assert fonts.font_for("胸围") is not None


@pytest.mark.parametrize("lang", TARGETS)
def test_svg_in_each_language(lang, tshirt, english):
    svg = garment_svg(tshirt, lang)
    assert FRONT_LABEL[lang] in svg
    assert {"vi": "· cỡ ", "zh_CN": "· 尺码 ", "id": "· ukuran "}[lang] in svg
    assert 'font-family="DejaVu Sans, WenQuanYi Micro Hei' in svg
    ET.fromstring(svg.split("\n", 1)[1])  # well-formed
    assert "T-SHIRT FRONT" in garment_svg(tshirt)  # English by default


def test_dxf_stays_ascii_safe_with_vietnamese_and_chinese_names(tshirt):
    cut = aama_dxf.cut_file([tshirt], style="Áo dài Nguyễn Đức 旗袍", author="Trần Thị")
    gerber = aama_dxf.aama_bytes(cut, mode="gerber")
    assert gerber.decode("ascii")  # every byte ASCII
    assert b"Ao dai Nguyen Duc ??" in gerber and b"Tran Thi" in gerber
    standard = aama_dxf.aama_bytes(cut, mode="standard").decode("cp1252")
    assert "Nguyen Duc" in standard
    assert "T-SHIRT FRONT" in gerber.decode("ascii")  # labels stay the catalogue's English
