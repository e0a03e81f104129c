"""The studio's language: which one, Qt's translators, and translating catalogue strings.

Every string the studio itself writes goes through :func:`tr` (``pyside6-lupdate`` finds
``tr("...")`` calls and files them under the empty context); strings that come from the
catalogues (measurement names, garment options, fabrics, piece labels, check kinds) are shown
through :func:`tr_catalogue` under the contexts ``scripts/i18n_update.py`` files them in
(``mtm.core.i18n``). The compiled ``resources/i18n/mtm_<lang>.qm`` files hold both; Qt's own
``qtbase_<lang>.qm`` (shipped by PySide6 for Chinese) translates the standard dialogs, and our
``.ts`` also carries the standard button texts (context ``QPlatformTheme``) for the languages
Qt ships no translation of.

The language follows ``mtm-studio --lang``, else the ``language`` setting, else the system
locale; it takes effect when the studio starts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mtm.core import i18n
from mtm.core.i18n import LANGUAGES, normalise_language

#: Qt locale of each language (numbers, dates): Vietnam, China, Indonesia, and plain C-like
#: English (a decimal point, no digit grouping surprises).
QT_LOCALES: dict[str, tuple[QLocale.Language, QLocale.Country]] = {
    "en": (QLocale.Language.English, QLocale.Country.UnitedStates),
    "vi": (QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
    "zh_CN": (QLocale.Language.Chinese, QLocale.Country.China),
    "id": (QLocale.Language.Indonesian, QLocale.Country.Indonesia),
}

_translators: list[QTranslator] = []


def tr(text: str) -> str:
    """``text`` in the studio's language (the English when not translated)."""
    return QCoreApplication.translate("", text)


def tr_catalogue(context: str, text: str) -> str:
    """A catalogue string (``mtm.core.i18n`` context) in the studio's language."""
    return QCoreApplication.translate(context, text) if text else text


def translations_dir() -> Path:
    """Where the compiled ``mtm_<lang>.qm`` and their ``.ts`` sources live."""
    return Path(str(i18n.ts_path("en"))).parent


def system_language() -> str:
    """The language of the system locale when the studio ships it, else English."""
    return normalise_language(QLocale.system().name())


def choose_language(asked: str | None, setting: str | None) -> str:
    """``--lang`` wins, then the studio setting, then the system locale."""
    for candidate in (asked, setting):
        if candidate and candidate != "system":
            return normalise_language(candidate)
    return system_language()


def install_language(lang: str) -> str:
    """Load the translators of ``lang`` into the running application, set Qt's default
    locale (number formats of spin boxes) and core's language; returns the language."""
    app = QCoreApplication.instance()
    lang = i18n.set_language(lang)
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    language, country = QT_LOCALES[lang]
    locale = QLocale(language, country)
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    QLocale.setDefault(locale)
    if lang == "en":
        return lang
    ours = QTranslator()
    if ours.load(f"mtm_{lang}", str(translations_dir())):
        app.installTranslator(ours)
        _translators.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    base = QTranslator()
    if base.load(f"qtbase_{lang}", qt_dir):  # Qt ships zh_CN; vi and id rely on ours
        app.installTranslator(base)
        _translators.append(base)
    return lang


def format_number(value: float, decimals: int = 2) -> str:
    """A number as the studio shows it: at most ``decimals`` decimals, no trailing zeros, in
    the language's decimal separator (a comma in Vietnamese and Indonesian)."""
    return i18n.format_number(value, decimals)


__all__ = ["LANGUAGES", "choose_language", "format_number", "install_language", "tr",
           "tr_catalogue"]


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Mark ``text`` for translation where it is defined (a module constant); it is
    translated where shown, with ``tr(text)``."""
    return text
