"""incremental results: the replaced version and the evaluations a notes write changed

Revision ID: 5b2d7c1e9a40
Revises: 11e3fe6f58c9
Create Date: 2026-11-23 16:55:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401
from alembic import op


revision: str = '5b2d7c1e9a40'
down_revision: str | None = '11e3fe6f58c9'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('notes_formsemestre', schema=None) as batch_op:
        batch_op.add_column(sa.Column('results_prev_version', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('results_delta', sqlmodel.sql.sqltypes.AutoString(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('notes_formsemestre', schema=None) as batch_op:
        batch_op.drop_column('results_delta')
        batch_op.drop_column('results_prev_version')
