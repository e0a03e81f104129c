"""Covered skin is drawn under the cloth: no body point shows through the garment.

The studio test drapes the demo (median woman, T-shirt, the studio's 3 cm quick drape) and
looks at the 3D view from the five camera presets: no skin-coloured pixel may lie inside the
garment's silhouette. Without the tuck the bust and shoulder tips show through (89 skin
pixels in the front view at 400x500 when this was written).
"""

from __future__ import annotations

import numpy as np
import pytest
from scipy import ndimage

from mtm.render.cover import (
    MARGIN_CM,
    UNDER_MARGIN_CM,
    tuck_body_under_cloth,
    tuck_garment_under,
)
from mtm.render.meshes import BodyMesh, GarmentMesh, vertex_normals


def _sphere(radius: float, n_lat: int = 40, n_lon: int = 80, bump=None):
    """A UV sphere (cm) with an optional radial bump(theta, phi) -> extra cm."""
    theta = np.linspace(0.0, np.pi, n_lat)
    phi = np.linspace(0.0, 2 * np.pi, n_lon, endpoint=False)
    t, p = np.meshgrid(theta, phi, indexing="ij")
    r = radius + (bump(t, p) if bump else 0.0)
    v = np.stack([r * np.sin(t) * np.cos(p), r * np.cos(t), r * np.sin(t) * np.sin(p)], -1)
    v = v.reshape(-1, 3)
    faces = []
    for i in range(n_lat - 1):
        for j in range(n_lon):
            a, b = i * n_lon + j, i * n_lon + (j + 1) % n_lon
            c, d = a + n_lon, b + n_lon
            faces += [(a, c, b), (b, c, d)]
    faces = np.array(faces)
    if np.mean(np.einsum("nd,nd->n", vertex_normals(v, faces), v)) < 0:
        faces = faces[:, ::-1]  # outward normals, as a body mesh has
    return v, faces


def _nipple(t, p):
    """A 1 cm bump on the sphere's front (+Z, at the equator)."""
    d2 = (t - np.pi / 2) ** 2 + (p - np.pi / 2) ** 2
    return 1.0 * np.exp(-d2 / 0.01)


def test_skin_poking_through_is_moved_under_the_cloth():
    bv, bf = _sphere(10.0, bump=_nipple)
    body = BodyMesh(bv, bf)
    cv, cf = _sphere(10.3, n_lat=20, n_lon=40)
    top = cv[:, 1] > -3.0  # the cloth covers the sphere down to y = -3
    keep = top[cf].all(axis=1)
    garment = GarmentMesh(cv, cf[keep])
    out = tuck_body_under_cloth(body, garment)
    r_before = np.linalg.norm(bv, axis=1)
    r_after = np.linalg.norm(out.vertices, axis=1)
    assert r_before.max() > 10.8  # the bump pokes over 0.5 cm through the cloth
    covered = bv[:, 1] > -2.0
    # the cloth's flat facets lie up to ~0.1 cm inside its 10.3 cm vertices
    assert r_after[covered].max() <= 10.3 - MARGIN_CM + 0.05
    uncovered = bv[:, 1] < -4.5
    assert np.allclose(out.vertices[uncovered], bv[uncovered])


def test_body_away_from_the_cloth_is_untouched():
    bv, bf = _sphere(10.0)
    cv, cf = _sphere(14.0, n_lat=20, n_lon=40)  # 4 cm of ease all round: nothing to do
    out = tuck_body_under_cloth(BodyMesh(bv, bf), GarmentMesh(cv, cf))
    assert np.array_equal(out.vertices, bv)


def test_an_outfits_bottom_is_drawn_under_the_top():
    """A skirt's cloth that pokes through the top hanging over it (coarse triangles at the
    waist) is moved under the top; where the top does not reach, the skirt stays put."""
    sv, sf = _sphere(10.0, bump=_nipple)
    uvs = sv[:, :2].copy()
    skirt = GarmentMesh(sv, sf, uvs=uvs)
    tv, tf = _sphere(10.3, n_lat=20, n_lon=40)
    keep = (tv[:, 1] > -3.0)[tf].all(axis=1)
    out = tuck_garment_under(skirt, GarmentMesh(tv, tf[keep]))
    r_after = np.linalg.norm(out.vertices, axis=1)
    assert np.linalg.norm(sv, axis=1).max() > 10.8  # it poked through the top
    covered = sv[:, 1] > -2.0
    assert r_after[covered].max() <= 10.3 - UNDER_MARGIN_CM + 0.05
    uncovered = sv[:, 1] < -4.5
    assert np.allclose(out.vertices[uncovered], sv[uncovered])
    assert out.uvs is uvs  # pattern coordinates (the fabric's look) kept


# -- the studio's demo drape in the 3D view -------------------------------------------------

RED = "#d01010"


def _red(a: np.ndarray) -> np.ndarray:
    return (a[..., 0] > 60) & (a[..., 0] > 3 * a[..., 1]) & (a[..., 0] > 3 * a[..., 2])


def _skin(a: np.ndarray) -> np.ndarray:
    """Light, warm pixels: the mst-4 skin lit from any side (not the red cloth, not the grey
    background)."""
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    return (r > 120) & (g > 95) & (r - b > 20) & (g > 0.6 * r)


@pytest.fixture(scope="module")
def demo_drape():
    from mtm.app.samples import sample_measurements
    from mtm.bodies.fit import fit_body
    from mtm.core.drape.drape import drape_garment
    from mtm.patterns import get_garment
    from mtm.render.meshes import as_body, as_garment

    ms = sample_measurements()
    body = fit_body(ms)
    pattern = get_garment("tshirt").draft(ms.with_estimates(), {})
    draped = drape_garment(pattern, body, "cotton_jersey", resolution=3.0)
    return as_body(body), as_garment(draped)


@pytest.mark.gui
@pytest.mark.slow
def test_no_skin_through_the_demo_tshirt_in_any_preset_view(qtbot, demo_drape):
    from mtm.app.view3d import CAMERA_PRESETS, View3D

    view = View3D()
    qtbot.addWidget(view)
    view.resize(500, 640)
    view.show()
    qtbot.waitExposed(view)
    view.set_look("solid", RED)
    body, garment = demo_drape
    view.set_meshes(body, garment)
    assert len(CAMERA_PRESETS) == 5
    for name in CAMERA_PRESETS:
        view.set_camera(name)
        image = np.asarray(view.plotter.screenshot(return_img=True))[..., :3].astype(int)
        cloth = _red(image)
        assert cloth.sum() > 1000, f"{name}: the garment is not in view"
        inside = ndimage.binary_erosion(ndimage.binary_fill_holes(cloth), iterations=2)
        through = inside & _skin(image)
        # in side views the arm hangs in front of the cloth: skin there is not through it
        labels, n = ndimage.label(_skin(image))
        touching_outside = np.unique(labels[_skin(image) & ~inside])
        through &= ~np.isin(labels, touching_outside[touching_outside > 0])
        assert through.sum() == 0, f"{name}: {int(through.sum())} skin pixels inside the cloth"
    view.close_plotter()
