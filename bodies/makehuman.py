"""The MakeHuman body model: base mesh plus weighted targets, blended with numpy.

Data: ``resources/bodies/makehuman.npz`` made by ``scripts/convert_makehuman.py`` from the
MakeHuman / MPFB2 assets (CC0 1.0). The body is the skin only, in centimetres, Y up, facing +Z,
in MakeHuman's A-pose; ``blend`` puts the feet on Y = 0.

Macro parameters follow MakeHuman's own interpolation (age fixed at a young adult, 25 years,
the three ethnic families mixed equally):

- ``sex`` 0 female .. 1 male: female targets weigh ``1 - sex``, male ones ``sex``;
- ``muscle``, ``weight``, ``cup``, ``firmness`` in 0..1: ``min = max(0, 1 - 2v)``,
  ``max = max(0, 2v - 1)``, ``average`` gets the rest;
- ``height`` and ``proportions`` in 0..1 are one-sided: ``min|uncommon = max(0, 1 - 2v)``,
  ``max|ideal = max(0, 2v - 1)``;
- a macro target's weight is the product of its factors.

Modifiers (``measure-waist-circ``, ``stomach-pregnant`` ...) take a value in -1..1 that weighs the
``-incr`` target by ``v`` or the ``-decr`` target by ``-v``. ``scale`` multiplies the whole body
about the floor point under the origin (it lets the fit hit the stature exactly).

Some targets together fold the skin (toe webs, gluteal cleft, male armpit); ``blend`` rebuilds
those few patches from the base mesh (``folds.repair``) unless asked for the plain blend.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from types import MappingProxyType

import numpy as np

from .folds import Patch, QuadTopology, repair, split_quads

MACROS: tuple[str, ...] = ("sex", "muscle", "weight", "height", "proportions", "cup", "firmness")
_LEVELS = ("min", "average", "max")


@dataclass(frozen=True)
class BodyParams:
    """Parameters of one body. ``modifiers`` maps a modifier name to a value in -1..1."""

    sex: float = 0.5
    muscle: float = 0.5
    weight: float = 0.5
    height: float = 0.5
    proportions: float = 0.5
    cup: float = 0.5
    firmness: float = 0.5
    modifiers: Mapping[str, float] = field(default_factory=dict)
    scale: float = 1.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "modifiers",
                           MappingProxyType({k: float(v) for k, v in self.modifiers.items()}))

    def with_modifiers(self, **values: float) -> BodyParams:
        """A copy with some modifiers set (names with '-' given as '_')."""
        mods = dict(self.modifiers)
        mods.update({k.replace("_", "-"): v for k, v in values.items()})
        return replace(self, modifiers=mods)

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {m: float(getattr(self, m)) for m in MACROS}
        out["scale"] = float(self.scale)
        out["modifiers"] = dict(self.modifiers)
        return out


class BodyModel:
    """Base mesh, sparse targets as a dense matrix, faces and body-part weights."""

    def __init__(self, path=None) -> None:
        if path is None:
            path = resources.files("mtm.resources").joinpath("bodies/makehuman.npz")
        with resources.as_file(path) if not isinstance(path, str) else _nullctx(path) as p:
            data = np.load(p, allow_pickle=False)
            self.base = data["vertices"].astype(np.float64)
            quads = data["quads"].astype(np.int64)
            self.target_names: tuple[str, ...] = tuple(str(n) for n in data["target_names"])
            idx = data["target_index"].astype(np.int64)
            delta = data["target_delta"].astype(np.float64)
            offsets = data["target_offsets"]
            self.part_names: tuple[str, ...] = tuple(str(n) for n in data["part_names"])
            self.part_weights = data["part_weights"].astype(np.float64)
            self.licence = str(data["licence"])
            #: rig joint centres as affine combinations of skin vertices: (J, k) each
            self.joint_names: tuple[str, ...] = tuple(str(n) for n in data["joint_names"])
            self.joint_index = data["joint_index"].astype(np.int64)
            self.joint_weight = data["joint_weight"].astype(np.float64)
            #: the rig's main bones (parents first): parent index (-1 at the root), the joint
            #: each turns about (index into ``joint_names``, -1: follows its parent), and per
            #: vertex the four largest bone weights (N, 4), for ``pose``
            self.bone_names: tuple[str, ...] = tuple(str(n) for n in data["bone_names"])
            self.bone_parent = data["bone_parent"].astype(np.int64)
            self.bone_joint = data["bone_joint"].astype(np.int64)
            self.skin_bone = data["skin_bone"].astype(np.int64)
            skin_weight = data["skin_weight"].astype(np.float64)
            self.skin_weight = skin_weight / skin_weight.sum(1, keepdims=True)
        n = len(self.base)
        self.n_vertices = n
        self.quads = quads
        self.faces = np.concatenate([quads[:, [0, 1, 2]], quads[:, [0, 2, 3]]])
        #: (K, N*3) target deltas, row k flattened x0 y0 z0 x1 ...
        self.deltas = np.zeros((len(self.target_names), n * 3), dtype=np.float64)
        for k in range(len(self.target_names)):
            s, e = offsets[k], offsets[k + 1]
            rows = self.deltas[k].reshape(n, 3)
            rows[idx[s:e]] = delta[s:e]
        self.index = {name: k for k, name in enumerate(self.target_names)}
        self.modifier_names: tuple[str, ...] = tuple(sorted(
            {nm[: -len(suffix)] for nm in self.target_names
             for suffix in ("-incr", "-decr") if nm.endswith(suffix)}))
        self._parse_names()
        #: the part each vertex belongs to most (index into ``part_names``)
        self.part_of = self.part_weights.argmax(1)
        self.topology = QuadTopology.of(quads, n)

    # -- weights -----------------------------------------------------------------------------
    def _parse_names(self) -> None:
        """Factor codes per target: which level of each macro it needs (-1: not involved)."""
        k = len(self.target_names)
        self._codes = np.full((k, len(MACROS)), -1, dtype=np.int64)
        self._mod_index = np.full(k, -1, dtype=np.int64)
        self._mod_sign = np.zeros(k)
        levels3 = {f"{lv}{what}": i for what in ("muscle", "weight", "cup", "firmness")
                   for i, lv in enumerate(_LEVELS)}
        one_sided = {"minheight": 0, "maxheight": 1, "uncommonproportions": 0,
                     "idealproportions": 1}
        for i, name in enumerate(self.target_names):
            if name.endswith(("-incr", "-decr")):
                self._mod_index[i] = self.modifier_names.index(name[:-5])
                self._mod_sign[i] = 1.0 if name.endswith("-incr") else -1.0
                continue
            parts = name.split("-")
            for part in parts:
                if part in ("female", "male"):
                    self._codes[i, 0] = 0 if part == "female" else 1
                elif part.endswith("muscle") and part in levels3:
                    self._codes[i, 1] = levels3[part]
                elif part.endswith("weight") and part in levels3:
                    self._codes[i, 2] = levels3[part]
                elif part in ("minheight", "maxheight"):
                    self._codes[i, 3] = one_sided[part]
                elif part in ("uncommonproportions", "idealproportions"):
                    self._codes[i, 4] = one_sided[part]
                elif part.endswith("cup") and part in levels3:
                    self._codes[i, 5] = levels3[part]
                elif part.endswith("firmness") and part in levels3:
                    self._codes[i, 6] = levels3[part]

    @staticmethod
    def _factors(macro: str, v: float) -> tuple[np.ndarray, np.ndarray]:
        """Level weights of one macro and their derivatives (index = level code)."""
        if macro == "sex":
            return np.array([1.0 - v, v]), np.array([-1.0, 1.0])
        lo, hi = max(0.0, 1.0 - 2.0 * v), max(0.0, 2.0 * v - 1.0)
        dlo = -2.0 if v < 0.5 else 0.0
        dhi = 2.0 if v > 0.5 else 0.0
        if v == 0.5:  # the kink: take the mean of both one-sided slopes
            dlo, dhi = -1.0, 1.0
        if macro in ("height", "proportions"):
            return np.array([lo, hi]), np.array([dlo, dhi])
        return np.array([lo, 1.0 - lo - hi, hi]), np.array([dlo, -dlo - dhi, dhi])

    def target_weights(self, params: BodyParams) -> np.ndarray:
        """(K,) weight of every target for ``params`` (MakeHuman's scheme, see module doc)."""
        return self.target_weights_and_jacobian(params, ())[0]

    def target_weights_and_jacobian(
        self, params: BodyParams, wrt: tuple[str, ...]
    ) -> tuple[np.ndarray, np.ndarray]:
        """Target weights (K,) and their derivatives (K, len(wrt)) with respect to the macro
        names or modifier names in ``wrt`` (a modifier at exactly 0 gets the mean slope)."""
        k = len(self.target_names)
        values, slopes = [], []
        for j, macro in enumerate(MACROS):
            f, df = self._factors(macro, float(getattr(params, macro)))
            code = self._codes[:, j]
            values.append(np.where(code >= 0, f[np.maximum(code, 0)], 1.0))
            slopes.append(np.where(code >= 0, df[np.maximum(code, 0)], 0.0))
        values_arr = np.array(values)  # (7, K)
        is_macro = self._mod_index < 0
        w = np.where(is_macro, values_arr.prod(0), 0.0)
        # A female-only family (breast) carries the female factor through its name.
        mods = np.zeros(len(self.modifier_names))
        for name, value in params.modifiers.items():
            if name not in self.modifier_names:
                raise KeyError(f"unknown body modifier {name!r}")
            mods[self.modifier_names.index(name)] = value
        mv = mods[np.maximum(self._mod_index, 0)] * self._mod_sign
        w = np.where(is_macro, w, np.maximum(mv, 0.0))
        jac = np.zeros((k, len(wrt)))
        for c, name in enumerate(wrt):
            if name in MACROS:
                j = MACROS.index(name)
                others = np.delete(values_arr, j, axis=0).prod(0)
                jac[:, c] = np.where(is_macro, others * slopes[j], 0.0)
            else:
                m = self.modifier_names.index(name)
                sel = self._mod_index == m
                v = mods[m]
                if v > 0:
                    jac[sel & (self._mod_sign > 0), c] = 1.0
                elif v < 0:
                    jac[sel & (self._mod_sign < 0), c] = -1.0
                else:
                    jac[sel, c] = 0.5 * self._mod_sign[sel]
        return w, jac

    def triangulate(self, vertices: np.ndarray) -> np.ndarray:
        """(M, 3) triangles splitting each quad along its shorter diagonal on ``vertices``.

        MakeHuman's quads are not planar; splitting a strongly bent quad along its longer
        diagonal folds one triangle over (seen at the armpits and lower back of some fitted
        bodies). The winding stays outward either way."""
        return self.split(vertices)[0]

    def split(self, vertices: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``triangulate``'s triangles and, per quad, whether it was split along corners 0-2
        (quad ``q`` gives triangles ``q`` and ``q + M``)."""
        return split_quads(np.ascontiguousarray(vertices, dtype=np.float64), self.quads)

    def triangle_pairs(self, vertices: np.ndarray) -> np.ndarray:
        """(P, 2) neighbouring triangles of ``triangulate(vertices)`` (one row per edge)."""
        return self.topology.triangle_pairs(self.split(vertices)[1])

    def repair(self, vertices: np.ndarray, start: Patch | None = None
               ) -> tuple[np.ndarray, Patch | None]:
        """Blended ``vertices`` (before the floor shift) with creases and inverted triangles
        rebuilt from the base mesh (see ``folds``), and the patch that did it."""
        return repair(vertices, self.base, self.topology, self.split, start)

    # -- blending ----------------------------------------------------------------------------
    def blend_weights(self, weights: np.ndarray, scale: float = 1.0, *,
                      repaired: bool = True, start: Patch | None = None) -> np.ndarray:
        """Vertices (N, 3) cm for target ``weights``, feet on Y = 0, times ``scale``; folds
        the targets make together are rebuilt (``repair``, from patch ``start`` if given)
        unless ``repaired`` is False."""
        nz = np.flatnonzero(weights)
        flat = self.base.reshape(-1) + weights[nz] @ self.deltas[nz]
        v = flat.reshape(-1, 3)
        if repaired:
            v = self.repair(v, start)[0]
        v[:, 1] -= v[:, 1].min()
        if scale != 1.0:
            v *= scale
        return v

    def blend(self, params: BodyParams, *, repaired: bool = True,
              start: Patch | None = None) -> np.ndarray:
        """Vertices (N, 3) in cm of the body with ``params``."""
        return self.blend_weights(self.target_weights(params), params.scale,
                                  repaired=repaired, start=start)


class _nullctx:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        return self.value

    def __exit__(self, *exc):
        return False


@cache
def load_model() -> BodyModel:
    """The MakeHuman body model, loaded once per process."""
    return BodyModel()


def blend(params: BodyParams) -> np.ndarray:
    """Vertices (N, 3) cm of the body with ``params`` (shortcut over ``load_model``)."""
    return load_model().blend(params)


def faces() -> np.ndarray:
    """(M, 3) triangles of the body, outward winding (two per MakeHuman quad)."""
    return load_model().faces
