"""Indexes on every link to a partnership, committee, candidate or exchange.

Revision ID: 0005_indexes
Revises: 0004_followup
Create Date: 2026-11-28
"""

from alembic import op

revision = "0005_indexes"
down_revision = "0004_followup"
branch_labels = None
depends_on = None

# (index name, table, columns): large stores list and filter by these links.
INDEXES = (
    ("ix_attachment_correspondence_id", "attachment", ["correspondence_id"]),
    ("ix_candidate_partnership_id", "candidate", ["partnership_id"]),
    ("ix_ceremony_event_partnership_id", "ceremony_event", ["partnership_id"]),
    ("ix_ceremony_role_partnership_id", "ceremony_role", ["partnership_id"]),
    ("ix_checklist_state_partnership_id", "checklist_state", ["partnership_id"]),
    ("ix_contact_partnership_id", "contact", ["partnership_id"]),
    ("ix_correspondence_partnership_id", "correspondence", ["partnership_id"]),
    ("ix_correspondence_partnership_on", "correspondence", ["partnership_id", "on"]),
    ("ix_evaluation_partnership_id", "evaluation", ["partnership_id"]),
    ("ix_gift_partnership_id", "gift", ["partnership_id"]),
    ("ix_goal_partnership_id", "goal", ["partnership_id"]),
    ("ix_inquiry_committee_id", "inquiry", ["committee_id"]),
    ("ix_letter_draft_partnership_id", "letter_draft", ["partnership_id"]),
    ("ix_note_partnership_id", "note", ["partnership_id"]),
    ("ix_partnership_committee_id", "partnership", ["committee_id"]),
    ("ix_policy_criterion_committee_id", "policy_criterion", ["committee_id"]),
    ("ix_tie_candidate_id", "tie", ["candidate_id"]),
    ("ix_work_plan_item_partnership_id", "work_plan_item", ["partnership_id"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
