"""The scam-risk banner over a posting: level, reasons with their words, and what to do."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop.domain.red_flags.risk import Hit, Risk, Severity

# Each level's tint and ink on a light window, and on a dark one (light tints glared there).
_TINTS = {
    False: {Risk.LOW: "#fff4ce", Risk.MEDIUM: "#ffe0b2", Risk.HIGH: "#ffcdd2"},
    True: {Risk.LOW: "#4a4327", Risk.MEDIUM: "#553a1e", Risk.HIGH: "#5c2b2f"},
}
_INK = {False: "#202124", True: "#f1f3f4"}
_NO_RISK_TINT = {False: "#eeeeee", True: "#3c4148"}
# Links in a blue that reads on the banner's tints.
_LINK = {False: "color: #0b57d0", True: "color: #8ab4f8"}
_DARK_LIGHTNESS = 128  # a window darker than this is a dark theme


def risk_tint(risk: Risk, *, dark: bool) -> tuple[str, str]:
    """The background and ink of a risk level's banner or chip."""
    return _TINTS[dark].get(risk, _NO_RISK_TINT[dark]), _INK[dark]


def is_dark(widget: QWidget) -> bool:
    return _is_dark_palette(widget.palette())


def _is_dark_palette(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < _DARK_LIGHTNESS


_WEIGHT = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}


class RiskBanner(QLabel):
    """Hidden when there is nothing to say; each reason can be dismissed, and restored.

    Signals:
        flag_dismissed(str, bool): a red flag dismissed (True) or restored (False).
    """

    flag_dismissed = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName("Scam warning")
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.linkActivated.connect(self._link)
        self._shown: tuple[list[Hit], frozenset[str]] | None = None
        self.hide()

    def show_risk(self, hits: list[Hit], dismissed: frozenset[str]) -> None:
        """The banner for the red flags of a posting and its messages, `dismissed` set aside."""
        from desktop.domain.red_flags.flags import catalogue, risk_level

        self._shown = (hits, dismissed)
        level = risk_level(hits, dismissed)
        book = catalogue().flags
        # its own palette is its tint's, set by the style sheet, and its parent's may not have
        # followed a switch yet: the application's says light or dark
        dark = _is_dark_palette(QApplication.palette())
        link = _LINK[dark]
        set_aside = list(dict.fromkeys(h.flag for h in hits if h.flag in dismissed))
        if level == Risk.NONE and not set_aside:
            self.hide()
            return
        # The conclusion first: a scam family, then the weightiest signals, each in text order.
        weight: dict[str, int] = {}
        for hit in hits:
            weight[hit.flag] = min(weight.get(hit.flag, 2), _WEIGHT[hit.severity])
        seen = sorted(
            (flag for flag in weight if flag not in dismissed),
            key=lambda f: (book[f].facet is not None, weight[f]),
        )
        excerpts = {hit.flag: hit.excerpt for hit in reversed(hits)}
        # A signal quoting the very words of a family listed above it says it again: the
        # family's line names it (a dismissed family gives the signal its line back).
        told = {excerpts[f] for f in seen if book[f].facet is None}
        listed = [f for f in seen if book[f].facet is None or excerpts[f] not in told]
        lines = "".join(
            f"<li><b>{escape(book[f].title)}</b>: “{escape(excerpts[f])}”. "
            f"{escape(book[f].advice)} <a style='{link}' href='dismiss:{f}'>Dismiss</a></li>"
            for f in listed
        )
        restore = ", ".join(
            f"{escape(book[f].title)} (<a style='{link}' href='restore:{f}'>restore</a>)"
            for f in set_aside
        )
        heading = f"{level.label.capitalize()} scam risk" if level else "No scam risk left"
        self.setText(
            f"<b>{heading}</b><ul style='margin:0'>{lines}</ul>"
            + (f"Dismissed: {restore}" if restore else "")
        )
        self.setToolTip(
            "\n\n".join(
                f"{book[f].title}: {book[f].explanation} Named by {', '.join(book[f].named_by)}."
                for f in seen
            )
        )
        tint, ink = risk_tint(level, dark=dark)
        self.setStyleSheet(f"background: {tint}; color: {ink}; border-radius: 4px; padding: 6px;")
        self.show()

    def follow_palette(self) -> None:
        """Light or dark chosen while the banner shows: its tint follows at once."""
        if self._shown is not None and self.isVisible():
            self.show_risk(*self._shown)

    def _link(self, link: str) -> None:
        action, _, flag = link.partition(":")
        self.flag_dismissed.emit(flag, action == "dismiss")
