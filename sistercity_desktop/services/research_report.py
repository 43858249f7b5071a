"""Build the research report (the committee's memory of why a partner was chosen)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from babel.dates import format_date

from sistercity_desktop.documents.research_report import (
    ReportCandidate,
    ReportScore,
    ResearchReportInput,
    render_research_report,
)
from sistercity_desktop.protocol.languages import country_name, language_name
from sistercity_desktop.research.similarity import DATA_POINT_LABELS
from sistercity_desktop.services.partnerships import _get
from sistercity_desktop.services.research import CandidateRow, comparison, weights_of
from sistercity_desktop.store import Store
from sistercity_desktop.store.models import Candidate
from sistercity_desktop.text import LanguageName, Number, translate

STATUS_LABELS = {"considering": "Under consideration", "chosen": "Chosen",
                 "declined": "Declined"}
TIE_LABELS = {"mayoral": "Mayoral", "trade": "Trade", "diaspora": "Diaspora",
              "faith_based": "Faith-based", "personal": "Personal", "other": "Other"}


def hours(value: float) -> str:
    sign = "+" if value > 0 else "−" if value < 0 else "±"
    magnitude = abs(value)
    whole = int(magnitude)
    minutes = round((magnitude - whole) * 60)
    return f"{sign}{whole} h" + (f" {minutes:02d} min" if minutes else "")


def fact_lines(row: CandidateRow) -> tuple[tuple[str, str], ...]:
    """Derived facts in words, for the window and the report."""
    f = row.facts
    lines: list[tuple[str, str]] = []
    if row.population:
        lines.append(("Population", Number(row.population)))
    lines.append(("Distance", translate("research", "{km} km").format(km=Number(f.distance_km))
                  if f.distance_km is not None
                  else translate("research", "not known (no coordinates)")))
    if f.time_difference is not None and f.time_difference_range is not None:
        low, high = f.time_difference_range
        spread = hours(low) if low == high else translate(
            "research", "{low} to {high} over the year").format(low=hours(low), high=hours(high))
        lines.append(("Time difference", translate("research", "{now} now ({spread})").format(
            now=hours(f.time_difference), spread=spread)))
    if f.office_hours_overlap is not None:
        overlap = (translate("research", "{hours} h when both city halls are open (9:00–17:00)")
                   .format(hours=f"{f.office_hours_overlap:g}") if f.office_hours_overlap
                   else translate("research", "none: city hall hours do not overlap"))
        lines.append(("Shared office hours", overlap))
    if f.hemisphere:
        # research.geo.hemisphere() answers "north" or "south" only.
        side = (translate("research", "Northern") if f.hemisphere == "north"
                else translate("research", "Southern"))
        if f.seasons_opposite is not None:
            side = (translate("research", "{hemisphere}, seasons opposite to ours")
                    if f.seasons_opposite
                    else translate("research", "{hemisphere}, same seasons as ours")
                    ).format(hemisphere=side)
        lines.append(("Hemisphere", side))
    lines.append(("Likely document language", translate("research", "{language} ({code})").format(
        language=LanguageName(f.language, language_name(f.language)), code=f.language)))
    return tuple(lines)


def _profile(c: Candidate) -> tuple[tuple[str, str], ...]:
    city = c.city
    ties = "; ".join(f"{TIE_LABELS.get(t.kind, t.kind)} (strength {t.strength})"
                     + (f": {t.note}" if t.note else "") for t in c.ties)
    pairs = (
        ("Geography", city.geography), ("Climate", city.climate),
        ("Industries", city.industries),
        ("Academic institutions", ", ".join(x for x in (city.academic_kinds,
                                                        city.academic_institutions) if x)),
        ("Cultural institutions", ", ".join(x for x in (city.cultural_kinds,
                                                        city.cultural_institutions) if x)),
        ("Preexisting relationships", "\n".join(x for x in (ties, c.relationships) if x)),
        ("Historical or ancestral ties", c.history),
        ("Sources", c.sources), ("Notes", c.notes),
    )
    return tuple((label, text) for label, text in pairs if text)


def report_input(store: Store, pid: str, page_size: str = "A4",
                 today: date | None = None) -> ResearchReportInput:
    """Plain data for the report renderer."""
    rows = {r.id: r for r in comparison(store, pid, datetime.now(UTC))}
    weights = weights_of(store)
    day = today or date.today()
    with store.session() as session:
        p = _get(session, pid)
        committee = p.committee
        candidates = []
        for c in p.candidates:
            row = rows[c.id]
            scores = tuple(
                ReportScore(DATA_POINT_LABELS[part.point], part.score,
                            weights.get(part.point, 0), part.explanation)
                for part in row.similarity.parts
            )
            candidates.append(ReportCandidate(
                name=c.city.name, country=country_name(c.city.country),
                status=STATUS_LABELS.get(c.status, c.status), facts=fact_lines(row),
                profile=_profile(c), scores=scores, total=row.similarity.total,
                decision_reason=c.decision_reason,
                decided_on=format_date(c.decided_on, "long", locale="en") if c.decided_on
                else "",
            ))
        chosen = next((c for c in p.candidates if c.status == "chosen"), None)
        summary = ""
        if chosen is not None:
            summary = f"Chosen: {chosen.city.name}. {chosen.decision_reason}".strip()
        if p.selection_reason and p.selection_reason not in summary:
            summary = f"{summary}\n\n{p.selection_reason}".strip()
        return ResearchReportInput(
            title=f"Partner research: {committee.city.name}", committee=committee.name,
            our_city=f"{committee.city.name}, {country_name(committee.city.country)}",
            generated_on=format_date(day, "long", locale="en"), summary=summary,
            candidates=tuple(candidates), page_size=page_size,
        )


def render(store: Store, pid: str, page_size: str = "A4", today: date | None = None) -> bytes:
    return render_research_report(report_input(store, pid, page_size, today))
