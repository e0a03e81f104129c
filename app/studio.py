"""``mtm-studio``: start the Qt studio (QApplication, customer book, main window).

``--screenshot out.png`` saves a picture of the whole window once it is shown and exits, for
headless checks under Xvfb. A customer book that cannot be opened is reported in a dialog and
the studio runs without it; an unexpected error shows a dialog instead of vanishing.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QIcon, QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mtm.app import __version__
from mtm.core.errors import MtmError
from mtm.core.store import CustomerBook

from .i18n import LANGUAGES, choose_language, install_language, tr
from .icons import icon_path
from .main_window import MainWindow
from .samples import add_sample_customer_if_empty
from .settings import get_str, studio_settings

#: How long after showing the window the screenshot is taken (layout and paint settle), ms.
SCREENSHOT_DELAY_MS = 400


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mtm-studio",
        description="MTM Studio: customers, measurements, patterns and 3D in one window.")
    parser.add_argument("--version", action="version", version=f"mtm-studio {__version__}")
    parser.add_argument("--book", type=Path, metavar="FILE",
                        help="customer book to open (default: $MTM_BOOK, else "
                             "customers.sqlite in the user's data folder)")
    parser.add_argument("--screenshot", type=Path, metavar="PNG",
                        help="save a picture of the window once it is shown, then exit")
    parser.add_argument("project", nargs="?", type=Path, metavar="PROJECT.mtm",
                        help="project file to open")
    parser.add_argument("--demo", action="store_true",
                        help="open the sample customer, draft a T-shirt and drape it (with "
                             "--screenshot: save the window once draped and exit)")
    parser.add_argument("--tab", choices=("pattern", "3d"), default="3d",
                        help="tab shown once the demo has draped (default 3d)")
    parser.add_argument("--lang", choices=LANGUAGES, metavar="|".join(LANGUAGES),
                        help="language of the studio and of its printed cut files (default: "
                             "the language chosen in the studio, else the system's)")
    return parser


def open_book(path: Path | None) -> tuple[CustomerBook | None, str]:
    """Open (or create) the customer book; on a user-fixable problem, None and the message."""
    try:
        book = CustomerBook(path)
        add_sample_customer_if_empty(book)
    except MtmError as error:
        return None, str(error)
    return book, ""


def grab_window(window: QWidget) -> QImage:
    """The window as the screen shows it (frame excluded), native and GL children included."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    image = QImage()
    on_screen = screen is not None and screen.geometry().contains(window.frameGeometry())
    if on_screen and QGuiApplication.platformName() == "xcb":
        image = screen.grabWindow(window.winId()).toImage()
    if image.isNull():
        image = window.grab().toImage()
    return image


def save_screenshot(window: QWidget, path: Path) -> bool:
    """Save the window to ``path`` (PNG); prints the reason and returns False on failure."""
    QApplication.processEvents()  # paint pending changes before reading the screen
    QGuiApplication.sync()
    image = grab_window(window)
    path.parent.mkdir(parents=True, exist_ok=True)
    if image.isNull() or not image.save(str(path)):
        print(f"mtm-studio: error: cannot write the screenshot to {path}", file=sys.stderr)
        return False
    print(f"mtm-studio: saved {image.width()}x{image.height()} screenshot to {path}")
    return True


def _install_excepthook(app: QApplication) -> None:
    """Unexpected errors (bugs) show a dialog and print the traceback instead of crashing."""

    def hook(kind, value, tb) -> None:
        traceback.print_exception(kind, value, tb)
        if isinstance(value, MtmError):
            QMessageBox.warning(app.activeWindow(), "MTM Studio", str(value))
        else:
            QMessageBox.critical(app.activeWindow(), "MTM Studio: " + tr("internal error"),
                                 tr("Something went wrong inside MTM Studio:") + f"\n{value!r}"
                                 "\n\n" + tr("Details were printed to the terminal; please "
                                             "report them."))

    sys.excepthook = hook


def display_problem() -> str:
    """Why no window can be shown here (Linux without X11/Wayland), or "" when one can."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return ""
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return ""
    return ("no display to show the window on (DISPLAY is not set); start it from a desktop "
            "session, or headless as: xvfb-run -a mtm-studio --screenshot out.png")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``mtm-studio``; returns the process exit code."""
    args = build_parser().parse_args(argv)
    problem = display_problem()
    if problem and QApplication.instance() is None:
        print(f"mtm-studio: error: {problem}", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("MTM Studio")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(icon_path("mtm-studio.svg"))))
    app.setStyle("Fusion")
    install_language(choose_language(args.lang, get_str(studio_settings(), "language")))

    book, book_error = open_book(args.book)
    if book is None:
        print(f"mtm-studio: error: {book_error}", file=sys.stderr)
        if args.screenshot is None:
            QMessageBox.warning(None, tr("Customer book unavailable"),
                                f"{book_error}\n\n"
                                + tr("The studio opens without a customer book."))
    window = MainWindow(book, book_error)
    if book is not None:
        window.customer_panel.select_first()
    interactive = args.screenshot is None and not args.demo
    if interactive:
        window.workbench.restore_layout()
    window.show()

    if args.project is not None:
        if not interactive:  # headless: a bad file is one line and exit 2, not a dialog
            from .project import load_project

            try:
                load_project(args.project)
            except MtmError as error:
                print(f"mtm-studio: error: {error}", file=sys.stderr)
                return 2
        window.workbench.open_project(args.project)
    elif interactive:
        QTimer.singleShot(0, window.workbench.offer_recovery)

    if args.demo:
        from .demo import Demo

        demo = Demo(window, args.screenshot, "Pattern" if args.tab == "pattern" else "3D",
                    save_screenshot)
        QTimer.singleShot(0, demo.start)
        if args.screenshot is None:
            _install_excepthook(app)
        code = app.exec()
        window.workbench.shutdown()
        if book is not None:
            book.close()
        return demo.code if args.screenshot is not None and demo.code is not None else code

    if args.screenshot is not None:
        result: list[int] = []

        def shoot() -> None:
            result.append(0 if save_screenshot(window, args.screenshot) else 2)
            window.form.mark_saved()  # nothing to ask about on the way out
            window.workbench.project_dirty = False
            app.quit()

        QTimer.singleShot(SCREENSHOT_DELAY_MS, shoot)
        app.exec()
        if book is not None:
            book.close()
        return result[0] if result else 1

    _install_excepthook(app)
    code = app.exec()
    if book is not None:
        book.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
