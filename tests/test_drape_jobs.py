"""app/drape_jobs.py: fit and drape off the GUI thread, the drape shown, cancelling, the stale
drape and why, the body cache and the drape kept for the showroom's compare. The fit and the
cloth solver are quick stand-ins (tests/studio_fakes.py); their own tests drape for real."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from studio_fakes import FakeDrape, fake_body, open_studio, record_status

import mtm.bodies.fit
import mtm.core.drape.drape
from mtm.app import drape_jobs as drape_jobs_module
from mtm.app.drape_jobs import DEFAULT_RESOLUTION, DrapeJobs
from mtm.app.samples import sample_measurements

pytestmark = pytest.mark.gui


@pytest.fixture
def fits(monkeypatch):
    """Counts the body fits (the fake fit, counted)."""
    calls: list[int] = []

    def counting(*args, **kwargs):
        calls.append(1)
        return fake_body(*args, **kwargs)

    return calls, counting


def no_body_yet(qtbot, drapes: DrapeJobs, monkeypatch) -> None:
    """Let a background preparation the window started (the sample customer chosen) end,
    then forget its body: the test decides who fits."""
    qtbot.waitUntil(lambda: drapes.preparing is None and not drapes.prepare_timer.isActive(),
                    timeout=30_000)
    monkeypatch.setattr(drapes, "_body_cache", {})
    monkeypatch.setattr(drapes, "_pending", {})


def test_a_drape_runs_in_the_background_and_is_shown(qtbot, book_path, monkeypatch, fits):
    calls, counting = fits
    with open_studio(qtbot, book_path, monkeypatch) as (win, fake):
        bench = win.workbench
        drapes: DrapeJobs = bench.drapes
        no_body_yet(qtbot, drapes, monkeypatch)
        monkeypatch.setattr(mtm.bodies.fit, "fit_body", counting)
        assert drapes.drape is None and not drapes.fresh()
        assert drapes.resolution() == DEFAULT_RESOLUTION
        bench.resolution_spin.setValue(3.0)
        bench.project_dirty = False
        said = record_status(win)
        with qtbot.waitSignal(bench.drapeShown, timeout=60_000):
            job = drapes.start()
            assert job is not None and job.drape and not job.auto
        assert fake.calls[-1]["thread"] is not threading.main_thread()
        assert fake.calls[-1]["resolution"] == 3.0 and fake.calls[-1]["previous"] is None
        assert drapes.drape is bench.drape and drapes.body_mesh is bench.body_mesh
        assert drapes.inputs == drapes.key() and drapes.fresh()
        assert bench.view3d.scene is not None and not bench.view3d.stale
        assert win.tabs.currentWidget() is bench.view3d
        assert bench.project_dirty  # a new drape is a change of the project
        assert said[0] == "Draping at 3 cm…" and said[-1].startswith("Draped in ")
        assert len(calls) == 1

        # another option: the same body (cached), a new drape; the first kept to compare
        first = drapes.drape
        bench.auto_redrape_action.setChecked(False)
        bench.garment_panel.editor("length").setValue(7.0)
        qtbot.waitUntil(lambda: bench.garment.options["length"] == 7.0, timeout=20_000)
        with qtbot.waitSignal(bench.drapeShown, timeout=60_000):
            drapes.start()
        assert len(calls) == 1  # no second fit for the same measurements
        assert drapes.previous is not None and drapes.previous[0] is first
        assert dict(drapes.previous[2][3])["length"] != dict(drapes.inputs[3])["length"]
        drapes.forget_previous()
        assert drapes.previous is None


def test_cancelling_a_drape_keeps_the_drape_shown(qtbot, book_path, monkeypatch):
    with open_studio(qtbot, book_path, monkeypatch, FakeDrape(seconds=30.0)) as (win, fake):
        bench = win.workbench
        outcomes: list[str] = []
        said = record_status(win)
        bench.jobs.finished.connect(lambda _job, outcome: outcomes.append(outcome))
        job = bench.drapes.start()
        qtbot.waitUntil(lambda: len(fake.calls) == 1, timeout=20_000)  # draping now
        bench.cancel_action.trigger()
        qtbot.waitUntil(lambda: outcomes == ["cancelled"], timeout=20_000)
        assert job.isFinished() or job.wait(5_000)
        assert bench.drape is None and not bench.jobs.busy()
        assert any(m.endswith(": cancelled") and m.startswith("Draping") for m in said)


def test_the_stale_drape_says_what_changed_and_auto_redrapes(qtbot, book_path, monkeypatch):
    with open_studio(qtbot, book_path, monkeypatch) as (win, fake):
        bench = win.workbench
        drapes, view = bench.drapes, bench.view3d
        with qtbot.waitSignal(bench.drapeShown, timeout=60_000):
            drapes.start()
        bench.auto_redrape_action.setChecked(False)
        bench.fabric_panel.set_fabric("denim")
        assert view.stale and "fabric" in view.banner_label.text()
        assert not drapes.redrape_timer.isActive()  # Auto is off: only said
        bench.resolution_spin.setValue(2.0)
        assert "fabric and resolution" in view.banner_label.text()

        bench.auto_redrape_action.trigger()  # Auto on: the stale drape is redraped
        assert bench.settings.value("auto_redrape") in (1, "1")
        assert drapes.redrape_timer.isActive()
        qtbot.waitUntil(lambda: len(fake.calls) == 2 and not bench.jobs.busy(),
                        timeout=20_000)
        qtbot.waitUntil(lambda: not view.stale, timeout=5_000)
        assert fake.calls[-1]["previous"] is not None  # started from the drape shown
        assert fake.calls[-1]["fabric"] == "denim" and drapes.fresh()


def test_a_loaded_drape_is_shown_without_draping(qtbot, book_path, monkeypatch):
    with open_studio(qtbot, book_path, monkeypatch) as (win, fake):
        bench = win.workbench
        drapes = bench.drapes
        with qtbot.waitSignal(bench.drapeShown, timeout=60_000):
            drapes.start()
        drape, body = drapes.drape, drapes.body_mesh
        drapes.show_loaded(None, None)
        assert drapes.drape is None and drapes.inputs is None and bench.view3d.garment is None
        drapes.show_loaded(drape, body)
        assert drapes.drape is drape and drapes.fresh() and bench.view3d.garment is not None
        assert len(fake.calls) == 1


def test_the_body_is_prepared_before_drape_and_a_drape_waits_for_it(qtbot, book_path,
                                                                     monkeypatch):
    """The customer's body is fitted and its collision field built in the background before
    Drape is pressed; pressing Drape meanwhile waits for that fit instead of fitting twice."""
    with open_studio(qtbot, book_path, monkeypatch) as (win, fake):
        bench = win.workbench
        drapes: DrapeJobs = bench.drapes
        no_body_yet(qtbot, drapes, monkeypatch)
        release = threading.Event()
        done: list[tuple[str, object]] = []  # (what, thread), in order

        def slow_fit(*args, **kwargs):
            assert release.wait(30)
            body = fake_body(*args, **kwargs)
            done.append(("fit", QThread.currentThread()))
            return body

        def field(body, radius=None):
            done.append(("field", QThread.currentThread()))
            return None

        monkeypatch.setattr(mtm.bodies.fit, "fit_body", slow_fit)
        monkeypatch.setattr(mtm.core.drape.drape, "body_sdf", field)
        monkeypatch.setattr(mtm.core.drape.drape, "collision_sdf", field)
        said = record_status(win)
        job = bench.prepare_drape()
        assert job is not None and drapes.preparing is job
        assert not bench.jobs.busy()  # not on the job bar: the user did not ask for it
        assert said[-1].startswith("Fitting the customer's body in the background")
        assert bench.prepare_drape() is None  # being fitted: not twice

        with qtbot.waitSignal(bench.drapeShown, timeout=60_000):
            drape = drapes.start()  # Drape pressed while the body is fitted
            qtbot.waitUntil(lambda: "fitting the body" in bench.jobs.label.text(),
                            timeout=10_000)
            assert fake.calls == []  # waiting for the fit, not draping a body of its own
            release.set()
        assert [what for what, _thread in done] == ["fit", "field", "field"]  # fitted once
        assert all(thread is job for _what, thread in done)  # on the preparing job's thread
        assert drape is not job
        assert len(fake.calls) == 1 and drapes.drape is not None
        qtbot.waitUntil(lambda: drapes.preparing is None, timeout=10_000)

        # the body is kept: neither a preparation nor the next drape fits it again
        assert bench.prepare_drape() is None
        with qtbot.waitSignal(bench.drapeShown, timeout=60_000):
            drapes.start()
        assert len(done) == 3 and len(fake.calls) == 2


def test_a_prepared_body_is_draped_at_once(qtbot, book_path, monkeypatch, fits):
    calls, counting = fits
    with open_studio(qtbot, book_path, monkeypatch) as (win, fake):
        bench = win.workbench
        drapes: DrapeJobs = bench.drapes
        no_body_yet(qtbot, drapes, monkeypatch)
        monkeypatch.setattr(mtm.bodies.fit, "fit_body", counting)
        said = record_status(win)
        job = bench.prepare_drape()
        qtbot.waitUntil(lambda: drapes.preparing is None, timeout=30_000)
        assert job.result is not None and len(calls) == 1
        assert said[-1] == "The customer's body is ready: Drape drapes it at once"
        with qtbot.waitSignal(bench.drapeShown, timeout=60_000):
            drapes.start()
        assert len(calls) == 1 and len(fake.calls) == 1


def test_a_failed_preparation_is_fitted_again_by_the_drape(qtbot, book_path, monkeypatch,
                                                            fits):
    calls, counting = fits
    with open_studio(qtbot, book_path, monkeypatch) as (win, fake):
        bench = win.workbench
        drapes: DrapeJobs = bench.drapes
        no_body_yet(qtbot, drapes, monkeypatch)

        def broken(*_args, **_kwargs):
            raise RuntimeError("fit broke")

        monkeypatch.setattr(mtm.bodies.fit, "fit_body", broken)
        monkeypatch.setattr(bench.jobs, "show_dialogs", False)
        job = bench.prepare_drape()
        qtbot.waitUntil(lambda: drapes.preparing is None, timeout=30_000)
        assert job.error is not None and not bench.jobs.busy()
        monkeypatch.setattr(mtm.bodies.fit, "fit_body", counting)
        with qtbot.waitSignal(bench.drapeShown, timeout=60_000):
            drapes.start()
        assert len(calls) == 1 and len(fake.calls) == 1


def test_choosing_a_customer_prepares_their_body_a_moment_later(qtbot, book_path, monkeypatch,
                                                                fits):
    calls, counting = fits
    with open_studio(qtbot, book_path, monkeypatch) as (win, _fake):
        bench = win.workbench
        drapes: DrapeJobs = bench.drapes
        qtbot.waitUntil(lambda: bench.warm, timeout=120_000)
        no_body_yet(qtbot, drapes, monkeypatch)
        monkeypatch.setattr(mtm.bodies.fit, "fit_body", counting)
        sample = next(c for c in win.book.customers()
                      if c.name == sample_measurements().name)
        drapes.prepare_timer.setInterval(50)
        win.customer_panel.add_customer("Another Customer", sex="male")
        win.customer_panel.select_customer(sample.id)  # looked at one, then chose another
        assert drapes.prepare_timer.isActive() and drapes.preparing is None and calls == []
        qtbot.waitUntil(lambda: bool(calls) and drapes.preparing is None, timeout=30_000)
        assert len(calls) == 1  # only the customer chosen last
        assert drapes.body_key() in drapes._body_cache
        assert bench.prepare_drape() is None and len(calls) == 1
        assert drape_jobs_module.PREPARE_DELAY_MS >= 1000  # not a fit per customer looked at
