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


def _layout(items, width=150.0, cell=0.5, spacing=0.5, rotations=(0, 180)):
    from mtm.core.marker import _Layout, _orient, _rasterise, _Shape

    grow = spacing / 2
    shapes = [[_Shape(r, _orient(i.polygon, r), _rasterise(_orient(i.polygon, r), cell, grow))
               for r in rotations] for i in items]
    return _Layout(shapes, width, cell, grow)


def test_placement_rules_reach_both_selvedges():
    """After a first piece at the start on the selvedge y = 0: bottom-left (0) puts the next
    beside it, top-left (1) and far-selvedge (3) against y = width at the start, selvedge (2)
    against y = 0 after the first piece."""
    layout = _layout([rect("a", 20, 60), rect("b", 20, 60)])
    first = layout.run([0], [2], [0])[1][0]
    assert (first[2], first[3]) == (0, 0)
    width_cells = first[1].cells.shape[1]
    expected = {0: (0, width_cells), 1: (0, layout.ny - width_cells),
                2: (first[1].cells.shape[0], 0), 3: (0, layout.ny - width_cells)}
    for rule, spot in expected.items():
        _, placed = layout.run([0, 1], [2, 2], [0, rule])
        assert (placed[1][2], placed[1][3]) == spot, rule


def test_a_fixed_turn_gene_is_kept():
    items = [triangle("t", 40, 60)]
    layout = _layout(items)
    for turn, rotation in ((0, 0), (1, 180)):
        _, placed = layout.run([0], [turn], [0])
        assert placed[0][1].rotation == rotation


def test_compaction_closes_raster_gaps_to_the_exact_spacing():
    from shapely.geometry import box

    from mtm.core.marker import _compact

    polygons = _compact([box(3, 0, 13, 10), box(14.7, 0, 24.7, 10), box(40, 50, 60, 60)],
                        width=150, spacing=0.5, deadline=float("inf"))
    assert polygons[0].bounds[0] == pytest.approx(0, abs=1e-3)
    assert polygons[1].distance(polygons[0]) == pytest.approx(0.5, abs=2e-3)
    assert polygons[1].distance(polygons[0]) >= 0.5 - 1e-6
    assert polygons[2].bounds[0] == pytest.approx(0, abs=1e-3)  # nothing in its way


def test_search_and_compaction_never_lengthen_the_greedy_lay():
    from mtm.core.io.ansur import load_ansur
    from mtm.core.marker import items_from_garment
    from mtm.patterns import draft

    items = items_from_garment(draft("tshirt", load_ansur("male")[0].with_estimates())) * 2
    greedy = nest(items, 150, time_limit=0)
    searched = nest(items, 150, time_limit=1.5, seed=3)
    assert searched.length <= greedy.length + 1e-9
    assert check_no_overlap(searched) == []
    assert searched.seconds < 1.5 + 1.0


def test_fill_takes_the_lowest_free_spot_by_brute_force():
    """The no-fit-map fill puts each piece at the first free spot (lowest row, then column)
    that a brute-force scan of the occupied cells finds, for fixed turns and rule 0."""
    import numpy as np

    items = [triangle("t1", 30, 40), rect("r", 25, 15), triangle("t2", 30, 40),
             NestItem("L", ((0, 0), (30, 0), (30, 10), (10, 10), (10, 35), (0, 35))),
             rect("s", 12, 12)]
    layout = _layout(items, width=60.0, cell=1.0)
    _, placed = layout.run([0, 1, 2, 3, 4], [0, 1, 1, 0, 1], [0] * 5)
    occupied = np.zeros((400, layout.ny), dtype=bool)
    used = 0
    for _, shape, i, j in placed:
        cells = shape.cells
        nx, ny = cells.shape
        free = [(a, b) for a in range(used + 1) for b in range(layout.ny - ny + 1)
                if not (occupied[a:a + nx, b:b + ny] & cells).any()]
        assert (i, j) == (min(free) if free else (used, 0))
        occupied[i:i + nx, j:j + ny] |= cells
        used = max(used, i + nx)


def test_no_fit_maps_and_whole_fabric_correlation_find_the_same_spots():
    """A marker of too many outlines for the maps correlates the whole fabric instead: both
    ways must lay every piece on the same spot, for every rule and free turns."""
    items = [triangle("t1", 30, 40), rect("r", 25, 15), triangle("t2", 35, 20),
             NestItem("L", ((0, 0), (30, 0), (30, 10), (10, 10), (10, 35), (0, 35))),
             rect("s", 12, 12), triangle("t3", 20, 50)]
    for sides in ([0] * 6, [1, 2, 3, 0, 1, 2], [3, 3, 2, 2, 1, 0]):
        lays = []
        for use_maps in (True, False):
            layout = _layout(items, width=70.0, cell=0.5)
            layout._use_nfps = use_maps
            length, placed = layout.run(range(6), [2] * 6, sides)
            lays.append((length, [(p[0], p[1].rotation, p[2], p[3]) for p in placed]))
        assert lays[0] == lays[1]
