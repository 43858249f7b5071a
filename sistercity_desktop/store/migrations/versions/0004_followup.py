"""Agreement, ceremony, work plan goals, attachments and evaluations.

Revision ID: 0004_followup
Revises: 0003_research
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = '0004_followup'
down_revision = '0003_research'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('ceremony_event',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('partnership_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('title_ours', sa.String(length=300), nullable=False),
    sa.Column('title_theirs', sa.String(length=300), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('who', sa.String(length=300), nullable=False),
    sa.Column('cue', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnership.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('ceremony_role',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('partnership_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=40), nullable=False),
    sa.Column('side', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnership.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('evaluation',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('partnership_id', sa.String(length=36), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('ratings', sa.Text(), nullable=False),
    sa.Column('facts', sa.Text(), nullable=False),
    sa.Column('adjustments', sa.Text(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('next_evaluation_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnership.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('gift',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('partnership_id', sa.String(length=36), nullable=False),
    sa.Column('direction', sa.String(length=10), nullable=False),
    sa.Column('description', sa.String(length=500), nullable=False),
    sa.Column('recipient', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnership.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('goal',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('partnership_id', sa.String(length=36), nullable=False),
    sa.Column('term', sa.String(length=10), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnership.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('attachment',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('correspondence_id', sa.String(length=36), nullable=False),
    sa.Column('original_name', sa.String(length=300), nullable=False),
    sa.Column('stored_name', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['correspondence_id'], ['correspondence.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('partnership', schema=None) as batch_op:
        batch_op.add_column(sa.Column('evaluation_date_reason', sa.Text(), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column('agreement_areas', sa.Text(), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column('agreement_clauses', sa.Text(), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column('exchanges_per_year', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('signing_place', sa.String(length=300), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column('ceremony_start', sa.String(length=5), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column('ceremony_timezone', sa.String(length=64), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column('ceremony_host', sa.String(length=10), nullable=False,
                                      server_default="ours"))

    with op.batch_alter_table('work_plan_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('goal_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('budget', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('participants', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('notes', sa.Text(), nullable=False,
                                      server_default=""))
        batch_op.create_foreign_key('fk_work_plan_item_goal', 'goal', ['goal_id'], ['id'],
                                    ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('work_plan_item', schema=None) as batch_op:
        batch_op.drop_constraint('fk_work_plan_item_goal', type_='foreignkey')
        batch_op.drop_column('notes')
        batch_op.drop_column('participants')
        batch_op.drop_column('budget')
        batch_op.drop_column('goal_id')

    with op.batch_alter_table('partnership', schema=None) as batch_op:
        batch_op.drop_column('ceremony_host')
        batch_op.drop_column('ceremony_timezone')
        batch_op.drop_column('ceremony_start')
        batch_op.drop_column('signing_place')
        batch_op.drop_column('exchanges_per_year')
        batch_op.drop_column('agreement_clauses')
        batch_op.drop_column('agreement_areas')
        batch_op.drop_column('evaluation_date_reason')

    op.drop_table('attachment')
    op.drop_table('goal')
    op.drop_table('gift')
    op.drop_table('evaluation')
    op.drop_table('ceremony_role')
    op.drop_table('ceremony_event')
