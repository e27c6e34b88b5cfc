"""Students of the ScoDoc 9.x routes (modern-api.md §4.2, §5.2)."""

from scodoc_api.schemas.common import Obj, example_config


class GroupRef(Obj):
    group_id: int
    group_name: str | None
    partition_id: int
    partition_name: str | None


class EtudiantRead(Obj):
    """Short form; the long form adds addresses, admission and personal details; per-semester lists add
    ``etat`` and ``groups``."""

    model_config = example_config(
        {
            "civilite": "F",
            "code_ine": "123456789AB",
            "code_nip": "22012345",
            "dept_acronym": "INFO",
            "dept_id": 3,
            "etudid": 1042,
            "id": 1042,
            "nom": "MARTIN",
            "nom_usuel": None,
            "prenom": "Léa",
            "sort_key": "MARTIN;LEA",
        }
    )
    civilite: str
    code_ine: str | None
    code_nip: str | None
    dept_acronym: str | None
    dept_id: int
    etudid: int
    id: int
    nom: str
    nom_usuel: str | None
    prenom: str
    sort_key: str
    etat: str | None = None
    groups: list[GroupRef] | None = None


class GroupEtudiantRead(Obj):
    model_config = example_config(
        {
            "civilite": "F",
            "code_ine": "123456789AB",
            "code_nip": "22012345",
            "email": "lea.martin@etu.example.fr",
            "etudid": 1042,
            "id": 1042,
            "nom": "MARTIN",
            "prenom": "Léa",
        }
    )
    etudid: int
    id: int
    nom: str
    prenom: str
