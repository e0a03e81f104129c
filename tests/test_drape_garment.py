"""Draping real garments: assembly of the T-shirt, the command line, and a too-small garment."""

import json

import numpy as np
import pytest

from mtm.app.cli import main
from mtm.core.drape.assemble import assemble
from mtm.core.measurements import MeasurementSet

MAN = {"height": 175.6, "chest_girth": 104.0, "waist_girth": 90.0, "hip_girth": 101.0,
       "neck_base_girth": 40.0}


@pytest.fixture(scope="module")
def man():
    return MeasurementSet.from_mapping(MAN, sex="male").with_estimates()


def test_tshirt_assembles_into_unfolded_panels_with_matched_seams(man):
    from mtm.patterns.tshirt import draft

    g = draft(man)
    a = assemble(g, 1.0)
    kinds = [(p.piece, p.copy) for p in a.panels]
    assert kinds == [("front", "full"), ("back", "full"), ("sleeve", "drafted"),
                     ("sleeve", "mirrored"), ("neckband", "single")]
    # the unfolded front is symmetric about the centre line
    front = a.panels[0].mesh
    assert front.uv[:, 0].min() == pytest.approx(-front.uv[:, 0].max(), abs=1e-9)
    # every seam pairs vertices of the right panels; both sides of the body get a side seam
    piece_of = np.repeat(np.arange(len(a.panels)), np.diff(a.offsets))
    labels = np.array(a.stitch_seam)
    side = a.stitches[labels == "side"]
    assert set(piece_of[side[:, 0]]) == {0} and set(piece_of[side[:, 1]]) == {1}
    assert len(side) == 2 * (len(a.panels[0].mesh.edge_vertices["side"]))
    sleeve = a.stitches[labels == "sleeve_seam"]
    assert np.all(piece_of[sleeve[:, 0]] == piece_of[sleeve[:, 1]])
    # the neckband ring is closed by its own seam and takes a planned stretch of ~15 %
    assert "band_ring" in a.seam_labels
    assert a.planned_stretch[4] == pytest.approx(0.15 / 0.85, rel=0.05)


def test_shirt_fronts_fold_their_facing_under_and_button_at_centre_front(man):
    from mtm.patterns.shirt import draft

    g = draft(man)
    ext = float(g.options["button_extension"])
    a = assemble(g, 1.0)
    fronts = [i for i, p in enumerate(a.panels) if p.piece == "front"]
    assert [a.panels[i].copy for i in fronts] == ["drafted", "mirrored"]
    # the draped front ends at the stand's fold line; the facing beyond it is folded under
    drafted, mirrored = (a.panels[i].mesh for i in fronts)
    assert drafted.uv[:, 0].min() == pytest.approx(-ext, abs=1e-6)
    assert mirrored.uv[:, 0].max() == pytest.approx(ext, abs=1e-6)
    # one button stitch per buttonhole, joining the two fronts at the same centre-front point
    labels = np.array(a.stitch_seam)
    buttons = a.stitches[labels == "front.buttons"]
    holes = [h for h in g.piece("front").drill_holes if h.kind == "buttonhole"]
    assert len(buttons) == len(holes) == int(g.options["buttons"])
    uv = np.concatenate([p.mesh.uv for p in a.panels])
    piece_of = np.repeat(np.arange(len(a.panels)), np.diff(a.offsets))
    assert set(piece_of[buttons[:, 0]]) == {fronts[0]}
    assert set(piece_of[buttons[:, 1]]) == {fronts[1]}
    np.testing.assert_allclose(uv[buttons[:, 0], 0], 0.0, atol=1e-9)
    np.testing.assert_allclose(uv[buttons[:, 1], 0], 0.0, atol=1e-9)
    np.testing.assert_allclose(uv[buttons[:, 0], 1], sorted((h.at[1] for h in holes),
                                                            reverse=True), atol=1e-9)
    # the collar button is left undone; cuffs (one per arm) are not buttoned to each other
    assert "collar_stand.buttons" not in a.seam_labels
    assert "cuff.buttons" not in a.seam_labels


def test_cli_refuses_bad_resolution_and_format(tmp_path, capsys, man):
    from mtm.core.io.measurement_files import write_measurements

    m = tmp_path / "m.json"
    write_measurements(man, m)
    code = main(["drape", "tshirt", "-m", str(m), "--out", str(tmp_path / "d.stl"),
                 "--report", str(tmp_path / "r.json")])
    assert code == 2 and "expected .glb, .obj, .ply" in capsys.readouterr().err
    code = main(["drape", "tshirt", "-m", str(m), "--out", str(tmp_path / "d.glb"),
                 "--resolution", "5", "--report", str(tmp_path / "r.json")])
    assert code == 2 and "0.5 to 3" in capsys.readouterr().err
    assert not (tmp_path / "r.json").exists()


@pytest.fixture(scope="module")
def man_body(man):
    from mtm.bodies.fit import fit_body

    return fit_body(man)


def placed(draft, measurements, body):
    """Draft, assemble at 1 cm and place a garment round ``body``: (garment, assembly, sdf, x)."""
    from mtm.core.drape.drape import body_sdf
    from mtm.core.drape.placement import place

    g = draft(measurements)
    a = assemble(g, 1.0)
    sdf = body_sdf(body)
    x = place(a, {p.name: p.placement for p in g.pieces}, body.vertices, body.landmarks, sdf)
    return g, a, sdf, x


@pytest.mark.slow
def test_tshirt_is_placed_round_the_body_and_outside_it(man, man_body):
    from mtm.core.drape.placement import MIN_CLEARANCE
    from mtm.patterns.tshirt import draft

    g, a, sdf, x = placed(draft, man, man_body)
    d, _ = sdf.query(x)
    assert np.all(np.isfinite(x)) and d.min() > MIN_CLEARANCE - 0.3
    lm = man_body.landmarks
    centre_z = 0.5 * (lm["waist_front"][2] + lm["waist_back"][2])
    mean = [x[a.offsets[i]:a.offsets[i + 1]].mean(axis=0) for i in range(len(a.panels))]
    assert mean[0][2] > centre_z > mean[1][2]  # front before the torso, back behind
    left = lm["elbow_l"]
    sleeves = {a.panels[i].side: mean[i] for i in (2, 3)}
    assert sleeves["left"][0] > 15 and sleeves["right"][0] < -15  # on their arms
    assert np.linalg.norm(sleeves["left"] - left) < 25


@pytest.mark.slow
def test_too_small_tshirt_is_reported_not_exploded(tmp_path, man, man_body):
    """A slim T-shirt drafted for a small woman, put on the median man: tight, not garbage."""
    from mtm.core.drape import drape_garment
    from mtm.patterns.tshirt import draft

    small = MeasurementSet.from_mapping(
        {"height": 152.0, "chest_girth": 78.0, "waist_girth": 62.0, "hip_girth": 84.0,
         "neck_base_girth": 31.0}, sex="female").with_estimates()
    draped = drape_garment(draft(small, {"fit": "slim"}), man_body, "cotton_jersey", 1.5)
    report = draped.report
    assert np.all(np.isfinite(draped.vertices))
    assert report["tightness"]["too_small"]
    assert report["tightness"]["max_weft_strain"] > 0.15
    assert report["penetrating_fraction"] < 0.05
    out = tmp_path / "small.glb"
    draped.save(out)
    assert out.stat().st_size > 1000
    json.dumps(report)  # the report is plain JSON


def test_vent_hangs_closed_along_the_centre_back(man):
    from mtm.patterns.skirt import draft

    g = draft(man, {"vent": 18.0})
    a = assemble(g, 1.0)
    labels = np.array(a.stitch_seam)
    held = a.stitches[labels == "back.overlap"]
    assert len(held) >= 5  # about every 3 cm down the 18 cm vent
    uv = np.concatenate([p.mesh.uv for p in a.panels])
    piece_of = np.repeat(np.arange(len(a.panels)), np.diff(a.offsets))
    copies = {a.panels[piece_of[k]].copy for k in held.ravel()}
    assert copies == {"drafted", "mirrored"}
    np.testing.assert_allclose(uv[held[:, 0]], uv[held[:, 1]], atol=1e-9)
    np.testing.assert_allclose(uv[held, 0], 0.0, atol=1e-9)
    top = g.piece("back").edge("vent_top").start[1]
    hem = g.piece("back").edge("vent_edge").end[1]
    assert np.all((uv[held[:, 0], 1] < top) & (uv[held[:, 0], 1] > hem))
    # trousers: the crotch fork beyond the centre line is sewn to the back, never held
    from mtm.patterns.trousers import draft as trousers

    assert not any(s.endswith(".overlap") for s in assemble(trousers(man), 1.0).seam_labels)


@pytest.mark.slow
def test_dress_facings_start_just_inside_the_bodice(man, man_body):
    from mtm.patterns.sheath_dress import draft

    g, a, sdf, x = placed(draft, man, man_body)
    labels = np.array(a.stitch_seam)
    for seam in ("facing_front_neck", "facing_back_neck", "facing_front_armhole"):
        st = a.stitches[labels == seam]
        gap = np.linalg.norm(x[st[:, 0]] - x[st[:, 1]], axis=1)
        assert gap.max() < 1.5, seam  # a layer, not a piece flung above the neckline
        outer, _ = sdf.query(x[st[:, 0]])
        inner, _ = sdf.query(x[st[:, 1]])
        assert np.all(inner < outer + 0.1), seam  # the facing is the inner layer


@pytest.mark.slow
def test_a_standing_collar_is_placed_up_the_neck_not_as_a_facing(man, man_body):
    """The qipao's mandarin collar has its neck edge drafted on the back's neck curve (2D),
    but stands up the neck from the neckline: it was laid flat inside the back as the
    back's facing (its top edge 0.9 cm over the seam, median, on the median woman) and drew
    into a crumpled rim at the front. Real facings (the sleeveless qipao's armhole facings)
    still start as a layer just inside their piece."""
    from functools import partial

    from scipy.spatial import cKDTree

    from mtm.patterns import qipao

    g, a, sdf, x = placed(partial(qipao.draft, options={"sleeve": "sleeveless"}), man,
                          man_body)
    k = [p.piece for p in a.panels].index("collar")
    lo, hi = a.offsets[k], a.offsets[k + 1]
    sewn = np.isin(np.arange(lo, hi), a.stitches)
    uv = a.panels[k].mesh.uv
    h, near = cKDTree(uv[sewn]).query(uv)  # height over the neck seam in the pattern
    top = h > 0.85 * h.max()
    height = next(o.default for o in qipao.OPTIONS if o.name == "collar_height")
    assert h.max() == pytest.approx(height, abs=0.2)
    xs = x[lo:hi]
    rise = xs[top, 1] - xs[sewn][near[top], 1]  # up the neck from the seam
    assert np.median(rise) > 3.0 and np.percentile(rise, 10) > 2.0
    labels = np.array(a.stitch_seam)
    facings = [s for s in a.seam_labels if "armhole_facing" in s and "shoulder" not in s]
    assert facings
    for seam in facings:
        st = a.stitches[labels == seam]
        gap = np.linalg.norm(x[st[:, 0]] - x[st[:, 1]], axis=1)
        assert gap.max() < 1.5, seam
        outer, _ = sdf.query(x[st[:, 0]])
        inner, _ = sdf.query(x[st[:, 1]])
        assert np.all(inner < outer + 0.1), seam  # the facing is the inner layer


@pytest.mark.slow
def test_torso_pieces_start_over_the_shoulders(man, man_body):
    """Fronts and backs start lying over the shoulders with their shoulder seams shut (wrapped
    at the chest's depth they stood 30 cm apart above the shoulders), off the skin, and the
    band following the neckline starts whole (it was torn across the shoulder gaps)."""
    from mtm.core.drape.mesher import mesh_edges
    from mtm.core.drape.placement import FACING_INSET, MIN_CLEARANCE
    from mtm.patterns.sheath_dress import draft as dress
    from mtm.patterns.tshirt import draft as tshirt

    for draft, seams in ((dress, ("shoulder", "facing_shoulder")), (tshirt, ("shoulder",))):
        g, a, sdf, x = placed(draft, man, man_body)
        labels = np.array(a.stitch_seam)
        for seam in seams:
            st = a.stitches[labels == seam]
            gap = np.linalg.norm(x[st[:, 0]] - x[st[:, 1]], axis=1)
            assert len(st) and gap.max() < 2.0, (g.name, seam, gap.max())
        d, _ = sdf.query(x)
        facing = np.zeros(len(x), bool)  # facings start a layer nearer the skin
        for k, panel in enumerate(a.panels):
            facing[a.offsets[k]:a.offsets[k + 1]] = panel.piece.startswith("facing")
        assert d[~facing].min() > MIN_CLEARANCE - 0.3
        if facing.any():
            assert d[facing].min() > MIN_CLEARANCE - FACING_INSET - 0.3
        top = max(man_body.landmarks["neck_side_l"][1], man_body.landmarks["shoulder_l"][1])
        assert x[:, 1].max() < top + 8.0  # nothing left standing above the shoulders
    i = [p.piece for p in a.panels].index("neckband")
    e = mesh_edges(a.panels[i].mesh.faces)
    uv, xi = a.panels[i].mesh.uv, x[a.offsets[i]:a.offsets[i + 1]]
    stretch = (np.linalg.norm(xi[e[:, 0]] - xi[e[:, 1]], axis=1)
               / np.linalg.norm(uv[e[:, 0]] - uv[e[:, 1]], axis=1) - 1.0)
    assert stretch.max() < 3.0  # was 34x across the shoulder gaps


@pytest.mark.slow
def test_shirt_collar_starts_turned_down_over_its_stand(man, man_body):
    """The collar fall starts hanging outside its stand as worn (placed standing up above the
    stand it stayed up as a funnel), its outer edge below the seam it is sewn on by."""
    from mtm.patterns.shirt import draft

    g, a, sdf, x = placed(draft, man, man_body)
    names = [p.piece for p in a.panels]
    fall, stand = names.index("collar"), names.index("collar_stand")
    m, o = a.panels[fall].mesh, a.offsets[fall]
    attach = x[m.edge_vertices["attach"] + o]
    outer = x[np.concatenate([m.edge_vertices[e] for e in m.edge_vertices
                              if e.startswith("outer")]) + o]
    assert outer[:, 1].mean() < attach[:, 1].mean() - 2.0
    xs = x[a.offsets[stand]:a.offsets[stand + 1]]
    centre = xs[:, [0, 2]].mean(axis=0)
    r_stand = np.linalg.norm(xs[:, [0, 2]] - centre, axis=1).mean()
    assert np.linalg.norm(outer[:, [0, 2]] - centre, axis=1).mean() > r_stand  # outside it


def test_waistband_underlap_lies_under_the_band_end(man):
    from mtm.patterns.trousers import draft

    g = draft(man)
    a = assemble(g, 1.0)
    band = g.piece("waistband")
    finished = band.edge("extension").start[0]
    tail = band.edge("extension").length
    i = next(k for k, p in enumerate(a.panels) if p.piece == "waistband")
    held = a.stitches[np.array(a.stitch_seam) == "waistband.underlap"] - a.offsets[i]
    assert len(held) >= 1 and held.min() >= 0
    uv = a.panels[i].mesh.uv
    # the tail point sits the band's finished length further along than its partner
    np.testing.assert_allclose(uv[held[:, 0], 0] - uv[held[:, 1], 0], finished, atol=1e-9)
    assert np.all((uv[held[:, 0], 0] > finished) & (uv[held[:, 0], 0] < finished + tail))
    np.testing.assert_allclose(uv[held, 1], 0.5 * float(g.options["waistband_width"]),
                               atol=1e-9)
    # a band sewn all round (the T-shirt's neckband) has no underlap
    from mtm.patterns.tshirt import draft as tshirt

    assert not any(s.endswith(".underlap") for s in assemble(tshirt(man), 1.0).seam_labels)


@pytest.mark.slow
def test_trouser_legs_start_under_the_crotch_and_turn_into_the_torso_without_tearing(man, man_body):
    """Below the crotch a trouser front or back goes half round the leg, above it round the
    torso; the start positions blend the two, so no row of cloth starts torn apart there."""
    from mtm.core.drape.mesher import mesh_edges
    from mtm.patterns.trousers import draft

    g, a, _, x = placed(draft, man, man_body)
    for i, panel in enumerate(a.panels):
        if panel.piece not in ("front", "back"):
            continue
        e = mesh_edges(panel.mesh.faces)
        rest = np.linalg.norm(panel.mesh.uv[e[:, 0]] - panel.mesh.uv[e[:, 1]], axis=1)
        now = np.linalg.norm(x[e[:, 0] + a.offsets[i]] - x[e[:, 1] + a.offsets[i]], axis=1)
        assert (now / rest).max() < 5.0, panel.piece  # a hard switch stretched edges 10-12x
        # the fork (top of the inseam) starts just below the crotch, so the crotch seams
        # are drawn together under the body, not through it
        fork = panel.mesh.edge_vertices["inseam"]
        top = fork[np.argmax(panel.mesh.uv[fork, 1])] + a.offsets[i]
        crotch = man_body.landmarks["crotch"][1]
        assert crotch - 4.0 < x[top, 1] < crotch, panel.piece


@pytest.mark.parametrize("h", [0.5, 3.0])
def test_closures_hold_at_every_resolution(man, h):
    from mtm.patterns.shirt import draft as shirt
    from mtm.patterns.skirt import draft as skirt

    labels = assemble(shirt(man), h).stitch_seam
    assert labels.count("front.buttons") == int(shirt(man).options["buttons"])
    labels = assemble(skirt(man, {"vent": 18.0}), h).stitch_seam
    assert labels.count("back.overlap") >= 5 and labels.count("waistband.underlap") >= 1
