"""Write the hand-made pattern DXF files that reproduce what industry CAD exports look like when
other readers open them but a strict reader refuses them (tests/data/dxf/repair_*.dxf).

One skirt-front piece (mm, Gerber style: empty HEADER, no TABLES), its cut line split into six
POLYLINE fragments as AccuMark writes them, a sew line 10 mm inside, a notch and a grain line.
Each file breaks one thing:

- ``repair_gap_0_5mm.dxf``: the third fragment starts 0.5 mm after the second ends;
- ``repair_gap_5mm.dxf``: the same gap, 5 mm wide;
- ``repair_reversed.dxf``: fragments 2 and 5 written backwards;
- ``repair_out_of_order.dxf``: the fragments shuffled, one of them backwards;
- ``repair_open_sew.dxf``: the sew line stops 20 mm short of where it started.

Run: ``python scripts/make_dxf_repair_fixtures.py``.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from shapely.geometry import Polygon

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "dxf"


def outline() -> np.ndarray:
    """The skirt front's cut line (mm, counter-clockwise): straight hem and centre, curved side
    and waist, 2 mm apart at most."""
    hem = np.c_[np.linspace(0, 300, 16), np.zeros(16)]
    t = np.linspace(0, 1, 61)[1:]
    side = np.c_[300 - 30 * t - 25 * np.sin(np.pi * t) * (1 - t), 600 * t]
    u = np.linspace(0, 1, 31)[1:]
    waist = np.c_[270 * (1 - u), 600 + 10 * np.sin(np.pi * u / 2)]
    centre = np.c_[np.zeros(15), np.linspace(610, 0, 16)[1:]][:-1]
    return np.vstack([hem, side, waist, centre])


def fragments(ring: np.ndarray) -> list[np.ndarray]:
    """Six open pieces of the ring, each sharing its end point with the next one's start."""
    cuts = [0, 8, 40, 76, 95, 106, len(ring)]
    closed = np.vstack([ring, ring[:1]])
    return [closed[a:b + 1] for a, b in zip(cuts[:-1], cuts[1:], strict=True)]


def _polyline(points: np.ndarray, layer: int) -> list[str]:
    out = ["0", "POLYLINE", "8", str(layer), "66", "1", "10", "0.0", "20", "0.0", "30", "0.0",
           "70", "0"]
    for x, y in points:
        out += ["0", "VERTEX", "8", str(layer), "10", f"{x:.4f}", "20", f"{y:.4f}", "30", "0.0"]
    return out + ["0", "SEQEND", "8", str(layer)]


def _text(text: str, x: float, y: float, layer: int = 1) -> list[str]:
    return ["0", "TEXT", "8", str(layer), "10", f"{x:.1f}", "20", f"{y:.1f}", "30", "0.0",
            "40", "5.0", "1", text]


def dxf(cut_parts: list[np.ndarray], sew_parts: list[np.ndarray], style: str) -> str:
    tags = ["0", "SECTION", "2", "HEADER", "0", "ENDSEC",
            "0", "SECTION", "2", "BLOCKS",
            "0", "BLOCK", "8", "0", "2", "FRONT_M", "70", "64", "10", "0.0", "20", "0.0",
            "30", "0.0", "3", "FRONT_M"]
    for part in cut_parts:
        tags += _polyline(part, 1)
    for part in sew_parts:
        tags += _polyline(part, 14)
    tags += ["0", "POINT", "8", "4", "10", "300.0", "20", "0.0", "30", "6.0", "39", "0.0",
             "50", "90.0"]
    tags += ["0", "LINE", "8", "7", "10", "150.0", "20", "100.0", "30", "0.0",
             "11", "150.0", "21", "500.0", "31", "0.0"]
    for i, line in enumerate(("Piece Name: FRONT", "Size: M", "Quantity: 1", "Category: SHELL")):
        tags += _text(line, 100.0, 320.0 - 10 * i)
    tags += ["0", "ENDBLK", "8", "0", "0", "ENDSEC",
             "0", "SECTION", "2", "ENTITIES",
             "0", "INSERT", "8", "1", "2", "FRONT_M", "10", "0.0", "20", "0.0", "30", "0.0"]
    for i, line in enumerate((f"Style Name: {style}", "Sample Size: M", "Units: METRIC",
                              "ASTM/D6673/10")):
        tags += _text(line, 0.0, -20.0 - 10 * i)
    tags += ["0", "ENDSEC", "0", "EOF"]
    return "".join(f"{c if i % 2 else c.rjust(3)}\r\n" for i, c in enumerate(tags))


def _gap(parts: list[np.ndarray], k: int, gap: float) -> list[np.ndarray]:
    """Move the first point of fragment ``k`` ``gap`` mm on along its first (straight) edge."""
    parts = [p.copy() for p in parts]
    a, b = parts[k][0], parts[k][1]
    parts[k][0] = a + (b - a) / np.hypot(*(b - a)) * gap
    return parts


def main() -> None:
    ring = outline()
    sew = np.asarray(Polygon(ring).buffer(-10.0, join_style="mitre").exterior.coords)[:-1]
    if Polygon(sew).exterior.is_ccw is False:
        sew = sew[::-1]
    parts = fragments(ring)
    sew_halves = [sew[: len(sew) // 2 + 1], np.vstack([sew[len(sew) // 2:], sew[:1]])]
    cases = {
        "repair_gap_0_5mm": (_gap(parts, 2, 0.5), sew_halves),
        "repair_gap_5mm": (_gap(parts, 2, 5.0), sew_halves),
        "repair_reversed": ([p[::-1] if k in (1, 4) else p for k, p in enumerate(parts)],
                            sew_halves),
        "repair_out_of_order": ([parts[4], parts[1][::-1], parts[5], parts[0], parts[3],
                                 parts[2]], sew_halves),
    }
    # the sew line runs all the way round but stops 20 mm short of where it started
    back = sew[-1] - sew[0]
    short = np.vstack([sew, sew[0] + back / np.hypot(*back) * 20.0])
    cases["repair_open_sew"] = (parts, [short])
    for name, (cut_parts, sew_parts) in cases.items():
        (OUT / f"{name}.dxf").write_bytes(
            dxf(cut_parts, sew_parts, name.upper().replace("_", " ")).encode("ascii"))
        print(OUT / f"{name}.dxf")


if __name__ == "__main__":
    main()
