"""The pattern file ``mtm-pattern/1``: a drafted ``Garment`` as JSON, written and read back.

The minimal shape (from issue 4) is kept: ``format, garment, size, units, pieces[name, quantity,
mirrored, on_fold, fabric, edges[name, points], cut_outline, notches, grainline], seams[a, b,
ease], checks``. Extra fields make the file load back into the very same ``Garment``: each edge's
``kind``/``control``/``allowance``/``corner``, ``notch_marks`` (edge + distance), darts, internal
lines, drill holes, labels, placement, and the check declarations. A file with only the minimal
fields loads too: edges become polylines and notches are found on the nearest edge.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

import numpy as np

from ..errors import InputError
from ..garment import (
    CheckResult,
    Dart,
    DrillHole,
    EaseLimit,
    Edge,
    EdgeRef,
    Garment,
    GirthLine,
    InternalLine,
    Label,
    Notch,
    Piece,
    Placement,
    Seam,
    SmoothCurve,
)
from .atomic import atomic_write_text

FORMAT = "mtm-pattern/1"


def _pts(a, nd: int = 4) -> list[list[float]]:
    return [[round(float(x), nd), round(float(y), nd)] for x, y in np.asarray(a).reshape(-1, 2)]


def _exact(a) -> list[list[float]]:
    return [[float(x), float(y)] for x, y in a]


def garment_to_dict(g: Garment) -> dict:
    """The JSON-ready dictionary of a garment."""
    pieces = []
    for p in g.pieces:
        pieces.append(
            {
                "name": p.name,
                "title": p.title,
                "quantity": p.quantity,
                "mirrored": p.mirrored,
                "on_fold": p.on_fold,
                "fabric": p.fabric,
                "edges": [
                    {
                        "name": e.name,
                        "kind": e.kind,
                        "control": _exact(e.control),
                        "allowance": e.allowance,
                        "corner": e.corner,
                        "length": round(e.length, 4),
                        "points": _pts(e.polyline()),
                    }
                    for e in p.edges
                ],
                "cut_outline": _pts(p.cut_outline()),
                "notches": [_pts([pt])[0] for pt, _, _ in p.notch_points()],
                "notch_marks": [
                    {"edge": n.edge, "distance": n.distance, "count": n.count} for n in p.notches
                ],
                "grainline": _exact(p.grainline),
                "darts": [{"name": d.name, "legs": list(d.legs)} for d in p.darts],
                "internal_lines": [
                    {"name": i.name, "kind": i.kind, "points": _exact(i.points)}
                    for i in p.internal_lines
                ],
                "drill_holes": [
                    {"at": list(h.at), "kind": h.kind, "name": h.name} for h in p.drill_holes
                ],
                "labels": [
                    {"text": lb.text, "at": list(lb.at), "size": lb.size, "angle": lb.angle}
                    for lb in p.labels
                ],
                "placement": None
                if p.placement is None
                else {
                    "segment": p.placement.segment,
                    "side": p.placement.side,
                    "anchor": list(p.placement.anchor),
                    "landmark": p.placement.landmark,
                    "wrap": p.placement.wrap,
                },
            }
        )

    def ref(r: EdgeRef) -> dict:
        return {"piece": r.piece, "edge": r.edge, "mirror": r.mirror}

    return {
        "format": FORMAT,
        "garment": g.name,
        "size": g.size,
        "units": "cm",
        "system": g.system,
        "layer": g.layer,
        "measurements": dict(g.measurements),
        "options": dict(g.options),
        "pieces": pieces,
        "seams": [
            {"name": s.name, "a": ref(s.a), "b": ref(s.b), "ease": s.ease, "reversed": s.reversed}
            for s in g.seams
        ],
        "girths": [
            {
                "name": gl.name,
                "measurement": gl.measurement,
                "min_ease": gl.min_ease,
                "parts": [
                    {"piece": pc, "p0": list(p0), "p1": list(p1), "factor": f}
                    for pc, p0, p1, f in gl.parts
                ],
            }
            for gl in g.girths
        ],
        "ease_limits": [
            {"name": e.name, "seams": list(e.seams), "min": e.min, "max": e.max}
            for e in g.ease_limits
        ],
        "smooth_curves": [
            {"name": c.name, "edges": [list(x) for x in c.edges], "max_kink": c.max_kink}
            for c in g.smooth_curves
        ],
        "checks": [
            {"name": c.name, "passed": c.passed, "message": c.message, "value": c.value}
            for c in g.checks
        ],
    }


def dumps(g: Garment) -> str:
    """The pattern file text of ``g``."""
    return json.dumps(garment_to_dict(g), indent=1, allow_nan=False)


def write_pattern(g: Garment, path: str | os.PathLike) -> Path:
    """Write ``g`` to ``path`` atomically (temp file in the same folder, then rename)."""
    return atomic_write_text(path, dumps(g))


def _nearest_on_edges(edges: tuple[Edge, ...], pt) -> Notch:
    best = None
    q = np.asarray(pt, float)
    for e in edges:
        poly = e.polyline()
        a, d = poly[:-1], np.diff(poly, axis=0)
        l2 = np.maximum((d * d).sum(1), 1e-18)
        t = np.clip(((q - a) * d).sum(1) / l2, 0, 1)
        proj = a + t[:, None] * d
        dist = np.hypot(*(proj - q).T)
        i = int(np.argmin(dist))
        along = float(np.hypot(*d[:i].T).sum() + t[i] * np.sqrt(l2[i]))
        if best is None or dist[i] < best[0]:
            best = (dist[i], Notch(e.name, along))
    return best[1]


def garment_from_dict(data: Mapping, *, source: str = "pattern") -> Garment:
    """Rebuild a ``Garment`` from its dictionary; InputError naming the field when malformed."""
    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        raise InputError(f"not an {FORMAT} file (missing or wrong 'format')", source=source)
    if data.get("units", "cm") != "cm":
        raise InputError("only 'cm' pattern files are read", field="units", source=source)
    where = "pieces"
    try:
        pieces = []
        for i, pd in enumerate(data["pieces"]):
            where = f"pieces[{i}]"
            edges = []
            for ed in pd["edges"]:
                if "control" in ed:
                    edges.append(
                        Edge(
                            ed["name"],
                            ed.get("kind", "polyline"),
                            ed["control"],
                            ed.get("allowance", 1.0),
                            ed.get("corner", "mitre"),
                        )
                    )
                else:
                    edges.append(
                        Edge(
                            ed["name"],
                            "polyline",
                            ed["points"],
                            ed.get("allowance", 1.0),
                            ed.get("corner", "mitre"),
                        )
                    )
            edges = tuple(edges)
            if "notch_marks" in pd:
                notches = tuple(
                    Notch(n["edge"], n["distance"], n.get("count", 1)) for n in pd["notch_marks"]
                )
            else:
                notches = tuple(_nearest_on_edges(edges, pt) for pt in pd.get("notches", []))
            pl = pd.get("placement")
            pieces.append(
                Piece(
                    name=pd["name"],
                    edges=edges,
                    grainline=tuple(tuple(p) for p in pd["grainline"]),
                    quantity=int(pd.get("quantity", 1)),
                    mirrored=bool(pd.get("mirrored", False)),
                    on_fold=pd.get("on_fold") or None,
                    fabric=pd.get("fabric", "shell"),
                    notches=notches,
                    darts=tuple(Dart(d["name"], tuple(d["legs"])) for d in pd.get("darts", [])),
                    internal_lines=tuple(
                        InternalLine(x["name"], x["points"], x.get("kind", "placement"))
                        for x in pd.get("internal_lines", [])
                    ),
                    drill_holes=tuple(
                        DrillHole(tuple(h["at"]), h.get("kind", "mark"), h.get("name", ""))
                        for h in pd.get("drill_holes", [])
                    ),
                    labels=tuple(
                        Label(
                            lb["text"], tuple(lb["at"]), lb.get("size", 1.0), lb.get("angle", 0.0)
                        )
                        for lb in pd.get("labels", [])
                    ),
                    placement=None
                    if not pl
                    else Placement(
                        pl["segment"],
                        pl["side"],
                        tuple(pl.get("anchor", (0, 0))),
                        pl.get("landmark", ""),
                        bool(pl.get("wrap", False)),
                    ),
                    title=pd.get("title", ""),
                )
            )
        where = "seams"

        def ref(r):
            return EdgeRef(r["piece"], r["edge"], bool(r.get("mirror", False)))

        seams = tuple(
            Seam(
                ref(s["a"]),
                ref(s["b"]),
                bool(s.get("reversed", True)),
                float(s.get("ease", 0.0)),
                s.get("name", ""),
            )
            for s in data.get("seams", [])
        )
        where = "checks"
        girths = tuple(
            GirthLine(
                x["name"],
                x["measurement"],
                x["min_ease"],
                tuple(
                    (pp["piece"], tuple(pp["p0"]), tuple(pp["p1"]), pp["factor"])
                    for pp in x["parts"]
                ),
            )
            for x in data.get("girths", [])
        )
        limits = tuple(
            EaseLimit(x["name"], tuple(x["seams"]), x["min"], x["max"])
            for x in data.get("ease_limits", [])
        )
        curves = tuple(
            SmoothCurve(x["name"], tuple(tuple(e) for e in x["edges"]), x.get("max_kink", 10.0))
            for x in data.get("smooth_curves", [])
        )
        checks = tuple(
            CheckResult(c["name"], bool(c["passed"]), c.get("message", ""), c.get("value"))
            for c in data.get("checks", [])
        )
        return Garment(
            name=data["garment"],
            pieces=tuple(pieces),
            seams=seams,
            size=data.get("size", "MTM"),
            measurements=data.get("measurements", {}),
            options=data.get("options", {}),
            system=data.get("system", ""),
            girths=girths,
            ease_limits=limits,
            smooth_curves=curves,
            checks=checks,
            layer=int(data.get("layer", 0)),
        )
    except InputError:
        raise
    except (KeyError, TypeError, ValueError, IndexError) as error:
        raise InputError(f"malformed pattern data: {error}", field=where, source=source) from None


def loads(text: str, *, source: str = "pattern") -> Garment:
    """Parse pattern file text into a ``Garment``."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"not valid JSON: {error}", source=source) from None
    return garment_from_dict(data, source=source)


def read_pattern(path: str | os.PathLike) -> Garment:
    """Read a pattern file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror}", source=str(path)) from None
    return loads(text, source=str(path))
