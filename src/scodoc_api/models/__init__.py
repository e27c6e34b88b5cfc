"""SQLModel tables of the whole ScoDoc domain (spec/domain.md), one module per aggregate.

Importing this package registers every table on ``scodoc_api.db.base.metadata``.
"""

from scodoc_api.db import base as _base  # noqa: F401  (naming convention first)
from scodoc_api.models.absence import BilletAbsence
from scodoc_api.models.attendance import Assiduite, Justificatif, JustificatifFile
from scodoc_api.models.audit import AuditEntry, ScoLog
from scodoc_api.models.dept import Departement, Preference
from scodoc_api.models.etud import Admission, Adresse, EtudPhoto, Identite
from scodoc_api.models.evaluation import Appreciation, Evaluation, EvaluationUEPoids, Note, NoteLog
from scodoc_api.models.formation import Formation, Matiere, Module, ModuleTag, ModuleUECoef, NotesTag, UniteEns
from scodoc_api.models.formsemestre import (
    FormSemestre,
    FormSemestreEtape,
    FormSemestreInscription,
    FormSemestreResponsable,
    FormSemestreUECoef,
    ModuleImpl,
    ModuleImplEnseignant,
    ModuleImplInscription,
    ScolarEvent,
)
from scodoc_api.models.group import GroupDescr, GroupMembership, Partition
from scodoc_api.models.jury import AutorisationInscription, FormSemestreValidation
from scodoc_api.models.referentiel import (
    ApcAppCritique,
    ApcCompetence,
    ApcNiveau,
    ApcParcours,
    ApcParcoursNiveau,
    ApcReferentielCompetences,
    ApcValidationAnnee,
    ApcValidationRCUE,
    DispenseUE,
    FormSemestreParcours,
    UEParcours,
)
from scodoc_api.models.user import AuthThrottle, RevokedToken, Role, User, UserRole

__all__ = [
    "ApcAppCritique",
    "ApcCompetence",
    "ApcNiveau",
    "ApcParcours",
    "ApcParcoursNiveau",
    "ApcReferentielCompetences",
    "ApcValidationAnnee",
    "ApcValidationRCUE",
    "DispenseUE",
    "FormSemestreParcours",
    "UEParcours",
    "Assiduite",
    "AuditEntry",
    "Justificatif",
    "JustificatifFile",
    "ScoLog",
    "Admission",
    "Adresse",
    "Appreciation",
    "AuthThrottle",
    "AutorisationInscription",
    "BilletAbsence",
    "Departement",
    "EtudPhoto",
    "Evaluation",
    "EvaluationUEPoids",
    "FormSemestre",
    "FormSemestreEtape",
    "FormSemestreInscription",
    "FormSemestreResponsable",
    "FormSemestreUECoef",
    "FormSemestreValidation",
    "Formation",
    "GroupDescr",
    "GroupMembership",
    "Identite",
    "Matiere",
    "Module",
    "ModuleImpl",
    "ModuleImplEnseignant",
    "ModuleImplInscription",
    "ModuleTag",
    "ModuleUECoef",
    "Note",
    "NoteLog",
    "NotesTag",
    "Partition",
    "Preference",
    "RevokedToken",
    "Role",
    "ScolarEvent",
    "UniteEns",
    "User",
    "UserRole",
]
