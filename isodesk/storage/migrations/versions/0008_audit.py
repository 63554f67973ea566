"""internal audit: rounds, scope, team, Chương trình, findings; nonconformities (phiếu khắc phục)

Revision ID: 0008_audit
Revises: 0007_objectives
Create Date: 2026-12-06 16:30:00

Only this module's tables, so that chaining it after the other modules' revisions changes nothing
but ``down_revision``. Constraint names follow ``Base.metadata``'s naming convention; every table
uses AUTOINCREMENT (ids are never handed out twice, see 0005).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_audit"
down_revision = "0007_objectives"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_round',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('criteria', sa.Text(), nullable=False),
    sa.Column('processes', sa.Text(), nullable=False),
    sa.Column('clauses', sa.String(length=400), nullable=False),
    sa.Column('leader_id', sa.Integer(), nullable=True),
    sa.Column('held', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['leader_id'], ['person.id'], name=op.f('fk_audit_round_leader_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_round')),
    sa.UniqueConstraint('year', 'number', name=op.f('uq_audit_round_year_number')),
    sqlite_autoincrement=True
    )
    op.create_index(op.f('ix_audit_round_leader_id'), 'audit_round', ['leader_id'], unique=False)
    op.create_index(op.f('ix_audit_round_year'), 'audit_round', ['year'], unique=False)
    op.create_table('audit_finding',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('khong_phu_hop', 'luu_y', name='findingkind', native_enum=False, length=40), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('clause', sa.String(length=10), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('requirement', sa.Text(), nullable=False),
    sa.Column('found_by_id', sa.Integer(), nullable=True),
    sa.Column('found_on', sa.Date(), nullable=False),
    sa.Column('confirmed_by', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_audit_finding_department_id_department')),
    sa.ForeignKeyConstraint(['found_by_id'], ['person.id'], name=op.f('fk_audit_finding_found_by_id_person')),
    sa.ForeignKeyConstraint(['round_id'], ['audit_round.id'], name=op.f('fk_audit_finding_round_id_audit_round')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_finding')),
    sqlite_autoincrement=True
    )
    op.create_index(op.f('ix_audit_finding_department_id'), 'audit_finding', ['department_id'], unique=False)
    op.create_index(op.f('ix_audit_finding_found_by_id'), 'audit_finding', ['found_by_id'], unique=False)
    op.create_index(op.f('ix_audit_finding_round_id'), 'audit_finding', ['round_id'], unique=False)
    op.create_table('audit_scope',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_audit_scope_department_id_department')),
    sa.ForeignKeyConstraint(['round_id'], ['audit_round.id'], name=op.f('fk_audit_scope_round_id_audit_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_scope')),
    sa.UniqueConstraint('round_id', 'department_id', name=op.f('uq_audit_scope_round_id_department_id')),
    sqlite_autoincrement=True
    )
    op.create_index(op.f('ix_audit_scope_department_id'), 'audit_scope', ['department_id'], unique=False)
    op.create_index(op.f('ix_audit_scope_round_id'), 'audit_scope', ['round_id'], unique=False)
    op.create_table('audit_slot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=False),
    sa.Column('end_time', sa.Time(), nullable=False),
    sa.Column('kind', sa.Enum('khai_mac', 'danh_gia', 'ket_thuc', name='slotkind', native_enum=False, length=40), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('clauses', sa.String(length=400), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('auditor_ids', sa.String(length=200), nullable=False),
    sa.Column('representative', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_audit_slot_department_id_department')),
    sa.ForeignKeyConstraint(['round_id'], ['audit_round.id'], name=op.f('fk_audit_slot_round_id_audit_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_slot')),
    sqlite_autoincrement=True
    )
    op.create_index(op.f('ix_audit_slot_department_id'), 'audit_slot', ['department_id'], unique=False)
    op.create_index(op.f('ix_audit_slot_round_id'), 'audit_slot', ['round_id'], unique=False)
    op.create_table('audit_team_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_audit_team_member_person_id_person')),
    sa.ForeignKeyConstraint(['round_id'], ['audit_round.id'], name=op.f('fk_audit_team_member_round_id_audit_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_team_member')),
    sa.UniqueConstraint('round_id', 'person_id', name=op.f('uq_audit_team_member_round_id_person_id')),
    sqlite_autoincrement=True
    )
    op.create_index(op.f('ix_audit_team_member_person_id'), 'audit_team_member', ['person_id'], unique=False)
    op.create_index(op.f('ix_audit_team_member_round_id'), 'audit_team_member', ['round_id'], unique=False)
    op.create_table('nonconformity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('raised_on', sa.Date(), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('source', sa.Enum('danh_gia_noi_bo', 'phan_anh_kien_nghi', 'xem_xet_lanh_dao', 'kiem_tra_cap_tren', 'tu_phat_hien', 'khac', name='ncsource', native_enum=False, length=40), nullable=False),
    sa.Column('finding_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('requirement', sa.Text(), nullable=False),
    sa.Column('found_by', sa.String(length=200), nullable=False),
    sa.Column('confirmation', sa.String(length=200), nullable=False),
    sa.Column('correction', sa.Text(), nullable=False),
    sa.Column('cause', sa.Text(), nullable=False),
    sa.Column('cause_category', sa.Enum('con_nguoi', 'phuong_phap', 'tai_lieu', 'trang_thiet_bi', 'moi_truong', 'khac', name='causecategory', native_enum=False, length=40), nullable=True),
    sa.Column('action', sa.Text(), nullable=False),
    sa.Column('action_owner_id', sa.Integer(), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('approved_by', sa.String(length=200), nullable=False),
    sa.Column('approved_on', sa.Date(), nullable=True),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('check_by_id', sa.Integer(), nullable=True),
    sa.Column('check_on', sa.Date(), nullable=True),
    sa.Column('check_passed', sa.Boolean(), nullable=True),
    sa.Column('check_notes', sa.Text(), nullable=False),
    sa.Column('state', sa.Enum('mo', 'da_xac_dinh_nguyen_nhan', 'dang_thuc_hien', 'cho_kiem_tra_hieu_luc', 'dong', name='ncstate', native_enum=False, length=40), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('follow_up', sa.Text(), nullable=False),
    sa.Column('past_attempts', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['action_owner_id'], ['person.id'], name=op.f('fk_nonconformity_action_owner_id_person')),
    sa.ForeignKeyConstraint(['check_by_id'], ['person.id'], name=op.f('fk_nonconformity_check_by_id_person')),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_nonconformity_department_id_department')),
    sa.ForeignKeyConstraint(['finding_id'], ['audit_finding.id'], name=op.f('fk_nonconformity_finding_id_audit_finding')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_nonconformity')),
    sa.UniqueConstraint('finding_id', name=op.f('uq_nonconformity_finding_id')),
    sa.UniqueConstraint('year', 'number', name=op.f('uq_nonconformity_year_number')),
    sqlite_autoincrement=True
    )
    op.create_index(op.f('ix_nonconformity_action_owner_id'), 'nonconformity', ['action_owner_id'], unique=False)
    op.create_index(op.f('ix_nonconformity_check_by_id'), 'nonconformity', ['check_by_id'], unique=False)
    op.create_index(op.f('ix_nonconformity_department_id'), 'nonconformity', ['department_id'], unique=False)
    op.create_index(op.f('ix_nonconformity_state'), 'nonconformity', ['state'], unique=False)
    op.create_index(op.f('ix_nonconformity_year'), 'nonconformity', ['year'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_nonconformity_year'), table_name='nonconformity')
    op.drop_index(op.f('ix_nonconformity_state'), table_name='nonconformity')
    op.drop_index(op.f('ix_nonconformity_department_id'), table_name='nonconformity')
    op.drop_index(op.f('ix_nonconformity_check_by_id'), table_name='nonconformity')
    op.drop_index(op.f('ix_nonconformity_action_owner_id'), table_name='nonconformity')
    op.drop_table('nonconformity')
    op.drop_index(op.f('ix_audit_team_member_round_id'), table_name='audit_team_member')
    op.drop_index(op.f('ix_audit_team_member_person_id'), table_name='audit_team_member')
    op.drop_table('audit_team_member')
    op.drop_index(op.f('ix_audit_slot_round_id'), table_name='audit_slot')
    op.drop_index(op.f('ix_audit_slot_department_id'), table_name='audit_slot')
    op.drop_table('audit_slot')
    op.drop_index(op.f('ix_audit_scope_round_id'), table_name='audit_scope')
    op.drop_index(op.f('ix_audit_scope_department_id'), table_name='audit_scope')
    op.drop_table('audit_scope')
    op.drop_index(op.f('ix_audit_finding_round_id'), table_name='audit_finding')
    op.drop_index(op.f('ix_audit_finding_found_by_id'), table_name='audit_finding')
    op.drop_index(op.f('ix_audit_finding_department_id'), table_name='audit_finding')
    op.drop_table('audit_finding')
    op.drop_index(op.f('ix_audit_round_year'), table_name='audit_round')
    op.drop_index(op.f('ix_audit_round_leader_id'), table_name='audit_round')
    op.drop_table('audit_round')
