"""XPBD cloth solver: stretch/shear, isometric bending, stitches, body SDF and self collision.

``ClothModel`` holds the cloth (one mesh made of all pieces, each vertex with its UV and
piece) and its constraints; ``simulate`` advances it frame by frame until the cloth is at
rest, with a first phase without gravity in which the seams are drawn together (as
GarmentCode does), a progress callback, a cancel flag and a divergence guard.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field

import numba
import numpy as np
from scipy.spatial import cKDTree

from mtm.core.errors import CancelledError, MtmError

from . import kernels
from .fabrics import Fabric
from .mesher import linked_parts, mesh_edges, unique_pairs
from .sdf import SDFGrid

GRAVITY_CM = 981.0  # cm/s^2
#: A cloth whose weaker principal stretch stiffness is above this (N/m; 1% strain at 40 N/m)
#: is a woven in the stiff range: with one Gauss-Seidel pass per substep its residual
#: (solver) stretch under gravity is ~2% at 20 substeps per frame and ~1% at 30 (measured on
#: wool trousers, poplin shirt, wool skirt), so it gets ``stiff_substeps``. Knits (jersey
#: 800-1400 N/m) are meant to stretch on the body and keep the cheaper ``soft_substeps``.
STIFF_STRETCH_N_PER_M = 4000.0
AIR_DENSITY = 1.2e-6  # kg/cm^3
#: Bergou's discrete energy 0.5 * (3/(A0+A1)) |sum K x|^2 summed over a mesh bent to a
#: cylinder is this many times the integral of 0.5 * kappa^2 dA (measured on a 30 x 20 cm
#: strip at 1 cm edges, radius 5-20 cm: 2.83; tests/test_drape_solver.py checks it).
DISCRETE_BEND_FACTOR = 2.83


class DrapeDivergedError(MtmError):
    """The simulation blew up (NaN or runaway stretch); its result would be garbage."""


@dataclass(frozen=True)
class SolverSettings:
    """Time stepping, stop rule and guards."""

    frame_dt: float = 1.0 / 60.0
    substeps: int | None = None  # per frame; None = chosen from the fabric (substeps_for)
    soft_substeps: int = 20
    stiff_substeps: int = 30
    iterations: int = 1
    omega: float = 1.0  # over-relaxation of stretch (1.5 diverged on a T-shirt: keep 1)
    #: 1/s, velocity damping once the seams are sewn: 12 instead of 4 brings the cloth to
    #: rest in fewer frames (median man at 1 cm: T-shirt 82 -> 62, poplin shirt 110 -> 57,
    #: wool trousers 82 -> 60) with the same penetration (0), seams (0) and stretch, and a
    #: redrape of the result at damping 4 moves no vertex more than 2 mm (at rest, not
    #: creeping); the equilibrium does not depend on it
    damping: float = 12.0
    draw_damping: float = 16.0  # 1/s, while the seams are drawn together
    #: substeps per frame while the seams are drawn together (no gravity, strongly damped):
    #: None = half of ``substeps_for`` (at least 5). The stretch this leaves near the seams
    #: is taken up once the seams are welded, at the full substep count.
    draw_substeps: int | None = None
    drag_coefficient: float = 1.0
    stitch_frames: int = 20  # frames without gravity while seams are drawn together ...
    stitch_extra_frames: int = 40  # ... and at most this many more while a seam is open
    min_frames: int = 40
    max_frames: int = 400
    stop_speed: float = 2.0  # cm/s: at rest when the 99th percentile speed is below this
    max_speed_limit: float = 4.0  # cm/s: ... and the fastest vertex below this
    runaway_strain: float = 3.0  # stretch (L/L0 - 1) of the 99.5th-percentile edge: diverged
    self_collision: bool = True
    inelastic_contact: bool = True  # contacts keep no normal velocity (no bounce)
    #: cm: a vertex pushed out of the body keeps its push direction and a first-order
    #: estimate of the field while it stays this close to where the field was looked up
    #: (``kernels._collide_one``; 0 = looked up every substep). Cloth at rest on the skin
    #: then costs no field lookups, not seven a substep.
    contact_normal_keep: float = 0.02
    threads: int | None = None  # numba threads; None = try all and one, keep the faster
    self_radius: float | None = None  # cm; default 0.6 x mean edge length
    thickness: float | None = None  # cm kept from the skin; default max(fabric, 3 mm)
    gravity: tuple[float, float, float] = (0.0, -GRAVITY_CM, 0.0)
    #: kinetic damping (dynamic relaxation) in the first this many frames: the velocity is
    #: zeroed at the end of a frame whose kinetic energy fell below the frame's before (its
    #: peak passed). A redrape's cloth starts near rest and its first frames only ring from
    #: the start's misfit; a drape from scratch falls onto the body (0: off). The stop rule
    #: sees every frame's velocity before it is zeroed.
    kinetic_damping_frames: int = 0


def contact_thickness(fabric: Fabric, settings: SolverSettings | None = None) -> float:
    """cm the solver keeps the cloth from the skin: ``settings.thickness`` if set, else the
    fabric's thickness, at least 3 mm."""
    st = settings or SolverSettings()
    return st.thickness if st.thickness is not None else max(0.1 * fabric.thickness_mm, 0.3)


def substeps_for(fabric: Fabric, settings: SolverSettings | None = None) -> int:
    """Substeps per frame: ``settings.substeps`` if set, else more for stiff (woven) cloth."""
    st = settings or SolverSettings()
    if st.substeps is not None:
        return int(st.substeps)
    stiff = min(fabric.stretch_warp, fabric.stretch_weft) >= STIFF_STRETCH_N_PER_M
    return int(st.stiff_substeps if stiff else st.soft_substeps)


@dataclass
class ClothModel:
    """All pieces as one vertex set with their constraints (positions in cm)."""

    x: np.ndarray  # (N, 3)
    uv: np.ndarray  # (N, 2)
    faces: np.ndarray  # (F, 3)
    piece_of_vertex: np.ndarray  # (N,)
    piece_of_face: np.ndarray  # (F,)
    inv_mass: np.ndarray  # (N,)
    mass: np.ndarray  # (N,)
    stitches: np.ndarray  # (S, 2)
    edges: np.ndarray = field(default_factory=lambda: np.zeros((0, 2), np.int64))
    edge_rest: np.ndarray = field(default_factory=lambda: np.zeros(0))
    edge_alpha: np.ndarray = field(default_factory=lambda: np.zeros(0))
    bend_quads: np.ndarray = field(default_factory=lambda: np.zeros((0, 4), np.int64))
    bend_k: np.ndarray = field(default_factory=lambda: np.zeros((0, 4)))
    bend_scale: np.ndarray = field(default_factory=lambda: np.zeros(0))
    bend_alpha: np.ndarray = field(default_factory=lambda: np.zeros(0))
    #: rest |sum K x| per hinge: 0 = flat (default), > 0 a pressed fold (``press_hinges``)
    bend_rest: np.ndarray = field(default_factory=lambda: np.zeros(0))
    seam_band: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))
    attached: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # held in height
    grain: np.ndarray | None = None  # per-vertex grain angle (radians from UV +Y), if known
    edge_length: float = 1.0


@dataclass(frozen=True)
class SimulationStats:
    seconds: float
    frames: int
    substeps: int
    converged: bool
    final_speed: float  # cm/s, fastest vertex at the end
    sewing_frames: int = 0  # frames the seams took to be drawn together
    sewn_x: np.ndarray | None = None  # positions when the drawing ended, before the weld
    final_speeds: np.ndarray | None = None  # cm/s per vertex at the end (what kept moving)


def _stretch_stiffness(fabric: Fabric, direction_uv: np.ndarray) -> np.ndarray:
    """Tensile stiffness (N/m) along each UV direction: warp along Y, weft along X, bias 45."""
    d = direction_uv / np.maximum(np.linalg.norm(direction_uv, axis=1), 1e-12)[:, None]
    cos2 = d[:, 1] ** 2 - d[:, 0] ** 2  # cos(2 theta), theta from the grain (Y)
    warp_part = np.clip(cos2, 0, None)
    weft_part = np.clip(-cos2, 0, None)
    bias_part = 1.0 - np.abs(cos2)
    return warp_part * fabric.stretch_warp + weft_part * fabric.stretch_weft \
        + bias_part * fabric.stretch_bias


def _cot(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    cross = a[:, 0] * b[:, 1] - a[:, 1] * b[:, 0]
    return np.einsum("ij,ij->i", a, b) / np.maximum(np.abs(cross), 1e-12)


def bending_stencils(faces: np.ndarray, uv: np.ndarray):
    """Interior edges as (edge v0, edge v1, opposite v2, opposite v3) with Bergou's K weights.

    Returns quads (B, 4), K (B, 4) and the sum of the two rest triangle areas (B,).
    """
    f = faces
    half = np.concatenate([f[:, [0, 1, 2]], f[:, [1, 2, 0]], f[:, [2, 0, 1]]])
    # half-edges ordered by their undirected edge (smaller vertex, then larger): one int64
    # key sorted stably is lexsort's order at a fraction of its cost
    lo, hi = np.minimum(half[:, 0], half[:, 1]), np.maximum(half[:, 0], half[:, 1])
    key = lo * (int(hi.max()) + 1 if len(hi) else 1) + hi
    order = np.argsort(key, kind="stable")
    ks = key[order]
    same = ks[1:] == ks[:-1]
    first = order[:-1][same]
    second = order[1:][same]
    p0 = half[first, 0]
    p1 = half[first, 1]
    p2 = half[first, 2]
    p3 = half[second, 2]
    quads = np.column_stack([p0, p1, p2, p3]).astype(np.int64)
    x0, x1, x2, x3 = uv[p0], uv[p1], uv[p2], uv[p3]
    e0 = x1 - x0
    e1 = x2 - x0
    e2 = x3 - x0
    e3 = x2 - x1
    e4 = x3 - x1
    c01 = _cot(e0, e1)
    c02 = _cot(e0, e2)
    c03 = _cot(-e0, e3)
    c04 = _cot(-e0, e4)
    a0 = 0.5 * np.abs(e0[:, 0] * e1[:, 1] - e0[:, 1] * e1[:, 0])
    a1 = 0.5 * np.abs(e0[:, 0] * e2[:, 1] - e0[:, 1] * e2[:, 0])
    k = np.column_stack([c03 + c04, c01 + c02, -c01 - c03, -c02 - c04])
    return quads, k, a0 + a1


def build_model(
    uv: np.ndarray,
    x: np.ndarray,
    faces: np.ndarray,
    piece_of_vertex: np.ndarray,
    stitches: np.ndarray,
    fabric: Fabric,
    extra_edges: np.ndarray | None = None,
    grain: np.ndarray | None = None,
) -> ClothModel:
    """Cloth model from meshed pieces (UV cm, start positions cm) and stitch vertex pairs.

    ``grain`` is the grain direction per vertex as an angle (radians) from the UV +Y axis
    towards +X; warp stiffness acts along it, weft across it (default: grain along +Y)."""
    uv = np.asarray(uv, float)
    x = np.array(x, float)
    faces = np.asarray(faces, np.int64)
    n = len(uv)
    a, b, c = uv[faces[:, 0]], uv[faces[:, 1]], uv[faces[:, 2]]
    area = 0.5 * np.abs((b - a)[:, 0] * (c - a)[:, 1] - (b - a)[:, 1] * (c - a)[:, 0])
    vertex_area = np.bincount(faces.ravel(), weights=np.repeat(area / 3.0, 3), minlength=n)
    edges = mesh_edges(faces)
    if extra_edges is not None and len(extra_edges):
        ex = np.sort(np.asarray(extra_edges, np.int64), axis=1)
        edges = unique_pairs(np.concatenate([edges, ex]))
    mean_area = float(vertex_area[vertex_area > 0].mean()) if np.any(vertex_area > 0) else 1.0
    vertex_area = np.where(vertex_area > 0, vertex_area, 0.25 * mean_area)
    mass = vertex_area * 1e-4 * fabric.density_gsm * 1e-3  # cm^2 -> m^2, g -> kg
    inv_mass = 1.0 / mass
    # stretch: k_e = E(theta) * A_e / L0^2 with A_e the area the edge stands for
    d_uv = uv[edges[:, 1]] - uv[edges[:, 0]]
    rest = np.linalg.norm(d_uv, axis=1)
    e_area = np.zeros(len(edges))
    fe = np.sort(np.concatenate([faces[:, [0, 1]], faces[:, [1, 2]], faces[:, [2, 0]]]), axis=1)
    fe_area = np.tile(area / 3.0, 3)
    idx = np.searchsorted(edges[:, 0] * n + edges[:, 1], fe[:, 0] * n + fe[:, 1])
    np.add.at(e_area, idx, fe_area)
    e_area = np.where(e_area > 0, e_area, 0.25 * rest**2)
    d_grain = d_uv
    if grain is not None:
        phi = np.asarray(grain, float)[edges[:, 0]]
        c, s_ = np.cos(phi), np.sin(phi)
        d_grain = np.column_stack([d_uv[:, 0] * c - d_uv[:, 1] * s_,
                                   d_uv[:, 0] * s_ + d_uv[:, 1] * c])
    k_e = _stretch_stiffness(fabric, d_grain) * e_area / np.maximum(rest, 1e-9) ** 2
    edge_alpha = 1.0 / k_e
    # bending: 0.5 * B * integral kappa^2 dA; B in N*m = kg m^2/s^2 -> kg cm^2/s^2 (x 1e4)
    quads, kw, area_sum = bending_stencils(faces, uv)
    scale = np.sqrt(3.0 / np.maximum(area_sum, 1e-12))
    kb = fabric.bending * 1e4 / DISCRETE_BEND_FACTOR
    bend_alpha = np.full(len(quads), 1.0 / max(kb, 1e-12))
    h = float(np.median(rest)) if len(rest) else 1.0
    model = ClothModel(
        x=x, uv=uv, faces=faces, piece_of_vertex=np.asarray(piece_of_vertex, np.int64),
        piece_of_face=np.asarray(piece_of_vertex, np.int64)[faces[:, 0]],
        inv_mass=inv_mass, mass=mass, stitches=np.asarray(stitches, np.int64).reshape(-1, 2),
        edges=edges, edge_rest=rest, edge_alpha=edge_alpha, bend_quads=quads, bend_k=kw,
        bend_scale=scale, bend_alpha=bend_alpha, bend_rest=np.zeros(len(quads)),
        edge_length=h,
    )
    model.seam_band = _seam_band(model, 2.5 * h)
    return model


def hinge_bend(model: ClothModel, x: np.ndarray | None = None) -> np.ndarray:
    """|sum_k K_k x_k| per bending hinge at ``x`` (default ``model.x``): 0 when flat,
    2 sin(theta / 2) times a constant of the rest stencil at dihedral theta."""
    x = model.x if x is None else x
    return np.linalg.norm(np.einsum("ba,bad->bd", model.bend_k, x[model.bend_quads]), axis=1)


def press_hinges(model: ClothModel, hinges: np.ndarray, stiffness: float = 1.0) -> None:
    """Give the ``hinges`` (bool per bending hinge) the rest bend they have now in
    ``model.x``: a fold pressed into the cloth (a lapel's break line, a collar's roll line)
    that its bending stiffness (times ``stiffness``) keeps instead of springing back flat."""
    if len(model.bend_rest) != len(model.bend_quads):
        model.bend_rest = np.zeros(len(model.bend_quads))
    model.bend_rest = np.where(hinges, hinge_bend(model), model.bend_rest)
    model.bend_alpha = np.where(hinges, model.bend_alpha / stiffness, model.bend_alpha)


def _seam_band(model: ClothModel, width: float) -> np.ndarray:
    """Vertices within ``width`` (UV cm) of a stitched vertex of their own piece."""
    band = np.zeros(len(model.uv), dtype=bool)
    if len(model.stitches) == 0:
        return band
    stitched = np.unique(model.stitches.ravel())
    for p in np.unique(model.piece_of_vertex):
        mine = np.nonzero(model.piece_of_vertex == p)[0]
        seeds = stitched[model.piece_of_vertex[stitched] == p]
        if len(seeds) == 0:
            continue
        d, _ = cKDTree(model.uv[seeds]).query(model.uv[mine])
        band[mine[d <= width]] = True
    return band


def _sorted_by_colour(idx: np.ndarray, n: int, *arrays: np.ndarray):
    if len(idx) == 0:
        return (idx, *arrays, np.zeros(1, np.int64))
    colour = kernels.colour_constraints(np.ascontiguousarray(idx), n)
    order = np.argsort(colour, kind="stable")
    counts = np.bincount(colour)
    offsets = np.concatenate([[0], np.cumsum(counts[counts > 0])]).astype(np.int64)
    return (np.ascontiguousarray(idx[order]),
            *[np.ascontiguousarray(a[order]) for a in arrays], offsets)


def cloth_domains(model: ClothModel, n_domains: int) -> np.ndarray:
    """The domain (0 .. n_domains - 1) of every vertex. Whole parts of the cloth (vertices
    joined by stretch or bending constraints: a piece, or pieces fused together) when they
    share out evenly enough (no domain over 1.2 times its share; largest part first to the
    smallest domain): no constraint then crosses domains and the projections are those of
    a pass over all the cloth in colour order, bit for bit. Otherwise the vertices ordered
    by piece and across each piece (UV x) are cut into runs of equal size; the few
    constraints across a cut are projected after the domains (``kernels.run_substeps``)."""
    piece = np.asarray(model.piece_of_vertex, np.int64)
    n = len(piece)
    n_domains = max(int(n_domains), 1)
    label = np.zeros(n, np.int64)
    if n == 0 or n_domains == 1:
        return label
    q = np.asarray(model.bend_quads, np.int64).reshape(-1, 4)
    links = np.concatenate([np.asarray(model.edges, np.int64).reshape(-1, 2),
                            q[:, [0, 1]], q[:, [0, 2]], q[:, [0, 3]]])
    part = linked_parts(links, n)
    counts = np.bincount(part)
    size = np.zeros(n_domains, np.int64)
    owner = np.zeros(len(counts), np.int64)
    for k in np.argsort(-counts, kind="stable"):
        owner[k] = int(np.argmin(size))
        size[owner[k]] += counts[k]
    if size.max() <= 1.2 * n / n_domains:
        return owner[part]
    order = np.lexsort((np.asarray(model.uv)[:, 0], piece))
    label[order] = np.arange(n) * n_domains // n
    return label


def _by_domain(idx: np.ndarray, label: np.ndarray, n_domains: int, *arrays: np.ndarray):
    """Constraints (rows of vertex indices, in colour order) regrouped by domain, the order
    kept within each: those of domain 0, 1, ... and last those across domains, with the
    n_domains + 2 offsets of the groups."""
    dom = label[idx]
    lo, hi = dom.min(axis=1), dom.max(axis=1)
    key = np.where(lo == hi, lo, n_domains)
    order = np.argsort(key, kind="stable")
    offsets = np.concatenate([[0], np.cumsum(np.bincount(key, minlength=n_domains + 1))])
    return (np.ascontiguousarray(idx[order]),
            *[np.ascontiguousarray(a[order]) for a in arrays], offsets.astype(np.int64))


def edge_strain(model: ClothModel, x: np.ndarray | None = None) -> np.ndarray:
    """L / L0 - 1 for every cloth edge (stitches not included)."""
    p = model.x if x is None else x
    e = model.edges
    return np.linalg.norm(p[e[:, 0]] - p[e[:, 1]], axis=1) / np.maximum(model.edge_rest, 1e-9) - 1


def seam_gaps(model: ClothModel, x: np.ndarray | None = None) -> np.ndarray:
    """Distance (cm) between the two vertices of every stitch."""
    p = model.x if x is None else x
    s = model.stitches
    if len(s) == 0:
        return np.zeros(0)
    return np.linalg.norm(p[s[:, 0]] - p[s[:, 1]], axis=1)


def stitch_groups(stitches: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Connected components of the stitch graph as (members, offsets) (CSR): the vertices
    of group k are ``members[offsets[k]:offsets[k + 1]]``; only stitched vertices appear."""
    s = np.asarray(stitches, np.int64).reshape(-1, 2)
    if len(s) == 0:
        return np.zeros(0, np.int64), np.zeros(1, np.int64)
    label = linked_parts(s, n)
    used = np.unique(s.ravel())
    order = np.argsort(label[used], kind="stable")
    members = used[order]
    counts = np.unique(label[members], return_counts=True)[1]
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    return np.ascontiguousarray(members, np.int64), offsets


class _ThreadTuner:
    """Pick the numba thread count frame by frame: on a busy machine the barriers between
    parallel passes can make all threads far slower than one (measured with a pass per
    colour: 0.8 -> 100 ms per substep on a 100 x 100 cloth while one thread took 1.7 ms).
    Every frame's substeps are timed on the thread count in use, and every ``TRIAL_EVERY``
    frames the other count is tried on the first ``TRIAL_SUBSTEPS`` substeps only, so a
    trial on a busy machine costs little; the rest runs in chunks on whichever count was
    faster per substep when last timed (all threads only when at least 20% faster than
    one)."""

    TRIAL_EVERY = 10
    TRIAL_SUBSTEPS = 1
    CHUNK = 5

    def __init__(self, threads: int | None):
        self.saved = numba.get_num_threads()
        top = numba.config.NUMBA_NUM_THREADS
        self.options = [max(1, min(threads, top))] if threads is not None \
            else sorted({1, top})
        self.per_substep = {n: np.inf for n in self.options}
        self.current = self.options[-1]
        self.every = self.TRIAL_EVERY
        self.last_trial = 0

    def trial(self, frame: int, n_sub: int) -> int | None:
        """The other thread count to try on this frame's first substeps, or None. A trial
        that was far slower waits twice as long before the next (up to 80 frames)."""
        if len(self.options) < 2 or n_sub <= self.TRIAL_SUBSTEPS or frame < 2:
            return None
        untried = [n for n in self.options if self.per_substep[n] == np.inf]
        if not untried and frame - self.last_trial < self.every:
            return None
        other = (untried or [n for n in self.options if n != self.current])[0]
        self.last_trial = frame
        return other

    def run(self, threads: int, substeps: int, step: Callable[[int], None]) -> None:
        numba.set_num_threads(threads)
        t = time.perf_counter()
        step(substeps)
        self.per_substep[threads] = (time.perf_counter() - t) / substeps

    def frame(self, frame: int, n_sub: int, step: Callable[[int], None]) -> None:
        """Advance one frame of ``n_sub`` substeps with ``step(k)`` running k substeps, in
        chunks of ``CHUNK`` so that all threads stalling is noticed within a few substeps."""
        other = self.trial(frame, n_sub)
        done = 0
        if other is not None:
            self.run(other, self.TRIAL_SUBSTEPS, step)
            done = self.TRIAL_SUBSTEPS
            slow = self.per_substep[other] > 2.0 * self.per_substep[self.current]
            self.every = min(2 * self.every, 80) if slow else self.TRIAL_EVERY
        while done < n_sub:
            # more threads only when clearly faster: a stall costs far more than they gain
            single = self.per_substep.get(1, np.inf)
            fastest = min(self.options, key=lambda n: self.per_substep[n])
            self.current = fastest if self.per_substep[fastest] < 0.8 * single \
                or fastest == 1 or single == np.inf else 1
            k = min(self.CHUNK, n_sub - done)
            self.run(self.current, k, step)
            done += k

    def restore(self) -> None:
        numba.set_num_threads(self.saved)


#: ``kernels.field_lipschitz`` of the last collision fields (a pass over the whole grid):
#: the studio drapes on one body's field again and again
_LIPSCHITZ: dict[int, tuple[weakref.ref, tuple[float, float]]] = {}


def _field_lipschitz(values: np.ndarray, spacing: float) -> float:
    """``kernels.field_lipschitz`` of a collision field, kept while the field lives."""
    key = id(values)
    kept = _LIPSCHITZ.get(key)
    if kept is not None and kept[0]() is values and kept[1][0] == spacing:
        return kept[1][1]
    bound = float(kernels.field_lipschitz(values, float(spacing)))
    for k in [k for k, (ref, _) in _LIPSCHITZ.items() if ref() is None]:
        del _LIPSCHITZ[k]
    _LIPSCHITZ[key] = (weakref.ref(values), (spacing, bound))
    return bound


def _moved_sq(x: np.ndarray, before: np.ndarray) -> float:
    """The largest squared distance (cm^2) a vertex moved from ``before`` to ``x``."""
    d = x - before
    return float(np.max(np.einsum("ij,ij->i", d, d))) if len(d) else 0.0


def simulate(
    model: ClothModel,
    sdf: SDFGrid | None,
    fabric: Fabric,
    settings: SolverSettings | None = None,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> SimulationStats:
    """Run the cloth to rest in place (``model.x`` is updated); see the module docstring.

    ``progress(fraction)`` is called once per frame; ``cancel()`` returning True stops the run
    with CancelledError. Raises DrapeDivergedError on NaN or runaway stretch.
    """
    st = settings or SolverSettings()
    t0 = time.perf_counter()
    n = len(model.x)
    h = model.edge_length
    self_radius = st.self_radius if st.self_radius is not None else 0.6 * h
    thickness = contact_thickness(fabric, st)
    n_sub = substeps_for(fabric, st)
    draw_sub = int(st.draw_substeps) if st.draw_substeps is not None \
        else max(5, (n_sub + 1) // 2)
    substeps = 0

    w = np.ascontiguousarray(model.inv_mass, dtype=np.float64)
    x = np.ascontiguousarray(model.x, dtype=np.float64)
    xprev = x.copy()
    v = np.zeros_like(x)
    # one domain per thread numba may use: each thread projects its own domain's constraints
    n_dom = int(numba.config.NUMBA_NUM_THREADS)
    label = cloth_domains(model, n_dom)
    dom_vertices = np.argsort(label, kind="stable").astype(np.int64)
    v_off = np.searchsorted(label[dom_vertices], np.arange(n_dom + 1)).astype(np.int64)
    e_pairs, e_rest, e_alpha, _ = _sorted_by_colour(
        model.edges, n, model.edge_rest, model.edge_alpha)
    e_pairs, e_rest, e_alpha, e_off = _by_domain(e_pairs, label, n_dom, e_rest, e_alpha)
    b_rest = model.bend_rest if len(model.bend_rest) == len(model.bend_quads) \
        else np.zeros(len(model.bend_quads))
    b_quads, b_k, b_scale, b_rest, b_alpha, _ = _sorted_by_colour(
        model.bend_quads, n, model.bend_k, model.bend_scale, b_rest, model.bend_alpha)
    b_quads, b_k, b_scale, b_rest, b_alpha, b_off = _by_domain(
        b_quads, label, n_dom, b_k, b_scale, b_rest, b_alpha)
    s_pairs, _ = _sorted_by_colour(model.stitches, n)
    coefficients: dict[int, tuple] = {}  # per substeps per frame: stretch and bend factors

    def factors(k_sub: int) -> tuple:
        if k_sub not in coefficients:
            dt_k = st.frame_dt / k_sub
            coefficients[k_sub] = (
                kernels.stretch_coefficients(w, e_pairs, e_alpha, dt_k, st.omega),
                *kernels.bend_coefficients(w, b_quads, b_k, b_scale, b_alpha, dt_k))
        return coefficients[k_sub]
    s_start = np.linalg.norm(x[s_pairs[:, 0]] - x[s_pairs[:, 1]], axis=1) if len(s_pairs) \
        else np.zeros(0)
    s_alpha = np.zeros(len(s_pairs))
    # once sewn, every stitched group is welded to one point (pairwise projections leave
    # junctions of several seams open)
    weld_members, weld_offsets = stitch_groups(model.stitches, n)
    no_weld = np.zeros(1, np.int64)
    if sdf is None:
        grid = np.full((2, 2, 2), 1e6)
        origin = np.zeros(3)
        spacing = 1.0
    else:
        grid, origin, spacing = sdf.values, np.asarray(sdf.origin, float), float(sdf.spacing)
    lipschitz = _field_lipschitz(grid, spacing)
    anchor = np.zeros((n, 3))  # where _body_collide_far last found each vertex clear ...
    reach = np.zeros(n)  # ... and how far it may move from there before it looks again
    kept = np.full((n, 10), np.nan)  # per vertex in contact: kernels._collide_one
    # air drag rate per vertex: 0.5 rho Cd A / m (1/cm); A / m = 1e7 / (g/m^2) in cm^2/kg
    drag_rate = np.full(n, 0.5 * AIR_DENSITY * st.drag_coefficient * 1e7 / fabric.density_gsm)
    band = model.seam_band if len(model.seam_band) == n else np.zeros(n, bool)
    no_pairs = np.zeros((0, 2), np.int64)
    pairs_at = None  # positions at the last search for self-collision pairs
    faces = np.ascontiguousarray(model.faces, dtype=np.int64)
    contact = np.zeros((n, 3))
    gravity_off = np.zeros(3)
    gravity_on = np.asarray(st.gravity, float)

    hold_y = np.full(n, np.nan)
    if len(model.attached) and st.stitch_frames == 0:
        hold_y[model.attached] = x[model.attached, 1]
    tuner = _ThreadTuner(st.threads)
    draw_end = None if st.stitch_frames > 0 else 0
    sewn_x = x.copy() if draw_end == 0 else None
    if draw_end == 0:  # no drawing phase: the seams start sewn
        kernels.weld(x, w, weld_members, weld_offsets, hold_y)
    try:
        converged = False
        frame = 0
        last_energy = 0.0  # kinetic energy of the frame before
        speed = np.inf
        for frame in range(1, st.max_frames + 1):
            if cancel is not None and cancel():
                raise CancelledError("draping was cancelled")
            # seams are drawn together without gravity for stitch_frames, and longer (up to
            # stitch_extra_frames more) while a seam is still open by more than 5 mm
            drawing = draw_end is None
            k_sub = draw_sub if drawing else n_sub
            dt = st.frame_dt / k_sub
            frac = min(1.0, frame / max(st.stitch_frames, 1))
            s_rest = s_start * (1.0 - frac)
            # the pairs are searched within twice the radius: while no vertex has moved half
            # the radius since, every pair now within the radius is among them
            if st.self_collision and (frame - 1) % 3 == 0 and (
                    pairs_at is None or _moved_sq(x, pairs_at) > (0.5 * self_radius) ** 2):
                pairs = kernels.find_close_pairs(x, 2.0 * self_radius, model.piece_of_vertex,
                                                 model.uv, band, 2.5 * self_radius)
                pairs_at = x.copy()
            elif not st.self_collision:
                pairs = no_pairs
            if (frame - 1) % 3 == 0:  # normals for air drag change slowly
                normals = kernels.area_normals(x, faces)
            head = (x, xprev, v, w, normals, drag_rate, gravity_off if drawing else gravity_on,
                    dt, st.draw_damping if drawing else st.damping)
            e_coef, b_kw, b_g = factors(k_sub)
            tail = (st.iterations, dom_vertices, v_off, e_pairs, e_rest, e_coef, e_off,
                    b_quads, b_kw, b_g, b_rest, b_off,
                    s_pairs, s_rest, s_alpha, len(s_pairs) if drawing else 0,
                    pairs, self_radius, grid, origin, spacing, thickness, fabric.friction,
                    hold_y, weld_members, no_weld if drawing else weld_offsets,
                    contact, st.inelastic_contact and not drawing, anchor, reach, lipschitz,
                    kept, float(st.contact_normal_keep))
            tuner.frame(frame, k_sub,
                        lambda k, h=head, t=tail: kernels.run_substeps(*h, k, *t))
            substeps += k_sub
            if drawing and frame >= st.stitch_frames and (
                    frame >= st.stitch_frames + st.stitch_extra_frames or len(s_pairs) == 0
                    or float(np.max(np.linalg.norm(x[s_pairs[:, 0]] - x[s_pairs[:, 1]],
                                                   axis=1))) < 0.5):
                draw_end = frame
                sewn_x = x.copy()
                v[:] = 0.0  # start the fall from rest once the seams are closed
                kernels.weld(x, w, weld_members, weld_offsets, hold_y)
                # attachments (waistbands): held at the height the sewing left them
                hold_y[model.attached] = x[model.attached, 1]
            if not np.all(np.isfinite(x)):
                raise DrapeDivergedError("the cloth simulation produced NaN positions; "
                                         "try a coarser --resolution or another fabric")
            if np.abs(x).max() > 1e5:
                raise DrapeDivergedError("the cloth simulation diverged: vertices flew away")
            # placement may start some edges stretched; once the seams are drawn together any
            # runaway stretch is divergence
            check = not drawing and frame % 5 == 0
            strain = edge_strain(model, x) if check else np.zeros(1)
            # a local tangle may overstretch a few edges; divergence stretches many
            runaway = float(np.percentile(strain, 99.5))
            if runaway > st.runaway_strain or strain.max() > 10 * st.runaway_strain:
                raise DrapeDivergedError(
                    f"the cloth simulation diverged: edges stretched {100 * runaway:.0f}% "
                    f"(99.5th percentile; limit {100 * st.runaway_strain:.0f}%)")
            speeds = np.linalg.norm(v, axis=1)
            speed = float(speeds.max())
            if progress is not None:
                progress(min(1.0, frame / st.max_frames))
            if (not drawing and frame >= st.min_frames + draw_end - st.stitch_frames
                    and float(np.percentile(speeds, 99)) < st.stop_speed
                    and speed < st.max_speed_limit):
                converged = True
                break
            if frame <= st.kinetic_damping_frames:
                energy = float(np.dot(model.mass, np.einsum("ij,ij->i", v, v)))
                if energy < last_energy:
                    v[:] = 0.0
                    energy = 0.0
                last_energy = energy
    finally:
        tuner.restore()
    model.x = x
    if progress is not None:
        progress(1.0)
    return SimulationStats(seconds=time.perf_counter() - t0, frames=frame,
                           substeps=substeps, converged=converged, final_speed=speed,
                           sewing_frames=int(draw_end or 0), sewn_x=sewn_x,
                           final_speeds=np.linalg.norm(v, axis=1))
