"""The signing plan: place of honour, flags, originals, interpreters, no overlaps."""

from __future__ import annotations

import itertools

import pytest

from sistercity_desktop.protocol.ceremony import ROLES
from sistercity_desktop.protocol.seating import KINDS, PlanItem, side_of, signing_plan


def plan(**kwargs: bool) -> list[PlanItem]:
    return signing_plan("Greenvale", "Minamihara", "Mayor Patricia Holloway",
                        "Mayor Kenji Sato", "United States", "Japan", **kwargs)


def one(items: list[PlanItem], kind: str, side: str) -> PlanItem:
    (found,) = [i for i in items if i.kind == kind and i.side == side]
    return found


def overlap(a: PlanItem, b: PlanItem) -> bool:
    return (abs(a.x - b.x) < (a.w + b.w) / 2 - 1e-9
            and abs(a.y - b.y) < (a.h + b.h) / 2 - 1e-9)


def inside(inner: PlanItem, outer: PlanItem) -> bool:
    return (outer.x - outer.w / 2 <= inner.x - inner.w / 2
            and inner.x + inner.w / 2 <= outer.x + outer.w / 2
            and outer.y - outer.h / 2 <= inner.y - inner.h / 2
            and inner.y + inner.h / 2 <= outer.y + outer.h / 2)


ALL_PLANS = [
    pytest.param({}, id="default"),
    pytest.param({"chinese_practice": True}, id="chinese"),
    pytest.param({"interpreters": False}, id="no-interpreters"),
    pytest.param({"interpreters": False, "chinese_practice": True}, id="chinese-no-interp"),
]


def test_guest_sits_at_the_hosts_right_which_is_audience_left() -> None:
    items = plan()
    assert side_of(items, "guest_signatory") == "left"
    assert side_of(items, "host_signatory") == "right"
    assert one(items, "chair", "guest").x < one(items, "chair", "host").x


def test_chinese_practice_reverses_the_sides() -> None:
    items = plan(chinese_practice=True)
    assert side_of(items, "host_signatory") == "left"
    assert side_of(items, "guest_signatory") == "right"
    assert one(items, "chair", "host").x < one(items, "chair", "guest").x


@pytest.mark.parametrize("options", ALL_PLANS)
def test_flags_stand_directly_behind_their_own_signatory(options: dict[str, bool]) -> None:
    items = plan(**options)
    host_flag, guest_flag = one(items, "flag", "host"), one(items, "flag", "guest")
    for side, flag in (("host", host_flag), ("guest", guest_flag)):
        chair = one(items, "chair", side)
        assert abs(flag.x - chair.x) <= 0.05
        assert flag.y < chair.y
    assert (host_flag.y, host_flag.w, host_flag.h) == (guest_flag.y, guest_flag.w, guest_flag.h)
    assert host_flag.label == "Flag: United States"
    assert guest_flag.label == "Flag: Japan"


@pytest.mark.parametrize("options", ALL_PLANS)
def test_each_original_lies_in_front_of_its_own_signatory(options: dict[str, bool]) -> None:
    items = plan(**options)
    (table,) = [i for i in items if i.kind == "table"]
    for side, city in (("host", "Greenvale"), ("guest", "Minamihara")):
        document, chair = one(items, "document", side), one(items, "chair", side)
        assert document.label == f"Original of {city}"
        assert abs(document.x - chair.x) <= 0.05
        assert document.y > chair.y
        assert inside(document, table)
    assert one(items, "chair", "host").label == "Host signatory: Mayor Patricia Holloway"


@pytest.mark.parametrize("chinese", [False, True])
def test_interpreters_stand_behind_and_outward_of_their_principal(chinese: bool) -> None:
    items = plan(chinese_practice=chinese)
    for side in ("host", "guest"):
        interpreter, chair = one(items, "interpreter", side), one(items, "chair", side)
        assert interpreter.role == f"{side}_interpreter"
        assert interpreter.y < chair.y
        assert abs(interpreter.x - chair.x) <= 0.2
        assert ((interpreter.x - chair.x) * (chair.x - 0.5)) > 0  # outward, not between
    assert not [i for i in plan(interpreters=False) if i.kind == "interpreter"]


@pytest.mark.parametrize("options", ALL_PLANS)
def test_nothing_overlaps_except_documents_on_the_table(options: dict[str, bool]) -> None:
    items = plan(**options)
    for a, b in itertools.combinations(items, 2):
        if {a.kind, b.kind} == {"document", "table"}:
            continue
        assert not overlap(a, b), (a.label, b.label)


@pytest.mark.parametrize("options", ALL_PLANS)
def test_all_items_lie_within_the_frame(options: dict[str, bool]) -> None:
    for item in plan(**options):
        assert item.kind in KINDS
        assert item.role in (*ROLES, "")
        assert item.side in ("host", "guest", "")
        for value in (item.x, item.y, item.w, item.h):
            assert 0.0 <= value <= 1.0
        assert item.x - item.w / 2 >= 0.0 and item.x + item.w / 2 <= 1.0
        assert item.y - item.h / 2 >= 0.0 and item.y + item.h / 2 <= 1.0


def test_plan_has_table_lectern_and_audience_in_place() -> None:
    items = plan()
    kinds = [i.kind for i in items]
    assert kinds.count("table") == 1 and kinds.count("mc_lectern") == 1
    assert kinds.count("audience") == 1
    (table,) = [i for i in items if i.kind == "table"]
    (audience,) = [i for i in items if i.kind == "audience"]
    (lectern,) = [i for i in items if i.kind == "mc_lectern"]
    assert table.x == pytest.approx(0.5)
    assert audience.y > max(i.y for i in items if i.kind != "audience")
    assert lectern.y > table.y and lectern.role == "mc"


def test_blank_names_still_give_readable_labels() -> None:
    items = signing_plan("", "", "", "", "", "")
    labels = {i.label for i in items}
    assert {"Host signatory", "Guest signatory", "Flag", "Host original"} <= labels


def test_side_of_unknown_role_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="press"):
        side_of(plan(), "press")
