"""What the role map and the org chart share: a zoomable view that fits its drawing
until the user zooms, and export of the drawing to PNG and SVG as it looks on screen."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPalette, QTransform
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QGraphicsScene, QGraphicsView, QPushButton, QWidget


#: fitting never shrinks the drawing below this: smaller, a card's text cannot be read,
#: and a large org chart scrolls instead
READABLE_SCALE = 0.75


class ZoomView(QGraphicsView):
    """Ctrl+wheel or +/− zooms; the drawing fits the view until the user zooms, but
    never below a readable size."""

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.fitting = True

    def zoom(self, factor: float) -> None:
        scale = self.transform().m11() * factor
        if 0.2 <= scale <= 5:
            self.fitting = False
            self.scale(factor, factor)

    def fit(self) -> None:
        self.fitting = True
        scene = self.sceneRect()
        self.fitInView(scene, Qt.AspectRatioMode.KeepAspectRatio)
        if self.transform().m11() < READABLE_SCALE:
            self.setTransform(QTransform.fromScale(READABLE_SCALE, READABLE_SCALE))
            self.centerOn(scene.center().x(), scene.top())  # the top of the chart first

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fitting:
            self.fit()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
        else:
            super().wheelEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.25)
        elif event.key() == Qt.Key.Key_Minus:
            self.zoom(1 / 1.25)
        else:
            super().keyPressEvent(event)


def tool_button(text: str, name: str, slot) -> QPushButton:
    """A toolbar button whose ``name`` is its tooltip and, for screen readers, its name
    (the text may be just a sign such as "+")."""
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setToolTip(name)
    button.clicked.connect(slot)
    return button


def _render(scene: QGraphicsScene, painter: QPainter, target: QRectF) -> None:
    """Draw the whole scene; the export shows the drawing, not the current selection."""
    selected = scene.selectedItems()
    scene.clearSelection()
    scene.render(painter, target, scene.sceneRect())
    for item in selected:
        item.setSelected(True)


def export_png(scene: QGraphicsScene, path: str, scale: float = 2.0) -> None:
    size = (scene.sceneRect().size() * scale).toSize()
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(scene.palette().color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    _render(scene, painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    if not image.save(path, "PNG"):
        raise OSError(path)


def export_svg(scene: QGraphicsScene, path: str, title: str) -> None:
    rect = scene.sceneRect()
    generator = QSvgGenerator()
    generator.setFileName(path)
    generator.setSize(QSize(int(rect.width()), int(rect.height())))
    generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    generator.setTitle(title)
    painter = QPainter(generator)
    _render(scene, painter, QRectF(0, 0, rect.width(), rect.height()))
    painter.end()


def ask_and_export(parent: QWidget, scene: QGraphicsScene, kind: str, title: str,
                   file_stem: str) -> str | None:
    """Ask where to save the drawing as ``kind`` ("png" or "svg") and save it.
    Returns the path written, or None when the user cancelled; raises OSError."""
    pattern = (QCoreApplication.translate("SceneExport", "PNG pictures (*.png)") if kind == "png"
               else QCoreApplication.translate("SceneExport", "SVG drawings (*.svg)"))
    path, _ = QFileDialog.getSaveFileName(parent, title, f"{file_stem}.{kind}", pattern)
    if not path:
        return None
    if not path.lower().endswith(f".{kind}"):
        path += f".{kind}"
    if kind == "png":
        export_png(scene, path)
    else:
        export_svg(scene, path, title)
    return path
