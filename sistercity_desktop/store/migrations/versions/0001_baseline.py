"""Baseline: the schema of the first release.

Revision ID: 0001_baseline
Revises: (none, first revision)
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = '0001_baseline'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('city_profile',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('region', sa.String(length=200), nullable=False),
    sa.Column('population', sa.Integer(), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('geography', sa.Text(), nullable=False),
    sa.Column('industries', sa.Text(), nullable=False),
    sa.Column('academic_institutions', sa.Text(), nullable=False),
    sa.Column('cultural_institutions', sa.Text(), nullable=False),
    sa.Column('languages', sa.String(length=200), nullable=False),
    sa.Column('official_name', sa.String(length=200), nullable=False),
    sa.Column('official_title', sa.String(length=200), nullable=False),
    sa.Column('local_organisation', sa.String(length=300), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('committee',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('language', sa.String(length=35), nullable=False),
    sa.Column('email', sa.String(length=300), nullable=False),
    sa.Column('city_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['city_id'], ['city_profile.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('partnership',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('committee_id', sa.String(length=36), nullable=False),
    sa.Column('partner_city_id', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('current_step', sa.Integer(), nullable=False),
    sa.Column('furthest_step', sa.Integer(), nullable=False),
    sa.Column('partner_language', sa.String(length=35), nullable=False),
    sa.Column('committee_language', sa.String(length=35), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=True),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('lead_organisation', sa.String(length=300), nullable=False),
    sa.Column('official_support_on', sa.Date(), nullable=True),
    sa.Column('selection_reason', sa.Text(), nullable=False),
    sa.Column('letter_sent_on', sa.Date(), nullable=True),
    sa.Column('reply_received_on', sa.Date(), nullable=True),
    sa.Column('pilot_programme', sa.Text(), nullable=False),
    sa.Column('work_plan_agreed_on', sa.Date(), nullable=True),
    sa.Column('agreement_style', sa.String(length=20), nullable=False),
    sa.Column('council_resolution', sa.String(length=200), nullable=False),
    sa.Column('council_resolution_on', sa.Date(), nullable=True),
    sa.Column('agreement_approved_on', sa.Date(), nullable=True),
    sa.Column('ceremony_on', sa.Date(), nullable=True),
    sa.Column('ceremony_venue', sa.String(length=300), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('sent_to_national_body_on', sa.Date(), nullable=True),
    sa.Column('next_evaluation_on', sa.Date(), nullable=True),
    sa.Column('last_evaluation_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['committee_id'], ['committee.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['partner_city_id'], ['city_profile.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('candidate',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('partnership_id', sa.String(length=36), nullable=False),
    sa.Column('city_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('relationships', sa.Text(), nullable=False),
    sa.Column('history', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['city_id'], ['city_profile.id'], ),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnership.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('checklist_state',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('partnership_id', sa.String(length=36), nullable=False),
    sa.Column('item_key', sa.String(length=100), nullable=False),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnership.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('partnership_id', 'item_key')
    )
    op.create_table('contact',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('partnership_id', sa.String(length=36), nullable=False),
    sa.Column('side', sa.String(length=10), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('organisation', sa.String(length=300), nullable=False),
    sa.Column('email', sa.String(length=300), nullable=False),
    sa.Column('phone', sa.String(length=100), nullable=False),
    sa.Column('language', sa.String(length=35), nullable=False),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnership.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('correspondence',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('partnership_id', sa.String(length=36), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('direction', sa.String(length=10), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('our_people', sa.String(length=500), nullable=False),
    sa.Column('their_people', sa.String(length=500), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnership.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('note',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('partnership_id', sa.String(length=36), nullable=False),
    sa.Column('step', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('written_on', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnership.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('work_plan_item',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('partnership_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('term', sa.String(length=10), nullable=False),
    sa.Column('pilot', sa.Boolean(), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnership.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )


def downgrade() -> None:
    op.drop_table('work_plan_item')
    op.drop_table('note')
    op.drop_table('correspondence')
    op.drop_table('contact')
    op.drop_table('checklist_state')
    op.drop_table('candidate')
    op.drop_table('partnership')
    op.drop_table('committee')
    op.drop_table('setting')
    op.drop_table('city_profile')
