"""Letters: drafts per language, the official's gender, the national body.

Revision ID: 0002_letters
Revises: 0001_baseline
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_letters"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("city_profile") as batch:
        batch.add_column(sa.Column("official_gender", sa.String(length=20), nullable=False,
                                   server_default="unspecified"))
    with op.batch_alter_table("committee") as batch:
        batch.add_column(sa.Column("national_body_name", sa.String(length=300), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("national_body_email", sa.String(length=300), nullable=False,
                                   server_default=""))
    op.create_table(
        "letter_draft",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("language", sa.String(length=35), nullable=False),
        sa.Column("recipient", sa.Text(), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("salutation", sa.String(length=300), nullable=False),
        sa.Column("opening", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("closing", sa.String(length=300), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["partnership_id"], ["partnership.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("partnership_id", "kind", "language"),
    )


def downgrade() -> None:
    op.drop_table("letter_draft")
    with op.batch_alter_table("committee") as batch:
        batch.drop_column("national_body_email")
        batch.drop_column("national_body_name")
    with op.batch_alter_table("city_profile") as batch:
        batch.drop_column("official_gender")
