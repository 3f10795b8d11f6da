"""The posting's text with its sections and requirements marked, and lists to navigate them."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSignalBlocker,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.reading.kinds import RequirementKind, SectionKind
from desktop.domain.red_flags.risk import Hit
from desktop.domain.skills.checklist import CheckItem, Rule, coverage
from desktop.domain.skills.profile import Status
from desktop.ui.folding import COLLAPSED, block_name, distinct, folds, held_lines, shortened
from desktop.ui.table_model import ROOT, AnyIndex

if TYPE_CHECKING:
    from desktop.domain.reading.analysis import PostingAnalysis
    from desktop.domain.reading.requirements import Requirement
    from desktop.domain.reading.sections import Section

SECTION_LABELS = {
    SectionKind.SUMMARY: "Summary",
    SectionKind.RESPONSIBILITIES: "Responsibilities",
    SectionKind.MUST_HAVE: "Must-haves",
    SectionKind.NICE_TO_HAVE: "Nice-to-haves",
    SectionKind.BENEFITS: "Benefits",
    SectionKind.PAY: "Pay",
    SectionKind.COMPANY: "Company",
    SectionKind.HOURS_LOCATION: "Hours and location",
    SectionKind.HOW_TO_APPLY: "How to apply",
    SectionKind.LEGAL: "Legal / EEO",
    SectionKind.BOILERPLATE: "Job-board text",
    SectionKind.OTHER: "Other",
}
_MUST_TINT = QColor(255, 243, 176)
_NICE_TINT = QColor(214, 234, 255)
_CURRENT_TINT = QColor(255, 196, 94)
_SET_APART = QColor(120, 120, 120)
RED_FLAG_TINT = QColor(255, 171, 171)
_HOURS_TINT = QColor(200, 236, 220)
# Text over a light tint stays dark, so it reads in a dark palette too.
INK = QColor(32, 33, 36)


class Positions:
    """Python indexes into a stored text as positions in the displayed document, found in
    logarithmic time: a posting with 3,000 requirements placed each in the whole text
    again, 21 s for one of 2 MB.

    The display drops the CR of CRLF line ends, and Qt counts UTF-16 code units (a
    character beyond the Basic Multilingual Plane, an emoji, is two).
    """

    def __init__(self, text: str) -> None:
        self._dropped = [m.end() for m in _CRLF.finditer(text)]  # a CR gone before these
        self._wide = [m.start() for m in _BEYOND_BMP.finditer(text)]

    def at(self, index: int) -> int:
        return index - bisect_right(self._dropped, index) + bisect_left(self._wide, index)


def qt_position(text: str, index: int) -> int:
    """One index into `text` as a position in the displayed document (see Positions)."""
    return Positions(text).at(index)


_CRLF = re.compile("\r\n")
_BEYOND_BMP = re.compile("[\U00010000-\U0010ffff]")


def display_text(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


class RequirementListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Requirement] = []

    def set_items(self, items: tuple[Requirement, ...]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> Requirement:
        return self._items[row]

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        words = " ".join(item.text.split()).rstrip(";,")
        if role == Qt.ItemDataRole.DisplayRole:
            return words if item.kind == RequirementKind.SKILL else f"{words}  · {item.kind}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return words
        return None


class _WrappedItems(QStyledItemDelegate):
    """Items sized for the width their words are painted in. Qt wraps an item's words for
    its size as if its check box took no room, so a ticked-by-hand item's last line was cut
    off ("… skills.  …") and a gap was left where the layout thought it was; and a line
    that just fits one way and not the other was cut off with any item."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        view = self._view
        laid = QStyleOptionViewItem(option)
        self.initStyleOption(laid, index)
        width = view.viewport().width() - 2 * view.spacing()
        laid.rect = QRect(0, 0, width, max(option.rect.height(), 1))
        style = view.style()
        words = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, laid, view)
        # The words are painted within their rectangle less a margin on each side, and the
        # size is worked out for a rectangle less such margins again: sized for exactly the
        # painted width, a line that just fits one way and not the other ("… high-level
        # executives") was painted cut off ("…") over an empty second line. Sized for the
        # words' rectangle, such a line takes two and is painted whole.
        laid.rect.setWidth(words.width())
        return QSize(width, super().sizeHint(laid, index).height())


_STATUS_MARKS = {
    Status.MET: "✓",
    Status.PARTIAL: "◐",
    Status.MISSING: "✗",
}
_RULE_WORDS = {Rule.ANY: "Any of", Rule.ALL: "All of", Rule.YEARS: "Years of"}


class ChecklistModel(RequirementListModel):
    """Must-haves with their verdict against the skills profile.

    Items only the user can judge are checkable: ticking one marks it met.
    """

    verdict_chosen = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checks: list[CheckItem] = []

    def set_checklist(self, items: tuple[Requirement, ...], checks: list[CheckItem]) -> None:
        self.beginResetModel()  # before the checks change: the old rows are read till then
        self._checks = checks if len(checks) == len(items) else []
        self._items = list(items)
        self.endResetModel()

    def check(self, row: int) -> CheckItem | None:
        """The check on `row`; None without checks or off the list (an invalid index's -1)."""
        return self._checks[row] if 0 <= row < len(self._checks) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self._manual(index.row()):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        check = self.check(index.row()) if index.isValid() else None
        if check is None:
            return super().data(index, role)
        if role == Qt.ItemDataRole.DisplayRole:
            words = super().data(index, role)
            met_by = f"  — {', '.join(check.matched)}" if check.matched else ""
            if self._manual(index.row()):
                return f"{words}{met_by}"  # its checkbox is its mark
            return f"{_STATUS_MARKS[check.status]} {words}{met_by}"
        if role == Qt.ItemDataRole.CheckStateRole and self._manual(index.row()):
            met = check.status == Status.MET
            return Qt.CheckState.Checked if met else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return explain(check)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        check = self.check(index.row()) if index.isValid() else None
        if role != Qt.ItemDataRole.CheckStateRole or check is None:
            return False
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.verdict_chosen.emit(check.requirement.text, Status.MET if ticked else None)
        return True

    def _manual(self, row: int) -> bool:
        check = self.check(row)
        return check is not None and check.rule == Rule.MANUAL


def explain(check: CheckItem) -> str:
    """One line on how an item was judged, for the tooltip."""
    if check.rule == Rule.MANUAL:
        text = "Names no skill Gigdesk can check: tick it when you meet it."
    elif check.rule == Rule.HOURS:
        verdict = "met" if check.status == Status.MET else "not met"
        text = f"Working hours: {verdict} by your zone and working hours (see Hours)."
    else:
        text = f"{_RULE_WORDS[check.rule]}: {', '.join(check.skills)}"
        if check.rule == Rule.YEARS:
            text += f" ({check.years}+ years)"
        text += f". {check.status.value.capitalize()}"
        text += f", by {', '.join(check.matched)}." if check.matched else "."
    if check.overridden:
        text += " (your verdict)"
    return text


class SectionListModel(QAbstractListModel):
    """Sections in text order; a checked section is shown, an unchecked one folded away.

    Given the posting's text, a section without a heading is named by its first words, the
    site's own blocks are split where folding them whole would hide a fact beside its label,
    and what starts folded is only the site's chrome (see folding.py).
    """

    folding_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sections: list[Section] = []
        self._shown: list[bool] = []
        self._set_apart: list[bool] = []
        self._names: list[str] = []
        self._listed: list[str] = []
        self._text = ""

    def set_sections(self, sections: tuple[Section, ...], text: str = "", title: str = "") -> None:
        blocks = folds(text, sections, title)
        names = [block_name(SECTION_LABELS[b.section.kind], b.section, text) for b in blocks]
        self.beginResetModel()  # the old rows are read till then
        self._sections = [block.section for block in blocks]
        self._set_apart = [s.kind in COLLAPSED for s in self._sections]
        self._shown = [not block.folded for block in blocks]
        self._names = names
        self._listed = distinct([shortened(name) for name in names])
        self._text = text
        self.endResetModel()

    def section(self, row: int) -> Section:
        return self._sections[row]

    def is_shown(self, row: int) -> bool:
        return self._shown[row]

    def is_set_apart(self, row: int) -> bool:
        """Whether the row is the site's own or legal text, greyed in the text."""
        return self._set_apart[row]

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._sections)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() else flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            # A heading read from a run-on paragraph can be a sentence: its start, whole words.
            return self._listed[row]
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self._shown[row] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = held_lines(self._text, self._sections[row])
            held = f"\n\n{lines}" if lines else ""
            return f"{self._names[row]}{held}\n\nUntick to fold this section away in the text"
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        self._shown[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.folding_changed.emit()
        return True


class ReadingView(QWidget):
    """The posting's text with its sections beside it; its must-haves and nice-to-haves in
    `checklist`, a widget of their own that the detail pane shows on its Overview tab.

    Selecting a requirement or a section highlights and shows its words in the text;
    double-clicking a requirement (or Enter) asks for the text to be shown.

    Signals:
        show_in_text(): the user wants the chosen requirement's words in the text.
    """

    show_in_text = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._positions = Positions("")
        self._analysis: PostingAnalysis | None = None
        self._red_flags: list[Hit] = []
        self.must_model = ChecklistModel(self)
        self.nice_model = RequirementListModel(self)
        self.section_model = SectionListModel(self)
        self.must_label = QLabel()
        self.nice_label = QLabel()
        self.must_list = self._list(self.must_model, "Must-haves")
        self.nice_list = self._list(self.nice_model, "Nice-to-haves")
        self.section_list = self._list(self.section_model, "Sections")
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text_view.setAccessibleName("Posting text")

        self.checklist = QSplitter(Qt.Orientation.Horizontal)
        self.checklist.addWidget(_titled(self.must_label, self.must_list))
        self.checklist.addWidget(_titled(self.nice_label, self.nice_list))
        self.checklist.setSizes([360, 240])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(_titled(QLabel("Sections"), self.section_list))
        self.splitter.addWidget(self.text_view)
        self.splitter.setSizes([170, 430])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.must_list.activated.connect(lambda index: self._open_in_text(self.must_model, index))
        self.nice_list.activated.connect(lambda index: self._open_in_text(self.nice_model, index))

        self.must_list.selectionModel().currentChanged.connect(
            lambda index, _: self._requirement_chosen(self.must_model, index)
        )
        self.nice_list.selectionModel().currentChanged.connect(
            lambda index, _: self._requirement_chosen(self.nice_model, index)
        )
        self.section_list.selectionModel().currentChanged.connect(self._section_chosen)
        # the first row is current unmarked (see _current_unmarked): a click marks it
        self.must_list.clicked.connect(
            lambda index: self._requirement_chosen(self.must_model, index)
        )
        self.nice_list.clicked.connect(
            lambda index: self._requirement_chosen(self.nice_model, index)
        )
        self.section_list.clicked.connect(self._section_chosen)
        self.must_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.must_list.customContextMenuRequested.connect(self._verdict_menu)
        self.section_model.folding_changed.connect(self._apply_folding)

    @staticmethod
    def _list(model: QAbstractListModel, name: str) -> QListView:
        view = QListView()
        view.setModel(model)
        view.setWordWrap(True)
        view.setItemDelegate(_WrappedItems(view))
        view.setResizeMode(QListView.ResizeMode.Adjust)  # laid out again for a new width
        # Items wrap over several lines: a gap and alternate shading tell where each ends.
        view.setSpacing(2)
        view.setAlternatingRowColors(True)
        view.setAccessibleName(name)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        return view

    def show_posting(
        self, text: str, analysis: PostingAnalysis | None, checks: list[CheckItem] | None = None
    ) -> None:
        if text != self._text:
            self.text_view.setPlainText(display_text(text))
            self._positions = Positions(text)
        self._text = text
        self._analysis = analysis
        must = analysis.must_haves if analysis else ()
        nice = analysis.nice_to_haves if analysis else ()
        self.must_model.set_checklist(must, checks or [])
        self.nice_model.set_items(nice)
        self.section_model.set_sections(
            analysis.sections if analysis else (), text, analysis.title if analysis else ""
        )
        if checks:
            met, total = coverage(checks)
            self.must_label.setText(f"Must-haves: you meet {met} of {total}")
        else:
            self.must_label.setText(f"Must-haves ({len(must)})")
        self.nice_label.setText(f"Nice-to-haves ({len(nice)})")
        self._apply_folding()
        for view in (self.must_list, self.nice_list, self.section_list):
            _current_unmarked(view)
        self._mark()

    def _verdict_menu(self, position: QPoint) -> None:
        """Right-click on a must-have: the user's own verdict, or Gigdesk's back."""
        check = self.must_model.check(self.must_list.indexAt(position).row())
        if check is None:
            return
        menu = QMenu(self)
        for label, status in (
            ("I meet this", Status.MET),
            ("I partly meet this", Status.PARTIAL),
            ("I don't meet this", Status.MISSING),
            ("Use Gigdesk's verdict", None),
        ):
            action = menu.addAction(label)
            action.triggered.connect(
                lambda _=False, s=status: self.must_model.verdict_chosen.emit(
                    check.requirement.text, s
                )
            )
        menu.exec(self.must_list.viewport().mapToGlobal(position))

    def set_red_flags(self, hits: list[Hit]) -> None:
        """Mark the words of each red flag in the text, on top of the requirement tints."""
        self._red_flags = hits
        self._mark()

    def show_span(self, start: int, end: int) -> None:
        """Highlight and scroll to words of the text (a working-hours statement)."""
        if 0 <= start < end <= len(self._text):
            self._mark(current=(start, end))

    def highlighted(self) -> str:
        """The words currently highlighted as the chosen item (for tests and screen readers)."""
        selections = [
            s
            for s in self.text_view.extraSelections()
            if s.format.background().color() == _CURRENT_TINT
        ]
        return selections[0].cursor.selectedText() if selections else ""

    def _requirement_chosen(self, model: RequirementListModel, index: QModelIndex) -> None:
        if index.isValid():
            item = model.item(index.row())
            self._mark(current=(item.start, item.end))

    def _open_in_text(self, model: RequirementListModel, index: QModelIndex) -> None:
        """Show the posting's text on the requirement's words. The text takes the focus:
        left to Qt, it went to the list of sections, which chose its first section on
        focus and marked that instead."""
        self.show_in_text.emit()
        self.text_view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._requirement_chosen(model, index)

    def _section_chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            section = self.section_model.section(index.row())
            self._mark(current=(section.start, section.end))

    def _span_cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.text_view.document())
        cursor.setPosition(self._positions.at(start))
        cursor.setPosition(self._positions.at(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _mark(self, current: tuple[int, int] | None = None) -> None:
        """Tint every requirement in the text; the chosen span stands out and is scrolled to."""
        selections = []
        if self._analysis:
            for items, tint in (
                (self._analysis.must_haves, _MUST_TINT),
                (self._analysis.nice_to_haves, _NICE_TINT),
            ):
                for item in items:
                    selections.append(self._selection(item.start, item.end, tint))
            for statement in self._analysis.hours:
                selections.append(
                    self._selection(statement.span_start, statement.span_end, _HOURS_TINT)
                )
        if current is not None:
            chosen = self._selection(*current, _CURRENT_TINT)
            selections.append(chosen)
            self.text_view.setTextCursor(QTextCursor(chosen.cursor.block()))
            self.text_view.centerCursor()
        # Red flags over the chosen span: a chosen section is a whole run of the text, and
        # the warning's words must stay marked inside it.
        for hit in self._red_flags:
            if hit.end <= len(self._text):
                selections.append(self._selection(hit.start, hit.end, RED_FLAG_TINT))
        self.text_view.setExtraSelections(selections)

    def _selection(self, start: int, end: int, tint: QColor) -> QTextEdit.ExtraSelection:
        return tinted(self._span_cursor(start, end), tint)

    def _apply_folding(self) -> None:
        """Hide the blocks of folded sections; grey out job-board and legal text."""
        document: QTextDocument = self.text_view.document()
        everything = QTextCursor(document)
        everything.select(QTextCursor.SelectionType.Document)
        everything.setCharFormat(QTextCharFormat())
        block = document.begin()
        while block.isValid():
            block.setVisible(True)
            block = block.next()
        grey = QTextCharFormat()
        grey.setForeground(_SET_APART)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        for row in range(self.section_model.rowCount()):
            section = self.section_model.section(row)
            cursor = self._span_cursor(section.start, section.end)
            if self.section_model.is_set_apart(row):
                cursor.mergeCharFormat(grey)
            if section.heading:
                # The heading's words, not its paragraph: a heading run into a paragraph
                # ("… Responsibilities: you will …") made the whole posting bold.
                # Through its last word and a colon after it: the heading's words come after
                # their markup ("## Requirements" is read as "Requirements").
                start = cursor.selectionStart()
                block = document.findBlock(start)
                words_at = max(0, block.text().find(section.heading, start - block.position()))
                words_end = block.position() + words_at + len(section.heading) + 1
                end = min(block.position() + block.length() - 1, max(start, words_end))
                heading = QTextCursor(document)
                heading.setPosition(start)
                heading.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                heading.mergeCharFormat(bold)
            if self.section_model.is_shown(row):
                continue
            block = document.findBlock(cursor.selectionStart())
            while block.isValid() and block.position() < cursor.selectionEnd():
                block.setVisible(False)
                block = block.next()
        document.markContentsDirty(0, document.characterCount())
        self.text_view.viewport().update()


def _current_unmarked(view: QListView) -> None:
    """The list's first row as its current one, nothing marked in the text: Qt makes it
    current when the list takes the focus (Alt+2 onto the Posting tab), and that marked a
    whole first section, often the whole text, as chosen."""
    model = view.model()
    if model.rowCount() == 0:
        return
    with QSignalBlocker(view.selectionModel()):
        view.selectionModel().setCurrentIndex(
            model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
        )
    view.viewport().update()


def _titled(label: QLabel, view: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    label.setBuddy(view)
    layout.addWidget(label)
    layout.addWidget(view)
    return box


def tinted(cursor: QTextCursor, tint: QColor) -> QTextEdit.ExtraSelection:
    """The words under `cursor` on a light tint, in dark ink whatever the palette."""
    selection = QTextEdit.ExtraSelection()
    selection.cursor = cursor
    selection.format.setBackground(tint)
    selection.format.setForeground(INK)
    return selection
