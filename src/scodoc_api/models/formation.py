"""Programmes: formation -> UE -> matière -> module (domain.md §4), with BUT coefficients (but.md)."""

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel


class Formation(SQLModel, table=True):
    __tablename__ = "notes_formations"
    __table_args__ = (UniqueConstraint("dept_id", "acronyme", "titre", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    dept_id: int = Field(foreign_key="departement.id", index=True)
    acronyme: str
    titre: str
    titre_officiel: str = ""
    version: int = 1
    formation_code: str = Field(max_length=32)
    type_parcours: int = 0
    code_specialite: str | None = Field(default=None, max_length=32)
    # BUT: the competency framework the programme follows
    referentiel_competence_id: int | None = Field(
        default=None, foreign_key="apc_referentiel_competences.id", index=True, ondelete="SET NULL"
    )


class UniteEns(SQLModel, table=True):
    __tablename__ = "notes_ue"

    id: int | None = Field(default=None, primary_key=True)
    formation_id: int = Field(foreign_key="notes_formations.id", index=True, ondelete="CASCADE")
    acronyme: str
    numero: int = 0
    titre: str | None = None
    # 0 standard, 1 sport/culture, 2 LP project, 3 internship, 4 elective, 5 professional, 6 optional
    type: int = 0
    ue_code: str = Field(max_length=32, index=True)
    ects: float | None = None
    is_external: bool = False
    code_apogee: str | None = Field(default=None, max_length=24)
    coefficient: float | None = None
    semestre_idx: int | None = None  # BUT: the semester an UE belongs to
    niveau_competence_id: int | None = Field(default=None, foreign_key="apc_niveau.id", index=True, ondelete="SET NULL")


class Matiere(SQLModel, table=True):
    __tablename__ = "notes_matieres"

    id: int | None = Field(default=None, primary_key=True)
    ue_id: int = Field(foreign_key="notes_ue.id", index=True, ondelete="CASCADE")
    titre: str | None = None
    numero: int = 0


class Module(SQLModel, table=True):
    __tablename__ = "notes_modules"

    id: int | None = Field(default=None, primary_key=True)
    titre: str | None = None
    abbrev: str | None = None
    code: str
    heures_cours: float | None = None
    heures_td: float | None = None
    heures_tp: float | None = None
    coefficient: float | None = None
    ects: float | None = None
    ue_id: int = Field(foreign_key="notes_ue.id", index=True, ondelete="CASCADE")
    matiere_id: int | None = Field(default=None, foreign_key="notes_matieres.id", index=True, ondelete="CASCADE")
    formation_id: int = Field(foreign_key="notes_formations.id", index=True, ondelete="CASCADE")
    semestre_id: int = 1
    numero: int = 0
    code_apogee: str | None = Field(default=None, max_length=24)
    module_type: int | None = None  # 0/None standard, 1 malus; BUT: 2 ressource, 3 SAE


class ModuleUECoef(SQLModel, table=True):
    """BUT coefficient matrix: the weight of a module in each UE (but.md)."""

    __tablename__ = "module_ue_coef"

    module_id: int = Field(foreign_key="notes_modules.id", primary_key=True, ondelete="CASCADE")
    ue_id: int = Field(foreign_key="notes_ue.id", primary_key=True, index=True, ondelete="CASCADE")
    coef: float = 0.0


class NotesTag(SQLModel, table=True):
    __tablename__ = "notes_tags"
    __table_args__ = (UniqueConstraint("dept_id", "title"),)

    id: int | None = Field(default=None, primary_key=True)
    dept_id: int = Field(foreign_key="departement.id", index=True)
    title: str


class ModuleTag(SQLModel, table=True):
    __tablename__ = "notes_modules_tags"

    tag_id: int = Field(foreign_key="notes_tags.id", primary_key=True, ondelete="CASCADE")
    module_id: int = Field(foreign_key="notes_modules.id", primary_key=True, index=True, ondelete="CASCADE")
