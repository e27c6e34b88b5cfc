"""BUT: competency framework, parcours, dispenses, RCUE and year decisions

Revision ID: 7c4e2a91b3d5
Revises: 5b2d7c1e9a40
Create Date: 2026-11-30 13:26:33.175746
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401
from alembic import op


revision: str = '7c4e2a91b3d5'
down_revision: str | None = '5b2d7c1e9a40'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    
    op.create_table('apc_referentiel_competences',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dept_id', sa.Integer(), nullable=False),
    sa.Column('annexe', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('specialite', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('specialite_long', sqlmodel.sql.sqltypes.AutoString(length=1024), nullable=True),
    sa.Column('type_titre', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('type_structure', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('type_departement', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('version_orebut', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('scodoc_date_loaded', sa.DateTime(timezone=True), nullable=False),
    sa.Column('scodoc_orig_filename', sqlmodel.sql.sqltypes.AutoString(length=1024), nullable=True),
    sa.ForeignKeyConstraint(['dept_id'], ['departement.id'], name=op.f('fk_apc_referentiel_competences_dept_id_departement'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_apc_referentiel_competences')),
    sa.UniqueConstraint('dept_id', 'specialite', 'version_orebut', name=op.f('uq_apc_referentiel_competences_dept_id_specialite_version_orebut'))
    )
    with op.batch_alter_table('apc_referentiel_competences', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_apc_referentiel_competences_dept_id'), ['dept_id'], unique=False)

    op.create_table('apc_competence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('referentiel_id', sa.Integer(), nullable=False),
    sa.Column('id_orebut', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('titre', sqlmodel.sql.sqltypes.AutoString(length=1024), nullable=False),
    sa.Column('titre_long', sqlmodel.sql.sqltypes.AutoString(length=1024), nullable=True),
    sa.Column('couleur', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('numero', sa.Integer(), nullable=False),
    sa.Column('situations', sa.JSON(), nullable=False),
    sa.Column('composantes_essentielles', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['referentiel_id'], ['apc_referentiel_competences.id'], name=op.f('fk_apc_competence_referentiel_id_apc_referentiel_competences'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_apc_competence')),
    sa.UniqueConstraint('referentiel_id', 'titre', name=op.f('uq_apc_competence_referentiel_id_titre'))
    )
    with op.batch_alter_table('apc_competence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_apc_competence_referentiel_id'), ['referentiel_id'], unique=False)

    op.create_table('apc_parcours',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('referentiel_id', sa.Integer(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('numero', sa.Integer(), nullable=False),
    sa.Column('libelle', sqlmodel.sql.sqltypes.AutoString(length=1024), nullable=False),
    sa.ForeignKeyConstraint(['referentiel_id'], ['apc_referentiel_competences.id'], name=op.f('fk_apc_parcours_referentiel_id_apc_referentiel_competences'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_apc_parcours')),
    sa.UniqueConstraint('referentiel_id', 'code', name=op.f('uq_apc_parcours_referentiel_id_code'))
    )
    with op.batch_alter_table('apc_parcours', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_apc_parcours_referentiel_id'), ['referentiel_id'], unique=False)

    op.create_table('apc_niveau',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('competence_id', sa.Integer(), nullable=False),
    sa.Column('libelle', sqlmodel.sql.sqltypes.AutoString(length=1024), nullable=False),
    sa.Column('annee', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('ordre', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['competence_id'], ['apc_competence.id'], name=op.f('fk_apc_niveau_competence_id_apc_competence'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_apc_niveau')),
    sa.UniqueConstraint('competence_id', 'ordre', name=op.f('uq_apc_niveau_competence_id_ordre'))
    )
    with op.batch_alter_table('apc_niveau', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_apc_niveau_competence_id'), ['competence_id'], unique=False)

    op.create_table('apc_parcours_niveau',
    sa.Column('parcours_id', sa.Integer(), nullable=False),
    sa.Column('annee', sa.Integer(), nullable=False),
    sa.Column('competence_id', sa.Integer(), nullable=False),
    sa.Column('niveau', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['competence_id'], ['apc_competence.id'], name=op.f('fk_apc_parcours_niveau_competence_id_apc_competence'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['parcours_id'], ['apc_parcours.id'], name=op.f('fk_apc_parcours_niveau_parcours_id_apc_parcours'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('parcours_id', 'annee', 'competence_id', name=op.f('pk_apc_parcours_niveau'))
    )
    with op.batch_alter_table('apc_parcours_niveau', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_apc_parcours_niveau_competence_id'), ['competence_id'], unique=False)

    op.create_table('apc_app_critique',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('niveau_id', sa.Integer(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('libelle', sqlmodel.sql.sqltypes.AutoString(length=1024), nullable=False),
    sa.ForeignKeyConstraint(['niveau_id'], ['apc_niveau.id'], name=op.f('fk_apc_app_critique_niveau_id_apc_niveau'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_apc_app_critique')),
    sa.UniqueConstraint('niveau_id', 'code', name=op.f('uq_apc_app_critique_niveau_id_code'))
    )
    with op.batch_alter_table('apc_app_critique', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_apc_app_critique_niveau_id'), ['niveau_id'], unique=False)

    op.create_table('apc_validation_annee',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('etudid', sa.Integer(), nullable=False),
    sa.Column('ordre', sa.Integer(), nullable=False),
    sa.Column('formsemestre_id', sa.Integer(), nullable=True),
    sa.Column('annee_scolaire', sa.Integer(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('date', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['etudid'], ['identite.id'], name=op.f('fk_apc_validation_annee_etudid_identite'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['formsemestre_id'], ['notes_formsemestre.id'], name=op.f('fk_apc_validation_annee_formsemestre_id_notes_formsemestre'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_apc_validation_annee')),
    sa.UniqueConstraint('etudid', 'ordre', 'annee_scolaire', name=op.f('uq_apc_validation_annee_etudid_ordre_annee_scolaire'))
    )
    with op.batch_alter_table('apc_validation_annee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_apc_validation_annee_etudid'), ['etudid'], unique=False)
        batch_op.create_index(batch_op.f('ix_apc_validation_annee_formsemestre_id'), ['formsemestre_id'], unique=False)

    op.create_table('notes_formsemestre_parcours',
    sa.Column('formsemestre_id', sa.Integer(), nullable=False),
    sa.Column('parcours_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['formsemestre_id'], ['notes_formsemestre.id'], name=op.f('fk_notes_formsemestre_parcours_formsemestre_id_notes_formsemestre'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['parcours_id'], ['apc_parcours.id'], name=op.f('fk_notes_formsemestre_parcours_parcours_id_apc_parcours'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('formsemestre_id', 'parcours_id', name=op.f('pk_notes_formsemestre_parcours'))
    )
    with op.batch_alter_table('notes_formsemestre_parcours', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notes_formsemestre_parcours_parcours_id'), ['parcours_id'], unique=False)

    op.create_table('apc_validation_rcue',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('etudid', sa.Integer(), nullable=False),
    sa.Column('formsemestre_id', sa.Integer(), nullable=True),
    sa.Column('ue1_id', sa.Integer(), nullable=False),
    sa.Column('ue2_id', sa.Integer(), nullable=False),
    sa.Column('parcours_id', sa.Integer(), nullable=True),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('date', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['etudid'], ['identite.id'], name=op.f('fk_apc_validation_rcue_etudid_identite'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['formsemestre_id'], ['notes_formsemestre.id'], name=op.f('fk_apc_validation_rcue_formsemestre_id_notes_formsemestre'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['parcours_id'], ['apc_parcours.id'], name=op.f('fk_apc_validation_rcue_parcours_id_apc_parcours')),
    sa.ForeignKeyConstraint(['ue1_id'], ['notes_ue.id'], name=op.f('fk_apc_validation_rcue_ue1_id_notes_ue'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['ue2_id'], ['notes_ue.id'], name=op.f('fk_apc_validation_rcue_ue2_id_notes_ue'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_apc_validation_rcue')),
    sa.UniqueConstraint('etudid', 'formsemestre_id', 'ue1_id', 'ue2_id', name=op.f('uq_apc_validation_rcue_etudid_formsemestre_id_ue1_id_ue2_id'))
    )
    with op.batch_alter_table('apc_validation_rcue', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_apc_validation_rcue_etudid'), ['etudid'], unique=False)
        batch_op.create_index(batch_op.f('ix_apc_validation_rcue_formsemestre_id'), ['formsemestre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_apc_validation_rcue_parcours_id'), ['parcours_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_apc_validation_rcue_ue1_id'), ['ue1_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_apc_validation_rcue_ue2_id'), ['ue2_id'], unique=False)

    op.create_table('but_dispense_ue',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('formsemestre_id', sa.Integer(), nullable=False),
    sa.Column('ue_id', sa.Integer(), nullable=False),
    sa.Column('etudid', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['etudid'], ['identite.id'], name=op.f('fk_but_dispense_ue_etudid_identite'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['formsemestre_id'], ['notes_formsemestre.id'], name=op.f('fk_but_dispense_ue_formsemestre_id_notes_formsemestre'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['ue_id'], ['notes_ue.id'], name=op.f('fk_but_dispense_ue_ue_id_notes_ue'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_but_dispense_ue')),
    sa.UniqueConstraint('formsemestre_id', 'ue_id', 'etudid', name=op.f('uq_but_dispense_ue_formsemestre_id_ue_id_etudid'))
    )
    with op.batch_alter_table('but_dispense_ue', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_but_dispense_ue_etudid'), ['etudid'], unique=False)
        batch_op.create_index(batch_op.f('ix_but_dispense_ue_formsemestre_id'), ['formsemestre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_but_dispense_ue_ue_id'), ['ue_id'], unique=False)

    op.create_table('notes_ue_parcours',
    sa.Column('ue_id', sa.Integer(), nullable=False),
    sa.Column('parcours_id', sa.Integer(), nullable=False),
    sa.Column('ects', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['parcours_id'], ['apc_parcours.id'], name=op.f('fk_notes_ue_parcours_parcours_id_apc_parcours'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['ue_id'], ['notes_ue.id'], name=op.f('fk_notes_ue_parcours_ue_id_notes_ue'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('ue_id', 'parcours_id', name=op.f('pk_notes_ue_parcours'))
    )
    with op.batch_alter_table('notes_ue_parcours', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notes_ue_parcours_parcours_id'), ['parcours_id'], unique=False)

    with op.batch_alter_table('notes_formations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('referentiel_competence_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_notes_formations_referentiel_competence_id'), ['referentiel_competence_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_notes_formations_referentiel_competence_id_apc_referentiel_competences'), 'apc_referentiel_competences', ['referentiel_competence_id'], ['id'], ondelete='SET NULL')

    with op.batch_alter_table('notes_ue', schema=None) as batch_op:
        batch_op.add_column(sa.Column('niveau_competence_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_notes_ue_niveau_competence_id'), ['niveau_competence_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_notes_ue_niveau_competence_id_apc_niveau'), 'apc_niveau', ['niveau_competence_id'], ['id'], ondelete='SET NULL')




def downgrade() -> None:
    
    with op.batch_alter_table('notes_ue', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_notes_ue_niveau_competence_id_apc_niveau'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_notes_ue_niveau_competence_id'))
        batch_op.drop_column('niveau_competence_id')

    with op.batch_alter_table('notes_formations', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_notes_formations_referentiel_competence_id_apc_referentiel_competences'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_notes_formations_referentiel_competence_id'))
        batch_op.drop_column('referentiel_competence_id')

    with op.batch_alter_table('notes_ue_parcours', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notes_ue_parcours_parcours_id'))

    op.drop_table('notes_ue_parcours')
    with op.batch_alter_table('but_dispense_ue', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_but_dispense_ue_ue_id'))
        batch_op.drop_index(batch_op.f('ix_but_dispense_ue_formsemestre_id'))
        batch_op.drop_index(batch_op.f('ix_but_dispense_ue_etudid'))

    op.drop_table('but_dispense_ue')
    with op.batch_alter_table('apc_validation_rcue', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_apc_validation_rcue_ue2_id'))
        batch_op.drop_index(batch_op.f('ix_apc_validation_rcue_ue1_id'))
        batch_op.drop_index(batch_op.f('ix_apc_validation_rcue_parcours_id'))
        batch_op.drop_index(batch_op.f('ix_apc_validation_rcue_formsemestre_id'))
        batch_op.drop_index(batch_op.f('ix_apc_validation_rcue_etudid'))

    op.drop_table('apc_validation_rcue')
    with op.batch_alter_table('notes_formsemestre_parcours', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notes_formsemestre_parcours_parcours_id'))

    op.drop_table('notes_formsemestre_parcours')
    with op.batch_alter_table('apc_validation_annee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_apc_validation_annee_formsemestre_id'))
        batch_op.drop_index(batch_op.f('ix_apc_validation_annee_etudid'))

    op.drop_table('apc_validation_annee')
    with op.batch_alter_table('apc_app_critique', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_apc_app_critique_niveau_id'))

    op.drop_table('apc_app_critique')
    with op.batch_alter_table('apc_parcours_niveau', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_apc_parcours_niveau_competence_id'))

    op.drop_table('apc_parcours_niveau')
    with op.batch_alter_table('apc_niveau', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_apc_niveau_competence_id'))

    op.drop_table('apc_niveau')
    with op.batch_alter_table('apc_parcours', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_apc_parcours_referentiel_id'))

    op.drop_table('apc_parcours')
    with op.batch_alter_table('apc_competence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_apc_competence_referentiel_id'))

    op.drop_table('apc_competence')
    with op.batch_alter_table('apc_referentiel_competences', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_apc_referentiel_competences_dept_id'))

    op.drop_table('apc_referentiel_competences')

