"""Signing ceremony documents: the guests' bilingual programme, the organisers' run of show
and the seating plan (one landscape page, drawn as seen from the audience).

Every text is final when it arrives here (times and dates already formatted). User text may
hold any script and characters such as < and &: it always goes through ``markup`` (for
Paragraphs) or ``_runs`` (for drawings), so it is escaped and set in a bundled font.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepInFrame,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from sistercity_desktop.documents.base import MARGIN, PAGE_SIZES, Para, build_pdf, styles
from sistercity_desktop.documents.fonts import (
    clean,
    drawing_runs,
    font_set,
    markup,
    runs_width,
)

# -- inputs ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProgrammeLine:
    """One event of the programme, in both languages."""

    time: str            # "14:05" (already formatted)
    left: str            # event title in the left language
    right: str           # in the right language
    who: str = ""        # names, optional


@dataclass(frozen=True)
class ProgrammeInput:
    """The guests' programme: every text in both languages (left and right column)."""

    language_left: str
    language_right: str
    title_left: str
    title_right: str            # e.g. "Signing Ceremony" / "調印式"
    subtitle_left: str
    subtitle_right: str         # e.g. "Greenvale – Matsumoto Sister City Agreement"
    when_left: str
    when_right: str             # formatted date and start time with zone, in each language
    venue: str
    lines: tuple[ProgrammeLine, ...]
    roles: tuple[tuple[str, str, str], ...] = ()  # (label left, label right, name), e.g. MC
    page_size: str = "A4"


@dataclass(frozen=True)
class RunLine:
    """One step of the run of show, clock times already formatted."""

    start: str
    end: str
    minutes: int
    title: str
    who: str
    cue: str


@dataclass(frozen=True)
class RunOfShowInput:
    """The organisers' sheet, in the organisers' language."""

    language: str
    title: str
    when: str
    venue: str
    lines: tuple[RunLine, ...]
    roles: tuple[tuple[str, str], ...]      # (role label, name)
    gifts: tuple[tuple[str, str], ...] = () # (description, caution or note)
    notes: tuple[str, ...] = ()             # e.g. "Host flag raised first and lowered last."
    page_size: str = "A4"


@dataclass(frozen=True)
class PlanShape:
    """One item of the seating plan, in a normalised frame seen from the audience.

    ``x`` runs from 0 (audience left) to 1 (audience right), ``y`` from 0 (back wall) to
    1 (front, towards the audience). ``x, y`` is the item's centre and ``w, h`` its size,
    in the same units. Same fields as ``protocol.seating.PlanItem`` so the service converts
    one into the other field by field.
    """

    kind: str    # table, chair, flag, document, interpreter, mc_lectern, audience
    role: str
    side: str    # "host", "guest" or "" (neutral)
    label: str
    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class PlanInput:
    """The seating plan page."""

    language: str
    title: str
    caption: str       # e.g. "Seen from the audience. The guest sits at the host's right."
    shapes: tuple[PlanShape, ...]
    # Entries "host: …", "guest: …" or "<kind>: …" get that symbol; other entries are text.
    legend: tuple[str, ...] = ()
    page_size: str = "A4"


# -- words the renderers add themselves ----------------------------------------------------

WORDS: dict[str, dict[str, str]] = {
    "en": {"time": "Time", "minutes": "Min.", "event": "Event", "who": "Who", "cue": "Cue",
           "running": "Running order", "roles": "Roles", "role": "Role", "name": "Name",
           "gifts": "Gifts", "gift": "Gift", "caution": "Caution / note", "notes": "Notes",
           "page": "Page {n}", "audience": "Audience"},
    "ja": {"time": "時刻", "minutes": "分", "event": "内容", "who": "担当", "cue": "キュー",
           "running": "進行", "roles": "役割分担", "role": "役割", "name": "氏名",
           "gifts": "贈呈品", "gift": "品目", "caution": "注意事項", "notes": "留意事項",
           "page": "{n}ページ", "audience": "客席"},
    "es": {"time": "Hora", "minutes": "Min.", "event": "Acto", "who": "Quién", "cue": "Indicación",
           "running": "Orden del acto", "roles": "Funciones", "role": "Función",
           "name": "Nombre", "gifts": "Obsequios", "gift": "Obsequio",
           "caution": "Precaución / nota", "notes": "Notas", "page": "Página {n}",
           "audience": "Público"},
    "fr": {"time": "Heure", "minutes": "Min.", "event": "Séquence", "who": "Qui",
           "cue": "Consigne", "running": "Déroulé", "roles": "Rôles", "role": "Rôle",
           "name": "Nom", "gifts": "Cadeaux", "gift": "Cadeau",
           "caution": "Précaution / remarque", "notes": "Remarques", "page": "Page {n}",
           "audience": "Public"},
    "de": {"time": "Uhrzeit", "minutes": "Min.", "event": "Programmpunkt", "who": "Wer",
           "cue": "Hinweis", "running": "Ablauf", "roles": "Rollen", "role": "Rolle",
           "name": "Name", "gifts": "Gastgeschenke", "gift": "Geschenk",
           "caution": "Vorsicht / Hinweis", "notes": "Hinweise", "page": "Seite {n}",
           "audience": "Publikum"},
    "it": {"time": "Ora", "minutes": "Min.", "event": "Momento", "who": "Chi",
           "cue": "Indicazione", "running": "Scaletta", "roles": "Ruoli", "role": "Ruolo",
           "name": "Nome", "gifts": "Doni", "gift": "Dono",
           "caution": "Attenzione / nota", "notes": "Note", "page": "Pagina {n}",
           "audience": "Pubblico"},
    "pt": {"time": "Hora", "minutes": "Min.", "event": "Momento", "who": "Quem",
           "cue": "Indicação", "running": "Alinhamento", "roles": "Funções", "role": "Função",
           "name": "Nome", "gifts": "Ofertas", "gift": "Oferta",
           "caution": "Cuidado / nota", "notes": "Notas", "page": "Página {n}",
           "audience": "Público"},
    "zh": {"time": "时间", "minutes": "分钟", "event": "环节", "who": "负责人", "cue": "提示",
           "running": "仪式流程", "roles": "人员分工", "role": "职责", "name": "姓名",
           "gifts": "礼品", "gift": "礼品名称", "caution": "注意事项", "notes": "备注",
           "page": "第 {n} 页", "audience": "观众席"},
    "ko": {"time": "시각", "minutes": "분", "event": "순서", "who": "담당", "cue": "진행 메모",
           "running": "식순", "roles": "역할 분담", "role": "역할", "name": "성명",
           "gifts": "기념품", "gift": "품목", "caution": "유의 사항", "notes": "참고 사항",
           "page": "{n}쪽", "audience": "관람석"},
    "ru": {"time": "Время", "minutes": "Мин.", "event": "Пункт программы", "who": "Кто",
           "cue": "Указание", "running": "Порядок церемонии", "roles": "Роли", "role": "Роль",
           "name": "Имя", "gifts": "Подарки", "gift": "Подарок",
           "caution": "Осторожно / примечание", "notes": "Примечания",
           "page": "Страница {n}", "audience": "Зрители"},
}


def _words(language: str) -> dict[str, str]:
    return WORDS.get(language.split("-")[0], WORDS["en"])


INK = colors.HexColor("#1E2A38")
MUTED = colors.HexColor("#6B7280")
GOLD = colors.HexColor("#A8874A")
RULE = colors.HexColor("#CFC6B4")
HEADER_BG = colors.HexColor("#EEF1F4")
CAUTION = colors.HexColor("#9B2C2C")
SIDE_COLOURS = {  # (strong, light): two clearly different hues for host and guest
    "host": (colors.HexColor("#1F4E79"), colors.HexColor("#D6E4F0")),
    "guest": (colors.HexColor("#B03A2E"), colors.HexColor("#F6D8D3")),
    "": (colors.HexColor("#6B6B6B"), colors.HexColor("#ECECEC")),
}


def _side(side: str) -> str:
    side = side.strip().lower()
    return side if side in SIDE_COLOURS else ""


def _page(page_size: str) -> tuple[float, float]:
    return PAGE_SIZES.get(page_size, A4)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """User text as a Paragraph: escaped, with glyph fallback."""
    return Para(markup(text, style.fontName), style)


def _style(base: ParagraphStyle, name: str, **changes: object) -> ParagraphStyle:
    return ParagraphStyle(name, parent=base, **changes)


def _table(rows: list[list[object]], widths: Sequence[float], font: str,
           extra: Sequence[tuple] = (), header: bool = False) -> Table:
    """A quiet table; every cell names a bundled font (an empty cell would use Helvetica)."""
    table = Table(rows, colWidths=list(widths), hAlign="CENTER", splitByRow=1,
                  repeatRows=1 if header else 0, splitInRow=1)
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
                     ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.grey)]
    table.setStyle(TableStyle([*commands, *extra]))
    return table


# -- the guests' programme ------------------------------------------------------------------


_ONE_SHEET = 1.2  # how much too tall a programme may be and still be shrunk onto one page


def _programme_story(data: ProgrammeInput) -> list[Flowable]:
    left, right = styles(data.language_left), styles(data.language_right)
    width = _page(data.page_size)[0] - 2 * MARGIN - 12  # the frame pads 6 pt each side

    def title(s: ParagraphStyle, name: str, size: float) -> ParagraphStyle:
        # The regular face (DejaVu Serif, Mincho...) reads more ceremonial than the sans heading.
        return _style(s, name, fontSize=size, leading=size * 1.3, alignment=TA_CENTER,
                      textColor=INK, spaceAfter=size * 0.2)

    title_l, title_r = title(left["body"], "title_l", 26), title(right["body"], "title_r", 22)
    sub_l = title(left["body"], "sub_l", 12.5)
    sub_r = title(right["body"], "sub_r", 12)
    when_l = _style(sub_l, "when_l", fontSize=10.5, leading=14, textColor=MUTED)
    when_r = _style(sub_r, "when_r", fontSize=10.5, leading=14, textColor=MUTED)
    venue = _style(when_l, "venue", textColor=INK, spaceBefore=4)

    story: list[Flowable] = [
        Spacer(1, 2 * mm),
        _p(data.title_left, title_l),
        _p(data.title_right, title_r),
        HRFlowable(width="30%", thickness=0.8, color=GOLD, spaceBefore=8, spaceAfter=10),
    ]
    # City names read the same in both languages more often than not: print them once.
    second = data.subtitle_right if data.subtitle_right != data.subtitle_left else ""
    story += [_p(text, style) for text, style in ((data.subtitle_left, sub_l),
                                                  (second, sub_r)) if text]
    story.append(Spacer(1, 4 * mm))
    story += [_p(text, style) for text, style in ((data.when_left, when_l),
                                                  (data.when_right, when_r),
                                                  (data.venue, venue)) if text]
    story.append(HRFlowable(width="30%", thickness=0.8, color=GOLD, spaceBefore=10,
                            spaceAfter=6 * mm))
    story.append(_programme_table(data, left, right, width))
    if data.roles:
        story += [Spacer(1, 5 * mm), _roles_table(data, left, right, width)]
    return story


def _programme_table(data: ProgrammeInput, left: dict[str, ParagraphStyle],
                     right: dict[str, ParagraphStyle], width: float) -> Table:
    cell_l = _style(left["body"], "cell_l", spaceAfter=0, textColor=INK)
    cell_r = _style(right["body"], "cell_r", spaceAfter=0, textColor=INK)
    time = _style(cell_l, "time", alignment=TA_RIGHT, textColor=GOLD)
    who = _style(left["small"], "who", textColor=MUTED, spaceAfter=0)
    time_width = max([stringWidth(clean(x.time), time.fontName, time.fontSize)
                      for x in data.lines] + [20]) + 16
    column = (width - time_width) / 2
    rows: list[list[object]] = []
    extra: list[tuple] = [
        ("LEFTPADDING", (1, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (0, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEAFTER", (1, 0), (1, -1), 0.4, RULE),
    ]
    for index, line in enumerate(data.lines):
        first = len(rows)
        rows.append([_p(line.time, time), _p(line.left, cell_l), _p(line.right, cell_r)])
        if line.who:
            # Names are the same in both languages: one line under both columns.
            rows.append(["", _p(line.who, who), ""])
            extra += [("SPAN", (1, first + 1), (2, first + 1)),
                      ("TOPPADDING", (0, first + 1), (-1, first + 1), 0),
                      ("BOTTOMPADDING", (0, first), (-1, first), 1),
                      ("LINEAFTER", (1, first + 1), (1, first + 1), 0, colors.white)]
        last = len(rows) - 1
        extra.append(("NOSPLIT", (0, first), (-1, last)))  # an event stays with its names
        if index < len(data.lines) - 1:
            extra.append(("LINEBELOW", (0, last), (-1, last), 0.4, RULE))
    if not rows:
        rows = [["", "", ""]]
    return _table(rows, [time_width, column, column], cell_l.fontName, extra)


def _roles_table(data: ProgrammeInput, left: dict[str, ParagraphStyle],
                 right: dict[str, ParagraphStyle], width: float) -> Table:
    """Roles side by side (up to three a row): both labels over the name, centred."""
    label_l = _style(left["small"], "role_l", textColor=MUTED, alignment=TA_CENTER,
                     spaceAfter=0)
    label_r = _style(right["small"], "role_r", textColor=MUTED, alignment=TA_CENTER,
                     spaceAfter=0)
    name = _style(left["body"], "role_name", spaceAfter=0, spaceBefore=2, textColor=INK,
                  alignment=TA_CENTER)
    per_row = min(len(data.roles), 3)
    cells: list[object] = [[_p(a, label_l), _p(b, label_r), _p(n, name)]
                           for a, b, n in data.roles]
    cells += [""] * (-len(cells) % per_row)
    rows = [cells[i:i + per_row] for i in range(0, len(cells), per_row)]
    return _table(rows, [width / per_row] * per_row, name.fontName, [
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, GOLD),
        ("TOPPADDING", (0, 0), (-1, 0), 8),
    ])


def render_programme(data: ProgrammeInput) -> bytes:
    """The guests' bilingual programme as PDF bytes (fonts embedded, same input, same bytes)."""
    size = _page(data.page_size)

    def frame(canvas: Canvas, page: int) -> None:
        # A fine double rule around the page: the printed programme is a keepsake.
        canvas.saveState()
        canvas.setStrokeColor(GOLD)
        for inset, weight in ((11 * mm, 1.2), (12.6 * mm, 0.4)):
            canvas.setLineWidth(weight)
            canvas.rect(inset, inset, size[0] - 2 * inset, size[1] - 2 * inset)
        canvas.restoreState()

    story = _programme_story(data)
    # build_pdf's frame: its margins less the frame's own 6 pt padding on each side.
    frame_w = size[0] - 2 * MARGIN - 12
    frame_h = size[1] - 1.8 * MARGIN - 12
    height = sum(f.wrap(frame_w, frame_h)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                 for f in story)
    if height <= frame_h * _ONE_SHEET:
        # A programme a little too long for one sheet is set slightly smaller rather than
        # leaving a lonely last row on a second page; a long one flows on.
        story = [KeepInFrame(frame_w, frame_h, story, mode="shrink")]
    return build_pdf(story, title=f"{data.title_left} / {data.title_right}",
                     author="", page_size=data.page_size, lang=data.language_left,
                     footer=frame)


# -- the organisers' run of show ------------------------------------------------------------


def render_run_of_show(data: RunOfShowInput) -> bytes:
    """The organisers' sheet as PDF bytes: running order, roles, gifts and notes."""
    s = styles(data.language, size=10)
    w = _words(data.language)
    font, bold = s["body"].fontName, s["bold"].fontName
    width = _page(data.page_size)[0] - 2 * MARGIN - 12
    cell = _style(s["small"], "ros_cell", spaceAfter=0)
    head = _style(cell, "ros_head", fontName=bold)
    number = _style(cell, "ros_number", alignment=TA_RIGHT)
    caution = _style(cell, "ros_caution", textColor=CAUTION)
    section = _style(s["heading"], "ros_section", fontSize=12.5, leading=16, spaceBefore=12,
                     spaceAfter=5, keepWithNext=1)

    story: list[Flowable] = [_p(data.title, s["heading"]),
                             _p("  ·  ".join(x for x in (data.when, data.venue) if x), s["body"]),
                             HRFlowable(width="100%", thickness=0.6, color=colors.grey,
                                        spaceBefore=2, spaceAfter=6)]

    # The clock column is as wide as its longest entry: a time range must never wrap.
    clocks = [f"{x.start}–{x.end}" for x in data.lines]
    clock_width = max([stringWidth(clean(c), font, cell.fontSize) for c in clocks]
                      + [stringWidth(w["time"], bold, cell.fontSize)]) + 10
    minute_width = max(stringWidth(w["minutes"], bold, cell.fontSize) + 10, 11 * mm)
    rest = width - clock_width - minute_width
    widths = [clock_width, minute_width, rest * 0.32, rest * 0.28, rest * 0.40]
    rows: list[list[object]] = [[_p(w[k], head) for k in ("time", "minutes", "event", "who",
                                                          "cue")]]
    for clock, line in zip(clocks, data.lines, strict=True):
        rows.append([_p(clock, cell), _p(str(line.minutes), number), _p(line.title, cell),
                     _p(line.who, cell), _p(line.cue, cell)])
    story += [_p(w["running"], section),
              _table(rows, widths, font, [("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE)],
                     header=True)]

    if data.roles:
        rows = [[_p(w["role"], head), _p(w["name"], head)]]
        rows += [[_p(role, cell), _p(name, cell)] for role, name in data.roles]
        story += [_p(w["roles"], section),
                  _table(rows, [width * 0.38, width * 0.62], font,
                         [("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE)], header=True)]
    if data.gifts:
        rows = [[_p(w["gift"], head), _p(w["caution"], head)]]
        rows += [[_p(gift, cell), _p(note, caution)] for gift, note in data.gifts]
        story += [_p(w["gifts"], section),
                  _table(rows, [width * 0.45, width * 0.55], font,
                         [("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE)], header=True)]
    if data.notes:
        bullet = _style(s["body"], "ros_note", leftIndent=12, bulletIndent=2, spaceAfter=3,
                        bulletFontName=font)  # the bullet's default font is Helvetica
        notes = [Para(markup(note, font), bullet, bulletText="•") for note in data.notes]
        story += [KeepTogether([_p(w["notes"], section), *notes[:1]]), *notes[1:]]

    page_size = _page(data.page_size)

    def footer(canvas: Canvas, page: int) -> None:
        canvas.setFillColor(colors.grey)
        _draw_runs(canvas, MARGIN, 12 * mm, clean(data.title).replace("\n", " "), font, 8)
        canvas.setFont(font, 8)
        canvas.drawRightString(page_size[0] - MARGIN, 12 * mm, w["page"].format(n=page))

    return build_pdf(story, title=data.title, author="", page_size=data.page_size,
                     lang=data.language, footer=footer)


# -- the seating plan ----------------------------------------------------------------------

_CJK = r"\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
_PIECE = re.compile(rf"[{_CJK}]|[^{_CJK}]+")


def _runs(text: str, font: str) -> tuple[tuple[str, str], ...]:
    """Split text into (chunk, font) runs: characters the font lacks come from a fallback.

    Drawing strings have no glyph fallback of their own, unlike Paragraph markup. Cached
    in fonts: placing the plan's labels measures the same strings hundreds of times.
    """
    return drawing_runs(text, font)


def _draw_runs(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """Canvas text with glyph fallback (a Japanese name in an English footer)."""
    for chunk, run_font in _runs(text, font):
        canvas.setFont(run_font, size)
        canvas.drawString(x, y, chunk)
        x += stringWidth(chunk, run_font, size)


def _width(text: str, font: str, size: float) -> float:
    return runs_width(text, font, size)


def _tokens(text: str, font: str, size: float, width: float) -> list[tuple[str, bool]]:
    """Words as (text, preceded by a space); a word wider than the line is broken between
    CJK characters, or cut anywhere as a last resort."""
    out: list[tuple[str, bool]] = []
    for word in text.split():
        if _width(word, font, size) <= width:
            out.append((word, True))
            continue
        first = True
        for piece in _PIECE.findall(word):
            while piece:
                cut = len(piece)
                while cut > 1 and _width(piece[:cut], font, size) > width:
                    cut -= 1
                out.append((piece[:cut], first))
                first, piece = False, piece[cut:]
    return out


def _join(tokens: Sequence[tuple[str, bool]]) -> str:
    return "".join((" " if space and index else "") + text
                   for index, (text, space) in enumerate(tokens))


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Wrap into as few lines as a greedy fill needs, then balance them: a name such as
    "山田 太郎" or "Council chair Maria Lopez" splits at its most even break."""
    return list(_wrapped(text, font, size, width))


@lru_cache(maxsize=1024)
def _wrapped(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    # A pure function of its arguments, and the balancing below measures every span of
    # tokens: each label's wrappings are worked out once, not on every render.
    lines: list[str] = []
    for paragraph in clean(text).split("\n"):
        tokens = _tokens(paragraph, font, size, width)
        if not tokens:
            continue
        count, line = 1, [tokens[0]]
        for token in tokens[1:]:
            if _width(_join([*line, token]), font, size) <= width:
                line.append(token)
            else:
                count, line = count + 1, [token]
        # best[k][i]: the narrowest widest line setting tokens[:i] on k lines, and its breaks.
        n = len(tokens)
        best: list[dict[int, tuple[float, list[int]]]] = [{0: (0.0, [])}]
        for k in range(1, count + 1):
            row: dict[int, tuple[float, list[int]]] = {}
            for i in range(k, n + 1):
                for j, (widest, cuts) in best[k - 1].items():
                    if j >= i:
                        continue
                    cost = max(widest, _width(_join(tokens[j:i]), font, size))
                    if i not in row or cost < row[i][0]:
                        row[i] = (cost, [*cuts, j])
            best.append(row)
        cuts = [*best[count][n][1], n]
        lines += [_join(tokens[a:b]) for a, b in zip(cuts, cuts[1:], strict=False)
                  if a < b]
    return tuple(lines) or ("",)


Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in drawing points, y upwards


def _overlap(a: Box, b: Box) -> float:
    dx = min(a[2], b[2]) - max(a[0], b[0])
    dy = min(a[3], b[3]) - max(a[1], b[1])
    return dx * dy if dx > 0 and dy > 0 else 0.0


def _contains(outer: Box, inner: Box, pad: float = 0.0) -> bool:
    return (outer[0] + pad <= inner[0] and outer[1] + pad <= inner[1]
            and outer[2] - pad >= inner[2] and outer[3] - pad >= inner[3])


# Labels are placed in this order (first come, best place), then by x.
_LABEL_ORDER = {"chair": 0, "document": 1, "interpreter": 2, "flag": 3, "mc_lectern": 4,
                "table": 5}
# Where each kind's label goes first: flags beside the cloth, away from the middle.
_DIRECTIONS: dict[str, tuple[str, ...]] = {
    "flag": ("outer_top", "below", "above"),
    "document": ("below", "above", "outer", "inner"),
    "table": ("inside", "below", "above"),
    "mc_lectern": ("below", "above", "outer"),
    "audience": ("inside",),
}
_LABEL_SIZE = 7.5
_MAX_LABEL = 130.0  # points: wider labels wrap
_GAP = 2.5


class _Plan:
    """Draws the plan into a Drawing of a given size, labels placed without overlaps."""

    def __init__(self, data: PlanInput, width: float, height: float) -> None:
        self.font = font_set(data.language).regular
        self.width, self.height = width, height
        shapes = list(data.shapes)
        if not any(s.kind == "audience" for s in shapes):
            shapes.append(PlanShape("audience", "", "", _words(data.language)["audience"],
                                    0.5, 0.95, 1.0, 0.1))
        self.shapes = shapes
        # Room above the back wall and at the sides for labels of the outermost items.
        self.x0, self.x1 = 10.0, width - 10.0
        self.y_top, self.y_bottom = height - 12.0, 2.0
        chairs = sorted(min(self._size(s)) / 2 for s in shapes if s.kind == "chair")
        self.chair_radius = chairs[len(chairs) // 2] if chairs else None

    # -- geometry ---------------------------------------------------------------------------

    def _size(self, s: PlanShape) -> tuple[float, float]:
        return (max(s.w, 0.0) * (self.x1 - self.x0), max(s.h, 0.0) * (self.y_top - self.y_bottom))

    def _centre(self, s: PlanShape) -> tuple[float, float]:
        # y 0 is the back wall (top of the page), 1 the audience (bottom).
        return (self.x0 + s.x * (self.x1 - self.x0),
                self.y_top - s.y * (self.y_top - self.y_bottom))

    def _radius(self, s: PlanShape) -> float:
        radius = max(min(self._size(s)) / 2, 4.0)
        if s.kind == "interpreter" and self.chair_radius:
            radius = min(radius, self.chair_radius * 0.72)  # always smaller than a chair
        return radius

    def box(self, s: PlanShape) -> Box:
        """The area an item covers on the drawing."""
        cx, cy = self._centre(s)
        if s.kind in ("chair", "interpreter"):
            r = self._radius(s)
            return (cx - r, cy - r, cx + r, cy + r)
        w, h = self._size(s)
        if s.kind == "flag":
            w, h = max(w, 14.0), max(h, 24.0)
        elif s.kind == "document":
            # A sheet on the table stays sheet-sized, leaving the table room for labels.
            w, h = min(max(w, 9.0), 34.0), min(max(h, 7.0), 24.0)
        elif s.kind == "audience":
            h = max(h, 18.0)  # room for its label
        w, h = max(w, 6.0), max(h, 6.0)
        return (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)

    # -- shapes ----------------------------------------------------------------------------

    def draw_shape(self, s: PlanShape, box: Box) -> Group:
        strong, light = SIDE_COLOURS[_side(s.side)]
        x0, y0, x1, y1 = box
        g = Group()
        if s.kind == "table":
            g.add(Rect(x0, y0, x1 - x0, y1 - y0, rx=2, ry=2, fillColor=colors.HexColor("#F3ECDF"),
                       strokeColor=colors.HexColor("#8A7350"), strokeWidth=1))
        elif s.kind in ("chair", "interpreter"):
            r = (x1 - x0) / 2
            dash = [2, 1.5] if s.kind == "interpreter" else None
            g.add(Circle((x0 + x1) / 2, (y0 + y1) / 2, r, fillColor=light, strokeColor=strong,
                         strokeWidth=1.2, strokeDashArray=dash))
        elif s.kind == "flag":
            staff = x0 + (x1 - x0) * 0.12
            cloth_w = (x1 - x0) * 0.85
            cloth_h = min((y1 - y0) * 0.42, cloth_w * 0.7)
            g.add(Line(staff, y0, staff, y1, strokeColor=colors.HexColor("#5A5A5A"),
                       strokeWidth=1.4))
            g.add(Line(staff - 4, y0, staff + 4, y0, strokeColor=colors.HexColor("#5A5A5A"),
                       strokeWidth=2))
            g.add(Rect(staff, y1 - 1.5 - cloth_h, cloth_w, cloth_h, fillColor=strong,
                       strokeColor=strong, strokeWidth=0.5))
            g.add(Circle(staff, y1, 1.6, fillColor=colors.HexColor("#B8A26A"),
                         strokeColor=None))
        elif s.kind == "document":
            g.add(Rect(x0, y0, x1 - x0, y1 - y0, fillColor=colors.white, strokeColor=strong,
                       strokeWidth=0.8))
            for k in (1, 2, 3):  # ruled lines: reads as a document at a glance
                y = y1 - (y1 - y0) * k / 4.2
                g.add(Line(x0 + 2, y, x1 - 2, y, strokeColor=colors.HexColor("#A0A0A0"),
                           strokeWidth=0.4))
        elif s.kind == "mc_lectern":
            g.add(Polygon([x0 + 2, y0, x1 - 2, y0, x1, y1, x0, y1],
                          fillColor=colors.HexColor("#D9CBB0"),
                          strokeColor=colors.HexColor("#8A7350"), strokeWidth=1))
            g.add(Line(x0 - 1, y1, x1 + 1, y1, strokeColor=colors.HexColor("#6E5A3C"),
                       strokeWidth=2))
        elif s.kind == "audience":
            g.add(Rect(x0, y0, x1 - x0, y1 - y0, fillColor=colors.HexColor("#F1F1EE"),
                       strokeColor=None))
            g.add(Line(x0, y1, x1, y1, strokeColor=colors.HexColor("#BDBDB5"), strokeWidth=0.8,
                       strokeDashArray=[4, 3]))
        else:  # an item this renderer does not know: still shown, plainly
            g.add(Rect(x0, y0, x1 - x0, y1 - y0, fillColor=light, strokeColor=strong,
                       strokeWidth=0.8))
        return g

    # -- labels ----------------------------------------------------------------------------

    def text_lines(self, lines: Sequence[str], cx: float, top: float, size: float,
                   colour: colors.Color) -> Group:
        g = Group()
        for index, line in enumerate(lines):
            x = cx - _width(line, self.font, size) / 2
            y = top - size * (index + 0.85) * 1.18
            for chunk, font in _runs(line, self.font):
                g.add(String(x, y, chunk, fontName=font, fontSize=size, fillColor=colour))
                x += stringWidth(chunk, font, size)
        return g

    def places(self, box: Box, w: float, h: float) -> dict[str, Box]:
        """The natural places of a label, by name."""
        x0, y0, x1, y1 = box
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        out = {
            "inside": (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2),
            "below": (cx - w / 2, y0 - _GAP - h, cx + w / 2, y0 - _GAP),
            "above": (cx - w / 2, y1 + _GAP, cx + w / 2, y1 + _GAP + h),
            "right": (x1 + _GAP, cy - h / 2, x1 + _GAP + w, cy + h / 2),
            "left": (x0 - _GAP - w, cy - h / 2, x0 - _GAP, cy + h / 2),
            # Level with the top: beside a flag's cloth rather than its staff.
            "right_top": (x1 + _GAP, y1 - h, x1 + _GAP + w, y1),
            "left_top": (x0 - _GAP - w, y1 - h, x0 - _GAP, y1),
        }
        # "outer": away from the middle of the room, so paired items label symmetrically.
        left = cx < (self.x0 + self.x1) / 2
        out["outer"] = out["left"] if left else out["right"]
        out["inner"] = out["right"] if left else out["left"]
        out["outer_top"] = out["left_top"] if left else out["right_top"]
        return {name: self.clamp(b) for name, b in out.items()}

    def fallbacks(self, box: Box, w: float, h: float) -> list[Box]:
        """Further places, nearest first, for when every natural place is taken."""
        places = self.places(box, w, h)
        below, above = places["below"], places["above"]
        out: list[Box] = [places["right"], places["left"]]
        for step in range(1, 13):
            dy = step * h * 0.55
            for shift in (0.0, -0.6, 0.6, -1.2, 1.2):
                dx = shift * w
                out.append((below[0] + dx, below[1] - dy, below[2] + dx, below[3] - dy))
                out.append((above[0] + dx, above[1] + dy, above[2] + dx, above[3] + dy))
        return [self.clamp(b) for b in out]

    def clamp(self, b: Box) -> Box:
        dx = max(0.0 - b[0], 0.0) - max(b[2] - self.width, 0.0)
        dy = max(0.0 - b[1], 0.0) - max(b[3] - self.height, 0.0)
        return (b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy)

    def drawing(self) -> Drawing:
        # Without initialFontName the renderer declares Helvetica (never embedded).
        d = Drawing(self.width, self.height, initialFontName=self.font)
        boxes = [self.box(s) for s in self.shapes]
        # Back wall: the line the ceremony has its back to, so the plan reads at once.
        d.add(Line(self.x0, self.y_top + 6, self.x1, self.y_top + 6, strokeWidth=2.5,
                   strokeColor=colors.HexColor("#9A9A9A")))
        # Bigger things first, so small items (documents on the table) stay on top.
        order = sorted(range(len(self.shapes)), key=lambda i: (
            self.shapes[i].kind not in ("audience", "table"), self.shapes[i].kind != "table"))
        for i in order:
            d.add(self.draw_shape(self.shapes[i], boxes[i]))

        d.add(self.labels(boxes))
        return d


    def labels(self, boxes: list[Box]) -> Group:
        """Every label, none on another label or item.

        Items of one kind and role (the two signatories' chairs, the two flags) are tried
        together in one direction first, so a pair is labelled alike; only if that fails
        does each take the best free place of its own. A label that does not fit as wrapped
        tries narrower wrappings before it moves away from its item.
        """
        # Everything above the back wall is off limits: labels stay in the room.
        placed: list[Box] = [(0.0, self.y_top + 2, self.width, self.height)]
        group = Group()
        ranked = sorted((i for i, s in enumerate(self.shapes) if s.label.strip()),
                        key=lambda i: (_LABEL_ORDER.get(self.shapes[i].kind, 6),
                                       self.shapes[i].x, self.shapes[i].y, i))
        teams: dict[tuple[str, str], list[int]] = {}
        for i in ranked:
            shape = self.shapes[i]
            # "guest_signatory" and "host_signatory" are one team: the side is no part of it.
            role = shape.role.replace(shape.side, "").strip("_- ") if shape.side else shape.role
            teams.setdefault((shape.kind, role), []).append(i)

        def clash(b: Box, i: int, taken: list[Box]) -> float:
            # A label may lie on what holds its item (a document's table, or its own box
            # for the table's and the audience's labels) only if it stays well inside it:
            # text across the table's edge reads badly.
            total = sum(_overlap(b, o) for o in taken)
            for o in boxes:
                if not (_contains(o, boxes[i]) and _contains(o, b, pad=2.0)):
                    total += _overlap(b, o)
            return total

        for (kind, _role), members in teams.items():
            variants = {i: self.label_variants(self.shapes[i], boxes[i]) for i in members}
            chosen: dict[int, tuple[list[str], Box]] = {}
            # Every direction at the natural wrapping before any narrower one: a label wraps
            # tighter only when no side of its item has room for it as it is.
            attempts = [(level, direction) for level in range(3)
                        for direction in _DIRECTIONS.get(kind, ("below", "above"))]
            for level, direction in attempts:
                trial: dict[int, tuple[list[str], Box]] = {}
                for i in members:
                    lines, w, h = variants[i][min(level, len(variants[i]) - 1)]
                    b = self.places(boxes[i], w, h)[direction]
                    if clash(b, i, placed + [x[1] for x in trial.values()]) > 0.5:
                        break
                    trial[i] = (lines, b)
                else:
                    chosen = trial
                    break
            for i in members:
                size, colour = _label_look(kind)
                leader = False
                if i in chosen:
                    lines, best = chosen[i]
                else:
                    lines, best, leader = self.free_place(kind, i, boxes, variants[i], placed,
                                                          clash)
                placed.append(best)
                if leader:  # a label pushed away keeps a thin line to its item
                    group.add(Line(*_leader(boxes[i], best), strokeWidth=0.4,
                                   strokeColor=colors.HexColor("#9A9A9A")))
                group.add(self.text_lines(lines, (best[0] + best[2]) / 2, best[3], size, colour))
        return group

    def free_place(self, kind: str, i: int, boxes: list[Box],
                   variants: list[tuple[list[str], float, float]], placed: list[Box],
                   clash: Callable[[Box, int, list[Box]], float],
                   ) -> tuple[list[str], Box, bool]:
        """The best place of one label on its own: (lines, box, needs a leader line)."""
        if kind == "audience":  # its label belongs in the band, come what may
            lines, w, h = variants[0]
            return lines, self.places(boxes[i], w, h)["inside"], False
        # Next to the item in any wrapping first; then, widest wrapping, further away.
        near: list[tuple[list[str], Box]] = []
        for lines, w, h in variants:
            natural = self.places(boxes[i], w, h)
            near += [(lines, natural[d]) for d in (*_DIRECTIONS.get(kind, ()), "below",
                                                   "above", "right", "left")]
        lines, w, h = variants[0]
        away = [(lines, b) for b in self.fallbacks(boxes[i], w, h)]
        others = [o for j, o in enumerate(boxes) if j != i and not _contains(o, boxes[i])]

        def cost(index: int) -> tuple[bool, bool, float, int]:
            b = (near + away)[index][1]
            # A leader line through another item or label is nearly as bad as an overlap.
            crossed = self.crossings(_leader(boxes[i], b), others + placed) \
                if index >= len(near) else 0
            area = clash(b, i, placed)
            return (area > 0.5, crossed > 0, area, crossed)

        best = min(range(len(near) + len(away)), key=cost)
        lines, box = (near + away)[best]
        return lines, box, best >= len(near)

    @staticmethod
    def crossings(segment: tuple[float, float, float, float], obstacles: list[Box]) -> int:
        """How many sample points along a line fall on an obstacle."""
        x0, y0, x1, y1 = segment
        points = ((x0 + (x1 - x0) * t / 24, y0 + (y1 - y0) * t / 24) for t in range(1, 24))
        return sum(any(o[0] < x < o[2] and o[1] < y < o[3] for o in obstacles)
                   for x, y in points)

    def label_variants(self, s: PlanShape, box: Box) -> list[tuple[list[str], float, float]]:
        """The label wrapped at its natural width and narrower: (lines, width, height)."""
        size, _colour = _label_look(s.kind)
        if s.kind == "audience":
            limits = [box[2] - box[0] - 8]
        else:
            # Documents sit on a crowded table: their labels wrap narrower from the start.
            least = 56.0 if s.kind == "document" else 90.0
            # Never so narrow that a word is cut in two (a name in katakana included),
            # unless the word alone is wider than the widest label.
            longest = min(max(_width(w, self.font, size) for w in s.label.split()), _MAX_LABEL)
            widest = max(min(max(box[2] - box[0], least), _MAX_LABEL), longest)
            limits = [max(widest * k, longest) for k in (1.0, 0.72, 0.5)]
        out: list[tuple[list[str], float, float]] = []
        for limit in limits:
            lines = _wrap(s.label, self.font, size, limit)
            if all(lines != known for known, _w, _h in out):
                out.append((lines, max(_width(x, self.font, size) for x in lines) + 2,
                            len(lines) * size * 1.18 + 1))
        return out


def _label_look(kind: str) -> tuple[float, colors.Color]:
    """Label size and colour: the audience band's label is larger and quiet."""
    return (11.0, colors.HexColor("#77776F")) if kind == "audience" else (_LABEL_SIZE, INK)


def _leader(item: Box, label: Box) -> tuple[float, float, float, float]:
    """The line from an item's edge to the near edge of its displaced label."""
    low = label[3] < item[1]
    return ((item[0] + item[2]) / 2, item[1] if low else item[3],
            (label[0] + label[2]) / 2, label[3] if low else label[1])


class _Symbol(Flowable):
    """A small legend symbol: a side's colour or an item kind, drawn as on the plan."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.width, self.height = 16.0, 11.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        c: Canvas = self.canv
        strong, light = SIDE_COLOURS[self.key if self.key in ("host", "guest") else ""]
        c.setLineWidth(0.9)
        if self.key in ("host", "guest"):
            c.setFillColor(strong)
            c.setStrokeColor(strong)
            c.rect(2, 2, 12, 8, stroke=0, fill=1)
            return
        c.setStrokeColor(strong)
        c.setFillColor(light)
        if self.key in ("chair", "interpreter"):
            if self.key == "interpreter":
                c.setDash(2, 1.5)
            c.circle(8, 5.5, 5 if self.key == "chair" else 3.6, stroke=1, fill=1)
        elif self.key == "flag":
            c.line(3, 0.5, 3, 10.5)
            c.setFillColor(strong)
            c.rect(3, 5.5, 10, 5, stroke=0, fill=1)
        elif self.key == "document":
            c.setFillColor(colors.white)
            c.rect(4, 1.5, 8, 9, stroke=1, fill=1)
        elif self.key == "mc_lectern":
            c.setFillColor(colors.HexColor("#D9CBB0"))
            c.setStrokeColor(colors.HexColor("#8A7350"))
            path = c.beginPath()
            path.moveTo(5, 1)
            path.lineTo(11, 1)
            path.lineTo(12.5, 10)
            path.lineTo(3.5, 10)
            path.close()
            c.drawPath(path, stroke=1, fill=1)
        else:  # table, audience
            c.setFillColor(colors.HexColor("#F3ECDF"))
            c.setStrokeColor(colors.HexColor("#8A7350"))
            c.rect(1, 3, 14, 5, stroke=1, fill=1)


_LEGEND_KEYS = {"host", "guest", "table", "chair", "flag", "document", "interpreter",
                "mc_lectern", "audience"}


def _legend(entries: Sequence[str], style: ParagraphStyle, width: float) -> Table:
    rows: list[list[object]] = []
    for entry in entries:
        key, sep, text = entry.partition(":")
        if sep and key.strip() in _LEGEND_KEYS:
            rows.append([_Symbol(key.strip()), _p(text.strip(), style)])
        else:
            rows.append(["", _p(entry, style)])
    table = Table(rows, colWidths=[20, width - 20], hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), style.fontName),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_plan(data: PlanInput) -> bytes:
    """The seating plan as one landscape PDF page (fonts embedded, same input, same bytes)."""
    # A one-page drawing has room for names, not essays: very long texts are shortened.
    data = replace(
        data, title=_clip(data.title, 300), caption=_clip(data.caption, 600),
        legend=tuple(_clip(x, 400) for x in data.legend),
        shapes=tuple(replace(shape, label=_clip(shape.label, 120)) for shape in data.shapes))
    s = styles(data.language)
    page = landscape(_page(data.page_size))
    top, bottom = MARGIN * 0.8, MARGIN * 0.8
    frame_w, frame_h = page[0] - 2 * MARGIN - 12, page[1] - top - bottom - 12
    title = _style(s["heading"], "plan_title", spaceAfter=4)
    caption = _style(s["small"], "plan_caption", textColor=MUTED, spaceBefore=4)
    legend_style = _style(s["small"], "plan_legend", spaceAfter=0)

    head = [_p(data.title, title)] if data.title else []
    foot = [_p(data.caption, caption)] if data.caption else []
    used = sum(f.wrap(frame_w, frame_h)[1] + f.getSpaceBefore() + f.getSpaceAfter()
               for f in head + foot)
    legend_w = 58 * mm if data.legend else 0.0
    gap = 6 * mm if data.legend else 0.0
    plan_w, plan_h = frame_w - legend_w - gap, max(frame_h - used - 8, 120.0)
    plan = _Plan(data, plan_w, plan_h).drawing()

    body: Flowable = plan
    if data.legend:
        legend = KeepInFrame(legend_w, plan_h, [_legend(data.legend, legend_style, legend_w)],
                             mode="shrink")
        body = Table([[plan, legend]], colWidths=[plan_w + gap, legend_w], splitInRow=1)
        body.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), s["body"].fontName),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("LINEBEFORE", (1, 0), (1, 0), 0.4, RULE),
            ("LEFTPADDING", (1, 0), (1, 0), 8),
        ]))
    # Whatever the text lengths, the plan stays one page: too much text shrinks, never flows.
    story = [KeepInFrame(frame_w, frame_h, [*head, body, *foot], mode="shrink")]

    # build_pdf has no landscape option; this mirrors its settings (invariant bytes, a bundled
    # initial font so the canvas never declares Helvetica).
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=page, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=top, bottomMargin=bottom, title=data.title, author="",
                            creator="Sister City Desktop", invariant=1, lang=data.language,
                            initialFontName=s["body"].fontName)
    doc.build(story)
    return buffer.getvalue()
