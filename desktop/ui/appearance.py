"""Light or dark: the system's choice unless the user picks one (View → Appearance).

Qt follows the system's colour scheme where the platform tells it (Windows, macOS, a
GNOME or KDE session); elsewhere, and when the user wants the other scheme, Gigdesk
switches to the Fusion style with a palette of its own. The tints Gigdesk paints (risk,
hours, highlights) carry dark ink, so they read on either.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)


class Appearance(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"

    @property
    def label(self) -> str:
        return {"system": "Like the &system", "light": "&Light", "dark": "&Dark"}[self.value]


class AppearanceSwitch:
    """Applies an Appearance to the application, and again when the system's scheme changes."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._system_style = app.style().name()
        self._system_palette = QPalette(app.palette())
        self.appearance = Appearance.SYSTEM
        app.styleHints().colorSchemeChanged.connect(lambda _: self.apply(self.appearance))

    def apply(self, appearance: Appearance) -> None:
        self.appearance = appearance
        system_dark = self._app.styleHints().colorScheme() == Qt.ColorScheme.Dark
        wanted_dark = (
            system_dark if appearance is Appearance.SYSTEM else appearance is Appearance.DARK
        )
        if wanted_dark == system_dark:
            self._app.setStyle(QStyleFactory.create(self._system_style))
            self._app.setPalette(self._system_palette)
        else:
            fusion = QStyleFactory.create("Fusion")
            self._app.setStyle(OutlinedChecks(fusion) if wanted_dark else fusion)
            self._app.setPalette(dark_palette() if wanted_dark else light_palette())
        _relink()


def _relink() -> None:
    """A label's links take their colour when its text is set: set again, they follow the
    new palette (a pure blue link stayed on the dark window, a pale one on the light)."""
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLabel) and "<a " in (text := widget.text()):
            widget.setText("")
            widget.setText(text)


class OutlinedChecks(QProxyStyle):
    """Fusion with check boxes outlined in a light grey: on the dark palette its own
    outline, a shade darker than the window, left an empty box all but invisible."""

    _BOXES = (
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
    )

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in self._BOXES:
            painter.save()
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
            painter.restore()


def light_palette() -> QPalette:
    fusion = QStyleFactory.create("Fusion")
    return fusion.standardPalette()


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2d30",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1f22",
        QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.ToolTipBase: "#3c3f41",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#8c8f94",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#393b40",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.BrightText: "#ff6b68",
        QPalette.ColorRole.Light: "#4a4d52",
        QPalette.ColorRole.Midlight: "#404348",
        QPalette.ColorRole.Mid: "#303236",
        QPalette.ColorRole.Dark: "#18191b",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.Highlight: "#2f65ca",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#6ea8fe",
        QPalette.ColorRole.LinkVisited: "#b48ef7",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#7a7d82")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette
