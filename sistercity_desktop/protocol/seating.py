"""The flag and seating plan of a signing ceremony, as positioned items.

Coordinates are normalised and seen FROM THE AUDIENCE: x runs from 0 (audience left) to
1 (audience right), y from 0 (back wall, behind the signing table) to 1 (front, towards
the audience). Each item gives its centre (x, y) and size (w, h), all within 0..1, so a
drawing widget or a PDF only has to scale them.

The rule behind the layout: the place of honour is the host's right, so the guest sits
at the host's right. The signatories face the audience, so the host's right hand is on
the audience's LEFT: seen from the audience the guest is on the left and the host on the
right. Chinese practice is stated in protocol notes as "host left, guest right, seen from
the audience"; `chinese_practice=True` follows that wording and mirrors the plan. (The
Chinese rule is often written from the signatories' own viewpoint, in which case it
coincides with the international one: confirm with the partner's foreign affairs office.)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

KINDS = ("table", "chair", "flag", "document", "interpreter", "mc_lectern", "audience")

# Default orientation (guest on the audience's left). Signatories sit near the centre so
# the photographers get both in one frame with their flags behind them.
_SEAT_X = {"guest": 0.35, "host": 0.65}
_OUTWARD = {"guest": -1.0, "host": 1.0}  # which way "outward" is for each side
_FLAG_Y, _INTERPRETER_Y, _CHAIR_Y, _TABLE_Y = 0.13, 0.30, 0.42, 0.56
_INTERPRETER_OFFSET = 0.15  # behind and slightly outward, close enough to whisper


@dataclass(frozen=True)
class PlanItem:
    """One thing on the plan: its kind, whose it is, a printable label, centre and size."""

    kind: str  # one of KINDS
    role: str  # a role key from protocol.ceremony.ROLES, or ""
    side: str  # "host" | "guest" | ""
    label: str
    x: float
    y: float
    w: float
    h: float


def _named(prefix: str, value: str) -> str:
    value = value.strip()
    return f"{prefix}: {value}" if value else prefix


def signing_plan(host_city: str, guest_city: str, host_signatory: str, guest_signatory: str,
                 host_flag: str, guest_flag: str, interpreters: bool = True,
                 chinese_practice: bool = False) -> list[PlanItem]:
    """The signing table, chairs, flags, originals, interpreters, MC lectern and audience.

    By default the guest is at the host's right, i.e. on the audience's left (smaller x).
    With `chinese_practice` the plan is mirrored: host on the audience's left, guest on
    the right. Each side's flag stands on its own staff directly behind its signatory
    (same size for both), its original lies on the table in front of its signatory, and
    its interpreter stands behind and slightly outward. Nothing overlaps except the
    originals lying on the table.
    """
    people = {"host": host_signatory, "guest": guest_signatory}
    cities = {"host": host_city, "guest": guest_city}
    flags = {"host": host_flag, "guest": guest_flag}
    items: list[PlanItem] = [
        PlanItem("table", "", "", "Signing table", 0.5, _TABLE_Y, 0.6, 0.12),
    ]
    for side in ("guest", "host"):
        x = _SEAT_X[side]
        items += [
            PlanItem("flag", "", side, _named("Flag", flags[side]), x, _FLAG_Y, 0.06, 0.18),
            PlanItem("chair", f"{side}_signatory", side,
                     _named(f"{side.capitalize()} signatory", people[side]),
                     x, _CHAIR_Y, 0.10, 0.08),
            PlanItem("document", "", side,
                     f"Original of {cities[side].strip()}" if cities[side].strip()
                     else f"{side.capitalize()} original", x, _TABLE_Y, 0.12, 0.07),
        ]
        if interpreters:
            items.append(PlanItem(
                "interpreter", f"{side}_interpreter", side,
                f"Interpreter for {people[side].strip()}" if people[side].strip()
                else f"{side.capitalize()} interpreter",
                x + _OUTWARD[side] * _INTERPRETER_OFFSET, _INTERPRETER_Y, 0.08, 0.08))
    # The MC is normally provided by the host, so the lectern stands at the front on the
    # host's side, clear of the table and out of the signing photo.
    items += [
        PlanItem("mc_lectern", "mc", "", "Master of ceremonies", 0.9, 0.70, 0.08, 0.08),
        PlanItem("audience", "", "", "Audience and press", 0.5, 0.9, 0.96, 0.14),
    ]
    if chinese_practice:
        items = [replace(item, x=round(1.0 - item.x, 6)) for item in items]
    return [replace(item, x=round(item.x, 6)) for item in items]


def side_of(items: Iterable[PlanItem], role: str) -> str:
    """Where the first item with `role` is, seen from the audience: "left" or "right".

    An item exactly on the centre line gives "centre". ValueError if no item has `role`.
    """
    for item in items:
        if item.role == role:
            if item.x < 0.5:
                return "left"
            return "right" if item.x > 0.5 else "centre"
    raise ValueError(f"The plan has no item for the role {role!r}.")
