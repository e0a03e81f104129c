"""app/warm_up.py: the start-up work begins once the window paints (or after 1.5 s), runs off
the GUI thread, hands the catalogue over, then loads the heavy rooms and tells the bottoms
(for outfits); a window closed meanwhile gets nothing."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from mtm.app import warm_up as warm_up_module
from mtm.app.warm_up import WarmUp

pytestmark = pytest.mark.gui


class View3D:
    def __init__(self):
        self.prepared = 0

    def prepare(self) -> None:
        self.prepared += 1


class Bench(QObject):
    """What WarmUp uses of the workbench."""

    def __init__(self, window: QWidget):
        super().__init__()
        self.window = window
        self.closed = False
        self.view3d = View3D()
        self.read: list[tuple] = []
        self.bottoms: list[frozenset] = []
        self.said: list[str] = []
        self.prepared_drapes: list[threading.Thread] = []

    def prepare_drape(self) -> None:
        self.prepared_drapes.append(threading.current_thread())

    def catalogue_read(self, specs, presets) -> None:
        self.read.append((specs, presets, threading.current_thread()))

    def bottoms_known(self, bottoms: frozenset[str]) -> None:
        self.bottoms.append(bottoms)

    def status(self, text: str, ms: int = 6000) -> None:
        self.said.append(text)


@pytest.fixture
def window(qtbot):
    made = QWidget()
    qtbot.addWidget(made)
    return made


def test_the_work_starts_when_the_window_paints(qtbot, window, monkeypatch):
    monkeypatch.setattr(warm_up_module, "LATEST_START_MS", 60_000)  # only the paint starts it
    bench = Bench(window)
    warm = WarmUp(bench)
    qtbot.wait(100)
    assert not warm.started  # not shown, not painted
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: warm.started, timeout=5_000)
    qtbot.waitUntil(lambda: bool(bench.read), timeout=120_000)
    specs, presets, thread = bench.read[0]
    assert thread is threading.main_thread()  # handed over on the GUI thread
    assert "tshirt" in specs and "trousers" in specs
    assert any(name == "cotton_jersey" for name, _label, _tip in presets)
    # with the catalogue read, the customer's body is fitted for the first drape meanwhile
    assert bench.prepared_drapes == [threading.main_thread()]
    qtbot.waitUntil(lambda: warm.done, timeout=120_000)
    # with the rooms, which garments are bottoms (for outfits)
    assert len(bench.bottoms) == 1
    assert {"skirt", "trousers", "ao_dai_trousers"} == set(bench.bottoms[0])
    qtbot.waitUntil(lambda: bench.view3d.prepared == 1, timeout=5_000)  # the window is shown
    jobs = list(warm._jobs)
    warm.start()  # once only
    assert warm._jobs == jobs and len(bench.read) == 1 and len(bench.prepared_drapes) == 1


def test_the_work_starts_at_the_latest_after_a_while(qtbot, window, monkeypatch):
    monkeypatch.setattr(warm_up_module, "LATEST_START_MS", 50)
    bench = Bench(window)  # never shown: no paint
    warm = WarmUp(bench)
    qtbot.waitUntil(lambda: warm.started, timeout=5_000)
    qtbot.waitUntil(lambda: warm.done, timeout=120_000)
    assert len(bench.read) == 1
    qtbot.wait(50)
    assert bench.view3d.prepared == 0  # no VTK widget for a window that is not shown


def test_a_closed_window_gets_nothing(qtbot, window, monkeypatch):
    monkeypatch.setattr(warm_up_module, "LATEST_START_MS", 60_000)
    bench = Bench(window)
    warm = WarmUp(bench)
    bench.closed = True
    warm.start()
    assert not warm.started and bench.read == [] and bench.prepared_drapes == []
