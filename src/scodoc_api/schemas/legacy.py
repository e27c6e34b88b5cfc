"""The JSON answers of the ScoDoc 7 routes (format=json): named shapes for generated clients, their usual keys
typed and every other key allowed (legacy.md)."""

from typing import Any

from scodoc_api.schemas.common import Obj


class LegacyEtudInfo(Obj):
    """``etud_info`` and its aliases: identity, address, admission and registrations."""

    etudid: int | str | None = None  # an unknown student's etudid comes back as it was given
    code_nip: str | None = None
    code_ine: str | None = None
    nom: str
    prenom: str | None = None
    civilite: str | None = None
    photo_url: str | None = None
    insemestre: list[dict[str, Any]] = []


class LegacyFormsemestre(Obj):
    """A semester of ``Notes/formsemestre_list``."""

    formsemestre_id: int
    formation_id: int
    titre: str
    date_debut: str
    date_fin: str
    etapes: list[str] = []


class LegacyGroupMember(Obj):
    """A student of ``groups_view``, with one key per partition id naming the student's group."""

    civilite_str: str | None = None
    nom_disp: str
    prenom: str | None = None
    etat: str | None = None


class LegacyBillet(Obj):
    """A billet just recorded by ``Absences/AddBilletAbsence`` (xml_reply=0)."""

    billet_id: int
    abs_begin_str: str
    abs_end_str: str
    description: str | None = None
    etat_str: str
