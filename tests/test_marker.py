"""Marker nesting: no overlaps, within the fabric, better than a shelf of bounding boxes."""

import pytest
from shapely.geometry import Polygon

from mtm.core.errors import InputError
from mtm.core.marker import NestItem, check_no_overlap, nest, shelf_pack


def rect(name, w, h):
    return NestItem(name, ((0, 0), (w, 0), (w, h), (0, h)))


def triangle(name, w, h):
    return NestItem(name, ((0, 0), (w, 0), (0, h)))


def test_pieces_never_overlap_and_stay_on_the_fabric():
    items = [rect(f"r{i}", 30, 50) for i in range(4)]
    items += [triangle(f"t{i}", 40, 60) for i in range(6)]
    marker = nest(items, 150, spacing=0.5, time_limit=2)
    assert check_no_overlap(marker) == []
    assert len(marker.placements) == len(items)
    assert marker.piece_area == pytest.approx(sum(i.area for i in items))
    gaps = [Polygon(a.outline).distance(Polygon(b.outline))
            for n, a in enumerate(marker.placements) for b in marker.placements[n + 1:]]
    assert min(gaps) >= 0.5 - 1e-6


def test_triangles_interlock_with_a_half_turn():
    """Right triangles pair up into rectangles only if 180° turns are used."""
    items = [triangle(f"t{i}", 40, 60) for i in range(6)]
    marker = nest(items, 125, spacing=0.0, time_limit=2, cell=0.5)
    boxes = shelf_pack(items, 125, spacing=0.0)
    assert marker.efficiency > boxes.efficiency + 0.2
    assert {p.rotation for p in marker.placements} == {0, 180}


def test_grain_is_kept_along_the_warp():
    """A tall piece (grain along its Y) lies along the marker's X, the fabric length."""
    marker = nest([rect("long", 20, 100)], 150, time_limit=0)
    minx, miny, maxx, maxy = Polygon(marker.placements[0].outline).bounds
    assert maxx - minx == pytest.approx(100)
    assert maxy - miny == pytest.approx(20)


def test_piece_wider_than_the_fabric_is_refused():
    with pytest.raises(InputError, match="does not fit"):
        nest([rect("huge", 200, 50)], 150, time_limit=0)
    with pytest.raises(InputError, match="width"):
        nest([rect("a", 10, 10)], 0)


def test_pieces_are_turned_by_their_own_grain_line():
    """A waistband is cut along the warp: its long side must lie along the marker."""
    from mtm.core.io.ansur import load_ansur
    from mtm.core.marker import items_from_garment
    from mtm.patterns import draft

    garment = draft("trousers", load_ansur("male")[0].with_estimates())
    band = next(i for i in items_from_garment(garment) if i.name == "waistband")
    minx, miny, maxx, maxy = band.polygon.bounds
    assert maxy - miny > 5 * (maxx - minx)  # long along +Y, the grain
    marker = nest([band], 150, time_limit=0)
    minx, miny, maxx, maxy = Polygon(marker.placements[0].outline).bounds
    assert maxx - minx > 5 * (maxy - miny)  # and so along the fabric length
