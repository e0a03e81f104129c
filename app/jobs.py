"""Background jobs: fitting, drafting and draping run off the GUI thread so the window never
freezes.

A ``Job`` is a QThread running ``work(progress, cancelled)``; it reports progress, its result,
its error or its cancellation through signals that reach the GUI thread queued. ``JobBar`` is
the status-bar strip showing the running job's progress with a Cancel button, and turns a
failure into a dialog saying what to fix (a user mistake) or what broke (a bug).
"""

from __future__ import annotations

import atexit
import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from mtm.core.errors import CancelledError, MtmError

from .dialogs import show_error
from .i18n import tr

#: work(progress(fraction, message), cancelled() -> bool) -> result
Work = Callable[[Callable[[float, str], None], Callable[[], bool]], object]


#: Jobs still running: kept alive here (not by a Qt parent) so closing a window never
#: destroys a thread that is still running.
_RUNNING: set[Job] = set()


class Job(QThread):
    """One piece of work on its own thread; ``cancel()`` asks it to stop at the next check.

    Create it without a parent; it keeps itself alive until its thread has finished."""

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(self, title: str, work: Work, parent=None):
        super().__init__(parent)
        self.title = title
        self._work = work
        self._stop = threading.Event()
        self.result: object = None
        self.error: BaseException | None = None
        self.was_cancelled = False
        self.started.connect(lambda: _RUNNING.add(self))
        self.finished.connect(lambda: _RUNNING.discard(self))

    def start(self, *args) -> None:
        _RUNNING.add(self)
        super().start(*args)

    def cancel(self) -> None:
        self._stop.set()

    def is_cancel_requested(self) -> bool:
        return self._stop.is_set()

    def _progress(self, fraction: float, message: str = "") -> None:
        self.progressed.emit(float(fraction), message)

    def run(self) -> None:  # the job's thread
        try:
            self.result = self._work(self._progress, self._stop.is_set)
        except CancelledError:
            self.was_cancelled = True
            self.cancelled.emit()
            return
        except Exception as error:  # reported to the GUI thread, never swallowed
            if not isinstance(error, MtmError):
                traceback.print_exc()
            self.error = error
            self.failed.emit(error)
            return
        if self._stop.is_set():
            self.was_cancelled = True
            self.cancelled.emit()
        else:
            self.succeeded.emit(self.result)


def error_text(error: BaseException) -> tuple[str, str]:
    """Dialog title and text: a user mistake says what to fix, a bug says it is one."""
    if isinstance(error, MtmError):
        return tr("problem"), str(error)
    return tr("internal error"), (
        tr("Something went wrong inside MTM Studio:") + f"\n{error!r}\n\n"
        + tr("Details were printed to the terminal; please report them."))


class JobBar(QWidget):
    """Progress bar and Cancel button for the long job running now (one at a time)."""

    #: A job ended: (job, outcome) with outcome 'done', 'failed' or 'cancelled'.
    finished = Signal(object, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setFixedWidth(180)
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelJob")
        self.cancel_button.setToolTip(tr("Stop the running job (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.job: Job | None = None
        #: False in headless runs (--demo): failures are reported by ``finished`` only
        self.show_dialogs = True
        self.setVisible(False)

    def busy(self) -> bool:
        return self.job is not None

    def start(self, job: Job, on_success=None) -> Job:
        """Run ``job`` showing its progress; a running job is cancelled first.

        ``on_success(result)`` runs once the bar has let go of the job, before ``finished``."""
        job.on_success = on_success
        if self.job is not None:
            self.cancel()
        self.job = job
        self.label.setText(job.title)
        self.bar.setValue(0)
        self.bar.setFormat("%p%")
        self.cancel_button.setEnabled(True)
        self.setVisible(True)
        job.progressed.connect(self._on_progress)
        job.succeeded.connect(self._on_succeeded)
        job.failed.connect(self._on_failed)
        job.cancelled.connect(self._on_cancelled)
        job.start()
        return job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(f"{self.job.title}: " + tr("cancelling…"))

    def _on_progress(self, fraction: float, message: str) -> None:
        if self.sender() is not self.job:
            return
        self.bar.setValue(int(round(1000 * min(max(fraction, 0.0), 1.0))))
        if message and self.job is not None:
            self.label.setText(f"{self.job.title}: {message}")

    def _on_succeeded(self, _result: object) -> None:
        self._end(self.sender(), "done")

    def _on_failed(self, error: BaseException) -> None:
        self._end(self.sender(), "failed", error)

    def _on_cancelled(self) -> None:
        self._end(self.sender(), "cancelled")

    def _end(self, job: Job, outcome: str, error: BaseException | None = None) -> None:
        job.wait()
        if job is self.job:
            self.job = None
            self.setVisible(False)
        callback = getattr(job, "on_success", None)
        if outcome == "done" and callback is not None:
            callback(job.result)
        self.finished.emit(job, outcome)
        if outcome == "failed" and error is not None and self.show_dialogs:
            kind, text = error_text(error)
            show_error(self.window(), f"{job.title}: {kind}", text)


def running_jobs() -> list[Job]:
    """Jobs whose threads have not finished yet."""
    return [job for job in _RUNNING if job.isRunning()]


def wait_for_jobs(timeout_ms: int = 10000, cancel: bool = True) -> bool:
    """Cancel (optionally) and wait for every running job; True when all stopped."""
    for job in list(_RUNNING):
        if cancel:
            job.cancel()
    return all(job.wait(timeout_ms) for job in list(_RUNNING))


#: However the process ends (window closed, ``--screenshot`` quitting), no thread is
#: destroyed while it runs (Qt would abort the process).
atexit.register(wait_for_jobs, 60_000)
