"""Named landmarks of the MakeHuman body: points and levels that garments are placed by.

Each landmark is an affine combination of skin vertices (a vertex, a joint centre of the rig,
or a mix), fixed once on the base mesh, so it follows every blend smoothly and its derivative
with respect to the vertices is just its weights. Levels that the measurement definitions use
(natural waist, fullest hips, fullest calf ...) are found once per sex on the average body by the
tape's rule (narrowest / fullest section) and then anchored to the nearest skin vertex.

Left is +X (the body's left), front is +Z, Y up.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from .makehuman import BodyModel, BodyParams, load_model

#: Vertices named in the MakeHuman base mesh (checked on renders of the base body).
NAVEL = 4121
BUST_L, BUST_R = 8459, 1787
NAPE = 1491  # cervicale, the 7th vertebra at the back of the neck base
JUGULAR = 815  # top of the breastbone, front of the neck base
CROTCH = 4372
#: Hip level as a fraction of crotch -> navel height (ANSUR II means: (waist height at
#: omphalion - waist to hip - crotch height) / (waist height - crotch height)), women / men.
HIP_LEVEL_FRACTION = (0.26, 0.20)
#: Back vertex of the neck-base ring (women / men): the ring one above the nape for women, two
#: above for men, whose girths on the average bodies stand to ANSUR II's mean neck base girths
#: as the other girths do (the ring through the nape runs out over the trapezius).
NECK_RING_START = (1496, 858)
#: The acromion is the most lateral vertex this far (cm) above the shoulder joint (women /
#: men): lower picks the deltoid's bulge, higher the trapezius.
ACROMION_ABOVE_JOINT = (3.0, 4.0)


@dataclass(frozen=True)
class Landmark:
    """A point as ``sum(weights[i] * vertices[index[i]])``."""

    name: str
    index: np.ndarray
    weights: np.ndarray

    def point(self, vertices: np.ndarray) -> np.ndarray:
        return self.weights @ vertices[self.index]


@dataclass(frozen=True)
class Segment:
    """A body segment between two landmarks: its axis runs from ``start`` to ``end``."""

    name: str
    start: str
    end: str


SEGMENTS: tuple[Segment, ...] = (
    Segment("torso", "crotch", "neck_back"),
    Segment("upper_arm_l", "shoulder_joint_l", "elbow_l"),
    Segment("forearm_l", "elbow_l", "wrist_l"),
    Segment("upper_arm_r", "shoulder_joint_r", "elbow_r"),
    Segment("forearm_r", "elbow_r", "wrist_r"),
    Segment("thigh_l", "hip_joint_l", "knee_l"),
    Segment("shin_l", "knee_l", "ankle_l"),
    Segment("thigh_r", "hip_joint_r", "knee_r"),
    Segment("shin_r", "knee_r", "ankle_r"),
)


def _vertex(name: str, i: int) -> Landmark:
    return Landmark(name, np.array([int(i)]), np.array([1.0]))


def _joint(model: BodyModel, name: str, joint: str) -> Landmark:
    j = model.joint_names.index(joint)
    keep = model.joint_weight[j] != 0
    return Landmark(name, model.joint_index[j][keep], model.joint_weight[j][keep])


def _arm_weight(model: BodyModel, side: str) -> np.ndarray:
    return model.part_weights[:, model.part_names.index(f"arm_{side}")]


def torso_mask(model: BodyModel) -> np.ndarray:
    """Vertices of the trunk and legs (not arms, not head): where torso girths are taken."""
    arms = _arm_weight(model, "l") + _arm_weight(model, "r")
    head = model.part_weights[:, model.part_names.index("head")]
    return (arms < 0.5) & (head < 0.5)


def limb_mask(model: BodyModel, limb: str) -> np.ndarray:
    """Vertices of the left arm (``arm``) or the left leg (``leg``, left half below the crotch)."""
    if limb == "arm":
        return _arm_weight(model, "l") >= 0.5
    base = model.base
    return (base[:, 0] > 0.0) & (base[:, 1] < base[CROTCH, 1] + 2.0) & torso_mask(model)


def back_mask(model: BodyModel) -> np.ndarray:
    """Trunk vertices up to the armpit folds (arm weight under 0.7): for the across-back width."""
    arms = _arm_weight(model, "l") + _arm_weight(model, "r")
    head = model.part_weights[:, model.part_names.index("head")]
    return (arms < 0.7) & (head < 0.5)


def head_mask(model: BodyModel) -> np.ndarray:
    return model.part_weights[:, model.part_names.index("head")] >= 0.5


def _acromion(v: np.ndarray, arm: np.ndarray, joint: np.ndarray, side: str,
              above: float) -> int:
    """Shoulder tip: the most lateral vertex ``above`` cm over the shoulder joint, near it."""
    sign = 1.0 if side == "l" else -1.0
    d = np.linalg.norm(v - joint, axis=1)
    cand = np.flatnonzero((d < 8.0) & (v[:, 1] > joint[1] + above) & (arm < 0.9))
    return int(cand[np.argmax(sign * v[cand, 0])])


def _level_vertex(v: np.ndarray, mask: np.ndarray, level: float, side: str) -> int:
    """The vertex of ``mask`` nearest to ``level`` at the back (z min) / front / side (x max)."""
    band = np.flatnonzero(mask & (np.abs(v[:, 1] - level) < 1.5))
    if side == "back":
        band = band[np.abs(v[band, 0]) < 1.0]
        pick = band[np.argmin(v[band, 2])]
    elif side == "back_any":
        pick = band[np.argmin(v[band, 2])]
    elif side == "front":
        band = band[np.abs(v[band, 0]) < 1.0]
        pick = band[np.argmax(v[band, 2])]
    else:
        pick = band[np.argmax(v[band, 0])]
    # snap to the vertex of that column nearest the level
    col = np.flatnonzero(mask & (np.abs(v[:, 0] - v[pick, 0]) < 1.0)
                         & (np.abs(v[:, 2] - v[pick, 2]) < 1.5))
    return int(col[np.argmin(np.abs(v[col, 1] - level))])


@cache
def landmarks(sex_key: int = 0) -> dict[str, Landmark]:
    """All landmarks for the female (``sex_key`` 0) or male (1) body, fixed on its average body.

    Points: crown, neck_front/back/side_l/r, shoulder_l/r (acromion, above the shoulder joint),
    armpit_l/r, bust_l/r, waist_front/back/side_l, hip_back/side_l, crotch, elbow_l/r,
    wrist_l/r, knee_l/r, ankle_l/r, shoulder_joint_l/r, hip_joint_l/r, calf_back_l,
    ankle_level_l, head_front (head girth level).
    """
    # measuring uses landmarks; finding levels needs sections
    from .measure import neck_ring, search_level

    model = load_model()
    # chosen on MakeHuman's own average body (folds not rebuilt: the vertices picked, e.g. the
    # back of the seat in the gluteal cleft, stay those the measures were calibrated with)
    v = model.blend(BodyParams(sex=float(sex_key)), repaired=False)
    out: dict[str, Landmark] = {}
    for name, i in (("navel", NAVEL), ("neck_base_back", NECK_RING_START[sex_key]),
                    ("bust_l", BUST_L), ("bust_r", BUST_R),
                    ("neck_back", NAPE), ("neck_front", JUGULAR), ("crotch", CROTCH),
                    ("crown", int(np.argmax(model.base[:, 1])))):
        out[name] = _vertex(name, i)
    for side in ("l", "r"):
        for name, joint in (("shoulder_joint", "shoulder"), ("elbow", "elbow"),
                            ("wrist", "hand"), ("hip_joint", "upper-leg"), ("knee", "knee"),
                            ("ankle", "ankle")):
            out[f"{name}_{side}"] = _joint(model, f"{name}_{side}", f"{side}-{joint}")
        arm = _arm_weight(model, side)
        sj = out[f"shoulder_joint_{side}"].point(v)
        out[f"shoulder_{side}"] = _vertex(
            f"shoulder_{side}", _acromion(v, arm, sj, side, ACROMION_ABOVE_JOINT[sex_key]))
        sign = 1.0 if side == "l" else -1.0
        junction = np.flatnonzero((arm > 0.25) & (arm < 0.75) & (sign * v[:, 0] < sign * sj[0]))
        out[f"armpit_{side}"] = _vertex(f"armpit_{side}",
                                        junction[np.argmin(v[junction, 1])])
        ring = neck_ring(NECK_RING_START[sex_key])
        out[f"neck_side_{side}"] = _vertex(f"neck_side_{side}",
                                           ring[np.argmax(sign * v[ring, 0])])
    torso = torso_mask(model)
    navel_y, bust_y = v[NAVEL, 1], v[BUST_L, 1]
    crotch_y = v[CROTCH, 1]
    waist_y = search_level(v, torso, navel_y - 4.0, bust_y - 0.35 * (bust_y - navel_y), "min")
    # hip level (buttock height): ANSUR II puts the level of the buttocks' greatest protrusion
    # on average 26% (women) / 20% (men) of the way from the crotch up to the navel; the
    # MakeHuman seat bulges higher, so the level is placed by that ratio on the average body
    # and anchored to a back vertex (the fit then moves it with the waist-to-hip target).
    hip_y = crotch_y + HIP_LEVEL_FRACTION[sex_key] * (navel_y - crotch_y)
    for side in ("back", "front", "side"):
        key = f"waist_{side}" + ("_l" if side == "side" else "")
        out[key] = _vertex(key, _level_vertex(v, torso, waist_y, side))
    for side in ("back", "side"):
        key = f"hip_{side}" + ("_l" if side == "side" else "")
        out[key] = _vertex(key, _level_vertex(v, torso, hip_y, side))
    leg = limb_mask(model, "leg")
    knee_y = out["knee_l"].point(v)[1]
    ankle_y = out["ankle_l"].point(v)[1]
    calf_y = search_level(v, leg, knee_y - 0.6 * (knee_y - ankle_y),
                          knee_y - 0.15 * (knee_y - ankle_y), "max")
    out["calf_back_l"] = _vertex("calf_back_l", _level_vertex(v, leg, calf_y, "back_any"))
    low_y = search_level(v, leg, ankle_y + 3.0, ankle_y + 0.4 * (knee_y - ankle_y), "min")
    out["ankle_level_l"] = _vertex("ankle_level_l", _level_vertex(v, leg, low_y, "back_any"))
    head = head_mask(model)
    eye_y = _joint(model, "eye", "l-eye").point(v)[1]
    head_y = search_level(v, head, eye_y + 0.5, eye_y + 9.0, "max")
    out["head_front"] = _vertex("head_front", _level_vertex(v, head, head_y, "front"))
    return out


def landmarks_for(sex: float | str | None) -> dict[str, Landmark]:
    """Landmarks for a sex given as 'female'/'male', a 0..1 macro value, or None (female)."""
    if isinstance(sex, str):
        return landmarks(1 if sex == "male" else 0)
    return landmarks(1 if (sex or 0.0) >= 0.5 else 0)


def landmark_points(vertices: np.ndarray, sex: float | str | None = None) -> dict[str, np.ndarray]:
    """Every landmark as a 3D point (cm) on ``vertices``."""
    return {name: lm.point(vertices) for name, lm in landmarks_for(sex).items()}


def segment_axes(vertices: np.ndarray, sex: float | str | None = None
                 ) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Each segment as (start point, unit axis from start to end)."""
    pts = landmark_points(vertices, sex)
    out = {}
    for seg in SEGMENTS:
        a, b = pts[seg.start], pts[seg.end]
        out[seg.name] = (a, (b - a) / np.linalg.norm(b - a))
    return out
