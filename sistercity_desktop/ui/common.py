"""Small shared helpers for the widgets."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def heading(text: str, size: float = 1.3) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def wrapped(text: str, italic: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(label.textFormat().PlainText)
    if italic:
        font = label.font()
        font.setItalic(True)
        label.setFont(font)
    return label


def named(widget: QWidget, name: str, tip: str = "") -> QWidget:
    """Give a control its accessible name (screen readers) and tooltip."""
    widget.setAccessibleName(name)
    if tip:
        widget.setToolTip(tip)
        widget.setAccessibleDescription(tip)
    return widget
