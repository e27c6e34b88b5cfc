"""The classic bulletin on the ScoDoc 9.x routes (modern-api.md §7; the BUT one: bulletin_but.py)."""

from typing import Any

from scodoc_api.schemas.common import Obj


class ClassicBulletin(Obj):
    """A classic bulletin (bulletins.md), with plain texts and ``publie`` a boolean on the modern routes."""

    etudid: int
    formsemestre_id: int
    publie: bool | int
    etudiant: dict[str, Any]
