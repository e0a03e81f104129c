"""Fit the MakeHuman body to a customer's measurements (bounded least squares).

The blend is linear in the target weights and every measurement has an exact vertex gradient
(``measure.measure_with_vertex_grads``), so the Jacobian is ``dm/dv . D . dw/dp`` in one pass.
The height macro is set from the stature (it mostly sets proportions) and the body is then
scaled about the floor so that the stature is met exactly; the other macros (muscle, weight,
proportions, cup) and the measure/shape modifiers are solved by ``scipy.optimize.least_squares``.
Where the targets fold the skin, the blend rebuilds a patch from the base mesh (``folds``); the
patch is linear in the blend, so the Jacobian runs through it exactly, and it only grows during a
fit, so the measured body is what the fit optimised.

Shape the customer did not measure comes from the population: the depths, breadths and seat
height of ``mtm.core.shape_prior`` are predicted from the measured values and fitted as soft
targets weighted by their residual spread (a measured girth keeps its small sigma and wins).
A plausibility prior keeps the body human: the macros (weight, muscle, proportions) carry the
shape at little cost, while each local modifier pays ``LOCAL_REGULARISATION`` per unit and a
steep ``LIMIT_PENALTY`` beyond ``|PLAUSIBLE|``, so no single target is pushed to its limit to
meet one number. A measured value the fit then misses by more than ``WARN_RESIDUAL`` is listed
as let go in ``Body.let_go`` and the report.

Speed: the solver starts from the parameters the population's fitted bodies predict for these
measurements (``predicted_start``, a ridge regression stored by ``scripts/fit_body_start.py``),
so one solve of some 15-40 steps usually suffices; a second start (the fixed start in the other
basin) runs only when a measured value stays over ``WARN_RESIDUAL`` out. Each step measures the
posed body with gradients kept on the vertices they touch (``vertex_grads.VertexGrads``) and
pulls them back through the pose, the repairs and the finish on those vertices only.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from types import MappingProxyType

import numpy as np
from scipy.optimize import least_squares

from mtm.core.errors import CancelledError, MeasurementError
from mtm.core.measurements import CATALOGUE, MeasurementSet, validate
from mtm.core.shape_prior import SHAPE_KEYS, predict_shape, predict_unmeasured

from .folds import Patch
from .landmarks import landmark_points
from .makehuman import MACROS, BodyParams, load_model
from .measure import (
    BODY_KEYS,
    measure_body,
    measure_with_vertex_grads,
    seat_landmarks,
    section_cache,
)
from .pose import Poser

#: Modifiers the fit may move (value -1..1), each mainly serving the measurement noted.
FIT_MODIFIERS: tuple[str, ...] = (
    "measure-neck-circ", "neck-scale-horiz", "neck-scale-depth",  # neck base girth
    "measure-bust-circ", "torso-scale-depth", "torso-scale-horiz",  # chest
    "measure-underbust-circ",  # underbust
    "measure-waist-circ", "stomach-pregnant",  # waist
    "measure-hips-circ", "buttocks-volume", "hip-scale-horiz", "hip-scale-depth",  # hips
    # seat and waist shape at a given girth: a squarer seat section (less hip breadth and
    # buttock depth), a lower seat, slimmer thigh tops, a squarer and flatter navel waist
    "trunk-fill-seat", "pelvis-tone", "upperleg-scale-horiz",
    "trunk-fill-waist", "stomach-tone",
    "measure-shoulder-dist", "torso-vshape", "torso-muscle-dorsi",  # shoulders, across back
    "measure-frontchest-dist",  # across front
    "measure-napetowaist-dist", "measure-waisttohip-dist", "measure-neck-height",  # lengths
    "measure-upperarm-length", "measure-lowerarm-length",  # arm length
    "measure-upperarm-circ", "measure-wrist-circ",
    "measure-upperleg-height", "measure-lowerleg-height",  # inside / outside leg
    "measure-thigh-circ", "measure-knee-circ", "measure-calf-circ", "measure-ankle-circ",
    "head-scale-horiz", "head-scale-depth",  # head girth
)
FIT_MACROS: tuple[str, ...] = ("muscle", "weight", "proportions", "cup")
#: Bounds where the defaults (macros 0..1, modifiers -1..1) would fold skin: MakeHuman's
#: muscle/weight corners crease the lower back and neck of the male body, and a flat seat
#: (buttocks-volume below -0.5) or a full bust target above 0.8 fold triangles at the gluteal
#: cleft and under the arms (found by counting triangles whose normal turns over).
BOUNDS: Mapping[str, tuple[float, float]] = MappingProxyType({
    "muscle": (0.1, 0.9), "weight": (0.1, 0.95),
    "buttocks-volume": (-0.5, 1.0), "measure-bust-circ": (-1.0, 0.8),
    # the fill targets square a section; turned the other way they would make it pointed
    "trunk-fill-seat": (-0.3, 1.0), "trunk-fill-waist": (-0.3, 1.0),
    # a belly that sits on the body: the fit took navel-waist girth from a slack stomach
    # (stomach-tone -0.6) and the pregnant target, and the median ANSUR II woman looked
    # pregnant in side view; the stomach may only be toned, and the pregnant target only taken
    # away: at +0.22 with stomach-tone +0.18 it still pushed the median woman's belly out below
    # the navel (zeroing the two flattened it; the navel girth comes from measure-waist-circ
    # and trunk-fill-waist then) (men keep MALE_BOUNDS' reach: a heavy man's navel waist can
    # pass his hips)
    "stomach-tone": (0.0, 1.0), "stomach-pregnant": (-1.0, 0.0),
})
#: Tighter for the male body, whose armpit folds with full bust or upper-arm targets and whose
#: lower back creases with a flat hip depth or stomach.
MALE_BOUNDS: Mapping[str, tuple[float, float]] = MappingProxyType({
    "measure-bust-circ": (-1.0, 0.5), "hip-scale-depth": (-0.7, 1.0),
    "measure-upperarm-circ": (-1.0, 0.8), "stomach-pregnant": (-0.7, 1.0), "muscle": (0.1, 0.8),
})
#: Keys the fit matches (every measurement a body shows); weight is not a length.
FIT_KEYS: tuple[str, ...] = BODY_KEYS
REGULARISATION = 0.05  # cm of residual per unit of a macro: keeps shapes near the average
#: cm of residual per unit of a local modifier: the macros carry the shape, modifiers refine it
LOCAL_REGULARISATION = 0.5
PLAUSIBLE = 0.6  # modifier values beyond which the limit penalty starts
LIMIT_PENALTY = 6.0  # cm of residual per unit of a modifier beyond PLAUSIBLE
ESTIMATE_SIGMA = 4.0  # estimated measurements count 4x less than measured ones
#: Estimated lengths that pin the body's vertical proportions (where the crotch and navel sit):
#: fitted at the population's prediction and spread (``shape_prior.predict_unmeasured``), as
#: the seat height is, so that the fit does not lower the crotch to place the seat.
PINNED_ESTIMATES: tuple[str, ...] = ("inside_leg", "outside_leg")
#: Measured together, these place the seat level on the mesh (``measure``: outside leg is the
#: navel's height, waist to hip the navel's height above the seat), so the predicted buttock
#: height is not fitted then: with the seat free to move (``trunk-fill-seat``, ``pelvis-tone``)
#: the prediction pulled a measured waist-to-hip 1.2 cm off.
SEAT_FROM: tuple[str, ...] = ("outside_leg", "waist_to_hip")
#: Predicted shape dimensions fitted tighter than their population spread. The seat height:
#: at its spread (1.5 cm women, 2 cm men) the other targets pulled the body's seat 0.3 cm above
#: the prediction on average (sd 0.55 cm over body_shape.py's 200), which added to the
#: prediction's own error (MAE 1.42 -> 1.54 cm on the mesh).
SHAPE_SIGMA_SCALE: Mapping[str, float] = MappingProxyType({"buttock_height": 0.5})
MEASURED_SIGMA = 1.0  # cm: a measured value's sigma, unless KEY_SIGMA says otherwise
#: The girths a garment's fit hangs on count more when measurements pull against each other.
KEY_SIGMA: Mapping[str, float] = MappingProxyType({
    "chest_girth": 0.3, "waist_girth": 0.3, "waist_girth_omphalion": 0.3, "hip_girth": 0.3,
    "neck_base_girth": 0.3})
#: Where the macros start (women, men): first and second start. Off MakeHuman's kink at 0.5;
#: on 16 ANSUR II subjects these starts reached the lowest costs most often.
MACRO_STARTS = ((0.47, 0.65), (0.35, 0.2))
WARN_RESIDUAL = 1.0  # cm
#: The measurements the warm start is predicted from (``predicted_start``): the basic tape
#: (those a customer gives; estimated values count too).
START_FEATURES: tuple[str, ...] = (
    "height", "weight", "chest_girth", "waist_girth_omphalion", "hip_girth", "neck_base_girth",
    "shoulder_width", "back_waist_length", "arm_length", "inside_leg", "thigh_girth",
    "calf_girth", "ankle_girth", "wrist_girth", "head_girth")


@dataclass(frozen=True)
class Body:
    """A fitted body: mesh (cm, Y up, facing +Z, feet on Y = 0), landmarks, measurements."""

    vertices: np.ndarray  # (N, 3) float cm
    faces: np.ndarray  # (M, 3) int, outward winding
    landmarks: Mapping[str, np.ndarray]
    targets: Mapping[str, float]
    achieved: Mapping[str, float]
    residuals: Mapping[str, float]  # achieved - target, cm, for every target key
    params: BodyParams
    sex: str | None = None
    estimated: frozenset[str] = frozenset()
    warnings: tuple[str, ...] = ()
    seconds: float = 0.0
    extra: Mapping[str, object] = field(default_factory=dict)
    #: shape dimensions predicted from the population (``mtm.core.shape_prior``):
    #: key -> {"target", "sd", "achieved"} (cm)
    predicted: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    #: measured keys the fit gave up on to keep a plausible shape: key -> target minus achieved
    let_go: Mapping[str, float] = field(default_factory=dict)

    def report(self) -> dict[str, object]:
        """The JSON report of ``mtm body fit``."""
        return {
            "targets": {k: round(v, 3) for k, v in self.targets.items()},
            "achieved": {k: round(v, 3) for k, v in self.achieved.items()},
            "residuals": {k: round(v, 3) for k, v in self.residuals.items()},
            "estimated": sorted(self.estimated),
            "predicted": {k: {n: round(x, 3) for n, x in p.items()}
                          for k, p in self.predicted.items()},
            "let_go": {k: round(v, 3) for k, v in self.let_go.items()},
            "warnings": list(self.warnings),
            "params": self.params.to_json(),
            "seconds": round(self.seconds, 3),
        }


def _sex_value(sex: str | None) -> float:
    return {"female": 0.0, "male": 1.0}.get(sex or "", 0.5)


@cache
def _stature_table(sex: float) -> tuple[np.ndarray, np.ndarray]:
    """Stature (cm) of the average body against the height macro."""
    model = load_model()
    hs = np.linspace(0.0, 1.0, 21)  # stature is piecewise linear in the height macro
    stature = [np.ptp(model.blend(BodyParams(sex=sex, height=h))[:, 1]) for h in hs]
    return hs, np.asarray(stature)


def height_macro_for(stature: float, sex: float) -> float:
    """The height macro whose average body has ``stature`` (clipped to the model's range)."""
    hs, st = _stature_table(sex)
    return float(np.interp(stature, st, hs))


@cache
def _deltas(active: tuple[int, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Deltas of the targets a fit may use, float32, as (K, 3N) (a target's row is contiguous,
    for blending) and as (3N, K) (a vertex's rows are contiguous, for the Jacobian)."""
    d = np.ascontiguousarray(load_model().deltas[list(active)], dtype=np.float32)
    return d, np.ascontiguousarray(d.T)


class _Problem:
    """Residuals and Jacobian of one fit, sharing work between the two calls."""

    def __init__(self, targets: dict[str, float], sigma: dict[str, float], sex: float,
                 height_macro: float, cancel: Callable[[], bool] | None,
                 progress: Callable[[float, str], None] | None = None,
                 skin: str = "mannequin") -> None:
        self.model = load_model()
        self.keys = tuple(k for k in FIT_KEYS + SHAPE_KEYS if k in targets)
        self.t = np.array([targets[k] for k in self.keys])
        self.w = 1.0 / np.array([sigma[k] for k in self.keys])
        self.stature = targets["height"]
        self.sex = sex
        self.height_macro = height_macro
        names = tuple(m for m in FIT_MACROS if not (m == "cup" and sex >= 0.5))
        self.macros = names
        self.names = names + FIT_MODIFIERS
        self.cancel = cancel
        self.progress = progress
        # targets this sex can use, as a (3N, K) matrix: rows gather fast per vertex
        codes = self.model._codes[:, 0]
        usable = (codes < 0) | (codes == (1 if sex >= 0.5 else 0)) | (0.0 < sex < 1.0)
        self.active = np.flatnonzero(usable)
        self.deltas, self.deltas_t = _deltas(tuple(self.active))
        self.base = self.model.base.reshape(-1)
        self._cache: tuple[bytes, tuple] | None = None
        self._moving: np.ndarray | None = None  # see _moving_deltas
        fitted = [self.model.modifier_names.index(n) for n in FIT_MODIFIERS]
        self._modifier_targets = np.flatnonzero(np.isin(self.model._mod_index[self.active],
                                                        fitted))
        self._deltas_moving = np.zeros((0, 0), dtype=np.float32)
        self.evaluations = 0
        self.patch: Patch | None = None  # where the blend's folds are rebuilt (see folds)
        # the stance and skin the body is measured and shown in
        self.poser = Poser(self.model, skin, male=sex >= 0.5)

    def x_probe(self) -> np.ndarray:
        return np.r_[np.full(len(self.macros), 0.5), np.zeros(len(FIT_MODIFIERS))]

    def params(self, x: np.ndarray) -> BodyParams:
        n = len(self.macros)
        kw = {m: float(x[i]) for i, m in enumerate(self.macros)}
        return BodyParams(sex=self.sex, height=self.height_macro,
                          modifiers=dict(zip(FIT_MODIFIERS, map(float, x[n:]), strict=True)),
                          **kw)

    def _evaluate(self, x: np.ndarray):
        key = x.tobytes()
        if self._cache is not None and self._cache[0] == key:
            return self._cache[1]
        if self.cancel is not None and self.cancel():
            raise CancelledError("body fit cancelled")
        self.evaluations += 1
        if self.progress is not None:
            self.progress(min(0.85, 0.05 + 0.02 * self.evaluations), "fitting the body")
        p = self.params(x)
        w, dw = self.model.target_weights_and_jacobian(p, self.names)
        w, dw = w[self.active], dw[self.active]
        v = self.base.copy()
        for k in np.flatnonzero(w):  # most targets weigh 0: add only the others
            v += w[k] * self.deltas[k]
        # the fit measures the body the blend delivers, folds rebuilt; the patch only grows
        # during a fit, so the body stays a smooth (linear) function of the weights between
        # the rare steps where it does, and the gradients go back through it exactly
        v, self.patch = self.model.repair(v.reshape(-1, 3), self.patch)
        # girths are taken in the measuring stance: the posed body is measured and the
        # gradients go back through the pose (exact, see pose.Poser)
        # (the gradients live on the few vertices each measurement touches: ``VertexGrads``)
        values, grads = measure_with_vertex_grads(self.poser(v), ("height",) + self.keys,
                                                  self.sex)
        grads = self.poser.pull_back(grads)
        if self.patch is not None:
            grads = self.patch.pull_back(grads)
        m = np.array([values[k] for k in self.keys])
        h = values["height"]
        s = self.stature / h
        # d(s m_i) = s dm_i - (s m_i / h) dh, chained through the blend: dv/dx = D dw/dx
        # rows: (vertex, coordinate) pairs of the support, columns: the measurements
        flat = grads.values.transpose(0, 2, 1).reshape(-1, grads.values.shape[1])
        live = np.flatnonzero(np.any(flat != 0, axis=1))
        cols = (3 * grads.index[:, None] + np.arange(3)).ravel()[live]
        dv = self._moving_deltas(dw)[cols] @ dw[self._moving]  # (c, P)
        jall = flat[live].T @ dv
        jh, jm = jall[0], jall[1:]
        jac = s * jm - np.outer(s * m / h, jh)
        result = (s * m, jac, s, v)
        self._cache = (key, result)
        return result

    def _moving_deltas(self, dw: np.ndarray) -> np.ndarray:
        """The deltas (3N, k) of every target whose weight has moved with the parameters in
        this fit (rows of ``dw`` not 0; ``_moving`` lists them), contiguous so that each step
        gathers whole rows. The set only grows (a modifier crossing 0 or a macro crossing a
        kink adds targets), so it is gathered again a few times per fit."""
        moving = np.flatnonzero(np.any(dw != 0, axis=1))
        if self._moving is None or not np.isin(moving, self._moving).all():
            # from the start: both targets of every modifier (either may move)
            known = self._moving if self._moving is not None else self._modifier_targets
            self._moving = np.union1d(known, moving)
            self._deltas_moving = np.ascontiguousarray(self.deltas_t[:, self._moving])
        return self._deltas_moving

    def residuals(self, x: np.ndarray) -> np.ndarray:
        sm = self._evaluate(x)[0]
        return np.concatenate([(sm - self.t) * self.w, self._prior(x)[0]])

    def jacobian(self, x: np.ndarray) -> np.ndarray:
        jac = self._evaluate(x)[1] * self.w[:, None]
        return np.vstack([jac, self._prior(x)[1]])

    def _prior(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The plausibility prior as residuals and their Jacobian: every parameter pays its
        regularisation (macros about 0.5, modifiers about 0), and each modifier beyond
        ``PLAUSIBLE`` pays ``LIMIT_PENALTY`` per unit more (a kink only in the slope, so the
        cost stays smooth)."""
        n = len(self.macros)
        c = x.copy()
        c[:n] -= 0.5
        reg = np.r_[np.full(n, REGULARISATION), np.full(len(x) - n, LOCAL_REGULARISATION)]
        excess = np.maximum(np.abs(x[n:]) - PLAUSIBLE, 0.0)
        limit = LIMIT_PENALTY * np.sign(x[n:]) * excess
        jl = np.zeros((len(x) - n, len(x)))
        jl[np.arange(len(x) - n), n + np.arange(len(x) - n)] = LIMIT_PENALTY * (excess > 0)
        return np.r_[reg * c, limit], np.vstack([np.diag(reg), jl])

    def bounds(self) -> tuple[np.ndarray, np.ndarray]:
        default = [(0.0, 1.0) if name in MACROS else (-1.0, 1.0) for name in self.names]
        bounds = {**BOUNDS, **(MALE_BOUNDS if self.sex >= 0.5 else {})}
        pairs = [bounds.get(name, d) for name, d in zip(self.names, default, strict=True)]
        return np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs])


@cache
def _start_table() -> dict:
    """``resources/body_fit_start.json`` (made by ``scripts/fit_body_start.py``), or empty."""
    path = resources.files("mtm.resources").joinpath("body_fit_start.json")
    return json.loads(path.read_text()) if path.is_file() else {}


def predicted_start(ms: MeasurementSet, names: tuple[str, ...], sex: float) -> np.ndarray | None:
    """The parameters ``names`` predicted from the measurements of ``START_FEATURES`` that
    ``ms`` holds (measured or estimated), by the ridge regression on fitted ANSUR II bodies of
    the same sex (``scripts/fit_body_start.py`` stores its normal equations, so any subset of
    the features has its own regression). None for a body of unknown sex, without a table or
    without any of the features. A parameter the table lacks starts neutral (macro 0.5,
    modifier 0), so new modifiers need no new table, only a better one."""
    table = _start_table().get({0.0: "female", 1.0: "male"}.get(sex, ""))
    if not table:
        return None
    use = [i for i, k in enumerate(table["features"]) if k in ms]
    if not use:
        return None
    z = (np.array([float(ms[table["features"][i]]) for i in use])
         - np.asarray(table["mean"])[use]) / np.asarray(table["spread"])[use]
    gram = np.asarray(table["gram"])[np.ix_(use, use)]
    coef = np.linalg.solve(gram + table["ridge"] * np.eye(len(use)),
                           np.asarray(table["cross"])[use])
    predicted = dict(zip(table["params"], np.asarray(table["intercept"]) + z @ coef,
                         strict=True))
    return np.array([predicted.get(n, 0.5 if n in MACROS else 0.0) for n in names])


def _starts(problem: _Problem, ms: MeasurementSet, warm: bool) -> list[np.ndarray]:
    """Where the solver starts, in order. With a warm start (``warm`` and a table for the
    sex): it, then the one of ``MACRO_STARTS`` farthest from it in the macros (the other
    basin). Otherwise the macros at each of ``MACRO_STARTS`` for the sex, modifiers at 0."""
    male = int(problem.sex >= 0.5)
    n = len(problem.macros)
    fixed = [np.r_[np.full(n, m), np.zeros(len(FIT_MODIFIERS))] for m in MACRO_STARTS[male]]
    first = predicted_start(ms, problem.names, problem.sex) if warm else None
    if first is None:
        return fixed
    return [first, max(fixed, key=lambda f: float(np.abs(f[:n] - first[:n]).sum()))]


def _exhaustive(problem: _Problem, ms: MeasurementSet, warm: bool) -> bool:
    """Whether every start is solved (the best body kept): without a warm start, as the
    fixed starts often end in different basins; with one, a second start runs only when a
    measured value stays over ``WARN_RESIDUAL`` out."""
    return not warm or predicted_start(ms, problem.names, problem.sex) is None


def _worst_measured(problem: _Problem, x: np.ndarray, ms: MeasurementSet) -> float:
    """Largest absolute residual (cm) over the measured keys (neither estimated nor predicted
    shape)."""
    fitted = problem._evaluate(x)[0]
    return max((abs(f - t) for k, f, t in zip(problem.keys, fitted, problem.t, strict=True)
                if k in ms.values and k not in ms.estimated), default=0.0)


def _checked(measurements: MeasurementSet) -> MeasurementSet:
    """Fill in missing measurements and refuse impossible ones (naming them)."""
    ms = measurements
    if "height" not in ms:
        raise MeasurementError("height (stature) is needed to fit a body", field="height")
    errors = [p for p in validate(ms) if p.severity == "error"]
    if not errors and any(k not in ms for k in FIT_KEYS):
        ms = ms.with_estimates()
        errors = [p for p in validate(ms) if p.severity == "error"]
    if errors:
        keys = sorted({k for p in errors for k in p.keys})
        raise MeasurementError(
            "no body can have these measurements: " + "; ".join(p.message for p in errors),
            field=", ".join(keys))
    return ms


def fit_body(
    measurements: MeasurementSet,
    progress: Callable[[float, str], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    *,
    max_evaluations: int = 40,
    skin: str = "mannequin",
    warm_start: bool = True,
) -> Body:
    """A body whose measurements (as ``measure`` defines them) match ``measurements``.

    Missing measurements are estimated (``MeasurementSet.with_estimates``) and matched with
    less weight; values no adult can have raise ``MeasurementError`` naming them. Residuals
    over 1 cm are listed in ``Body.warnings``. The body stands as a person is measured
    (``pose``) with the ``skin`` it is shown and draped in (``finish.SKINS``: the smooth
    "mannequin" or the "detailed" MakeHuman skin), and is measured so. The solver starts
    from the parameters the population's fitted bodies predict for these measurements
    (``warm_start``; False: from each of the fixed ``MACRO_STARTS``, the best body kept, as
    the table of those predictions is made).
    """
    start = time.perf_counter()
    ms = _checked(measurements)
    sex = _sex_value(ms.sex)
    targets = {k: float(ms[k]) for k in FIT_KEYS if k in ms}
    sigma = {k: (ESTIMATE_SIGMA if k in ms.estimated else KEY_SIGMA.get(k, MEASURED_SIGMA))
             for k in targets}
    prior = predict_shape(ms)
    if all(k in ms and k not in ms.estimated for k in SEAT_FROM):
        # the tape already places the seat (navel height minus navel-to-seat): measured wins
        prior.pop("buttock_height", None)
    shape = {k: p.value for k, p in prior.items()}
    for k, p in predict_unmeasured(ms, PINNED_ESTIMATES).items():
        if k in targets and k in ms.estimated:
            targets[k], sigma[k] = p.value, p.sd
    height_macro = height_macro_for(targets["height"], sex)
    problem = _Problem({**targets, **shape},
                       {**sigma, **{k: p.sd * SHAPE_SIGMA_SCALE.get(k, 1.0)
                                    for k, p in prior.items()}},
                       sex, height_macro, cancel, progress, skin)
    lo, hi = problem.bounds()
    if progress:
        progress(0.05, "fitting the body")

    def solve(x0: np.ndarray):
        with section_cache():  # one cache per solve: the body changes little between steps
            return least_squares(problem.residuals, np.clip(x0, lo, hi),
                                 jac=problem.jacobian, bounds=(lo, hi),
                                 method="trf", x_scale=1.0, max_nfev=max_evaluations,
                                 xtol=1e-4, ftol=1e-3, gtol=1e-6)

    starts = _starts(problem, ms, warm_start)
    exhaustive = _exhaustive(problem, ms, warm_start)
    solution = solve(starts[0])
    solves = [(int(solution.nfev), float(solution.cost))]
    # MakeHuman's macros are kinked at 0.5 (min/average/max targets swap there), so the cost
    # has several basins; when a solve leaves a measured value over 1 cm out, solve again
    # from the next start and keep the better body (``_exhaustive``: every start).
    for again in starts[1:]:
        if not exhaustive and _worst_measured(problem, solution.x, ms) <= WARN_RESIDUAL:
            break
        other = solve(again)
        solves.append((int(other.nfev), float(other.cost)))
        if other.cost < solution.cost:
            solution = other
    if progress:
        progress(0.9, "measuring the fitted body")
    params = problem.params(solution.x)
    s = problem._evaluate(solution.x)[2]
    params = replace(params, scale=float(s))
    model = load_model()
    vertices = problem.poser.standing(model.blend(params, start=problem.patch))
    achieved = measure_body(vertices, sex=sex)
    shape_achieved = measure_body(vertices, SHAPE_KEYS, sex=sex)
    residuals = {k: achieved[k] - targets[k] for k in targets}
    warnings = tuple(
        f"{CATALOGUE[k].label} is {achieved[k]:.1f} cm on the body, "
        f"{residuals[k]:+.1f} cm from the {'estimated' if k in ms.estimated else 'measured'} "
        f"{targets[k]:.1f} cm"
        for k in targets if abs(residuals[k]) > WARN_RESIDUAL)
    let_go = {k: targets[k] - achieved[k] for k in targets
              if k not in ms.estimated and abs(residuals[k]) > WARN_RESIDUAL}
    if progress:
        progress(1.0, "done")
    return Body(
        vertices=vertices,
        faces=model.triangulate(vertices),
        landmarks=MappingProxyType({**landmark_points(vertices, sex),
                                    **seat_landmarks(vertices)}),
        targets=MappingProxyType(targets),
        achieved=MappingProxyType(achieved),
        residuals=MappingProxyType(residuals),
        params=params,
        sex=ms.sex,
        estimated=frozenset(k for k in targets if k in ms.estimated),
        warnings=warnings,
        seconds=time.perf_counter() - start,
        extra=MappingProxyType({"evaluations": problem.evaluations,
                                "solver_status": int(solution.status), "skin": skin,
                                "cost": float(solution.cost), "solves": tuple(solves)}),
        predicted=MappingProxyType({
            k: MappingProxyType({"target": p.value, "sd": p.sd, "achieved": shape_achieved[k]})
            for k, p in prior.items()}),
        let_go=MappingProxyType(let_go),
    )
