"""Child process of bench_startup: the baseline, a bare PySide6 seven-page QWizard.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/start_bare_qt.py

Prints `shown <CLOCK_MONOTONIC seconds>` at the wizard's first paint and exits at once.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PAGES = 7


def main() -> None:
    from first_paint import report_first_paint
    from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWizard, QWizardPage

    app = QApplication.instance() or QApplication([sys.argv[0]])
    wizard = QWizard()
    wizard.setWindowTitle("Seven steps")
    for number in range(1, PAGES + 1):
        page = QWizardPage()
        page.setTitle(f"Step {number}")
        page.setSubTitle("A page with a label and a field, like the app's wizards.")
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(f"What happens in step {number}?"))
        layout.addWidget(QLineEdit())
        wizard.addPage(page)
    wizard.resize(900, 640)
    wizard.show()
    report_first_paint(wizard)
    app.exec()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
    os._exit(1)
