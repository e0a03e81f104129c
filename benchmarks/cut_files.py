"""Benchmark the cut files: AAMA DXF export/import of every catalogue garment, PDF, reader speed.

Prints JSON: per garment and DXF mode the write and read times, the largest point deviation
after the round trip (mm) and, when GDAL's ogrinfo is installed, the largest cut-line area
difference it reports; PDF times and page counts; the reader's throughput on a large synthetic
file, to set against the size and time limits (dxf_import.MAX_BYTES, TIME_LIMIT_S).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import time
from importlib import resources
from pathlib import Path

import numpy as np

from mtm import patterns
from mtm.core.io import aama_dxf, dxf_import, pdf_output
from mtm.core.measurements import MeasurementSet


def _sample():
    data = json.loads(resources.files("mtm.resources").joinpath(
        "samples", "median_woman.json").read_text())
    return MeasurementSet.from_mapping(data["measurements"], sex=data["sex"]).with_estimates()


def _ogr_area_error(path: Path, pieces) -> float | None:
    if not shutil.which("ogrinfo"):
        return None
    out = subprocess.run(["ogrinfo", "-ro", "-al", "--config", "DXF_MERGE_BLOCK_GEOMETRIES",
                          "FALSE", str(path)], capture_output=True, text=True, check=True).stdout
    rings, layer = [], None
    for line in out.splitlines():
        line = line.strip()
        if line.startswith("Layer (String) = "):
            layer = line.split("=", 1)[1].strip()
        elif line.startswith("LINESTRING") and layer == "1":
            body = line[line.index("(") + 1 : line.rindex(")")]
            rings.append(np.array([[float(v) for v in p.split()[:2]] for p in body.split(",")]))
    errs = [abs(abs(aama_dxf.ring_area(r[:-1])) * 0.01 - abs(aama_dxf.ring_area(p.cut)))
            / abs(aama_dxf.ring_area(p.cut)) for r, p in zip(rings, pieces, strict=True)]
    return max(errs)


def main() -> None:
    ms = _sample()
    report: dict = {"garments": [], "reader": {}}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name in patterns.garment_names():
            try:
                garment = patterns.draft(name, ms.values)
            except ImportError:
                continue
            cf = aama_dxf.cut_file(garment)
            entry = {"garment": name, "pieces": len(cf.pieces),
                     "cut_points": int(sum(len(p.cut) for p in cf.pieces)), "modes": {}}
            for mode in aama_dxf.MODES:
                path = folder / f"{name}_{mode}.dxf"
                t0 = time.perf_counter()
                aama_dxf.write_aama(cf, path, mode=mode)
                t1 = time.perf_counter()
                back = dxf_import.read_aama(path)
                t2 = time.perf_counter()
                dev = max(float(np.abs(a.cut - b.cut).max()) for a, b in
                          zip(cf.pieces, back.pieces, strict=True)) * 10.0
                area = _ogr_area_error(path, cf.pieces)
                entry["modes"][mode] = {
                    "write_s": round(t1 - t0, 4), "read_s": round(t2 - t1, 4),
                    "bytes": path.stat().st_size, "max_point_deviation_mm": dev,
                    "ogr_max_area_rel_error": area}
            for paper in ("a4", "roll:914"):
                t0 = time.perf_counter()
                layout = pdf_output.write_pdf(cf, folder / f"{name}.pdf", paper)
                entry[f"pdf_{paper}"] = {"s": round(time.perf_counter() - t0, 4),
                                         "pages": len(layout.tiles) + 1 if layout.tiles else 1}
            report["garments"].append(entry)
        # reader throughput: one piece drowned in drill-hole POINTs (about 8 MB)
        cf = aama_dxf.cut_file(patterns.draft(patterns.garment_names()[0], ms.values))
        text = aama_dxf.aama_text(cf)
        block = aama_dxf.block_name(cf.pieces[0].name, cf.pieces[0].size)
        at = text.index("  0\nENDBLK", text.index(f"\n{block}\n"))
        points = "".join(f"  0\nPOINT\n  8\n13\n 10\n{i % 997}.5\n 20\n{i // 997}.25\n"
                         for i in range(200_000))
        data = (text[:at] + points + text[at:]).encode()
        t0 = time.perf_counter()
        dxf_import.read_aama_bytes(data, time_limit=600)
        dt = time.perf_counter() - t0
        report["reader"] = {
            "bytes": len(data), "s": round(dt, 3), "mb_per_s": round(len(data) / 1e6 / dt, 2),
            "max_bytes": dxf_import.MAX_BYTES, "time_limit_s": dxf_import.TIME_LIMIT_S,
            "estimated_s_at_max_bytes": round(dxf_import.MAX_BYTES / len(data) * dt, 1)}
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
