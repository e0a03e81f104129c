"""The marker's proven length bound: inner cells stay inside, and the decision is right on
small cases whose answer is known by hand."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from shapely import affinity
from shapely.geometry import Polygon, box

from mtm.core.errors import InputError
from mtm.core.marker import NestItem, _orient
from mtm.core.marker_bound import cell_shape, inner_rectangles, lay_is_possible

pytest.importorskip("ortools")  # a test dependency; the module itself needs it only when used


def _item(name, points):
    return NestItem(name=name, outline=tuple(map(tuple, points)))


def test_inner_rectangles_lie_inside_the_grown_piece_and_keep_most_of_it():
    piece = Polygon([(0, 0), (30, 0), (36, 25), (18, 40), (0, 22)])
    shape = cell_shape(piece, unit=0.5, grow=0.25)
    grown = piece.buffer(0.25, quad_segs=16)
    boxes = [box(shape.origin[0] + x0 * 0.5, shape.origin[1] + y0 * 0.5,
                 shape.origin[0] + (x0 + w) * 0.5, shape.origin[1] + (y0 + h) * 0.5)
             for x0, y0, w, h in shape.rectangles]
    assert all(grown.covers(b) for b in boxes)
    union = shapely.union_all(boxes)
    assert union.area == pytest.approx(sum(b.area for b in boxes))  # disjoint
    assert union.area > 0.93 * grown.area
    assert len(shape.rectangles) < 40


def test_inner_rectangles_keep_two_intervals_where_a_column_has_two():
    cells = np.zeros((6, 10), bool)
    cells[:, 0:3] = True
    cells[:, 6:10] = True
    assert inner_rectangles(cells, penalty=1) == [(0, 0, 6, 3), (0, 6, 6, 4)]


def test_two_wide_squares_cannot_lie_side_by_side():
    squares = [_item("square", [(0, 0), (60, 0), (60, 60), (0, 60)])] * 2
    assert lay_is_possible(squares, 100, 119.0, seconds=30).status == "impossible"
    assert lay_is_possible(squares, 100, 122.0, seconds=30).status == "possible"


def test_turning_lets_two_triangles_pair_into_a_rectangle():
    # 40 along the warp, 99 across: turned 180 deg against each other they make a 40 x 99 block
    triangle = _item("triangle", [(0, 0), (99, 0), (0, 40)])  # grain along +Y: 40 along warp
    pair = [triangle, triangle]
    assert lay_is_possible(pair, 100, 46.0, seconds=30).status == "possible"
    assert lay_is_possible(pair, 100, 46.0, rotations=(0,), seconds=30).status == "impossible"


def test_interlocking_shapes_are_not_boxed():
    # two 40 x 40 L shapes (arms 10 wide), not turned, nest one 10 cm up and along the other
    # in 50 x 50, where their boxes would need 80 cm one way or the other; turned 180 deg
    # against each other they make a 50 x 40 block
    ell = [(0, 0), (40, 0), (40, 10), (10, 10), (10, 40), (0, 40)]
    pieces = [_item("ell", ell), _item("ell", ell)]
    assert lay_is_possible(pieces, 51, 45.0, rotations=(0,), seconds=30).status == "impossible"
    assert lay_is_possible(pieces, 51, 45.0, seconds=30).status == "possible"
    result = lay_is_possible(pieces, 51, 52.0, rotations=(0,), seconds=30)
    assert result.status == "possible"
    # the relaxed lay it returns puts the laid pieces where their cells went: inside the fabric
    # and not overlapping by more than the cells' rounding
    placed = [affinity.translate(_orient(item.polygon, r), dx, dy)
              for item, (dx, dy, r) in zip(pieces, result.relaxed_lay, strict=True)]
    assert placed[0].intersection(placed[1]).area < 0.05 * placed[0].area
    for polygon in placed:
        x0, y0, x1, y1 = polygon.bounds
        assert x0 > -1 and y0 > -1 and x1 < 53 and y1 < 52


def test_bad_sizes_are_refused_with_the_field_named():
    square = _item("square", [(0, 0), (10, 0), (10, 10), (0, 10)])
    with pytest.raises(InputError, match="width, length"):
        lay_is_possible([square], 0, 50)
