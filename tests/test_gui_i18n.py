"""The studio in Vietnamese, Chinese and Indonesian: translators, decimal comma, --lang."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PIL import Image
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QGroupBox

from mtm.app import i18n as app_i18n
from mtm.app.garment_panel import GarmentPanel
from mtm.app.measurement_form import MeasurementForm
from mtm.app.samples import sample_measurements
from mtm.app.studio import build_parser
from mtm.core import i18n

pytestmark = pytest.mark.gui


@pytest.fixture
def language(qapp):
    """Install a language for one test; English (no translators) again afterwards."""
    saved = QLocale()
    yield app_i18n.install_language
    app_i18n.install_language("en")
    QLocale.setDefault(saved)


def make_form(qtbot) -> MeasurementForm:
    form = MeasurementForm()
    qtbot.addWidget(form)
    form.resize(480, 800)
    form.show()
    qtbot.waitExposed(form)
    form.set_measurements(sample_measurements(), units="cm")
    return form


def enter(qtbot, form: MeasurementForm, key: str, text: str) -> None:
    edit = form.fields[key].edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_decimal_comma_in_vietnamese_is_the_same_number_as_a_point_in_english(qtbot, language):
    english = make_form(qtbot)
    enter(qtbot, english, "chest_girth", "92.5")
    assert english.fields["chest_girth"].edit.text() == "92.5"

    assert language("vi") == "vi"
    vietnamese = make_form(qtbot)
    assert vietnamese.fields["weight"].edit.text() == "66,8"  # shown the Vietnamese way
    enter(qtbot, vietnamese, "chest_girth", "92,5")
    assert vietnamese.measurements()["chest_girth"] == english.measurements()["chest_girth"]
    assert vietnamese.measurements()["chest_girth"] == 92.5
    assert vietnamese.fields["chest_girth"].edit.text() == "92,5"
    assert not vietnamese.fields["chest_girth"].message.isVisible()
    # a point typed in Vietnamese is read too; the file written stays locale-independent
    enter(qtbot, vietnamese, "waist_girth", "80.25")
    assert vietnamese.measurements()["waist_girth"] == 80.25


def test_the_form_speaks_each_language(qtbot, language):
    expected = {"vi": ("Vòng ngực", "Vòng eo", "Vòng mông", "Dài tay", "Lưu phiên bản mới"),
                "zh_CN": ("胸围", "腰围", "臀围", "臂长", "保存新版本"),
                "id": ("Lingkar dada", "Lingkar pinggang", "Lingkar panggul",
                       "Panjang lengan", "Simpan versi baru")}
    for lang, (chest, waist, hip, arm, save) in expected.items():
        language(lang)
        form = make_form(qtbot)
        assert form.fields["chest_girth"].label.text() == chest
        assert form.fields["waist_girth"].label.text() == waist
        assert form.fields["hip_girth"].label.text() == hip
        assert form.fields["arm_length"].label.text() == arm
        assert form.save_button.text() == save
        assert all(box.title() != "Torso girths" for box in form.findChildren(QGroupBox))
        # validation messages come from core in the same language
        enter(qtbot, form, "chest_girth", "940")
        assert form.fields["chest_girth"].message.text().startswith(chest)
        assert i18n.language() == lang


def test_garment_options_are_translated(qtbot, language):
    language("zh_CN")
    panel = GarmentPanel(garment="tshirt")
    qtbot.addWidget(panel)
    assert panel.garment_combo.currentText() == "T恤"
    labels = {panel.editor(name).accessibleName() for name in panel.options()}
    assert {"合体度", "袖子", "衣长"} <= labels
    assert "相对人体的放松量" in panel.editor("fit").toolTip()
    fit = panel.editor("fit")
    assert [fit.itemText(i) for i in range(fit.count())] == ["修身", "常规", "宽松"]


def test_choosing_a_language_in_the_studio_is_remembered(qtbot, monkeypatch, tmp_path):
    from mtm.app.main_window import MainWindow
    from mtm.app.settings import get_str, studio_settings

    monkeypatch.setenv("MTM_CONFIG_DIR", str(tmp_path))
    window = MainWindow(None)
    qtbot.addWidget(window)
    actions = window.workbench.language_actions
    assert set(actions) == {"system", "en", "vi", "zh_CN", "id"}
    assert actions["system"].isChecked()
    actions["vi"].trigger()
    assert get_str(studio_settings(), "language") == "vi"
    assert app_i18n.choose_language(None, "vi") == "vi"
    assert app_i18n.choose_language("id", "vi") == "id"  # --lang wins for one run
    window.workbench.shutdown()


def test_lang_flag():
    assert build_parser().parse_args(["--lang", "zh_CN"]).lang == "zh_CN"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--lang", "fr"])


@pytest.mark.parametrize("lang,title", [("vi", "Rập"), ("zh_CN", "纸样"), ("id", "Pola"),
                                        ("system:vi_VN.UTF-8", "Rập"),
                                        ("system:de_DE.UTF-8", "Pattern")])
def test_screenshot_in_each_language(lang, title, tmp_path):
    """``mtm-studio --lang X --screenshot`` starts in that language and saves the window;
    without ``--lang`` the system locale chooses (English when it is not one we ship)."""
    shot = tmp_path / "shot.png"
    env = dict(os.environ, MTM_BOOK=str(tmp_path / "book.sqlite"),
               MTM_CONFIG_DIR=str(tmp_path / "config"))
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    env.pop("LANGUAGE", None)
    args = ["--lang", lang]
    if lang.startswith("system:"):
        env["LANG"] = lang.split(":", 1)[1]
        args = []
    code = ("import sys\nfrom mtm.app import studio\n"
            "from PySide6.QtWidgets import QApplication\n"
            "orig = studio.save_screenshot\n"
            "def shoot(window, path):\n"
            "    print('TAB', window.tabs.tabText(0))\n"
            "    print('MENU', window.menuBar().actions()[0].text())\n"
            "    return orig(window, path)\n"
            "studio.save_screenshot = shoot\n"
            f"sys.exit(studio.main({args!r} + ['--screenshot', r'{shot}']))\n")
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert f"TAB {title}" in result.stdout
    menu = {"Rập": "&Tệp", "纸样": "文件(&F)", "Pola": "&Berkas", "Pattern": "&File"}[title]
    assert f"MENU {menu}" in result.stdout
    with Image.open(shot) as image:
        assert image.size[0] >= 800
        assert len(image.convert("RGB").getcolors(maxcolors=1 << 20)) > 50


def test_qt_standard_dialogs_are_translated(language):
    """Qt's own strings: qtbase_zh_CN.qm (shipped by PySide6) for Chinese; the standard
    buttons from our own files for Vietnamese and Indonesian (Qt ships none)."""
    from PySide6.QtCore import QCoreApplication

    language("zh_CN")
    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    language("vi")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Có"
    language("id")
    assert QCoreApplication.translate("QPlatformTheme", "Discard") == "Buang"
    assert QLocale().decimalPoint() == ","
