"""Attendance, ScoDoc 9.6 style: assiduités, justificatifs and their files, the audit history; the half-day
absences move over (domain/absences.records_of_halfday_rows) and their table goes

Revision ID: 9e1f3c5a7b20
Revises: 7c4e2a91b3d5
Create Date: 2026-11-30 16:13:30.056132
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401
from alembic import op

from scodoc_api.db.migrate_data import move_halfdays_back, move_halfdays_over


revision: str = '9e1f3c5a7b20'
down_revision: str | None = '7c4e2a91b3d5'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('scolog',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('date', sa.DateTime(timezone=True), nullable=False),
    sa.Column('authenticated_user', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('method', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('etudid', sa.Integer(), nullable=True),
    sa.Column('msg', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scolog'))
    )
    with op.batch_alter_table('scolog', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scolog_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_scolog_etudid'), ['etudid'], unique=False)

    op.create_table('justificatifs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('etudid', sa.Integer(), nullable=False),
    sa.Column('date_debut', sa.DateTime(timezone=True), nullable=False),
    sa.Column('date_fin', sa.DateTime(timezone=True), nullable=False),
    sa.Column('etat', sa.SmallInteger(), nullable=False),
    sa.Column('raison', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('entry_date', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('external_data', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['etudid'], ['identite.id'], name=op.f('fk_justificatifs_etudid_identite'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_justificatifs_user_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_justificatifs'))
    )
    with op.batch_alter_table('justificatifs', schema=None) as batch_op:
        batch_op.create_index('ix_justificatifs_etudid_date_debut', ['etudid', 'date_debut'], unique=False)
        batch_op.create_index(batch_op.f('ix_justificatifs_user_id'), ['user_id'], unique=False)

    op.create_table('justificatif_files',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('justif_id', sa.Integer(), nullable=False),
    sa.Column('filename', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('stored_name', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('content_type', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('entry_date', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['justif_id'], ['justificatifs.id'], name=op.f('fk_justificatif_files_justif_id_justificatifs'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_justificatif_files_user_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_justificatif_files')),
    sa.UniqueConstraint('stored_name', name=op.f('uq_justificatif_files_stored_name'))
    )
    with op.batch_alter_table('justificatif_files', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_justificatif_files_justif_id'), ['justif_id'], unique=False)

    op.create_table('assiduites',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('etudid', sa.Integer(), nullable=False),
    sa.Column('moduleimpl_id', sa.Integer(), nullable=True),
    sa.Column('date_debut', sa.DateTime(timezone=True), nullable=False),
    sa.Column('date_fin', sa.DateTime(timezone=True), nullable=False),
    sa.Column('etat', sa.SmallInteger(), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('entry_date', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('est_just', sa.Boolean(), nullable=False),
    sa.Column('external_data', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['etudid'], ['identite.id'], name=op.f('fk_assiduites_etudid_identite'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['moduleimpl_id'], ['notes_moduleimpl.id'], name=op.f('fk_assiduites_moduleimpl_id_notes_moduleimpl'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_assiduites_user_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assiduites'))
    )
    with op.batch_alter_table('assiduites', schema=None) as batch_op:
        batch_op.create_index('ix_assiduites_etudid_date_debut', ['etudid', 'date_debut'], unique=False)
        batch_op.create_index(batch_op.f('ix_assiduites_moduleimpl_id'), ['moduleimpl_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assiduites_user_id'), ['user_id'], unique=False)

    move_halfdays_over(op.get_bind())
    with op.batch_alter_table('absences', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_absences_etudid'))
        batch_op.drop_index(batch_op.f('ix_absences_jour'))
        batch_op.drop_index(batch_op.f('ix_absences_moduleimpl_id'))

    op.drop_table('absences')


def downgrade() -> None:
    op.create_table('absences',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('etudid', sa.Integer(), nullable=False),
    sa.Column('jour', sa.Date(), nullable=False),
    sa.Column('matin', sa.Boolean(), nullable=False),
    sa.Column('estabs', sa.Boolean(), nullable=False),
    sa.Column('estjust', sa.Boolean(), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('entry_date', sa.DateTime(timezone=True), nullable=False),
    sa.Column('moduleimpl_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['etudid'], ['identite.id'], name=op.f('fk_absences_etudid_identite'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['moduleimpl_id'], ['notes_moduleimpl.id'], name=op.f('fk_absences_moduleimpl_id_notes_moduleimpl'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_absences'))
    )
    with op.batch_alter_table('absences', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_absences_moduleimpl_id'), ['moduleimpl_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_absences_jour'), ['jour'], unique=False)
        batch_op.create_index(batch_op.f('ix_absences_etudid'), ['etudid'], unique=False)

    move_halfdays_back(op.get_bind())
    with op.batch_alter_table('assiduites', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assiduites_user_id'))
        batch_op.drop_index(batch_op.f('ix_assiduites_moduleimpl_id'))
        batch_op.drop_index('ix_assiduites_etudid_date_debut')

    op.drop_table('assiduites')
    with op.batch_alter_table('justificatif_files', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_justificatif_files_justif_id'))

    op.drop_table('justificatif_files')
    with op.batch_alter_table('justificatifs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_justificatifs_user_id'))
        batch_op.drop_index('ix_justificatifs_etudid_date_debut')

    op.drop_table('justificatifs')
    with op.batch_alter_table('scolog', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_scolog_etudid'))
        batch_op.drop_index(batch_op.f('ix_scolog_date'))

    op.drop_table('scolog')
