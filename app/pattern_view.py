"""The Pattern tab: the drafted pieces at true scale in a QGraphicsView, with the seam checks.

Each piece shows its cut line (solid), sew line (dashed, one item per edge so an edge can be
highlighted or measured), notches, grain line, drill holes, internal lines and labels. Zoom with
the wheel, pan by dragging, fit with F. The tape measures a straight distance (two clicks) or
along a curve (click an edge: its length; two clicks on one edge: the length between them).
The check list is the garment's own ``checks``; picking one highlights the edges it concerns.
The graded nest view draws every size of a size table stacked (``mtm.patterns.grading``).
Scene units are cm; pattern Y up is drawn up (scene y = -pattern y).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from mtm.core.i18n import CHECKS, PIECES, decimal_point
from mtm.core.units import from_cm

from .i18n import format_number, tr, tr_catalogue

if TYPE_CHECKING:
    from mtm.core.garment import CheckResult, Garment, Piece

GAP_CM = 8.0  # between pieces laid out in a row
CUT_PEN = QColor("#202020")
SEW_PEN = QColor("#1f5fa8")
HIGHLIGHT = QColor("#d32f2f")
TAPE = QColor("#e65100")
NEST_COLOURS = ("#1565c0", "#2e7d32", "#6a1b9a", "#c62828", "#ef6c00", "#00838f", "#5d4037",
                "#ad1457", "#283593", "#558b2f", "#4e342e", "#37474f")


def _path(points: np.ndarray, closed: bool) -> QPainterPath:
    path = QPainterPath()
    pts = np.asarray(points, dtype=float)
    if len(pts) == 0:
        return path
    path.moveTo(pts[0, 0], -pts[0, 1])
    for x, y in pts[1:]:
        path.lineTo(x, -y)
    if closed:
        path.closeSubpath()
    return path


def _cosmetic(colour: QColor, width: float = 1.2, style=Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width, style)
    pen.setCosmetic(True)  # the same width on screen at every zoom
    return pen


def arc_position(polyline: np.ndarray, point: tuple[float, float]) -> tuple[float, float]:
    """(distance along ``polyline`` of the nearest point to ``point``, distance from it), cm."""
    pts = np.asarray(polyline, dtype=float)
    a, b = pts[:-1], pts[1:]
    d = b - a
    seg_len2 = np.maximum((d * d).sum(axis=1), 1e-18)
    p = np.asarray(point, dtype=float)
    t = np.clip(((p - a) * d).sum(axis=1) / seg_len2, 0.0, 1.0)
    nearest = a + d * t[:, None]
    dist = np.hypot(*(nearest - p).T)
    i = int(np.argmin(dist))
    cum = np.concatenate([[0.0], np.cumsum(np.sqrt(seg_len2))])
    return float(cum[i] + t[i] * math.sqrt(seg_len2[i])), float(dist[i])


class EdgeItem(QGraphicsPathItem):
    """One sew-line edge of a piece (pickable by the tape and the check list)."""

    def __init__(self, piece: Piece, edge_index: int, offset: tuple[float, float]):
        edge = piece.edges[edge_index]
        self.piece_name = piece.name
        self.edge_name = edge.name
        self.offset = offset
        self.polyline = np.asarray(edge.polyline()) + np.asarray(offset)
        self.length = float(edge.length)
        super().__init__(_path(self.polyline, False))
        self.normal_pen = _cosmetic(SEW_PEN, 1.0, Qt.PenStyle.DashLine)
        self.setPen(self.normal_pen)
        self.setToolTip(f"{piece_label(piece.name)} · {edge.name}: "
                        + tr("{length} cm (allowance {allowance} cm)").format(
                            length=format_number(self.length, 1),
                            allowance=format_number(edge.allowance, 2)))
        self.setZValue(2)

    def set_highlighted(self, on: bool) -> None:
        self.setPen(_cosmetic(HIGHLIGHT, 3.0) if on else self.normal_pen)
        self.setZValue(5 if on else 2)


class PatternCanvas(QGraphicsView):
    """The zoomable, pannable view; in tape mode clicks go to ``pointClicked``."""

    pointClicked = Signal(QPointF, object)  # scene point, EdgeItem under it or None

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None):
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QColor("#fafaf7"))
        self.tape_mode = ""

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        factor = 1.0015 ** event.angleDelta().y()
        self.zoom(factor)

    def zoom(self, factor: float) -> None:
        scale = self.transform().m11() * factor
        if 0.05 < scale < 400:
            self.scale(factor, factor)

    def fit(self) -> None:
        """Zoom to the pieces (texts keep their screen size, so they do not count)."""
        rect = QRectF()
        for item in self.scene().items():
            if isinstance(item, QGraphicsPathItem):
                rect = rect.united(item.sceneBoundingRect())
        if not rect.isEmpty():
            self.fitInView(rect.adjusted(-3, -3, 3, 3), Qt.AspectRatioMode.KeepAspectRatio)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if self.tape_mode and event.button() == Qt.MouseButton.LeftButton:
            point = self.mapToScene(event.position().toPoint())
            self.pointClicked.emit(point, self.edge_near(point))
            event.accept()
            return
        super().mousePressEvent(event)

    def edge_near(self, point: QPointF, pixels: float = 8.0) -> EdgeItem | None:
        """The sew-line edge within ``pixels`` of a scene point, nearest first."""
        tolerance = pixels / max(self.transform().m11(), 1e-9)
        best, best_d = None, tolerance
        for item in self.scene().items():
            if isinstance(item, EdgeItem) and item.isVisible():
                _, d = arc_position(item.polyline, (point.x(), -point.y()))
                if d <= best_d:
                    best, best_d = item, d
        return best


class PatternView(QWidget):
    """Pieces, checks, tape and graded nest of the garment drafted now."""

    #: a tape reading: (text shown, length in cm)
    measured = Signal(str, float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.garment: Garment | None = None
        self.units = "cm"
        self.edges: dict[tuple[str, str], EdgeItem] = {}
        self._tape_points: list[tuple[QPointF, EdgeItem | None]] = []
        self._tape_items: list[QGraphicsItem] = []
        self.last_tape: tuple[str, float] | None = None
        self.nest_tables: list[str] = []
        self._nest_source: tuple[str, dict] | None = None
        self._needs_fit = False
        self.nest_sizes: list[str] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toolbar = QToolBar(tr("Pattern"), self)
        layout.addWidget(self.toolbar)
        self.scene = QGraphicsScene(self)
        self.canvas = PatternCanvas(self.scene, self)
        self.canvas.pointClicked.connect(self._on_tape_click)
        self.checks = QListWidget(self)
        self.checks.setObjectName("checkList")
        self.checks.setWordWrap(True)  # long check names wrap instead of running off the side
        self.checks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.checks.currentItemChanged.connect(self._on_check_selected)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(4, 4, 4, 4)
        side_layout.addWidget(QLabel("<b>" + tr("Checks") + "</b>", side))
        side_layout.addWidget(self.summary)
        side_layout.addWidget(self.checks, 1)
        self.tape_label = QLabel(tr("Tape: off"), side)
        self.tape_label.setObjectName("tapeReading")
        self.tape_label.setWordWrap(True)
        side_layout.addWidget(self.tape_label)
        splitter = QSplitter(self)
        splitter.addWidget(self.canvas)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([800, 240])
        layout.addWidget(splitter, 1)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #c62828;")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self._build_toolbar()

    # -- toolbar ----------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = self.toolbar

        def action(text: str, slot, shortcut: str = "", tip: str = "") -> QAction:
            act = QAction(text, self)
            act.triggered.connect(slot)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.setToolTip(f"{tip or text} ({shortcut})" if shortcut else (tip or text))
            act.setStatusTip(tip or text)
            bar.addAction(act)
            self.addAction(act)
            return act

        self.fit_action = action(tr("Fit"), self.canvas.fit, "F", tr("Fit the pattern to the view"))
        action(tr("Zoom in"), lambda: self.canvas.zoom(1.25), "+")
        action(tr("Zoom out"), lambda: self.canvas.zoom(0.8), "-")
        bar.addSeparator()
        group = QActionGroup(self)
        group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        self.tape_distance_action = action(
            tr("Tape: distance"), lambda: self._tape_mode("distance"), "D",
            tr("Measure a straight distance: click two points"))
        self.tape_curve_action = action(
            tr("Tape: along curve"), lambda: self._tape_mode("curve"), "C",
            tr("Measure along a sew line: click an edge for its length, or two points on it"))
        for act in (self.tape_distance_action, self.tape_curve_action):
            act.setCheckable(True)
            group.addAction(act)
        bar.addSeparator()
        self.nest_action = action(tr("Graded nest"), self._toggle_nest, "",
                                  tr("Show every size of a size table stacked on each piece"))
        self.nest_action.setCheckable(True)
        self.table_combo = QComboBox(self)
        self.table_combo.setToolTip(tr("Size table of the graded nest"))
        try:
            from mtm.core.size_tables import available_size_tables

            self.nest_tables = list(available_size_tables())
        except Exception:  # noqa: BLE001 - no tables shipped: the nest button says so
            self.nest_tables = []
        self.table_combo.addItems(self.nest_tables)
        if "women" in self.nest_tables:
            self.table_combo.setCurrentIndex(self.nest_tables.index("women"))
        self.table_combo.currentIndexChanged.connect(lambda _i: self._refresh_nest())
        bar.addWidget(self.table_combo)

    # -- content ------------------------------------------------------------------------------
    def set_garment(self, garment: Garment | None, options: dict | None = None) -> None:
        """Show a drafted garment (None: clear). The tape and highlight are reset."""
        first = self.garment is None
        self.garment = garment
        self._nest_source = (garment.name, dict(options or garment.options)) if garment else None
        self.message.setVisible(False)
        if self.nest_action.isChecked() and garment is not None:
            self._refresh_nest()
        else:
            self._draw_pieces()
        self._fill_checks()
        if first:
            self._needs_fit = True
            QTimer.singleShot(0, self._fit_once)

    def _fit_once(self) -> None:
        if self._needs_fit and self.canvas.isVisible() and self.canvas.viewport().width() > 50:
            self._needs_fit = False
            self.canvas.fit()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        QTimer.singleShot(0, self._fit_once)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._needs_fit:
            QTimer.singleShot(0, self._fit_once)

    def show_problem(self, text: str) -> None:
        """The garment could not be drafted: say why under the (last good) pattern."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_units(self, units: str) -> None:
        self.units = units

    def _draw_pieces(self) -> None:
        self._clear()
        g = self.garment
        if g is None:
            return
        x = 0.0
        for piece in g.pieces:
            xmin, ymin, xmax, _ = self._cut_bbox(piece)
            offset = (x - xmin, -ymin)
            self._draw_piece(piece, offset)
            x += (xmax - xmin) + GAP_CM

    @staticmethod
    def _cut_bbox(piece: Piece) -> tuple[float, float, float, float]:
        cut = np.asarray(piece.cut_outline())
        return float(cut[:, 0].min()), float(cut[:, 1].min()), float(cut[:, 0].max()), \
            float(cut[:, 1].max())

    def _draw_piece(self, piece: Piece, offset: tuple[float, float]) -> None:
        add = self.scene.addItem
        off = np.asarray(offset)
        cut = QGraphicsPathItem(_path(np.asarray(piece.cut_outline()) + off, True))
        cut.setPen(_cosmetic(CUT_PEN, 1.4))
        fill = QColor("#e8eef5") if piece.fabric == "shell" else QColor("#f3ead9")
        cut.setBrush(QBrush(fill))
        cut.setZValue(1)
        cut.setData(0, piece.name)
        add(cut)
        for i in range(len(piece.edges)):
            item = EdgeItem(piece, i, offset)
            add(item)
            self.edges[(piece.name, piece.edges[i].name)] = item
        self._draw_notches(piece, off)
        self._draw_grain(piece, off)
        for line in piece.internal_lines:
            item = QGraphicsPathItem(_path(np.asarray(line.points) + off, False))
            item.setPen(_cosmetic(QColor("#555555"), 1.0, Qt.PenStyle.DashDotLine))
            item.setZValue(3)
            item.setToolTip(f"{tr_catalogue(PIECES, line.kind)}: {line.name}")
            add(item)
        for hole in piece.drill_holes:
            cx, cy = hole.at[0] + off[0], -(hole.at[1] + off[1])
            dot = self.scene.addEllipse(cx - 0.3, cy - 0.3, 0.6, 0.6, _cosmetic(CUT_PEN, 1.0))
            dot.setToolTip(tr("drill hole {name}").format(name=hole.name or hole.kind))
            dot.setZValue(3)
        self._draw_labels(piece, off)

    def _draw_notches(self, piece: Piece, off: np.ndarray) -> None:
        for (px, py), (nx, ny), count in piece.notch_points():
            for k in range(count):
                shift = (k - (count - 1) / 2) * 0.4
                tx, ty = -ny, nx
                x0, y0 = px + off[0] + shift * tx, py + off[1] + shift * ty
                path = QPainterPath(QPointF(x0 - 0.3 * nx, -(y0 - 0.3 * ny)))
                path.lineTo(x0 + 0.9 * nx, -(y0 + 0.9 * ny))
                item = QGraphicsPathItem(path)
                item.setPen(_cosmetic(CUT_PEN, 1.6))
                item.setZValue(4)
                item.setData(1, "notch")
                self.scene.addItem(item)

    def _draw_grain(self, piece: Piece, off: np.ndarray) -> None:
        (x0, y0), (x1, y1) = piece.grainline
        a = QPointF(x0 + off[0], -(y0 + off[1]))
        b = QPointF(x1 + off[0], -(y1 + off[1]))
        path = QPainterPath(a)
        path.lineTo(b)
        length = math.hypot(b.x() - a.x(), b.y() - a.y()) or 1.0
        ux, uy = (b.x() - a.x()) / length, (b.y() - a.y()) / length
        for tip, sign in ((b, 1.0), (a, -1.0)):
            for side in (1.0, -1.0):
                path.moveTo(tip)
                path.lineTo(tip.x() - sign * 1.2 * ux + side * 0.6 * uy,
                            tip.y() - sign * 1.2 * uy - side * 0.6 * ux)
        item = QGraphicsPathItem(path)
        item.setPen(_cosmetic(QColor("#444444"), 1.2))
        item.setZValue(3)
        item.setToolTip(tr("grain line") + (tr("; place on fold ({edge})").format(
            edge=piece.on_fold) if piece.on_fold else ""))
        item.setData(1, "grain")
        self.scene.addItem(item)

    def _draw_labels(self, piece: Piece, off: np.ndarray) -> None:
        xmin, ymin, xmax, ymax = piece.bbox
        title = tr_catalogue(PIECES, piece.title) if piece.title else piece_label(piece.name)
        lines = [title.upper(), tr("cut {n}").format(n=piece.quantity)
                 + (tr(" on fold") if piece.on_fold else "")
                 + ("" if piece.fabric == "shell"
                    else f" · {tr_catalogue(PIECES, piece.fabric)}")]
        if self.garment is not None:
            lines.append(f"{self.garment.name} · " + tr("size {size}").format(
                size=self.garment.size))
        if piece.labels:  # the draft wrote its own label text: show that, not a second one
            lines = []
        text = QGraphicsSimpleTextItem("\n".join(lines))
        text.setFont(QFont("Sans", 10))
        text.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        cx, cy = (xmin + xmax) / 2 + off[0], (ymin + ymax) / 2 + off[1]
        text.setPos(cx - 4, -cy)
        text.setZValue(6)
        text.setData(1, "label")
        self.scene.addItem(text)
        for label in piece.labels:
            shown = tr_catalogue(PIECES, label.text)
            font = QFont("Sans", 8)
            if shown != label.text:  # no wider or taller than the English the draft placed
                metrics = QFontMetricsF(font)  # it for (Chinese glyphs stand taller)
                box, english = metrics.boundingRect(shown), metrics.boundingRect(label.text)
                if box.width() > 0 and box.height() > 0:
                    scale = min(1.0, english.width() / box.width(),
                                english.height() / box.height())
                    font.setPointSizeF(max(6.0, 8 * scale))
            item = QGraphicsSimpleTextItem(shown)
            item.setFont(font)
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            item.setPos(label.at[0] + off[0], -(label.at[1] + off[1]))
            item.setRotation(-label.angle)
            item.setZValue(6)
            self.scene.addItem(item)

    def _clear(self) -> None:
        self.scene.clear()
        self.edges = {}
        self._tape_items = []
        self._tape_points = []

    # -- checks ---------------------------------------------------------------------------------
    def _fill_checks(self) -> None:
        self.checks.blockSignals(True)
        self.checks.clear()
        g = self.garment
        if g is None:
            self.summary.setText(tr("No pattern."))
            self.checks.blockSignals(False)
            return
        failed = [c for c in g.checks if not c.passed]
        for check in sorted(g.checks, key=lambda c: c.passed):
            mark = "✔" if check.passed else "✘"
            item = QListWidgetItem(f"{mark} {check_label(check.name)}", self.checks)
            item.setToolTip(check.message)
            item.setData(Qt.ItemDataRole.UserRole, check.name)
            item.setForeground(QColor("#2e7d32" if check.passed else "#c62828"))
        self.checks.blockSignals(False)
        self.summary.setText(
            tr("{pieces} pieces; {passed} of {checks} checks passed").format(
                pieces=len(g.pieces), passed=len(g.checks) - len(failed), checks=len(g.checks))
            + ("." if not failed else tr("; {n} FAILED: pick one to see where.").format(
                n=len(failed))))
        self.summary.setStyleSheet(f"color: {'#c62828' if failed else '#2e7d32'};")

    def check_edges(self, check: CheckResult) -> list[tuple[str, str]]:
        """The (piece, edge) pairs a check is about, for highlighting."""
        g = self.garment
        if g is None:
            return []
        kind, _, name = check.name.partition(":")
        try:
            if kind == "outline":
                return [(name, e.name) for e in g.piece(name).edges]
            if kind in ("seam", "notches"):
                seam = g.seam(name)
                return [(seam.a.piece, seam.a.edge), (seam.b.piece, seam.b.edge)]
            if kind == "smooth":
                curve = next(c for c in g.smooth_curves if c.name == name)
                return list(curve.edges)
            if kind == "ease":
                limit = next(e for e in g.ease_limits if e.name == name)
                out = []
                for seam_name in limit.seams:
                    seam = g.seam(seam_name)
                    out += [(seam.a.piece, seam.a.edge), (seam.b.piece, seam.b.edge)]
                return out
            if kind == "girth":
                line = next(gl for gl in g.girths if gl.name == name)
                return [(part[0], e.name) for part in line.parts
                        for e in g.piece(part[0]).edges]
        except (KeyError, StopIteration):
            return []
        return []

    def highlight_check(self, name: str) -> list[tuple[str, str]]:
        """Highlight the edges of check ``name``; returns them."""
        for item in self.edges.values():
            item.set_highlighted(False)
        if self.garment is None:
            return []
        check = next((c for c in self.garment.checks if c.name == name), None)
        if check is None:
            return []
        keys = [k for k in self.check_edges(check) if k in self.edges]
        for key in keys:
            self.edges[key].set_highlighted(True)
        if keys:
            rect = QRectF()
            for key in keys:
                rect = rect.united(self.edges[key].sceneBoundingRect())
            self.canvas.ensureVisible(rect, 20, 20)
        self.tape_label.setText(f"{check_label(check.name)}: {check.message}")
        return keys

    def _on_check_selected(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.highlight_check(item.data(Qt.ItemDataRole.UserRole))

    # -- tape -----------------------------------------------------------------------------------
    def _tape_mode(self, mode: str) -> None:
        active = (self.tape_distance_action.isChecked() if mode == "distance"
                  else self.tape_curve_action.isChecked())
        self.canvas.tape_mode = mode if active else ""
        self.canvas.setDragMode(QGraphicsView.DragMode.NoDrag if active
                                else QGraphicsView.DragMode.ScrollHandDrag)
        self.canvas.setCursor(Qt.CursorShape.CrossCursor if active else Qt.CursorShape.ArrowCursor)
        self._tape_points = []
        self.tape_label.setText({"distance": tr("Tape: click two points"),
                                 "curve": tr("Tape: click an edge, or two points on one edge")
                                 }[mode] if active else tr("Tape: off"))

    def _fmt(self, cm: float) -> str:
        text = f"{from_cm(cm, self.units):.2f} {self.units}" if self.units != "cm" \
            else f"{cm:.1f} cm"
        return text.replace(".", decimal_point())  # a decimal comma in vi and id

    def _on_tape_click(self, point: QPointF, edge: EdgeItem | None) -> None:
        mode = self.canvas.tape_mode
        if mode == "curve" and edge is None:
            self.tape_label.setText(tr("Tape: click on a sew line (dashed)"))
            return
        self._tape_points.append((point, edge))
        if mode == "curve" and len(self._tape_points) == 1:
            self.measure_edge(edge.piece_name, edge.edge_name)
            return
        if len(self._tape_points) < 2:
            self._clear_tape_marks()
            self.tape_label.setText(tr("Tape: click the second point"))
            return
        (a, edge_a), (b, edge_b) = self._tape_points[:2]
        self._tape_points = []
        if mode == "distance":
            self.measure_distance((a.x(), -a.y()), (b.x(), -b.y()))
        elif edge_a is not edge_b:
            self.measure_edge(edge_b.piece_name, edge_b.edge_name)
        else:
            self.measure_along(edge_a.piece_name, edge_a.edge_name, (a.x(), -a.y()),
                               (b.x(), -b.y()))

    def _clear_tape_marks(self) -> None:
        for item in self._tape_items:
            self.scene.removeItem(item)
        self._tape_items = []

    def _report(self, text: str, cm: float, path: QPainterPath) -> None:
        self._clear_tape_marks()
        item = QGraphicsPathItem(path)
        item.setPen(_cosmetic(TAPE, 3.0))
        item.setZValue(8)
        self.scene.addItem(item)
        self._tape_items.append(item)
        self.last_tape = (text, cm)
        self.tape_label.setText(text)
        self.measured.emit(text, cm)

    def measure_distance(self, a: tuple[float, float], b: tuple[float, float]) -> float:
        """Straight distance between two points in layout coordinates (cm), shown on the view."""
        cm = math.hypot(b[0] - a[0], b[1] - a[1])
        self._report(tr("Distance: {length}").format(length=self._fmt(cm)), cm,
                     _path(np.array([a, b]), False))
        return cm

    def measure_edge(self, piece: str, edge: str) -> float:
        """Length of a whole sew-line edge along its curve (cm)."""
        item = self.edges[(piece, edge)]
        self._report(f"{piece_label(piece)} · {edge}: "
                     + tr("{length} along the curve").format(length=self._fmt(item.length)),
                     item.length, _path(item.polyline, False))
        return item.length

    def measure_along(self, piece: str, edge: str, a: tuple[float, float],
                      b: tuple[float, float]) -> float:
        """Length along an edge between the points nearest to ``a`` and ``b`` (cm)."""
        item = self.edges[(piece, edge)]
        sa, _ = arc_position(item.polyline, a)
        sb, _ = arc_position(item.polyline, b)
        lo, hi = sorted((sa, sb))
        pts = item.polyline
        cum = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(pts, axis=0).T))])
        inside = pts[(cum > lo) & (cum < hi)]
        start = np.array([np.interp(lo, cum, pts[:, 0]), np.interp(lo, cum, pts[:, 1])])
        end = np.array([np.interp(hi, cum, pts[:, 0]), np.interp(hi, cum, pts[:, 1])])
        cm = hi - lo
        self._report(f"{piece_label(piece)} · {edge}: "
                     + tr("{length} along the curve").format(length=self._fmt(cm)), cm,
                     _path(np.vstack([start, inside, end]), False))
        return cm

    # -- graded nest ----------------------------------------------------------------------------
    def _toggle_nest(self) -> None:
        if self.nest_action.isChecked():
            self._refresh_nest()
        else:
            self._draw_pieces()
            self._fill_checks()
        self.canvas.fit()

    def _refresh_nest(self) -> None:
        if not self.nest_action.isChecked() or self._nest_source is None:
            return
        table = self.table_combo.currentText()
        if not table:
            self.show_problem(tr("No size tables are available for a graded nest."))
            return
        from mtm.core.errors import MtmError
        from mtm.patterns.grading import grade

        name, options = self._nest_source
        try:
            nest = grade(name, table, options)
        except MtmError as error:
            self.show_problem(tr("Graded nest: {problem}").format(problem=error))
            self._draw_pieces()
            return
        self.message.setVisible(False)
        self.draw_nest(nest)

    def draw_nest(self, nest) -> None:
        """Every size's pieces stacked on their reference point, one colour per size."""
        self._clear()
        first = nest.garments[0]
        x = 0.0
        for index, piece in enumerate(first.pieces):
            boxes = [np.asarray(g.pieces[index].cut_outline()) for g in nest.garments]
            allpts = np.vstack(boxes)
            xmin, ymin = allpts.min(axis=0)
            xmax = allpts[:, 0].max()
            off = np.array([x - xmin, -ymin])
            for k, g in enumerate(nest.garments):
                p = g.pieces[index]
                item = QGraphicsPathItem(_path(np.asarray(p.sew_line) + off, True))
                colour = QColor(NEST_COLOURS[k % len(NEST_COLOURS)])
                item.setPen(_cosmetic(colour, 1.8 if g.size == nest.base_size else 1.0))
                item.setToolTip(f"{piece_label(p.name)}, " + tr("size {size}").format(size=g.size))
                item.setZValue(2 + (g.size == nest.base_size))
                self.scene.addItem(item)
            label = QGraphicsSimpleTextItem(piece_label(piece.name).upper())
            label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            label.setPos(x, 4)
            self.scene.addItem(label)
            x += (xmax - xmin) + GAP_CM
        sizes = ", ".join(g.size for g in nest.garments)
        legend = QGraphicsSimpleTextItem(
            tr("{garment}, table {table}: sizes {sizes} (base {base} bold)").format(
                garment=nest.garment, table=nest.table, sizes=sizes, base=nest.base_size))
        legend.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        legend.setPos(0, 12)
        self.scene.addItem(legend)
        self.nest_sizes = [g.size for g in nest.garments]
        self.summary.setText(tr("Graded nest: {n} sizes of {table}.").format(
            n=len(nest.garments), table=nest.table))


def piece_label(name: str) -> str:
    """A piece's name as shown ('collar_stand' -> 'collar stand'), translated."""
    return tr_catalogue(PIECES, name.replace("_", " "))


def check_label(name: str) -> str:
    """A check's name ('seam:side') with its kind translated ('đường may:side' in Vietnamese)."""
    kind, colon, rest = name.partition(":")
    return f"{tr_catalogue(CHECKS, kind)}{colon}{rest}"


def polygon(points: np.ndarray) -> QPolygonF:
    """Pattern points (Y up) as a scene polygon (Y down)."""
    return QPolygonF([QPointF(float(x), -float(y)) for x, y in np.asarray(points)])
