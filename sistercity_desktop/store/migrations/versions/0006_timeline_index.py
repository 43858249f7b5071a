"""An index for the correspondence timeline across all partnerships, newest first.

Without it, every page of that timeline sorts all the entries that match (EXPLAIN QUERY
PLAN: SCAN correspondence, USE TEMP B-TREE FOR ORDER BY); with it, a page walks the index
backwards and stops after its rows. One partnership's timeline already has
ix_correspondence_partnership_on.

Revision ID: 0006_timeline_index
Revises: 0005_indexes
Create Date: 2026-11-28
"""

from alembic import op

revision = "0006_timeline_index"
down_revision = "0005_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_correspondence_on_id", "correspondence", ["on", "id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_correspondence_on_id", table_name="correspondence")
