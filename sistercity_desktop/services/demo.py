"""Demo data: a fictional committee with three partnerships at telling stages.

The demo lets people try the app (and lets us take screenshots) without
typing a committee in first. Every date is computed from `today` so the demo
always looks current: the signed link is a few years old, the Japanese link is
about to be approved and the research has just started.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sistercity_desktop.errors import UserError
from sistercity_desktop.process.due import add_months
from sistercity_desktop.process.steps import steps
from sistercity_desktop.services.committee import find_committee
from sistercity_desktop.store import Store
from sistercity_desktop.store.models import (
    Candidate,
    ChecklistState,
    CityProfile,
    Committee,
    Contact,
    CorrespondenceEntry,
    Note,
    Partnership,
    Tie,
    WorkPlanItem,
)
from sistercity_desktop.text import translate

ALREADY_SET_UP = translate(
    "Errors",
    "This data folder already has a committee; use an empty data folder for the demo (--data-dir)."
)


def load_demo(store: Store, today: date | None = None) -> None:
    """Fill an empty store with a demo committee and three partnerships.

    Raises UserError if the store already has a committee, so the demo can
    never mix with (or overwrite) a committee's real records.
    """
    today = today or date.today()
    # One transaction: either the whole demo is there or none of it is.
    with store.session() as session, session.begin():
        if find_committee(session) is not None:
            raise UserError(ALREADY_SET_UP)
        committee = Committee(
            name="Greenvale Sister Cities Association",
            language="en",
            email="hello@greenvale-sistercities.example",
            city=_greenvale(),
        )
        session.add(committee)
        committee.partnerships.extend([_tartu(today), _matsumoto(today), _research(today)])


# ---------------------------------------------------------------- helpers


def _created(day: date) -> datetime:
    # Naive UTC, as create_partnership stores it; the list sorts on this.
    return datetime.combine(day, time(9, 30), tzinfo=UTC).replace(tzinfo=None)


def _tick(p: Partnership, number: int, done_on: date, count: int | None = None) -> None:
    """Tick the first `count` checklist items of step `number` (all when None).

    Keys come from steps() so the demo follows any change to the checklists.
    """
    items = steps()[number - 1].checklist
    for offset, item in enumerate(items[:count]):
        # Spread the ticks over a few days, as a committee would tick them.
        p.checklist.append(
            ChecklistState(item_key=item.key, done=True, done_on=done_on + timedelta(days=offset))
        )


# ---------------------------------------------------------------- our city


def _greenvale() -> CityProfile:
    return CityProfile(
        name="Greenvale",
        country="US",
        region="Oregon",
        population=181_400,
        latitude=44.62,
        longitude=-123.09,
        timezone="America/Los_Angeles",
        # Data points as tags and terms so the research step can compare them.
        geography="river, valley, forest",
        climate="oceanic",
        industries="food processing, wine, hazelnuts, timber, software, health care",
        academic_kinds="college, high_school, university",
        cultural_kinds="festival, museum, music_venue, theatre",
        academic_institutions=(
            "Greenvale State University (agriculture, forestry, computer science); "
            "Willow Creek Community College."
        ),
        cultural_institutions=(
            "Greenvale Symphony, Riverfront Art Museum, the historic Mill District, "
            "the summer Valley Folk Festival."
        ),
        languages="en",
        official_name="Patricia Holloway",
        official_title="Mayor",
        local_organisation="City of Greenvale, Office of the Mayor",
    )


# ---------------------------------------------------------------- A: signed, step 7


def _tartu(today: date) -> Partnership:
    signed = add_months(today, -48)
    p = Partnership(
        partner_city=CityProfile(
            name="Tartu",
            country="EE",
            region="Tartu County",
            population=97_000,
            latitude=58.378,
            longitude=26.729,
            timezone="Europe/Tallinn",
            geography="University town on the Emajõgi river; cold winters, mild summers.",
            industries="Software and IT services, research spin-offs, food and wood industry.",
            academic_institutions="University of Tartu; Estonian University of Life Sciences.",
            cultural_institutions="Estonian National Museum; Vanemuine theatre; Tartu Song "
            "Festival Grounds.",
            languages="et",
            official_name="Kristjan Kask",
            official_title="linnapea",
            local_organisation="Tartu Linnavalitsus (City Government), Foreign Relations",
        ),
        kind="sister",
        current_step=7,
        furthest_step=7,
        partner_language="et",
        committee_language="en",
        created_at=_created(add_months(signed, -30)),
        started_on=add_months(signed, -30),
        purpose=(
            "Link Greenvale with a European university town of similar outlook so that our "
            "students, researchers and tech start-ups can learn from each other, and so that "
            "residents of Estonian and Baltic heritage have a home-country partner."
        ),
        lead_organisation="Greenvale Sister Cities Association",
        official_support_on=add_months(signed, -30),
        selection_reason=(
            "Tartu matched best on the research sheet: a university town with a strong IT "
            "sector, a river setting like ours, and an existing research tie between Greenvale "
            "State and the University of Tartu. Its city government answered informal "
            "inquiries quickly and has an English-speaking foreign relations office."
        ),
        letter_sent_on=add_months(signed, -22),
        reply_received_on=add_months(signed, -20),
        pilot_programme=(
            "Youth pen pals: two Greenvale middle schools and two Tartu basic schools "
            "exchanged letters and short videos for one school year."
        ),
        work_plan_agreed_on=add_months(signed, -12),
        agreement_style="ceremonial",
        council_resolution=f"{add_months(signed, -3).year}-41",
        council_resolution_on=add_months(signed, -3),
        agreement_approved_on=add_months(signed, -2),
        ceremony_on=signed,
        ceremony_venue="Tartu Town Hall, Town Hall Square",
        signed_on=signed,
        sent_to_national_body_on=signed + timedelta(days=24),
        last_evaluation_on=add_months(signed, 24),
        next_evaluation_on=add_months(today, 3),
    )
    # Steps 1-6 are finished; step 7 is ongoing, so only part of it is ticked.
    for number, done_on in (
        (1, add_months(signed, -30)),
        (2, add_months(signed, -25)),
        (3, add_months(signed, -22)),
        (4, add_months(signed, -12)),
        (5, add_months(signed, -2)),
        (6, signed + timedelta(days=20)),
    ):
        _tick(p, number, done_on)
    _tick(p, 7, add_months(signed, 1), count=4)

    p.contacts.extend(
        [
            Contact(side="ours", role="mayors_office", name="Daniel Ortiz",
                    title="Protocol and International Relations Officer",
                    organisation="City of Greenvale, Office of the Mayor",
                    email="d.ortiz@greenvale.example", phone="+1 541 555 0142", language="en"),
            Contact(side="ours", role="volunteer", name="Margaret Lindqvist",
                    title="Chair, Tartu committee",
                    organisation="Greenvale Sister Cities Association",
                    email="margaret@greenvale-sistercities.example", phone="+1 541 555 0188",
                    language="en"),
            Contact(side="ours", role="council", name="Councilor James Whitaker",
                    title="Council liaison for international relations",
                    organisation="Greenvale City Council",
                    email="j.whitaker@greenvale.example", language="en"),
            Contact(side="theirs", role="mayors_office", name="Liis Saar",
                    title="Head of Foreign Relations",
                    organisation="Tartu City Government",
                    email="liis.saar@tartu.example", phone="+372 736 1000", language="et"),
            Contact(side="theirs", role="volunteer", name="Andres Mets",
                    title="Coordinator, Tartu–Greenvale friends",
                    organisation="Tartu Twin Towns Society",
                    email="andres.mets@tartu-friends.example", language="et"),
            Contact(side="theirs", role="council", name="Maarja Rebane",
                    title="Member of Tartu City Council",
                    organisation="Tartu Linnavolikogu", language="et"),
        ]
    )
    p.correspondence.extend(
        [
            CorrespondenceEntry(
                on=add_months(signed, -22), direction="outgoing", channel="letter",
                our_people="Mayor Patricia Holloway", their_people="Linnapea Kristjan Kask",
                summary="Letter of introduction proposing a sister city partnership, with our "
                "city profile and three programme ideas.",
            ),
            CorrespondenceEntry(
                on=add_months(signed, -20), direction="incoming", channel="letter",
                our_people="Mayor Patricia Holloway", their_people="Linnapea Kristjan Kask",
                summary="Reply welcoming the idea; Liis Saar named as contact in the foreign "
                "relations office.",
            ),
            CorrespondenceEntry(
                on=add_months(signed, -16), direction="outgoing", channel="video_call",
                our_people="Margaret Lindqvist, Daniel Ortiz", their_people="Liis Saar",
                summary="First working call: agreed to start with school pen pals and to "
                "compare e-services between the two city halls.",
            ),
            CorrespondenceEntry(
                on=add_months(signed, -8), direction="outgoing", channel="delegation",
                our_people="Councilor Whitaker, Margaret Lindqvist, two GSU professors",
                their_people="Deputy mayor, Liis Saar, University of Tartu",
                summary="Exploratory delegation to Tartu: visited schools, the university "
                "science park and the national museum; draft work plan reviewed.",
            ),
            CorrespondenceEntry(
                on=add_months(signed, -4), direction="incoming", channel="email",
                our_people="Daniel Ortiz", their_people="Liis Saar",
                summary="Estonian and English agreement texts checked by both sides; "
                "ceremony proposed for Tartu in the spring.",
            ),
            CorrespondenceEntry(
                on=signed, direction="outgoing", channel="delegation",
                our_people="Mayor Holloway and a 12-member delegation",
                their_people="Linnapea Kask, city council members",
                summary="Signing ceremony at Tartu Town Hall; choir performance and gift "
                "exchange.",
            ),
            CorrespondenceEntry(
                on=add_months(signed, 24), direction="outgoing", channel="video_call",
                our_people="Margaret Lindqvist, Daniel Ortiz", their_people="Liis Saar, "
                "Andres Mets",
                summary="Two-year review: pen pals and student exchange are working; the "
                "e-services exchange needs a named owner in Tartu.",
            ),
            CorrespondenceEntry(
                on=today - timedelta(days=110), direction="incoming", channel="call",
                our_people="Daniel Ortiz", their_people="Liis Saar",
                summary="Tartu asked whether our mayor could visit for the fifth anniversary.",
            ),
            CorrespondenceEntry(
                on=today - timedelta(days=40), direction="outgoing", channel="email",
                our_people="Margaret Lindqvist", their_people="Andres Mets",
                summary="Sent the list of this year's exchange students and asked for host "
                "family details.",
            ),
        ]
    )
    p.work_plan.extend(
        [
            WorkPlanItem(
                title="Youth pen pals between middle schools", kind="youth_pen_pals",
                term="short", pilot=True, owner="Greenvale School District",
                starts_on=add_months(signed, -15), due_on=add_months(signed, -6), status="done",
            ),
            WorkPlanItem(
                title="Joint choir concert at the Valley Folk Festival", kind="cultural",
                term="short", owner="Greenvale Symphony",
                starts_on=add_months(signed, 3), due_on=add_months(signed, 5), status="done",
            ),
            WorkPlanItem(
                title="Annual high-school student exchange (six students each way)",
                kind="student_exchange", term="long", owner="Margaret Lindqvist",
                starts_on=add_months(signed, 6), due_on=add_months(today, 14), status="in_progress",
            ),
            WorkPlanItem(
                title="Compare online city services with Tartu's IT department",
                kind="municipal_best_practice", term="short", owner="Daniel Ortiz",
                starts_on=add_months(today, -5), due_on=today - timedelta(days=21),
                status="in_progress",
            ),
            WorkPlanItem(
                title="Start-up exchange between the two business incubators", kind="economic",
                term="long", owner="Greenvale Chamber of Commerce",
                starts_on=add_months(today, 2), due_on=add_months(today, 20), status="planned",
            ),
            WorkPlanItem(
                title="Mayor's delegation for the fifth anniversary", kind="delegation_visit",
                term="short", owner="Office of the Mayor",
                starts_on=add_months(today, 6), due_on=add_months(today, 12), status="planned",
            ),
            WorkPlanItem(
                title="Estonian film week at the Riverfront Art Museum", kind="cultural",
                term="short", owner="Riverfront Art Museum",
                starts_on=add_months(signed, 12), due_on=add_months(signed, 14), status="cancelled",
            ),
        ]
    )
    p.notes.extend(
        [
            Note(step=2, kind="decision", written_on=add_months(signed, -25),
                 text="Board chose Tartu over the other two candidates (vote 9-2): the "
                 "university and IT ties give the link programmes from day one."),
            Note(step=5, kind="note", written_on=add_months(signed, -3),
                 text="Council passed the resolution unanimously; two residents of Estonian "
                 "descent spoke in support."),
            Note(step=7, kind="decision", written_on=add_months(signed, 24),
                 text="After the two-year review: keep the student exchange, replace the film "
                 "week with the start-up exchange, review again before the anniversary."),
        ]
    )
    return p


# ---------------------------------------------------------------- B: Japan, step 5


def _matsumoto(today: date) -> Partnership:
    p = Partnership(
        partner_city=CityProfile(
            name="Matsumoto",
            country="JP",
            region="Nagano Prefecture",
            population=236_000,
            latitude=36.238,
            longitude=137.972,
            timezone="Asia/Tokyo",
            geography="Basin city ringed by the Northern Alps; snowy winters, hot summers.",
            industries="Precision machinery and electronics, food processing, apples, "
            "tourism.",
            academic_institutions="Shinshu University; Matsumoto University.",
            cultural_institutions="Matsumoto Castle; Matsumoto City Museum of Art; the "
            "summer music festival.",
            languages="ja",
            official_name="山田 太郎",
            official_title="市長",
            local_organisation="松本市役所 (Matsumoto City Hall)",
        ),
        kind="sister",
        current_step=5,
        furthest_step=5,
        partner_language="ja",
        committee_language="en",
        created_at=_created(add_months(today, -16)),
        started_on=add_months(today, -16),
        purpose=(
            "A second partnership, in Asia, centred on music education and our shared "
            "orchard and food-processing economy."
        ),
        lead_organisation="Greenvale Sister Cities Association",
        official_support_on=add_months(today, -15),
        selection_reason=(
            "Matsumoto's music-education tradition fits the Greenvale Symphony's youth "
            "programme, both cities grow apples, and a Greenvale engineering firm already "
            "has a plant near Matsumoto."
        ),
        letter_sent_on=add_months(today, -9),
        reply_received_on=add_months(today, -7),
        pilot_programme=(
            "Youth pen pals between Greenvale High School's Japanese class and a Matsumoto "
            "junior high school's English club."
        ),
        work_plan_agreed_on=add_months(today, -2),
        # Japanese partners usually want named programmes in the text itself.
        agreement_style="precise",
        council_resolution="",
    )
    for number, done_on in (
        (1, add_months(today, -15)),
        (2, add_months(today, -11)),
        (3, add_months(today, -9)),
        (4, add_months(today, -2)),
    ):
        _tick(p, number, done_on)
    # Style chosen, text drafted, translation under way: the resolution is next.
    _tick(p, 5, add_months(today, -1), count=3)

    p.contacts.extend(
        [
            Contact(side="ours", role="mayors_office", name="Daniel Ortiz",
                    title="Protocol and International Relations Officer",
                    organisation="City of Greenvale, Office of the Mayor",
                    email="d.ortiz@greenvale.example", phone="+1 541 555 0142", language="en"),
            Contact(side="ours", role="volunteer", name="Emily Nakamura",
                    title="Chair, Matsumoto committee",
                    organisation="Greenvale Sister Cities Association",
                    email="emily@greenvale-sistercities.example", phone="+1 541 555 0173",
                    language="en"),
            Contact(side="theirs", role="mayors_office", name="佐藤 花子",
                    title="国際交流課長",
                    organisation="松本市役所 国際交流課",
                    email="kokusai@matsumoto.example", phone="+81 263 00 0000",
                    language="ja"),
            Contact(side="theirs", role="volunteer", name="鈴木 健一",
                    title="ボランティア通訳",
                    organisation="Matsumoto International Association",
                    email="suzuki@matsumoto-ia.example", language="ja"),
        ]
    )
    p.correspondence.extend(
        [
            CorrespondenceEntry(
                on=add_months(today, -9), direction="outgoing", channel="letter",
                our_people="Mayor Patricia Holloway", their_people="山田 太郎 市長",
                summary="Letter of introduction in English with a Japanese translation; "
                "proposed music and youth exchanges.",
            ),
            CorrespondenceEntry(
                on=add_months(today, -7), direction="incoming", channel="letter",
                our_people="Mayor Patricia Holloway", their_people="山田 太郎 市長",
                summary="Mayor Yamada's reply: interested, suggests starting with pen pals and "
                "a visit by the city's international affairs staff.",
            ),
            CorrespondenceEntry(
                on=add_months(today, -6), direction="outgoing", channel="email",
                our_people="Emily Nakamura", their_people="佐藤 花子",
                summary="Shared our city profile and a list of schools willing to join the "
                "pen-pal pilot.",
            ),
            CorrespondenceEntry(
                on=add_months(today, -5), direction="outgoing", channel="video_call",
                our_people="Emily Nakamura, Daniel Ortiz",
                their_people="佐藤 花子, 鈴木 健一 (interpreting)",
                summary="Agreed the pilot schools and a visit by a Matsumoto delegation.",
            ),
            CorrespondenceEntry(
                on=add_months(today, -4), direction="incoming", channel="delegation",
                our_people="Mayor Holloway, Emily Nakamura, host families",
                their_people="Deputy mayor, 佐藤 花子, four city staff",
                summary="Matsumoto delegation visited Greenvale: schools, the symphony's youth "
                "orchestra and a hazelnut processor.",
            ),
            CorrespondenceEntry(
                on=add_months(today, -2), direction="incoming", channel="email",
                our_people="Emily Nakamura", their_people="佐藤 花子",
                summary="Matsumoto confirmed the work plan and asked for a precise agreement "
                "naming the programmes.",
            ),
            CorrespondenceEntry(
                on=today - timedelta(days=18), direction="outgoing", channel="email",
                our_people="Daniel Ortiz", their_people="佐藤 花子",
                summary="Sent the draft agreement in English; Japanese text being prepared by "
                "Matsumoto.",
            ),
        ]
    )
    p.work_plan.extend(
        [
            WorkPlanItem(
                title="Pen pals: Greenvale High Japanese class and a Matsumoto English club",
                kind="youth_pen_pals", term="short", pilot=True, owner="Emily Nakamura",
                starts_on=add_months(today, -5), due_on=add_months(today, 4), status="in_progress",
            ),
            WorkPlanItem(
                title="Youth orchestra exchange", kind="student_exchange", term="long",
                owner="Greenvale Symphony", starts_on=add_months(today, 8),
                due_on=add_months(today, 24), status="planned",
            ),
            WorkPlanItem(
                title="Delegation to Matsumoto for the signing", kind="delegation_visit",
                term="short", owner="Office of the Mayor", starts_on=add_months(today, 4),
                due_on=add_months(today, 7), status="planned",
            ),
        ]
    )
    p.notes.extend(
        [
            Note(step=4, kind="note", written_on=add_months(today, -4),
                 text="The delegation asked about budgets: Japanese cities count a link only "
                 "when the assembly approves a budget, so ask them when theirs is voted."),
            Note(step=5, kind="decision", written_on=add_months(today, -1),
                 text="Use a precise, bilingual agreement with the pen pals, orchestra "
                 "exchange and a yearly joint review; each side bears its own costs."),
        ]
    )
    return p


# ---------------------------------------------------------------- C: research, step 2


def _research(today: date) -> Partnership:
    started = add_months(today, -3)
    p = Partnership(
        partner_city=None,
        kind="sister",
        current_step=2,
        furthest_step=2,
        partner_language="",  # chosen with the partner city
        committee_language="en",
        created_at=_created(started),
        started_on=started,
        purpose=(
            "A partnership in Europe or Asia built around wine, food and river restoration, "
            "led by the committee's new environment group."
        ),
        lead_organisation="Greenvale Sister Cities Association, environment group",
        official_support_on=started + timedelta(days=20),
    )
    _tick(p, 1, started + timedelta(days=20))
    _tick(p, 2, add_months(today, -1), count=2)

    p.candidates.extend(
        [
            Candidate(
                position=0,
                city=CityProfile(
                    name="Valence", country="FR", region="Drôme, Auvergne-Rhône-Alpes",
                    population=64_000, latitude=44.933, longitude=4.892,
                    timezone="Europe/Paris",
                    geography="river, valley, mountains", climate="mediterranean",
                    industries="food processing, wine, aerospace, logistics",
                    academic_kinds="college, university", cultural_kinds="museum, theatre",
                    academic_institutions="University campus of Grenoble Alpes; design and "
                    "engineering schools.",
                    cultural_institutions="Musée de Valence; national theatre stage.",
                    languages="fr", official_name="Claire Dumont", official_title="Maire",
                ),
                relationships="Two Greenvale wineries buy barrels from a Drôme cooperage.",
                ties=[Tie(kind="trade", strength=2,
                          note="Wineries buy barrels from a Drôme cooperage.")],
                history="A French exchange teacher at Greenvale State came from Valence.",
                history_strength=1,
                sources="City of Valence website; INSEE population figures.",
                notes="Already has several twin towns; ask whether it wants a US partner.",
            ),
            Candidate(
                position=1,
                city=CityProfile(
                    name="Freiburg im Breisgau", country="DE", region="Baden-Württemberg",
                    population=231_000, latitude=47.999, longitude=7.842,
                    timezone="Europe/Berlin",
                    geography="forest, mountains, river", climate="temperate",
                    industries="solar energy, health care, tourism, wine, software",
                    academic_kinds="research_institute, university",
                    cultural_kinds="museum, theatre, music_venue",
                    academic_institutions="University of Freiburg; Fraunhofer institutes.",
                    cultural_institutions="Augustinermuseum; Theater Freiburg.",
                    languages="de", official_name="Thomas Berger",
                    official_title="Oberbürgermeister",
                ),
                relationships="Greenvale State's forestry school has a research project with "
                "the University of Freiburg.",
                ties=[Tie(kind="other", strength=2,
                          note="Joint forestry research between the two universities.")],
                history="",
                notes="Strong on river restoration and green building; larger than we are.",
            ),
            Candidate(
                position=2,
                city=CityProfile(
                    name="Chuncheon", country="KR", region="Gangwon",
                    population=286_000, latitude=37.881, longitude=127.730,
                    timezone="Asia/Seoul",
                    geography="lake, mountains, river, valley", climate="continental",
                    industries="biotechnology, food processing, tourism",
                    academic_kinds="university", cultural_kinds="festival, museum",
                    academic_institutions="Kangwon National University; Hallym University.",
                    cultural_institutions="Chuncheon Puppet Festival; mime festival.",
                    languages="ko", official_name="이민수", official_title="시장",
                ),
                relationships="Korean community church in Greenvale has members from "
                "Gangwon.",
                ties=[Tie(kind="diaspora", strength=2,
                          note="Members of a Greenvale church come from Gangwon."),
                      Tie(kind="faith_based", strength=1)],
                history="Korean War veterans' association in Greenvale keeps ties to the "
                "region.",
                history_strength=2,
                notes="Korea needs council consent for a sister link; a friendship exchange "
                "could come first.",
            ),
        ]
    )
    p.notes.append(
        Note(step=2, kind="note", written_on=add_months(today, -1),
             text="Environment group to present the three profiles at the next board "
             "meeting.")
    )
    return p
