"""In-app PDF preview (QtPdf) with Print…, Save PDF… and Open in PDF viewer."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRect,
    QSize,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sistercity_desktop.errors import UserError
from sistercity_desktop.files import atomic_write_bytes
from sistercity_desktop.ui.i18n import localize
from sistercity_desktop.ui.worker import run_in_background


class PdfPreview(QDialog):
    """Shows PDF bytes; the document stays in memory until the dialog closes."""

    def __init__(self, pdf: bytes, suggested_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf, self.suggested_name = pdf, suggested_name
        self.setWindowTitle(self.tr("Preview — {0}").format(suggested_name))
        self.resize(820, 1000)
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self.buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Document preview"))

        buttons = QHBoxLayout()
        self.pages = QLabel(self.tr("%n page(s)", "", self.document.pageCount()))
        print_button = QPushButton(self.tr("&Print…"))
        print_button.clicked.connect(self.print_document)
        save_button = QPushButton(self.tr("&Save PDF…"))
        save_button.clicked.connect(self.save)
        open_button = QPushButton(self.tr("&Open in PDF viewer"))
        open_button.clicked.connect(self.open_external)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.accept)
        buttons.addWidget(self.pages)
        buttons.addStretch(1)
        for button in (print_button, save_button, open_button, close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def save(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), self.suggested_name,
                                              self.tr("PDF documents (*.pdf)"))
        if not name:
            return None
        path = Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")
        try:
            atomic_write_bytes(path, self.pdf)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Save PDF"), localize(exc))
            return None
        return path

    def open_external(self) -> None:
        folder = Path(tempfile.gettempdir()) / "sistercity-desktop"
        path = folder / self.suggested_name
        try:
            atomic_write_bytes(path, self.pdf)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Open in PDF viewer"), localize(exc))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(self, self.tr("Open in PDF viewer"),
                                    self.tr("No PDF viewer answered. The file is at:\n{0}")
                                    .format(path))

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        print_pdf(self.document, printer)


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Rasterise each page at the printer's resolution; returns pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(QCoreApplication.translate("pdf_preview",
                                                   "The printer could not be started."))
    try:
        dpi = printer.resolution()
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
            image = document.render(index, size)
            target = painter.viewport()
            fitted = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), fitted), image)
        return document.pageCount()
    finally:
        painter.end()


def render_and_preview(owner: QWidget, render: Callable[[], bytes], name: str, *,
                       busy: Callable[[bool], None], status: QLabel, preparing: str,
                       failed: Callable[[str], None]) -> None:
    """Render a PDF off the UI thread, then show it in a preview kept as owner.preview."""
    busy(True)
    status.setText(preparing)

    def done(pdf: bytes) -> None:
        busy(False)
        status.setText("")
        owner.preview = PdfPreview(pdf, name, owner)  # type: ignore[attr-defined]
        owner.preview.open()  # type: ignore[attr-defined]

    def fail(text: str) -> None:
        busy(False)
        status.setText(text)
        failed(text)

    run_in_background(render, done, fail, owner=owner)
