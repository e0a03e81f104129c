"""The XPBD cloth solver on small scenes: rest on a sphere, stitched tubes, tightness, guards."""

import numpy as np
import pytest
import trimesh
from cloth_shapes import rect_piece

from mtm.core.drape.drape import measure_drape
from mtm.core.drape.fabrics import load_fabric
from mtm.core.drape.sdf import build_sdf
from mtm.core.drape.solver import (
    DISCRETE_BEND_FACTOR,
    DrapeDivergedError,
    SolverSettings,
    bending_stencils,
    build_model,
    edge_strain,
    seam_gaps,
    simulate,
    stitch_groups,
    substeps_for,
)
from mtm.core.errors import CancelledError


@pytest.fixture(scope="module")
def sphere_sdf():
    s = trimesh.creation.icosphere(subdivisions=4, radius=10.0)
    return build_sdf(s.vertices, s.faces, spacing=0.5)


def test_sdf_of_a_sphere_is_signed_and_accurate_near_the_surface(sphere_sdf):
    rng = np.random.default_rng(3)
    dirs = rng.normal(size=(500, 3))
    dirs /= np.linalg.norm(dirs, axis=1)[:, None]
    r = rng.uniform(8.8, 11.2, size=500)
    d, g = sphere_sdf.query(dirs * r[:, None])
    np.testing.assert_allclose(d, r - 10.0, atol=0.08)
    assert np.all(np.einsum("ij,ij->i", g, dirs) > 0.95)


def test_square_cloth_dropped_on_a_sphere_comes_to_rest_on_it(sphere_sdf):
    m = rect_piece(36.0, 36.0, 1.5)
    x = np.column_stack([m.uv[:, 0] - 18, np.full(len(m.uv), 13.0), 18 - m.uv[:, 1]])
    fabric = load_fabric("cotton_poplin")
    model = build_model(m.uv, x, m.faces, np.zeros(len(x)), np.zeros((0, 2)), fabric)
    stats = simulate(model, sphere_sdf, fabric, SolverSettings(stitch_frames=0, max_frames=400))
    assert stats.converged
    d, _ = sphere_sdf.query(model.x)
    centre = np.argmin(np.linalg.norm(m.uv - 18.0, axis=1))
    # the middle rests on the top of the sphere, the cloth hangs round it, nothing inside
    assert model.x[centre, 1] == pytest.approx(10.0 + 0.3, abs=0.25)
    assert d.min() > -0.2
    assert model.x[:, 1].min() < 0.0
    quality, *_ = measure_drape(model, sphere_sdf)
    assert quality["mean_strain"] < 0.03


def _tube(circumference, length, edge=1.0):
    m = rect_piece(circumference, length, edge)
    radius = circumference / (2 * np.pi)
    theta = 2 * np.pi * m.uv[:, 0] / circumference * 0.9  # start with a 10 % gap
    x = np.column_stack([radius * np.sin(theta), m.uv[:, 1], radius * np.cos(theta)])
    left = m.edge_vertices["left"][::-1]  # bottom to top
    right = m.edge_vertices["right"]
    return m, x, np.column_stack([left, right])


def test_stitched_tube_closes_and_stays_closed(sphere_sdf):
    # a 50 cm ring (8 cm radius) slides down the sphere until it sits on it, like a collar
    m, x, stitches = _tube(50.0, 8.0)
    x[:, 1] += 7.0
    fabric = load_fabric("cotton_jersey")
    model = build_model(m.uv, x, m.faces, np.zeros(len(x)), stitches, fabric)
    settings = SolverSettings(stitch_frames=15, max_frames=200, min_frames=200)
    simulate(model, sphere_sdf, fabric, settings)
    gaps = seam_gaps(model)
    assert gaps.max() < 0.3
    # still a closed ring: the seam did not tear open and the cloth wraps round
    ring = model.x[m.edge_vertices["bottom"]]
    assert np.ptp(ring[:, 0]) > 12 and np.ptp(ring[:, 2]) > 12
    assert np.abs(ring[:, [0, 2]].mean(axis=0)).max() < 1.0
    d, _ = sphere_sdf.query(model.x)
    assert d.min() > -0.2


def test_too_small_tube_is_reported_tight_not_exploded(sphere_sdf):
    # a 40 cm ring of jersey round a 63 cm sphere girth at mid height
    m, x, stitches = _tube(40.0, 10.0)
    x[:, 1] -= 5.0
    fabric = load_fabric("cotton_jersey")
    model = build_model(m.uv, x * [1.7, 1.0, 1.7], m.faces, np.zeros(len(x)), stitches, fabric)
    settings = SolverSettings(stitch_frames=20, max_frames=150, gravity=(0.0, 0.0, 0.0))
    simulate(model, sphere_sdf, fabric, settings)
    assert np.all(np.isfinite(model.x))
    quality, warp, weft, _ = measure_drape(model, sphere_sdf)
    assert quality["tightness"]["too_small"]
    assert quality["tightness"]["max_weft_strain"] > 0.2


def test_bending_energy_matches_the_continuum_on_a_cylinder():
    m = rect_piece(30.0, 20.0, 1.0)
    quads, k, area = bending_stencils(m.faces, m.uv)
    radius = 8.0
    th = m.uv[:, 0] / radius
    x = np.column_stack([radius * np.sin(th), m.uv[:, 1], radius * (1 - np.cos(th))])
    h = np.einsum("bk,bkj->bj", k, x[quads])
    discrete = 0.5 * np.sum(3.0 / area * np.sum(h * h, axis=1))
    continuum = 0.5 * 600.0 / radius**2
    assert discrete / continuum == pytest.approx(DISCRETE_BEND_FACTOR, rel=0.03)
    flat = np.column_stack([m.uv, np.zeros(len(m.uv))])
    h0 = np.einsum("bk,bkj->bj", k, flat[quads])
    assert np.abs(h0).max() < 1e-9  # flat is the rest shape


def test_nan_start_is_a_clear_divergence_error():
    m = rect_piece(10.0, 10.0, 1.0)
    x = np.column_stack([m.uv, np.zeros(len(m.uv))])
    x[5] = np.nan
    fabric = load_fabric("denim")
    model = build_model(m.uv, x, m.faces, np.zeros(len(x)), np.zeros((0, 2)), fabric)
    with pytest.raises(DrapeDivergedError, match="NaN"):
        simulate(model, None, fabric, SolverSettings(stitch_frames=0, max_frames=5))


def test_progress_and_cancel():
    m = rect_piece(10.0, 10.0, 1.0)
    x = np.column_stack([m.uv, np.zeros(len(m.uv))])
    fabric = load_fabric("denim")
    model = build_model(m.uv, x, m.faces, np.zeros(len(x)), np.zeros((0, 2)), fabric)
    seen = []
    with pytest.raises(CancelledError):
        simulate(model, None, fabric, SolverSettings(stitch_frames=0, max_frames=50),
                 progress=seen.append, cancel=lambda: len(seen) >= 3)
    assert seen == sorted(seen) and 0 < seen[-1] < 1


def test_stitch_groups_are_the_connected_components_of_the_stitch_graph():
    members, offsets = stitch_groups(np.array([[0, 5], [5, 9], [2, 3], [9, 0]]), 12)
    pairs = zip(offsets[:-1], offsets[1:], strict=True)
    groups = sorted(sorted(members[a:b].tolist()) for a, b in pairs)
    assert groups == [[0, 5, 9], [2, 3]]


def test_seam_junction_of_several_stitches_closes():
    # four flaps sewn along one line (like a fly: facing, left and right front, and a
    # fourth), their outer edges pinned and fanned out, loaded hard (20 g) so the cloth pulls
    # the seam four ways. Every vertex of flap 1's edge is in three stitches; pairwise
    # Gauss-Seidel projections left this open by 1.0 mm, the weld closes it.
    angles = (-1.5, 0.0, 1.5, 3.14)
    parts, xs, offs = [], [], [0]
    for angle in angles:
        m = rect_piece(12.0, 16.0, 1.0)
        r = m.uv[:, 0] + 0.3 * (m.uv[:, 0] < 6.0)  # the spine ("left" edge) a little apart
        xs.append(np.column_stack([r * np.sin(angle), m.uv[:, 1], r * np.cos(angle)]))
        parts.append(m)
        offs.append(offs[-1] + len(m.uv))
    spine = [m.edge_vertices["left"] + offs[k] for k, m in enumerate(parts)]
    stitches = np.concatenate([np.column_stack([spine[k], spine[1]]) for k in (0, 2, 3)])
    uv = np.concatenate([m.uv + [0.0, 30.0 * k] for k, m in enumerate(parts)])
    faces = np.concatenate([m.faces + offs[k] for k, m in enumerate(parts)])
    piece = np.concatenate([np.full(len(m.uv), k) for k, m in enumerate(parts)])
    fabric = load_fabric("denim")
    model = build_model(uv, np.concatenate(xs), faces, piece, stitches, fabric)
    pinned = np.concatenate([m.edge_vertices["right"] + offs[k] for k, m in enumerate(parts)])
    model.inv_mass[pinned] = 0.0
    simulate(model, None, fabric, SolverSettings(stitch_frames=15, max_frames=150,
                                                 gravity=(0.0, -20 * 981.0, 0.0)))
    assert np.all(np.isfinite(model.x))
    assert seam_gaps(model).max() < 0.05
    # closed by sewing, not by tearing the cloth next to the seam (the load stretches it ~50%)
    assert edge_strain(model).max() < 0.8


def test_report_names_the_worst_seam_and_where_it_is(sphere_sdf):
    m, x, stitches = _tube(50.0, 8.0)  # starts 10 % open: the left/right seam gapes
    fabric = load_fabric("cotton_jersey")
    model = build_model(m.uv, x, m.faces, np.zeros(len(x)), stitches, fabric)
    labels = ["back seam"] * (len(stitches) - 1) + ["tab"]
    model.x[stitches[-1, 1]] = model.x[stitches[-1, 0]] + [0.0, 0.0, 0.1]
    quality, *_ = measure_drape(model, sphere_sdf, ["tube"], seam_labels=labels,
                                landmarks={"top": np.array([0.0, 20.0, 0.0]),
                                           "bottom": np.array([0.0, -20.0, 0.0])})
    gaps = seam_gaps(model)
    assert quality["seam_gaps_cm"]["back seam"] == pytest.approx(gaps[:-1].max(), abs=1e-4)
    assert quality["seam_gaps_cm"]["tab"] == pytest.approx(0.1, abs=1e-4)
    worst = quality["worst_seam"]
    assert worst["seam"] == "back seam" and worst["pieces"] == ["tube", "tube"]
    assert worst["gap_cm"] == pytest.approx(quality["max_seam_gap_cm"])
    assert worst["near_landmark"] == "top"


def test_stiff_woven_hanging_under_gravity_barely_stretches():
    # a 40 x 60 cm wool square pinned along its top edge: its own weight stretches real wool
    # by ~0.02%, so any stretch is solver error. Stiff cloth gets more substeps for that:
    # one Gauss-Seidel pass per substep at jersey's 20 substeps left it 1.3% stretched.
    wool, jersey = load_fabric("wool_suiting"), load_fabric("cotton_jersey")
    assert substeps_for(wool) > substeps_for(jersey) == SolverSettings().soft_substeps
    m = rect_piece(40.0, 60.0, 1.0)
    x = np.column_stack([m.uv, np.zeros(len(m.uv))])
    model = build_model(m.uv, x, m.faces, np.zeros(len(x)), np.zeros((0, 2)), wool)
    model.inv_mass[m.edge_vertices["top"]] = 0.0
    stats = simulate(model, None, wool, SolverSettings(stitch_frames=0, max_frames=150))
    assert stats.converged
    assert model.x[m.edge_vertices["bottom"], 1].max() < 0.0  # it hangs from the top edge
    assert np.clip(edge_strain(model), 0.0, None).mean() < 0.01


def test_report_says_what_was_still_moving():
    from types import SimpleNamespace

    from mtm.core.drape.drape import _still_moving

    m = rect_piece(4.0, 4.0, 1.0)
    x = np.column_stack([m.uv, np.zeros(len(m.uv))])
    model = build_model(m.uv, x, m.faces, np.zeros(len(x)), np.zeros((0, 2)),
                        load_fabric("denim"))
    speeds = np.zeros(len(x))
    speeds[[3, 7]] = [5.0, 30.0]
    out = _still_moving(model, SimpleNamespace(final_speeds=speeds), ["square"],
                        {"here": x[7] + 0.1, "far": x[7] + 50.0})
    assert out["fast_vertices"] == 2 and out["fast_by_piece"] == {"square": 2}
    assert out["fastest"]["speed_cm_s"] == 30.0 and out["fastest"]["near_landmark"] == "here"


def test_weld_moves_a_group_to_its_mass_weighted_mean_and_keeps_held_heights():
    from mtm.core.drape.kernels import weld

    x = np.array([[0.0, 0.0, 0.0], [3.0, 3.0, 0.0], [9.0, 9.0, 9.0], [1.0, 5.0, 1.0]])
    w = np.array([1.0, 0.5, 1.0, 1.0])  # vertex 1 is twice as heavy
    members, offsets = stitch_groups(np.array([[0, 1], [2, 3]]), 4)
    hold = np.full(4, np.nan)
    hold[3] = 5.0  # a waistband vertex held at its height
    weld(x, w, members, offsets, hold)
    np.testing.assert_allclose(x[0], [2.0, 2.0, 0.0])
    np.testing.assert_allclose(x[1], x[0])
    np.testing.assert_allclose(x[2], [5.0, 5.0, 5.0])  # x, z averaged; y the held height
    np.testing.assert_allclose(x[3], x[2])


def test_close_pairs_are_every_pair_within_the_radius_less_the_cloth_and_the_seams():
    """The spatial hash finds exactly the pairs a brute-force search finds (a small table:
    many cells share a bucket), without the pattern neighbours and the seam-band pairs."""
    from scipy.spatial import cKDTree

    from mtm.core.drape.kernels import find_close_pairs

    rng = np.random.default_rng(7)
    n = 3000
    x = rng.uniform(-6.0, 6.0, size=(n, 3))
    piece = rng.integers(0, 3, n).astype(np.int64)
    uv = rng.uniform(0.0, 20.0, size=(n, 2))
    band = rng.random(n) < 0.3
    radius, exclude = 0.9, 4.0
    pairs = find_close_pairs(x, radius, piece, uv, band, exclude)
    want = cKDTree(x).query_pairs(radius, output_type="ndarray")
    want = np.sort(want, axis=1)
    i, j = want[:, 0], want[:, 1]
    near_uv = np.linalg.norm(uv[i] - uv[j], axis=1) < exclude
    keep = ~(band[i] & band[j]) & ~((piece[i] == piece[j]) & near_uv)
    want = want[keep]
    assert len(pairs) > 1000
    assert np.all(pairs[:, 0] < pairs[:, 1])
    got = {tuple(p) for p in pairs.tolist()}
    assert len(got) == len(pairs)  # no pair twice
    assert got == {tuple(p) for p in want.tolist()}


def test_a_crowded_vertex_keeps_its_sixteen_smallest_partners():
    """A vertex with more partners than its 16 slots keeps the 16 smallest indices, whatever
    cell of the hash they were found in (the rows do not depend on the search order)."""
    from mtm.core.drape.kernels import find_close_pairs

    rng = np.random.default_rng(3)
    n = 60
    x = rng.normal(0.0, 0.3, size=(n, 3))  # a clump straddling cell faces
    x[0] = 0.0
    piece = np.arange(n, dtype=np.int64)  # all pieces apart: no pair is the cloth itself
    uv = np.zeros((n, 2))
    band = np.zeros(n, bool)
    radius = 1.0
    pairs = find_close_pairs(x, radius, piece, uv, band, 0.5)
    near = np.nonzero(np.linalg.norm(x - x[0], axis=1) < radius)[0]
    near = near[near > 0]
    assert len(near) > 16
    np.testing.assert_array_equal(pairs[pairs[:, 0] == 0, 1], near[:16])
    shifted = find_close_pairs(x + 0.37, radius, piece, uv, band, 0.5)  # other cells
    np.testing.assert_array_equal(shifted, pairs)


def test_cloth_domains_cut_the_pieces_into_equal_runs_crossed_by_few_constraints():
    from mtm.core.drape.solver import _by_domain, cloth_domains

    m = rect_piece(30.0, 20.0)
    n = len(m.uv)
    uv = np.concatenate([m.uv, m.uv])
    faces = np.concatenate([m.faces, m.faces + n])
    piece = np.repeat([0, 1], n)
    model = build_model(uv, np.column_stack([uv, np.zeros(2 * n)]), faces, piece,
                        np.zeros((0, 2)), load_fabric("cotton_jersey"))
    for n_dom in (1, 2, 3):
        label = cloth_domains(model, n_dom)
        assert np.bincount(label).max() - np.bincount(label).min() <= 1
        if n_dom == 2:  # a piece each
            assert np.all(label == piece) or np.all(label == 1 - piece)
        for rows in (model.edges, model.bend_quads):
            out, off = _by_domain(rows, label, n_dom)
            assert len(off) == n_dom + 2 and off[-1] == len(rows)
            assert sorted(map(tuple, out)) == sorted(map(tuple, rows))  # each once
            for d in range(n_dom):  # a domain's constraints touch its vertices only
                assert np.all(label[out[off[d]:off[d + 1]]] == d)
            crossing = out[off[n_dom]:]
            assert np.all(label[crossing].min(axis=1) < label[crossing].max(axis=1))
            # two pieces in two domains: nothing crosses; three: one cut across a piece
            assert len(crossing) <= (0 if n_dom < 3 else 0.1 * len(rows))
    # pieces joined by constraints (a fused layer) stay in one domain
    uv4 = np.concatenate([m.uv] * 4)
    faces4 = np.concatenate([m.faces + k * n for k in range(4)])
    piece4 = np.repeat(np.arange(4), n)
    joined = build_model(uv4, np.column_stack([uv4, np.zeros(4 * n)]), faces4, piece4,
                         np.zeros((0, 2)), load_fabric("cotton_jersey"),
                         extra_edges=np.array([[0, n + 1]]))  # piece 0 fused to 1
    label = cloth_domains(joined, 2)
    assert len(np.unique(label[piece4 < 2])) == 1
    assert set(label[piece4 >= 2]) == {1 - label[0]}


def test_self_collision_pairs_are_searched_again_only_once_the_cloth_has_moved(
        sphere_sdf, monkeypatch):
    from mtm.core.drape import kernels

    frames_searched = []
    search = kernels.find_close_pairs

    def counting(x, *args):
        frames_searched.append(x.copy())
        return search(x, *args)

    monkeypatch.setattr(kernels, "find_close_pairs", counting)
    m = rect_piece(36.0, 36.0, 1.5)
    x = np.column_stack([m.uv[:, 0] - 18, np.full(len(m.uv), 13.0), 18 - m.uv[:, 1]])
    fabric = load_fabric("cotton_poplin")
    model = build_model(m.uv, x, m.faces, np.zeros(len(x)), np.zeros((0, 2)), fabric)
    stats = simulate(model, sphere_sdf, fabric,
                     SolverSettings(stitch_frames=0, min_frames=150, max_frames=400))
    assert stats.converged
    # every third frame while the cloth falls (it rests from about frame 50), seldom after
    assert 10 <= len(frames_searched) < 0.6 * stats.frames / 3
    # ... and never before some vertex has moved half the self-collision radius (0.6 h)
    half = 0.5 * 0.6 * model.edge_length
    for before, after in zip(frames_searched, frames_searched[1:], strict=False):
        assert np.linalg.norm(after - before, axis=1).max() > half


def test_a_vertex_on_the_skin_keeps_its_push_until_it_moves():
    from mtm.core.drape.kernels import _domain_collide

    s = trimesh.creation.icosphere(subdivisions=4, radius=10.0)
    sdf = build_sdf(s.vertices, s.faces, spacing=0.5)
    start = np.array([0.0, 9.9, 0.0])  # 1 mm inside the sphere's top
    tilted = [0.6, 0.8, 0.0]

    def push(at, keep):
        d_at = sdf.query(np.array([at]))[0][0]
        kept = np.array([[*at, *tilted, d_at, 0.0, 1.0, 0.0]])
        x = start[None].copy()
        contact = np.zeros((1, 3))
        _domain_collide(x, x.copy(), np.ones(1), sdf.values, sdf.origin, sdf.spacing, 0.3,
                        0.0, np.full(1, np.nan), contact, np.zeros((1, 3)), np.zeros(1),
                        3.0, kept, keep, np.zeros(1, np.int64), np.array([0, 1]))
        return x[0], contact[0], kept[0]

    # looked up for a push within 0.02 cm: along the kept direction, by the depth estimated
    # from the distance and gradient kept there, and nothing looked up (kept as it was)
    x, contact, kept = push([0.0, 9.91, 0.0], 0.02)
    depth = 0.3 - (sdf.query(np.array([[0.0, 9.91, 0.0]]))[0][0] - 0.01)
    np.testing.assert_allclose(x, start + depth * np.array(tilted), atol=1e-9)
    np.testing.assert_allclose(contact, tilted)
    np.testing.assert_allclose(kept[:3], [0.0, 9.91, 0.0])
    # further away (or keep 0): the field's direction and depth, kept for the next time
    for at, keep in (([0.0, 9.95, 0.0], 0.02), ([0.0, 9.9, 0.0], 0.0)):
        x, contact, kept = push(at, keep)
        np.testing.assert_allclose(contact, [0.0, 1.0, 0.0], atol=0.02)
        np.testing.assert_allclose(kept[:3], start)
        np.testing.assert_allclose(kept[3:6], contact)
        assert kept[6] == pytest.approx(sdf.query(start[None])[0][0])
        np.testing.assert_allclose(kept[7:], [0.0, 1.0, 0.0], atol=0.05)
        assert x[1] == pytest.approx(10.3, abs=0.02)
