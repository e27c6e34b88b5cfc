"""Partitions, groups and memberships (domain.md §9)."""

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel


class Partition(SQLModel, table=True):
    __tablename__ = "partition"
    __table_args__ = (UniqueConstraint("formsemestre_id", "partition_name"),)

    id: int | None = Field(default=None, primary_key=True)
    formsemestre_id: int = Field(foreign_key="notes_formsemestre.id", index=True, ondelete="CASCADE")
    partition_name: str | None = Field(default=None, max_length=32)  # NULL: the default "all" partition
    numero: int = 0
    bul_show_rank: bool = False
    show_in_lists: bool = True


class GroupDescr(SQLModel, table=True):
    __tablename__ = "group_descr"
    __table_args__ = (UniqueConstraint("partition_id", "group_name"),)

    id: int | None = Field(default=None, primary_key=True)
    partition_id: int = Field(foreign_key="partition.id", index=True, ondelete="CASCADE")
    group_name: str | None = Field(default=None, max_length=64)  # NULL: the default group


class GroupMembership(SQLModel, table=True):
    __tablename__ = "group_membership"

    etudid: int = Field(foreign_key="identite.id", primary_key=True, index=True, ondelete="CASCADE")
    group_id: int = Field(foreign_key="group_descr.id", primary_key=True, index=True, ondelete="CASCADE")
