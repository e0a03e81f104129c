"""Posing the body: the stance a person is measured in, by linear blend skinning.

MakeHuman's base mesh stands with its feet about 35 (women) to 41 (men) cm apart at the ankle
joints; people are measured standing with the feet together. ``stance`` turns each leg about
its hip joint, in the frontal plane, until the ankle joints are ``ANKLE_SPACING`` apart, turns
each foot back about its ankle so the sole stays flat, and turns each arm about its shoulder
joint so the upper arm hangs ``ARM_ANGLE`` degrees from the vertical (an A-pose that sleeves
drape on).

Skinning: every skin vertex follows the rig's bones with its four largest weights
(``BodyModel.skin_bone`` / ``skin_weight``, converted from MakeHuman's default rig). A bone turned
by rotation ``R`` about its joint centre ``c`` moves its children with it, so bone ``b`` maps a
point by ``x -> M_b x + t_b`` with ``M_b`` the product of the rotations down the chain and ``t_b``
a linear combination of the joint centres. The joint centres are affine combinations of skin
vertices, so for fixed rotations the whole pose is a linear map of the rest vertices
(``PoseMap``): the fit measures the posed body and pulls the measurements' gradients back
through the pose exactly (``PoseMap.pull_back``). Translating the rest body translates the
posed one, and scaling scales it. Normals are those of the posed triangles (the quads are split
again on the posed vertices, ``BodyModel.triangulate``).

With the feet together most thighs touch; ``Stance`` presses them flat against each other
instead of letting one pass into the other. ``Poser`` chains what a fit measures: the stance,
the fold repair at the crotch and the skin's finish (``finish``), with exact gradients.

The pose does not keep the feet on the floor (the legs straighten up a little): callers put the
lowest vertex back on Y = 0.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from scipy import sparse

from .finish import SKINS, mannequin
from .makehuman import BodyModel, load_model
from .vertex_grads import VertexGrads

#: Distance (cm) between the two ankle joint centres in the measuring stance: the inner ankle
#: bones then nearly touch (ankle breadth is about 7 cm), as ANSUR II stands its subjects
#: "feet together".
ANKLE_SPACING = 10.0
#: cm the ankles of a fitted body may drift from ``ANKLE_SPACING`` before its stance is made
#: again (the fit keeps one stance through its steps, see ``Poser``). Each new stance changes
#: the map under the solver: at 1.5 cm 16 ANSUR II fits made up to 5 each; at 4 cm one (two
#: for one man), and the ankles stay at most 14 cm apart.
STANCE_TOLERANCE = 4.0
#: cm left between the inner thighs where they press together (see ``Stance``): room for the
#: two layers of a trouser's inner legs (the drape fills creases narrower than 1 cm). At 0.2
#: the median ANSUR II man's trousers jittered between his thighs (1,216 cm/s after 400
#: frames, never at rest); at 2.0 they rest in 54 frames.
THIGH_GAP = 2.0
#: Angle (degrees) of the upper arm (shoulder joint to elbow joint) from the vertical, in the
#: frontal plane.
ARM_ANGLE = 45.0


@dataclass(frozen=True)
class PoseMap:
    """Posed vertices as a linear map of rest vertices, for fixed bone rotations.

    ``vertex`` lists the vertices some turned bone moves; ``a`` (n, 3, 3) is each one's blended
    rotation ``sum_k w_k M_{b_k}`` and ``skin`` (B, n) its bone weights, which blend the bones'
    translations ``t_b = sum_j k[b, j] @ c_j``; the joint centres ``c = joints @ v`` are affine
    combinations of the rest vertices (``joints``: (J, N) sparse)."""

    rotations: Mapping[str, np.ndarray]  # bone -> (3, 3), rest-pose world frame
    vertex: np.ndarray  # (n,) moved vertices
    a: np.ndarray  # (n, 3, 3)
    skin: sparse.csr_matrix  # (B, n)
    k: np.ndarray  # (B, J, 3, 3) translation of each bone from the joint centres
    joints: sparse.csr_matrix  # (J, N)

    def __call__(self, vertices: np.ndarray) -> np.ndarray:
        """The posed vertices (N, 3) of rest ``vertices`` (N, 3) (a new array)."""
        v = np.asarray(vertices, dtype=np.float64)
        t = (self._k_matrix @ (self.joints @ v).ravel()).reshape(-1, 3)  # (B, 3)
        out = v.copy()
        moved = v[self.vertex]
        a = self.a  # x_out = sum_y a_xy x_y, as three broadcast products (einsum is slower)
        out[self.vertex] = (a[:, :, 0] * moved[:, 0, None] + a[:, :, 1] * moved[:, 1, None]
                            + a[:, :, 2] * moved[:, 2, None] + self.skin.T @ t)
        return out

    def pull_back(self, grads: np.ndarray) -> np.ndarray:
        """Gradients (G, N, 3) with respect to the posed vertices turned into gradients with
        respect to the rest vertices (the transpose of the map; a new array); ``VertexGrads``
        in, the same out."""
        if isinstance(grads, VertexGrads):
            return self._pull_back_compact(grads)
        g = np.asarray(grads, dtype=np.float64)
        if g.ndim == 2:
            return self.pull_back(g[None])[0]
        n_grads = g.shape[0]
        out = g.copy()
        # only the moved vertices with a gradient matter (a measurement touches few)
        has = np.zeros(g.shape[1], dtype=bool)
        has[np.nonzero(g)[1]] = True
        live = np.flatnonzero(has[self.vertex])
        if len(live) == 0:
            return out
        rows = self.vertex[live]
        gm = g[:, rows]  # (G, l, 3), a copy
        out[:, rows] = np.einsum("lxy,glx->gly", self.a[live], gm)
        # translation: vertex -> bone translations -> joint centres -> joint vertices
        flat = gm.transpose(1, 0, 2).reshape(len(live), 3 * n_grads)
        gt = (self.skin[:, live] @ flat).reshape(-1, n_grads, 3)  # (B, G, 3)
        gc = np.einsum("bjxy,bgx->jgy", self.k, gt).reshape(self.joints.shape[0], -1)
        used = self.joints[:, self.joint_vertices]  # (J, m)
        spread = (used.T @ gc).reshape(-1, n_grads, 3)  # (m, G, 3)
        out[:, self.joint_vertices] += spread.transpose(1, 0, 2)
        return out

    def _pull_back_compact(self, grads: VertexGrads) -> VertexGrads:
        slot = self._slots[grads.index]
        live = np.flatnonzero(slot >= 0)
        if len(live) == 0:
            return VertexGrads(grads.index, grads.values.copy())
        rows = slot[live]
        n_grads = grads.values.shape[1]
        gm = grads.values[live]  # (l, G, 3)
        values = grads.values.copy()
        values[live] = np.matmul(gm, self.a[rows])  # g_y = sum_x a_xy g_x
        # translation: vertex -> bone translations -> joint centres -> joint vertices
        gt = self._skin_csc[:, rows] @ gm.reshape(len(live), -1)  # (B, G*3)
        gt = gt.reshape(-1, n_grads, 3).transpose(0, 2, 1).reshape(-1, n_grads)  # (B*3, G)
        gc = self._k_matrix.T @ gt  # (J*3, G)
        gc = gc.reshape(-1, 3, n_grads).transpose(0, 2, 1).reshape(self.joints.shape[0], -1)
        spread = (self._joints_used.T @ gc).reshape(-1, n_grads, 3)  # (m, G, 3)
        return VertexGrads(grads.index, values).added(self.joint_vertices, spread)

    @cached_property
    def _k_matrix(self) -> np.ndarray:
        """``k`` as a (B*3, J*3) matrix: bone translations = it @ joint centres (flattened)."""
        n_bones, n_joints = self.k.shape[:2]
        return self.k.transpose(0, 2, 1, 3).reshape(3 * n_bones, 3 * n_joints)

    @cached_property
    def _slots(self) -> np.ndarray:
        """(N,) each vertex's row in ``vertex``, -1 for the vertices the pose leaves."""
        out = np.full(self.joints.shape[1], -1, dtype=np.int64)
        out[self.vertex] = np.arange(len(self.vertex))
        return out

    @cached_property
    def _skin_csc(self) -> sparse.csc_matrix:
        return self.skin.tocsc()

    @cached_property
    def _joints_used(self) -> sparse.csr_matrix:
        return self.joints[:, self.joint_vertices]

    @cached_property
    def joint_vertices(self) -> np.ndarray:
        """The vertices any joint centre is made of (sorted)."""
        return np.unique(self.joints.indices)


def rotation_z(degrees: float) -> np.ndarray:
    """Rotation about +Z (the frontal plane): a positive angle turns -Y towards +X."""
    c, s = np.cos(np.radians(degrees)), np.sin(np.radians(degrees))
    return np.array([[c, -s, 0.0], [s, c, 0.0], [0.0, 0.0, 1.0]])


def pose_map(rotations: Mapping[str, np.ndarray], model: BodyModel | None = None) -> PoseMap:
    """The linear map that turns each bone named in ``rotations`` by its (3, 3) rotation (in
    the rest pose's world frame) about the bone's joint centre, children following."""
    model = model or load_model()
    names = model.bone_names
    unknown = sorted(set(rotations) - set(names))
    if unknown:
        raise KeyError(f"unknown bones {unknown}")
    n_bones, n_joints = len(names), len(model.joint_names)
    eye = np.eye(3)
    m = np.zeros((n_bones, 3, 3))
    k = np.zeros((n_bones, n_joints, 3, 3))
    moving = np.zeros(n_bones, dtype=bool)
    for b, name in enumerate(names):
        p = model.bone_parent[b]
        mp, kp = (m[p], k[p]) if p >= 0 else (eye, np.zeros((n_joints, 3, 3)))
        r = np.asarray(rotations.get(name, eye), dtype=np.float64)
        m[b] = mp @ r
        k[b] = kp
        turned = not np.allclose(r, eye)
        if turned:
            j = model.bone_joint[b]
            if j < 0:
                raise KeyError(f"bone {name!r} has no joint of its own to turn about")
            # x -> M_p (R (x - c) + c) + t_p  =  M_p R x + M_p (I - R) c + t_p
            k[b, j] += mp @ (eye - r)
        moving[b] = turned or (p >= 0 and moving[p])
    touched = moving[model.skin_bone] & (model.skin_weight > 0)
    vertex = np.flatnonzero(touched.any(axis=1))
    bone, weight = model.skin_bone[vertex], model.skin_weight[vertex]
    a = np.einsum("nk,nkxy->nxy", weight, m[bone])
    n = len(vertex)
    skin = sparse.csr_matrix((weight.ravel(), (bone.ravel(), np.repeat(np.arange(n), 4))),
                             shape=(n_bones, n))
    return PoseMap(dict(rotations), vertex, a, skin, k, joint_matrix(model))


def joint_matrix(model: BodyModel) -> sparse.csr_matrix:
    """(J, N) sparse: the joint centres as affine combinations of the skin vertices."""
    n_joints, width = model.joint_index.shape
    return sparse.csr_matrix(
        (model.joint_weight.ravel(),
         (np.repeat(np.arange(n_joints), width), model.joint_index.ravel())),
        shape=(n_joints, model.n_vertices))


def _joint(model: BodyModel, vertices: np.ndarray, name: str) -> np.ndarray:
    j = model.joint_names.index(name)
    return model.joint_weight[j] @ vertices[model.joint_index[j]]


def _frontal_angle(d: np.ndarray, sign: float) -> float:
    """Angle (degrees) of direction ``d`` from straight down, in the frontal plane, positive
    away from the midline on the side ``sign`` (+1 left, -1 right)."""
    return float(np.degrees(np.arctan2(sign * d[0], -d[1])))


def stance_figures(vertices: np.ndarray, model: BodyModel | None = None) -> dict[str, float]:
    """How a body stands: ``ankle_spacing`` (cm between the ankle joint centres),
    ``inner_ankle_gap`` (cm between the two legs' innermost vertices from 4 to 14 cm above the
    floor, where the ankle bones are; negative when they overlap), ``arm_angle_l/r`` (degrees of
    the upper arm from the vertical, frontal plane) and ``stature`` (cm)."""
    model = model or load_model()
    v = np.asarray(vertices, dtype=np.float64)
    ankle = {s: _joint(model, v, f"{s}-ankle") for s in "lr"}
    floor = v[:, 1].min()
    legs = model.part_weights[:, [model.part_names.index("leg_l"),
                                  model.part_names.index("leg_r")]]
    band = (v[:, 1] > floor + 4.0) & (v[:, 1] < floor + 14.0)
    left, right = band & (legs[:, 0] > 0.5), band & (legs[:, 1] > 0.5)
    out = {"ankle_spacing": float(np.linalg.norm(ankle["l"] - ankle["r"])),
           "inner_ankle_gap": float(v[left, 0].min() - v[right, 0].max()),
           "stature": float(np.ptp(v[:, 1]))}
    for s, sign in (("l", 1.0), ("r", -1.0)):
        upper = _joint(model, v, f"{s}-elbow") - _joint(model, v, f"{s}-shoulder")
        out[f"arm_angle_{s}"] = _frontal_angle(upper, sign)
    return out


@dataclass(frozen=True)
class Stance:
    """A pose of the legs and arms plus the thighs pressing flat against each other.

    With the feet together most thighs touch (on 6 ANSUR II bodies from the 2nd to the 98th
    weight percentile, all but the median and light men would overlap by 0.6 to 4.7 cm), and
    skinning alone would push one thigh into the other. Flesh gives way instead: a vertex of a
    leg never comes nearer the midline (X = 0) than ``THIGH_GAP / 2``, or, if it already was
    nearer at rest (the wedge under the crotch), than ``_wedge`` of its rest X. ``apply``
    returns which vertices that clamp pressed and its slope there, so ``pull_back`` is exact
    for them too."""

    pose: PoseMap
    side: np.ndarray  # (N,) +1 a left-leg vertex, -1 a right-leg one, 0 not pressed

    def apply(self, vertices: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Posed vertices (N, 3) and what the press did to each (N,): NaN where it left the
        vertex to the pose, else d(posed X) / d(rest X) of the vertex it pressed (0 at
        ``THIGH_GAP / 2`` from the midline, ``_wedge_slope`` in the wedge under the crotch)."""
        v = np.asarray(vertices, dtype=np.float64)
        out = self.pose(v)
        side = self.side
        rest = side * v[:, 0]  # distance from the midline at rest, on the leg's own side
        half = 0.5 * THIGH_GAP
        own = rest < half
        limit = side * np.where(own, _wedge(rest, half), half)
        pressed = (side != 0) & (side * out[:, 0] < side * limit)
        out[pressed, 0] = limit[pressed]
        slope = np.where(own, _wedge_slope(rest, half), 0.0)
        return out, np.where(pressed, slope, np.nan)

    def __call__(self, vertices: np.ndarray) -> np.ndarray:
        return self.apply(vertices)[0]

    def pull_back(self, grads: np.ndarray, pressed: np.ndarray) -> np.ndarray:
        """Gradients (G, N, 3) with respect to ``apply``'s vertices turned into gradients with
        respect to the rest vertices, ``pressed`` being what ``apply`` returned with them
        (``VertexGrads`` in, the same out)."""
        if isinstance(grads, VertexGrads):
            p = pressed[grads.index]
            own = np.flatnonzero(p > 0)  # NaN compares False
            gx = grads.values[own, :, 0] * p[own, None]
            values = grads.values.copy()
            values[~np.isnan(p), :, 0] = 0.0
            out = self.pose.pull_back(VertexGrads(grads.index, values))
            out.values[np.searchsorted(out.index, grads.index[own]), :, 0] += gx
            return out
        g = np.array(grads, dtype=np.float64)
        if g.ndim == 2:
            return self.pull_back(g[None], pressed)[0]
        own = np.flatnonzero(pressed > 0)
        gx = g[:, own, 0] * pressed[own]
        g[:, ~np.isnan(pressed), 0] = 0.0
        out = self.pose.pull_back(g)
        out[:, own, 0] += gx
        return out


def _wedge(rest: np.ndarray, half: float) -> np.ndarray:
    """Nearest distance (cm) from the midline a leg vertex ``rest`` cm from it at rest
    (``rest < half``) is pressed to: ``half - (half - rest)^2 / half``. The legs meet at the
    crotch, so just under it the thighs are nearer than ``THIGH_GAP`` at rest; kept there
    they left a wedge of about 1 cm (ANSUR II man 14743, 77-83 cm high) that two trouser
    layers and their contact thickness did not fit in (they jittered at 116 cm/s, never at
    rest). This widens the wedge to about 1.5 cm while leaving the midline where it is
    (0 -> 0) and joining the plain press smoothly (value and slope) at ``half``."""
    r = np.clip(rest, 0.0, half)
    return np.where(rest < 0.0, rest, half - (half - r) ** 2 / half)


def _wedge_slope(rest: np.ndarray, half: float) -> np.ndarray:
    """d ``_wedge`` / d ``rest``: 2 at the midline, 0 at ``half`` (1 past the midline, where
    a vertex keeps its rest X)."""
    r = np.clip(rest, 0.0, half)
    return np.where(rest < 0.0, 1.0, 2.0 * (half - r) / half)


def stance(vertices: np.ndarray, model: BodyModel | None = None, *,
           ankle_spacing: float = ANKLE_SPACING, arm_angle: float = ARM_ANGLE) -> Stance:
    """The pose that stands the rest body ``vertices`` as a person is measured: ankle joints
    ``ankle_spacing`` cm apart (legs turned about the hips, feet turned back flat about the
    ankles) and upper arms ``arm_angle`` degrees from the vertical (turned about the
    shoulders), all in the frontal plane. The rotations are fixed from ``vertices``; the map
    they make applies to any body (the fit keeps one map through its steps)."""
    model = model or load_model()
    v = np.asarray(vertices, dtype=np.float64)
    rotations: dict[str, np.ndarray] = {}
    for s, side, sign in (("l", "L", 1.0), ("r", "R", -1.0)):
        hip, ankle = _joint(model, v, f"{s}-upper-leg"), _joint(model, v, f"{s}-ankle")
        leg = ankle - hip
        reach = float(np.hypot(leg[0], leg[1]))
        # the ankle's distance from the midline after the turn, as an angle from the hip
        offset = sign * (0.5 * ankle_spacing) - hip[0]
        wanted = float(np.degrees(np.arcsin(np.clip(sign * offset / reach, -1.0, 1.0))))
        turn = sign * (wanted - _frontal_angle(leg, sign))
        rotations[f"upperleg01.{side}"] = rotation_z(turn)
        rotations[f"foot.{side}"] = rotation_z(-turn)
        upper = _joint(model, v, f"{s}-elbow") - _joint(model, v, f"{s}-shoulder")
        rotations[f"upperarm01.{side}"] = rotation_z(sign * (arm_angle - _frontal_angle(upper,
                                                                                        sign)))
    pose = pose_map(rotations, model)
    return Stance(pose, _leg_sides(model, pose))


def _leg_sides(model: BodyModel, pose: PoseMap) -> np.ndarray:
    """+1 / -1 for the vertices the left / right leg bones move (on that side of the midline
    at rest), 0 for the others."""
    side = np.zeros(model.n_vertices, dtype=np.int8)
    for s, sign in (("L", 1), ("R", -1)):
        bones = [model.bone_names.index(f"{b}.{s}") for b in
                 ("upperleg01", "upperleg02", "lowerleg01", "lowerleg02", "foot")]
        moved = (np.isin(model.skin_bone, bones) & (model.skin_weight > 0)).any(axis=1)
        side[moved & (sign * model.base[:, 0] > 1e-6)] = sign
    return side


def ankle_spacing(vertices: np.ndarray, model: BodyModel | None = None) -> float:
    """Distance (cm) between the ankle joint centres of ``vertices``."""
    model = model or load_model()
    return float(np.linalg.norm(_joint(model, vertices, "l-ankle")
                                - _joint(model, vertices, "r-ankle")))


class Poser:
    """Poses the bodies of one fit in the measuring stance, with exact gradients.

    The chain is: rest body -> ``Stance`` (skinning, thighs pressed) -> fold repair (the legs
    turning in crease the skin at the crotch: ``BodyModel.repair`` rebuilds that patch from the
    base mesh, a linear map too) -> the skin's finish (``finish``: the mannequin skin, also a
    linear map; none for the detailed skin), so the body is measured as it is shown. The
    stance is made from the first body posed and kept while the ankles stay within
    ``STANCE_TOLERANCE`` cm of ``ANKLE_SPACING`` (made again from the body of that step
    otherwise); the repair patch only grows, as the blend's does. Between
    those rare steps the posed body is a fixed piecewise-linear map of the rest body, so
    ``pull_back`` is exact."""

    def __init__(self, model: BodyModel | None = None, skin: str = "mannequin",
                 male: bool = False) -> None:
        self.model = model or load_model()
        if skin not in SKINS:
            raise ValueError(f"skin must be one of {', '.join(SKINS)}, got {skin!r}")
        self.skin = skin
        self.finish = mannequin(male) if skin == "mannequin" else None
        self.stance: Stance | None = None
        self.patch = None  # folds.Patch of the posed body, or None
        self._pressed: np.ndarray | None = None
        self.rebuilt = 0  # times the stance was made (1 for most fits)

    def __call__(self, rest: np.ndarray) -> np.ndarray:
        """The posed body (N, 3) of ``rest`` (not put back on the floor)."""
        if self.stance is None:
            self.stance = stance(rest, self.model)
            self.rebuilt += 1
        posed, self._pressed = self.stance.apply(rest)
        if abs(ankle_spacing(posed, self.model) - ANKLE_SPACING) > STANCE_TOLERANCE:
            self.stance = stance(rest, self.model)
            self.rebuilt += 1
            posed, self._pressed = self.stance.apply(rest)
        posed, self.patch = self.model.repair(posed, self.patch)
        return posed if self.finish is None else self.finish(posed)

    def pull_back(self, grads: np.ndarray) -> np.ndarray:
        """Gradients (G, N, 3) with respect to the last posed body turned into gradients with
        respect to its rest body."""
        if self.stance is None or self._pressed is None:
            raise RuntimeError("pull_back needs a body posed first")
        if self.finish is not None:
            grads = self.finish.pull_back(grads)
        if self.patch is not None:
            grads = self.patch.pull_back(grads if isinstance(grads, VertexGrads)
                                         else np.array(grads, dtype=np.float64))
        return self.stance.pull_back(grads, self._pressed)

    def standing(self, rest: np.ndarray) -> np.ndarray:
        """The posed body with its lowest vertex on Y = 0 (a new array)."""
        posed = self(rest)
        posed[:, 1] -= posed[:, 1].min()
        return posed
