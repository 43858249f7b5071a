"""Research: candidate profiles and ties, decisions, inquiry policy and inquiries.

Revision ID: 0003_research
Revises: 0002_letters
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = '0003_research'
down_revision = '0002_letters'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('inquiry',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('committee_id', sa.String(length=36), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('contact_name', sa.String(length=200), nullable=False),
    sa.Column('city_name', sa.String(length=200), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('answers', sa.Text(), nullable=False),
    sa.Column('decision', sa.String(length=20), nullable=False),
    sa.Column('decision_reason', sa.Text(), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['committee_id'], ['committee.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('policy_criterion',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('committee_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=500), nullable=False),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('weight', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['committee_id'], ['committee.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('tie',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('candidate_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('strength', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidate.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('candidate', schema=None) as batch_op:
        batch_op.add_column(sa.Column('history_strength', sa.Integer(), nullable=False,
                                      server_default="0"))
        batch_op.add_column(sa.Column('sources', sa.Text(), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column('status', sa.String(length=20), nullable=False,
                                      server_default="considering"))
        batch_op.add_column(sa.Column('decision_reason', sa.Text(), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column('decided_on', sa.Date(), nullable=True))

    with op.batch_alter_table('city_profile', schema=None) as batch_op:
        batch_op.add_column(sa.Column('geonameid', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('climate', sa.String(length=40), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column('academic_kinds', sa.String(length=300), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column('cultural_kinds', sa.String(length=300), nullable=False,
                                      server_default=""))

    with op.batch_alter_table('committee', schema=None) as batch_op:
        batch_op.add_column(sa.Column('weights', sa.Text(), nullable=False,
                                      server_default=""))


def downgrade() -> None:
    with op.batch_alter_table('committee', schema=None) as batch_op:
        batch_op.drop_column('weights')

    with op.batch_alter_table('city_profile', schema=None) as batch_op:
        batch_op.drop_column('cultural_kinds')
        batch_op.drop_column('academic_kinds')
        batch_op.drop_column('climate')
        batch_op.drop_column('geonameid')

    with op.batch_alter_table('candidate', schema=None) as batch_op:
        batch_op.drop_column('decided_on')
        batch_op.drop_column('decision_reason')
        batch_op.drop_column('status')
        batch_op.drop_column('sources')
        batch_op.drop_column('history_strength')

    op.drop_table('tie')
    op.drop_table('policy_criterion')
    op.drop_table('inquiry')
