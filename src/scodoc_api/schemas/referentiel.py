"""The référentiel de compétences as ScoDoc exports it (JSON, ``formation/<id>/referentiel_competences``): the
input of ``import-referentiel`` and the shape of the route. Unknown keys are kept out, not refused, so that
exports of later ScoDoc versions still load."""

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

Text = Annotated[str, Field(max_length=1024)]
Code = Annotated[str, Field(min_length=1, max_length=64)]


class _In(BaseModel):
    model_config = ConfigDict(extra="ignore")


class Libelle(_In):
    libelle: Text


class Niveau(_In):
    libelle: Text
    annee: Annotated[str, Field(pattern=r"^BUT[1-3]$")]
    ordre: Annotated[int, Field(ge=1, le=3)]
    app_critiques: dict[Annotated[str, Field(min_length=1, max_length=32)], Libelle] = {}


class Competence(_In):
    id_orebut: Code | None = None
    titre: Text
    titre_long: Text | None = None
    couleur: Annotated[str, Field(max_length=32)] | None = None
    numero: int = 0
    situations: list[Libelle] = []
    composantes_essentielles: list[Libelle] = []
    niveaux: dict[Annotated[str, Field(pattern=r"^BUT[1-3]$")], Niveau]


class ParcoursCompetence(_In):
    niveau: Annotated[int, Field(ge=1, le=3)]
    id_orebut: Code | None = None


class Annee(_In):
    ordre: Annotated[int, Field(ge=1, le=3)]
    competences: dict[Text, ParcoursCompetence]


class Parcours(_In):
    code: Code
    numero: int = 0
    libelle: Text
    annees: dict[Annotated[str, Field(pattern=r"^[1-3]$")], Annee]


class Referentiel(_In):
    annexe: Annotated[str, Field(max_length=32)] | None = None
    specialite: Code
    specialite_long: Text | None = None
    type_structure: Code | None = None
    type_departement: Code | None = None
    type_titre: Code | None = None
    version_orebut: Annotated[str, Field(max_length=64)] = ""
    scodoc_date_loaded: datetime | None = None
    scodoc_orig_filename: Text | None = None
    competences: dict[Text, Competence]
    parcours: dict[Code, Parcours] = {}


class ReferentielOut(Referentiel):
    """What the route answers: the stored référentiel in the export's shape, with its ids."""

    model_config = ConfigDict(extra="allow")
    id: int
    dept_id: int
