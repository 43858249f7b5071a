"""The committee's policy for inbound inquiries: required and weighted questions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Criterion:
    id: str
    text: str
    required: bool
    weight: int = 1  # counts only for optional criteria


@dataclass(frozen=True)
class PolicyResult:
    """How an inquiry measures up; the committee still decides."""

    verdict: str                    # "meets", "fails" or "incomplete"
    failed_required: tuple[str, ...]
    unanswered: tuple[str, ...]
    score: float | None             # 0..100 over answered optional criteria
    summary: str


def evaluate(criteria: Sequence[Criterion], answers: Mapping[str, bool | None]) -> PolicyResult:
    """Check answers (criterion id -> yes/no/unknown) against the policy."""
    failed = tuple(c.text for c in criteria if c.required and answers.get(c.id) is False)
    unanswered = tuple(c.text for c in criteria if answers.get(c.id) is None)
    optional = [c for c in criteria if not c.required and answers.get(c.id) is not None]
    total = sum(max(c.weight, 0) for c in optional)
    score = (100 * sum(max(c.weight, 0) for c in optional if answers.get(c.id)) / total
             if total else None)
    if failed:
        verdict = "fails"
        summary = "Does not meet the policy: " + "; ".join(failed) + "."
    elif any(c.required and answers.get(c.id) is None for c in criteria):
        verdict = "incomplete"
        summary = f"Not all required questions are answered ({len(unanswered)} open)."
    else:
        verdict = "meets"
        extra = f" Weighted score {score:.0f}%." if score is not None else ""
        summary = "Meets every required criterion." + extra
    return PolicyResult(verdict, failed, unanswered, score, summary)


# A starting policy a committee can edit: facts from the guide and twinning practice.
DEFAULT_CRITERIA: tuple[tuple[str, bool, int], ...] = (
    ("The mayor or highest official supports exploring this partnership", True, 1),
    ("A local organisation has committed volunteers to run it", True, 1),
    ("The city's population is within a factor of three of ours", False, 2),
    ("Schools, colleges or cultural institutions could pair with ours", False, 2),
    ("There are existing ties (trade, diaspora, faith groups, personal)", False, 3),
    ("The partner city can name a contact with authority to move things forward", False, 2),
    ("We do not already have a partner in the same country", False, 1),
)
