"""Drafting in the studio: the pattern is redrafted off the GUI thread after every edit.

``DraftJobs`` drafts the chosen garment with its options from the measurements the form shows,
as a background ``Job``; several drafts may run at once and only the newest request's result
(its generation) is shown in the Pattern tab. ``garment`` is the drafted garment shown,
``error`` why the newest draft failed ('' when it did not). ``current_garment`` finishes the
pending drafts first, for the exports and the drape that need the pattern of what the window
shows now.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from mtm.core.errors import MtmError
from mtm.core.measurements import require_valid

from .dialogs import show_error
from .i18n import tr
from .jobs import Job

if TYPE_CHECKING:
    from mtm.core.garment import Garment

    from .workbench import Workbench


class DraftJobs(QObject):
    """The draft jobs and the garment drafted from what the window shows."""

    def __init__(self, bench: Workbench):
        super().__init__(bench)
        self.bench = bench
        self.garment: Garment | None = None  # the drafted Garment shown now
        self.error = ""  # why the last draft failed ("" when it did not)
        self._generation = 0
        self._jobs: list[Job] = []

    def schedule(self) -> None:
        """Redraft the garment from the form's measurements, off the GUI thread; the newest
        request wins. Waits for the catalogue on start-up."""
        bench = self.bench
        if not bench.garment_panel.ready():
            return
        self._generation += 1
        generation = self._generation
        ms = bench.form.measurements()
        name = bench.garment_panel.garment()
        options = bench.garment_panel.options()

        no_measurements = tr("no measurements yet: type them in, import a file or pick a "
                             "customer")

        def work(_progress, _cancelled):
            from mtm.patterns import get_garment

            spec = get_garment(name)
            if not ms.values:
                raise MtmError(no_measurements)
            full = require_valid(ms.with_estimates(), spec.measurements)
            return spec.draft(full, options)

        job = Job(tr("drafting {garment}").format(garment=bench.garment_title(name)), work)
        job.generation = generation
        job.options = options
        job.succeeded.connect(self._on_result)
        job.failed.connect(self._on_error)
        job.finished.connect(self._forget_job)
        self._jobs.append(job)
        job.start()

    def _on_result(self, garment) -> None:
        job = self.sender()
        self._drafted(getattr(job, "generation", -1), garment, getattr(job, "options", {}))

    def _on_error(self, error: BaseException) -> None:
        self._failed(getattr(self.sender(), "generation", -1), error)

    def _forget_job(self) -> None:
        job = self.sender()
        if job in self._jobs:
            self._jobs.remove(job)

    def drafting(self) -> bool:
        """True while a draft job runs."""
        return bool(self._jobs)

    def current_garment(self) -> Garment | None:
        """The garment drafted from what the window shows now: pending drafts are finished
        first (they take milliseconds); None, with a message, when it cannot be drafted."""
        for job in list(self._jobs):
            job.wait(10_000)
        QCoreApplication.sendPostedEvents()  # deliver their results
        if self.error or self.garment is None:
            show_error(self.bench.window, tr("No pattern for these measurements"),
                       self.error or tr("There is no drafted pattern yet: enter valid "
                                        "measurements and pick a garment first."))
            return None
        return self.garment

    def _drafted(self, generation: int, garment, options: dict) -> None:
        if generation != self._generation:
            return
        bench = self.bench
        self.garment = garment
        self.error = ""
        bench.pattern_view.set_garment(garment, options)
        failed = [c for c in garment.checks if not c.passed]
        bench.status(tr("Drafted {garment}: {n} pieces, ").format(
            garment=bench.garment_title(), n=len(garment.pieces))
                     + (tr("{n} checks failed").format(n=len(failed)) if failed
                        else tr("all checks passed")))
        bench.draftShown.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        bench = self.bench
        text = str(error) if isinstance(error, MtmError) else tr("internal error") + f": {error!r}"
        self.error = text
        bench.pattern_view.show_problem(tr("Cannot draft: {problem}").format(problem=text))
        bench.status(tr("Cannot draft: {problem}").format(problem=text), 10000)
        bench.draftShown.emit()
