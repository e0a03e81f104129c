"""Off-screen renders of the stand-in: not blank, fabric where the garment is, fit maps red
where tight, stripes along the grain, camera presets."""

from __future__ import annotations

import numpy as np
import pytest

from mtm.core.errors import InputError
from mtm.render.meshes import GarmentMesh
from mtm.render.png import render_image, render_png
from mtm.render.scene import BACKGROUND, VIEWS, Scene, SceneStyle
from mtm.render.standin import standin_body, standin_garment
from mtm.render.textures import fabric_look, stripes

SIZE = (240, 300)


@pytest.fixture(scope="module")
def body():
    return standin_body(n_theta=32)


@pytest.fixture(scope="module")
def garment():
    return standin_garment(n_around=120, n_up=31)


def _front_points(garment: GarmentMesh, y0: float, y1: float) -> np.ndarray:
    v = garment.vertices
    keep = (np.abs(v[:, 0]) < 6) & (v[:, 2] > 0) & (v[:, 1] > y0) & (v[:, 1] < y1)
    return v[keep]


def _pixels(scene: Scene, image: np.ndarray, points: np.ndarray) -> np.ndarray:
    px = np.rint(scene.project(points)).astype(int)
    h, w = image.shape[:2]
    ok = (px[:, 0] >= 0) & (px[:, 0] < w) & (px[:, 1] >= 0) & (px[:, 1] < h)
    assert ok.all(), "points fell outside the picture"
    return image[px[:, 1], px[:, 0]].astype(float)


def test_png_is_not_blank_and_the_garment_shows_the_fabric_colour(body, garment, tmp_path):
    style = SceneStyle(look=fabric_look("solid", "#c02020"), size=SIZE)
    with Scene(body, garment, style) as scene:
        image = scene.image()
        chest = _pixels(scene, image, _front_points(garment, 110, 125)).mean(axis=0)
        head = _pixels(scene, image, np.array([[0.0, 166.0, 7.0]]))[0]
    assert image.shape == (SIZE[1], SIZE[0], 3)
    assert image.std() > 20  # not a blank frame
    background = np.array(style.background, float)
    assert (np.abs(image - background).sum(axis=2) > 30).mean() > 0.1
    r, g, b = chest
    assert r > 90 and r > 2.0 * g and r > 2.0 * b, chest
    # the head is skin, not fabric
    assert head[0] > head[2] and head[0] < 1.6 * head[1], head
    # and it lands in a file
    out = tmp_path / "front.png"
    render_png(out, body, garment, SceneStyle(look=fabric_look("solid", "#2040c0"), size=SIZE))
    from PIL import Image

    with Image.open(out) as im:
        blue = np.asarray(im.convert("RGB")).astype(float)
    assert im.size == SIZE
    assert np.abs(blue - image).mean() > 1  # a different fabric renders differently


def test_strain_map_is_red_where_the_garment_is_tight(body, garment):
    with Scene(body, garment, SceneStyle(fit_map="strain", size=SIZE)) as scene:
        image = scene.image()
        hip = _pixels(scene, image, _front_points(garment, 85, 89)).mean(axis=0)
        waist = _pixels(scene, image, _front_points(garment, 101, 106)).mean(axis=0)
    # the tube (86 cm) is stretched over the 100 cm hip and loose at the 76 cm waist
    assert hip[0] > 1.5 * hip[2] and hip[0] > hip[1], hip
    assert waist[2] > 1.3 * waist[0], waist


def test_ease_map_is_red_where_there_is_no_gap(body, garment):
    with Scene(body, garment, SceneStyle(fit_map="ease", size=SIZE)) as scene:
        image = scene.image()
        hip = _pixels(scene, image, _front_points(garment, 85, 89)).mean(axis=0)
        waist = _pixels(scene, image, _front_points(garment, 101, 106)).mean(axis=0)
    assert hip[0] > 1.5 * hip[2], hip
    # the waist has ~1.6 cm of ease: less red, more green/blue than the hip
    assert waist[0] / waist.sum() < hip[0] / hip.sum()


def test_warp_stripes_follow_the_grain_on_the_body(body, garment):
    look = stripes((20, 20, 20), (240, 240, 240), width_cm=2.0, repeat_cm=6.0, along="warp")
    with Scene(body, garment, SceneStyle(look=look, size=(300, 375))) as scene:
        image = scene.image().mean(axis=2)
        c0, r0 = np.rint(scene.project(np.array([[-8.0, 122.0, 20.0]]))[0]).astype(int)
        c1, r1 = np.rint(scene.project(np.array([[8.0, 108.0, 20.0]]))[0]).astype(int)
    patch = image[r0:r1, c0:c1]
    assert patch.shape[0] > 10 and patch.shape[1] > 10
    # stripes along the grain (Y): values change across a row, hardly down a column
    across = patch.std(axis=1).mean()
    down = patch.std(axis=0).mean()
    assert across > 30 and across > 3 * down, (across, down)


def test_view_presets_put_the_camera_where_they_say(body, garment):
    with Scene(body, garment, SceneStyle(size=SIZE, quality="draft")) as scene:
        images = {}
        for name in VIEWS:
            scene.set_view(name)
            pos = np.array(scene.plotter.camera.position) - scene.plotter.camera.focal_point
            if name == "front":
                assert pos[2] > 0 and abs(pos[0]) < 1e-6
            elif name == "back":
                assert pos[2] < 0
            elif name == "left":  # the body's left is +X
                assert pos[0] > 0 and abs(pos[2]) < 1e-6
            elif name == "right":
                assert pos[0] < 0
            else:
                assert pos[0] > 0 and pos[2] > pos[0]
            # the whole figure is in frame, feet and head included
            px = scene.project(body.vertices)
            assert (px[:, 0] > 0).all() and (px[:, 0] < SIZE[0]).all()
            assert (px[:, 1] > 0).all() and (px[:, 1] < SIZE[1]).all()
            images[name] = scene.image().astype(float)
    assert all(im.std() > 10 for im in images.values())
    # the side view shows the figure's depth, narrower than its width from the front
    def figure_width(im: np.ndarray) -> int:
        cols = (np.abs(im - np.array(BACKGROUND, float)).sum(axis=2) > 40)[: SIZE[1] // 2]
        return int(cols.any(axis=0).sum())

    assert figure_width(images["left"]) < 0.8 * figure_width(images["front"])
    with pytest.raises(InputError, match="view"), Scene(body, None, SceneStyle(size=SIZE)) as s:
        s.set_view("top")


def test_garment_without_uvs_takes_the_fabric_colour_and_a_body_alone_renders(body, garment):
    plain = GarmentMesh(garment.vertices, garment.faces)
    style = SceneStyle(look=fabric_look("gingham", "#20a020"), size=SIZE, quality="draft")
    with Scene(body, plain, style) as scene:
        image = scene.image()
        chest = _pixels(scene, image, _front_points(garment, 110, 125)).mean(axis=0)
    assert chest[1] > chest[0] and chest[1] > chest[2]
    only_body = render_image(body, None, SceneStyle(size=SIZE, quality="draft"))
    assert only_body.std() > 10
    with pytest.raises(InputError, match="nothing to render"):
        Scene(None, None)
    with pytest.raises(InputError, match="size"):
        Scene(body, None, SceneStyle(size=(4, 4)))
    with pytest.raises(InputError, match="fit map"):
        Scene(body, garment, SceneStyle(fit_map="pressure"))


def test_a_plotter_passed_in_is_dressed_and_left_open(body, garment):
    import pyvista as pv

    plotter = pv.Plotter(off_screen=True, window_size=(160, 200))
    try:
        with Scene(body, garment, SceneStyle(look=fabric_look("solid", "#c02020")),
                   plotter=plotter) as scene:
            image = scene.image()
            chest = _pixels(scene, image, _front_points(garment, 110, 125)).mean(axis=0)
        assert image.shape == (200, 160, 3)
        assert chest[0] > 2 * chest[2]
        assert plotter.render_window is not None  # not closed by the scene
        assert len(plotter.renderer.lights) == 4  # our three-point (+ top) lights only
    finally:
        plotter.close()


def test_set_look_keeps_the_outfits_other_garment_in_its_own_look(body, garment):
    """A swatch redresses the main garment only: pyvista's replacing the actor "garment"
    also drops every "garment-*" actor, so the outfit's other garments are put back."""
    trousers = standin_garment(100.0)
    denim = fabric_look("denim")
    scene = Scene(body, garment, SceneStyle(size=SIZE, quality="draft"),
                  under=[(trousers, denim)])
    try:
        assert {"garment", "garment-2"} <= set(scene.plotter.renderer.actors)
        scene.set_look(fabric_look("gingham"))
        actors = scene.plotter.renderer.actors
        assert {"body", "garment", "garment-2"} <= set(actors)
        assert scene.look.name == "gingham" and scene.under[0][1] is denim
        n_points = actors["garment-2"].GetMapper().GetInput().GetNumberOfPoints()
        assert n_points == len(trousers.vertices)
    finally:
        scene.plotter.close()


def test_an_outfits_garments_are_drawn_under_each_other_outermost_first():
    """Under a jacket, the shirt is drawn under the jacket and the trousers under both: cloth
    of the trousers poking through the shirt where the jacket also covers it is moved under
    the shirt, not only under the jacket."""
    from test_render_cover import _nipple, _sphere

    from mtm.render.cover import UNDER_MARGIN_CM

    tv, tf = _sphere(10.0, bump=_nipple)  # the trousers poke 1 cm out at the front
    sv, sf = _sphere(10.3, n_lat=20, n_lon=40)  # the shirt
    jv, jf = _sphere(10.8, n_lat=20, n_lon=40)  # the jacket
    look = fabric_look("solid")
    scene = Scene(None, GarmentMesh(jv, jf), SceneStyle(size=SIZE, quality="draft"),
                  under=[(GarmentMesh(sv, sf), look), (GarmentMesh(tv, tf), look)])
    try:
        trousers = scene.under[1][0].vertices
        assert np.linalg.norm(tv, axis=1).max() > 10.8
        assert np.linalg.norm(trousers, axis=1).max() <= 10.3 - UNDER_MARGIN_CM + 0.05
        shirt = scene.under[0][0].vertices
        assert np.allclose(shirt, sv)  # the shirt lay under the jacket already
    finally:
        scene.plotter.close()
