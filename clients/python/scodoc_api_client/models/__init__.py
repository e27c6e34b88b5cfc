"""Contains all the data models used in inputs/outputs"""

from .abs_annule_in import AbsAnnuleIn
from .abs_annule_in_form import AbsAnnuleInForm
from .abs_group_etat_read import AbsGroupEtatRead
from .abs_justif_in import AbsJustifIn
from .abs_justif_in_form import AbsJustifInForm
from .abs_out import AbsOut
from .abs_range_in import AbsRangeIn
from .abs_range_in_form import AbsRangeInForm
from .abs_signale_in import AbsSignaleIn
from .abs_signale_in_form import AbsSignaleInForm
from .absence_read import AbsenceRead
from .add_billet_format import AddBilletFormat
from .annee import Annee
from .annee_competences import AnneeCompetences
from .api_index_read import ApiIndexRead
from .assiduite_count import AssiduiteCount
from .assiduite_read import AssiduiteRead
from .assiduite_read_etat import AssiduiteReadEtat
from .assiduite_read_external_data_type_0 import AssiduiteReadExternalDataType0
from .attendance_batch import AttendanceBatch
from .batch_item import BatchItem
from .batch_item_message_type_1 import BatchItemMessageType1
from .billet_add_in import BilletAddIn
from .billet_add_in_form import BilletAddInForm
from .billet_read import BilletRead
from .but_bulletin import ButBulletin
from .but_bulletin_etudiant import ButBulletinEtudiant
from .but_bulletin_formation import ButBulletinFormation
from .but_bulletin_options import ButBulletinOptions
from .but_bulletin_ressources import ButBulletinRessources
from .but_bulletin_saes import ButBulletinSaes
from .but_bulletin_ues import ButBulletinUes
from .but_bulletin_ues_capitalisees import ButBulletinUesCapitalisees
from .but_evaluation import ButEvaluation
from .but_evaluation_poids import ButEvaluationPoids
from .but_module import ButModule
from .but_semestre import ButSemestre
from .but_semestre_absences import ButSemestreAbsences
from .but_semestre_decision_annee_type_0 import ButSemestreDecisionAnneeType0
from .but_semestre_decision_rcue_item import ButSemestreDecisionRcueItem
from .but_semestre_decision_ue_item import ButSemestreDecisionUeItem
from .but_semestre_groupes_item import ButSemestreGroupesItem
from .but_ue import ButUE
from .but_ue_capitalise_type_0 import ButUECapitaliseType0
from .but_ue_competence_type_0 import ButUECompetenceType0
from .but_ue_ressources import ButUERessources
from .but_ue_saes import ButUESaes
from .capitalised_mean import CapitalisedMean
from .capitalised_ue import CapitalisedUE
from .classic_bulletin import ClassicBulletin
from .classic_bulletin_etudiant import ClassicBulletinEtudiant
from .competence import Competence
from .competence_niveaux import CompetenceNiveaux
from .count_assiduites_date_debut_type_2 import CountAssiduitesDateDebutType2
from .count_assiduites_date_fin_type_2 import CountAssiduitesDateFinType2
from .count_assiduites_kind import CountAssiduitesKind
from .count_assiduites_query_date_debut_type_2 import CountAssiduitesQueryDateDebutType2
from .count_assiduites_query_date_fin_type_2 import CountAssiduitesQueryDateFinType2
from .count_assiduites_query_kind import CountAssiduitesQueryKind
from .count_formsemestre_assiduites_date_debut_type_2 import CountFormsemestreAssiduitesDateDebutType2
from .count_formsemestre_assiduites_date_fin_type_2 import CountFormsemestreAssiduitesDateFinType2
from .count_formsemestre_assiduites_query_date_debut_type_2 import CountFormsemestreAssiduitesQueryDateDebutType2
from .count_formsemestre_assiduites_query_date_fin_type_2 import CountFormsemestreAssiduitesQueryDateFinType2
from .create_assiduites_assiduite_create import CreateAssiduitesAssiduiteCreate
from .create_assiduites_assiduite_create_external_data_type_0 import CreateAssiduitesAssiduiteCreateExternalDataType0
from .create_assiduites_batch_assiduite_create_for import CreateAssiduitesBatchAssiduiteCreateFor
from .create_assiduites_batch_assiduite_create_for_external_data_type_0 import (
    CreateAssiduitesBatchAssiduiteCreateForExternalDataType0,
)
from .create_assiduites_kind import CreateAssiduitesKind
from .create_group_group_name_in import CreateGroupGroupNameIn
from .create_justificatifs_justificatif_create import CreateJustificatifsJustificatifCreate
from .create_justificatifs_justificatif_create_external_data_type_0 import (
    CreateJustificatifsJustificatifCreateExternalDataType0,
)
from .create_justificatifs_kind import CreateJustificatifsKind
from .create_partition_partition_in import CreatePartitionPartitionIn
from .create_partition_partition_in_bul_show_rank_type_1 import CreatePartitionPartitionInBulShowRankType1
from .create_partition_partition_in_show_in_lists_type_1 import CreatePartitionPartitionInShowInListsType1
from .decision_jury_row import DecisionJuryRow
from .departement_read import DepartementRead
from .ects import ECTS
from .edit_answer import EditAnswer
from .edit_answer_couverture_type_0 import EditAnswerCouvertureType0
from .edit_group_group_edit_in import EditGroupGroupEditIn
from .edit_partition_partition_edit_in import EditPartitionPartitionEditIn
from .edit_partition_partition_edit_in_bul_show_rank_type_1 import EditPartitionPartitionEditInBulShowRankType1
from .edit_partition_partition_edit_in_show_in_lists_type_1 import EditPartitionPartitionEditInShowInListsType1
from .ens_read import EnsRead
from .error_body import ErrorBody
from .etud_dept_read import EtudDeptRead
from .etud_groupe import EtudGroupe
from .etud_groups_read import EtudGroupsRead
from .etud_read import EtudRead
from .etudiant_read import EtudiantRead
from .eval_notes_read_item import EvalNotesReadItem
from .eval_set_notes_in import EvalSetNotesIn
from .eval_set_notes_in_form import EvalSetNotesInForm
from .eval_set_notes_out import EvalSetNotesOut
from .eval_set_notes_out_changed_item import EvalSetNotesOutChangedItem
from .evaluation_modern_read import EvaluationModernRead
from .evaluation_notes_map import EvaluationNotesMap
from .evaluation_read import EvaluationRead
from .export_formation_format import ExportFormationFormat
from .file_imported import FileImported
from .file_list import FileList
from .files_removed import FilesRemoved
from .form_semestre_read import FormSemestreRead
from .formation_export import FormationExport
from .formation_read import FormationRead
from .formation_summary import FormationSummary
from .get_abs_group_etat_format import GetAbsGroupEtatFormat
from .get_abs_group_etat_slash_format import GetAbsGroupEtatSlashFormat
from .get_etud_bulletin_format import GetEtudBulletinFormat
from .get_etud_bulletin_version import GetEtudBulletinVersion
from .get_etud_format import GetEtudFormat
from .get_etud_sem_groups_format import GetEtudSemGroupsFormat
from .get_etudiant_bulletin_kind import GetEtudiantBulletinKind
from .get_etudiant_bulletin_pdf_kind import GetEtudiantBulletinPdfKind
from .get_etudiant_bulletin_pdf_nosig_kind import GetEtudiantBulletinPdfNosigKind
from .get_etudiant_bulletin_pdf_nosig_version import GetEtudiantBulletinPdfNosigVersion
from .get_etudiant_bulletin_pdf_version import GetEtudiantBulletinPdfVersion
from .get_etudiant_bulletin_version_kind import GetEtudiantBulletinVersionKind
from .get_etudiant_bulletin_version_version import GetEtudiantBulletinVersionVersion
from .get_etudiant_kind import GetEtudiantKind
from .get_etudiant_photo_kind import GetEtudiantPhotoKind
from .get_etudiant_photo_size_type_0 import GetEtudiantPhotoSizeType0
from .get_eval_notes_format import GetEvalNotesFormat
from .get_eval_notes_history_format import GetEvalNotesHistoryFormat
from .get_formation_format import GetFormationFormat
from .get_formsemestre_format import GetFormsemestreFormat
from .get_moduleimpl_format import GetModuleimplFormat
from .get_moduleimpl_in_formsemestre_format import GetModuleimplInFormsemestreFormat
from .group_etudiant_read import GroupEtudiantRead
from .group_in_partition import GroupInPartition
from .group_member_read import GroupMemberRead
from .group_move_read import GroupMoveRead
from .group_read import GroupRead
from .group_ref import GroupRef
from .health_read import HealthRead
from .import_justificatif_file_body import ImportJustificatifFileBody
from .in_semestre import InSemestre
from .justificatif_read import JustificatifRead
from .justificatif_read_etat import JustificatifReadEtat
from .justificatif_read_external_data_type_0 import JustificatifReadExternalDataType0
from .legacy_add_billet_absence_get_justified import LegacyAddBilletAbsenceGetJustified
from .legacy_add_billet_absence_get_xml_reply import LegacyAddBilletAbsenceGetXmlReply
from .legacy_add_billet_absence_post_body import LegacyAddBilletAbsencePostBody
from .legacy_add_billet_absence_post_justified import LegacyAddBilletAbsencePostJustified
from .legacy_add_billet_absence_post_xml_reply import LegacyAddBilletAbsencePostXmlReply
from .legacy_billet import LegacyBillet
from .legacy_etud_info import LegacyEtudInfo
from .legacy_etud_info_1_get_format import LegacyEtudInfo1GetFormat
from .legacy_etud_info_1_post_body import LegacyEtudInfo1PostBody
from .legacy_etud_info_1_post_format import LegacyEtudInfo1PostFormat
from .legacy_etud_info_2_get_format import LegacyEtudInfo2GetFormat
from .legacy_etud_info_2_post_body import LegacyEtudInfo2PostBody
from .legacy_etud_info_2_post_format import LegacyEtudInfo2PostFormat
from .legacy_etud_info_3_get_format import LegacyEtudInfo3GetFormat
from .legacy_etud_info_3_post_body import LegacyEtudInfo3PostBody
from .legacy_etud_info_3_post_format import LegacyEtudInfo3PostFormat
from .legacy_etud_info_get_format import LegacyEtudInfoGetFormat
from .legacy_etud_info_insemestre_item import LegacyEtudInfoInsemestreItem
from .legacy_etud_info_post_body import LegacyEtudInfoPostBody
from .legacy_etud_info_post_format import LegacyEtudInfoPostFormat
from .legacy_formsemestre import LegacyFormsemestre
from .legacy_formsemestre_bulletinetud_get_force_publishing import LegacyFormsemestreBulletinetudGetForcePublishing
from .legacy_formsemestre_bulletinetud_get_format import LegacyFormsemestreBulletinetudGetFormat
from .legacy_formsemestre_bulletinetud_get_xml_with_decisions import LegacyFormsemestreBulletinetudGetXmlWithDecisions
from .legacy_formsemestre_bulletinetud_post_body import LegacyFormsemestreBulletinetudPostBody
from .legacy_formsemestre_bulletinetud_post_force_publishing import LegacyFormsemestreBulletinetudPostForcePublishing
from .legacy_formsemestre_bulletinetud_post_format import LegacyFormsemestreBulletinetudPostFormat
from .legacy_formsemestre_bulletinetud_post_xml_with_decisions import LegacyFormsemestreBulletinetudPostXmlWithDecisions
from .legacy_formsemestre_list_get_format import LegacyFormsemestreListGetFormat
from .legacy_formsemestre_list_post_body import LegacyFormsemestreListPostBody
from .legacy_formsemestre_list_post_format import LegacyFormsemestreListPostFormat
from .legacy_group_member import LegacyGroupMember
from .legacy_groups_view_get_format import LegacyGroupsViewGetFormat
from .legacy_groups_view_get_with_codes import LegacyGroupsViewGetWithCodes
from .legacy_groups_view_post_body import LegacyGroupsViewPostBody
from .legacy_groups_view_post_format import LegacyGroupsViewPostFormat
from .legacy_groups_view_post_with_codes import LegacyGroupsViewPostWithCodes
from .legacy_xm_lget_abs_etud_post_body import LegacyXmLgetAbsEtudPostBody
from .legacy_xm_lget_billets_etud_post_body import LegacyXmLgetBilletsEtudPostBody
from .legacy_xm_lget_formsemestres_post_body import LegacyXmLgetFormsemestresPostBody
from .libelle import Libelle
from .list_absences_format import ListAbsencesFormat
from .list_assiduites_by_etudid_date_debut_type_2 import ListAssiduitesByEtudidDateDebutType2
from .list_assiduites_by_etudid_date_fin_type_2 import ListAssiduitesByEtudidDateFinType2
from .list_assiduites_date_debut_type_2 import ListAssiduitesDateDebutType2
from .list_assiduites_date_fin_type_2 import ListAssiduitesDateFinType2
from .list_assiduites_kind import ListAssiduitesKind
from .list_assiduites_query_date_debut_type_2 import ListAssiduitesQueryDateDebutType2
from .list_assiduites_query_date_fin_type_2 import ListAssiduitesQueryDateFinType2
from .list_assiduites_query_kind import ListAssiduitesQueryKind
from .list_billets_format import ListBilletsFormat
from .list_departement_ids_format import ListDepartementIdsFormat
from .list_etud_depts_format import ListEtudDeptsFormat
from .list_etudiant_formsemestres_kind import ListEtudiantFormsemestresKind
from .list_etudiant_groups_kind import ListEtudiantGroupsKind
from .list_etudiants_by_code_kind import ListEtudiantsByCodeKind
from .list_evaluations_format import ListEvaluationsFormat
from .list_formations_format import ListFormationsFormat
from .list_formsemestre_assiduites_date_debut_type_2 import ListFormsemestreAssiduitesDateDebutType2
from .list_formsemestre_assiduites_date_fin_type_2 import ListFormsemestreAssiduitesDateFinType2
from .list_formsemestre_assiduites_query_date_debut_type_2 import ListFormsemestreAssiduitesQueryDateDebutType2
from .list_formsemestre_assiduites_query_date_fin_type_2 import ListFormsemestreAssiduitesQueryDateFinType2
from .list_formsemestre_bulletins_format import ListFormsemestreBulletinsFormat
from .list_formsemestre_bulletins_version import ListFormsemestreBulletinsVersion
from .list_formsemestre_bulletins_version_version import ListFormsemestreBulletinsVersionVersion
from .list_formsemestre_justificatifs_date_debut_type_2 import ListFormsemestreJustificatifsDateDebutType2
from .list_formsemestre_justificatifs_date_fin_type_2 import ListFormsemestreJustificatifsDateFinType2
from .list_formsemestre_justificatifs_query_date_debut_type_2 import ListFormsemestreJustificatifsQueryDateDebutType2
from .list_formsemestre_justificatifs_query_date_fin_type_2 import ListFormsemestreJustificatifsQueryDateFinType2
from .list_formsemestres_by_etape_format import ListFormsemestresByEtapeFormat
from .list_group_assiduites_date_debut_type_2 import ListGroupAssiduitesDateDebutType2
from .list_group_assiduites_date_fin_type_2 import ListGroupAssiduitesDateFinType2
from .list_group_assiduites_response_list_group_assiduites import ListGroupAssiduitesResponseListGroupAssiduites
from .list_group_members_etat_type_0 import ListGroupMembersEtatType0
from .list_group_members_format import ListGroupMembersFormat
from .list_justificatifs_date_debut_type_2 import ListJustificatifsDateDebutType2
from .list_justificatifs_date_fin_type_2 import ListJustificatifsDateFinType2
from .list_justificatifs_kind import ListJustificatifsKind
from .list_justificatifs_query_date_debut_type_2 import ListJustificatifsQueryDateDebutType2
from .list_justificatifs_query_date_fin_type_2 import ListJustificatifsQueryDateFinType2
from .list_justificatifs_query_kind import ListJustificatifsQueryKind
from .list_moduleimpls_format import ListModuleimplsFormat
from .list_partitions_format import ListPartitionsFormat
from .matiere_export import MatiereExport
from .matiere_read import MatiereRead
from .metrics import Metrics
from .module_export import ModuleExport
from .module_impl_read import ModuleImplRead
from .module_read import ModuleRead
from .niveau import Niveau
from .niveau_app_critiques import NiveauAppCritiques
from .note_entry import NoteEntry
from .note_history_read import NoteHistoryRead
from .note_item import NoteItem
from .note_stats import NoteStats
from .notes_set_read import NotesSetRead
from .ok_read import OkRead
from .parcours import Parcours
from .parcours_annees import ParcoursAnnees
from .parcours_competence import ParcoursCompetence
from .partition_group import PartitionGroup
from .partition_item import PartitionItem
from .partition_item_groups import PartitionItemGroups
from .partition_read import PartitionRead
from .partition_summary import PartitionSummary
from .partitions_map import PartitionsMap
from .portal_login_login_in import PortalLoginLoginIn
from .programme_item import ProgrammeItem
from .programme_item_module import ProgrammeItemModule
from .programme_read import ProgrammeRead
from .programme_read_ues_item import ProgrammeReadUesItem
from .query_formsemestre_etudiants_etat_type_0 import QueryFormsemestreEtudiantsEtatType0
from .query_formsemestre_etudiants_long_etat_type_0 import QueryFormsemestreEtudiantsLongEtatType0
from .query_group_etudiants_etat_type_0 import QueryGroupEtudiantsEtatType0
from .rcue import Rcue
from .rcue_ue import RcueUE
from .ready_read import ReadyRead
from .referentiel_out import ReferentielOut
from .referentiel_out_competences import ReferentielOutCompetences
from .referentiel_out_parcours import ReferentielOutParcours
from .remove_justificatif_files_files_remove_all import RemoveJustificatifFilesFilesRemoveAll
from .remove_justificatif_files_files_remove_list import RemoveJustificatifFilesFilesRemoveList
from .resultat_row import ResultatRow
from .semester_parcours import SemesterParcours
from .semester_parcours_annees import SemesterParcoursAnnees
from .semester_parcours_annees_additional_property import SemesterParcoursAnneesAdditionalProperty
from .semester_rank import SemesterRank
from .semester_rank_groupes import SemesterRankGroupes
from .semester_rank_groupes_additional_property import SemesterRankGroupesAdditionalProperty
from .set_evaluation_notes_notes_set_in import SetEvaluationNotesNotesSetIn
from .set_groups_format import SetGroupsFormat
from .set_groups_in import SetGroupsIn
from .set_groups_in_form import SetGroupsInForm
from .set_groups_out import SetGroupsOut
from .state_count import StateCount
from .tag_export import TagExport
from .token_read import TokenRead
from .ue_export import UEExport
from .ue_mean import UEMean
from .ue_module import UEModule
from .ue_read import UERead
from .user_read import UserRead

__all__ = (
    "AbsAnnuleIn",
    "AbsAnnuleInForm",
    "AbsenceRead",
    "AbsGroupEtatRead",
    "AbsJustifIn",
    "AbsJustifInForm",
    "AbsOut",
    "AbsRangeIn",
    "AbsRangeInForm",
    "AbsSignaleIn",
    "AbsSignaleInForm",
    "AddBilletFormat",
    "Annee",
    "AnneeCompetences",
    "ApiIndexRead",
    "AssiduiteCount",
    "AssiduiteRead",
    "AssiduiteReadEtat",
    "AssiduiteReadExternalDataType0",
    "AttendanceBatch",
    "BatchItem",
    "BatchItemMessageType1",
    "BilletAddIn",
    "BilletAddInForm",
    "BilletRead",
    "ButBulletin",
    "ButBulletinEtudiant",
    "ButBulletinFormation",
    "ButBulletinOptions",
    "ButBulletinRessources",
    "ButBulletinSaes",
    "ButBulletinUes",
    "ButBulletinUesCapitalisees",
    "ButEvaluation",
    "ButEvaluationPoids",
    "ButModule",
    "ButSemestre",
    "ButSemestreAbsences",
    "ButSemestreDecisionAnneeType0",
    "ButSemestreDecisionRcueItem",
    "ButSemestreDecisionUeItem",
    "ButSemestreGroupesItem",
    "ButUE",
    "ButUECapitaliseType0",
    "ButUECompetenceType0",
    "ButUERessources",
    "ButUESaes",
    "CapitalisedMean",
    "CapitalisedUE",
    "ClassicBulletin",
    "ClassicBulletinEtudiant",
    "Competence",
    "CompetenceNiveaux",
    "CountAssiduitesDateDebutType2",
    "CountAssiduitesDateFinType2",
    "CountAssiduitesKind",
    "CountAssiduitesQueryDateDebutType2",
    "CountAssiduitesQueryDateFinType2",
    "CountAssiduitesQueryKind",
    "CountFormsemestreAssiduitesDateDebutType2",
    "CountFormsemestreAssiduitesDateFinType2",
    "CountFormsemestreAssiduitesQueryDateDebutType2",
    "CountFormsemestreAssiduitesQueryDateFinType2",
    "CreateAssiduitesAssiduiteCreate",
    "CreateAssiduitesAssiduiteCreateExternalDataType0",
    "CreateAssiduitesBatchAssiduiteCreateFor",
    "CreateAssiduitesBatchAssiduiteCreateForExternalDataType0",
    "CreateAssiduitesKind",
    "CreateGroupGroupNameIn",
    "CreateJustificatifsJustificatifCreate",
    "CreateJustificatifsJustificatifCreateExternalDataType0",
    "CreateJustificatifsKind",
    "CreatePartitionPartitionIn",
    "CreatePartitionPartitionInBulShowRankType1",
    "CreatePartitionPartitionInShowInListsType1",
    "DecisionJuryRow",
    "DepartementRead",
    "ECTS",
    "EditAnswer",
    "EditAnswerCouvertureType0",
    "EditGroupGroupEditIn",
    "EditPartitionPartitionEditIn",
    "EditPartitionPartitionEditInBulShowRankType1",
    "EditPartitionPartitionEditInShowInListsType1",
    "EnsRead",
    "ErrorBody",
    "EtudDeptRead",
    "EtudGroupe",
    "EtudGroupsRead",
    "EtudiantRead",
    "EtudRead",
    "EvalNotesReadItem",
    "EvalSetNotesIn",
    "EvalSetNotesInForm",
    "EvalSetNotesOut",
    "EvalSetNotesOutChangedItem",
    "EvaluationModernRead",
    "EvaluationNotesMap",
    "EvaluationRead",
    "ExportFormationFormat",
    "FileImported",
    "FileList",
    "FilesRemoved",
    "FormationExport",
    "FormationRead",
    "FormationSummary",
    "FormSemestreRead",
    "GetAbsGroupEtatFormat",
    "GetAbsGroupEtatSlashFormat",
    "GetEtudBulletinFormat",
    "GetEtudBulletinVersion",
    "GetEtudFormat",
    "GetEtudiantBulletinKind",
    "GetEtudiantBulletinPdfKind",
    "GetEtudiantBulletinPdfNosigKind",
    "GetEtudiantBulletinPdfNosigVersion",
    "GetEtudiantBulletinPdfVersion",
    "GetEtudiantBulletinVersionKind",
    "GetEtudiantBulletinVersionVersion",
    "GetEtudiantKind",
    "GetEtudiantPhotoKind",
    "GetEtudiantPhotoSizeType0",
    "GetEtudSemGroupsFormat",
    "GetEvalNotesFormat",
    "GetEvalNotesHistoryFormat",
    "GetFormationFormat",
    "GetFormsemestreFormat",
    "GetModuleimplFormat",
    "GetModuleimplInFormsemestreFormat",
    "GroupEtudiantRead",
    "GroupInPartition",
    "GroupMemberRead",
    "GroupMoveRead",
    "GroupRead",
    "GroupRef",
    "HealthRead",
    "ImportJustificatifFileBody",
    "InSemestre",
    "JustificatifRead",
    "JustificatifReadEtat",
    "JustificatifReadExternalDataType0",
    "LegacyAddBilletAbsenceGetJustified",
    "LegacyAddBilletAbsenceGetXmlReply",
    "LegacyAddBilletAbsencePostBody",
    "LegacyAddBilletAbsencePostJustified",
    "LegacyAddBilletAbsencePostXmlReply",
    "LegacyBillet",
    "LegacyEtudInfo",
    "LegacyEtudInfo1GetFormat",
    "LegacyEtudInfo1PostBody",
    "LegacyEtudInfo1PostFormat",
    "LegacyEtudInfo2GetFormat",
    "LegacyEtudInfo2PostBody",
    "LegacyEtudInfo2PostFormat",
    "LegacyEtudInfo3GetFormat",
    "LegacyEtudInfo3PostBody",
    "LegacyEtudInfo3PostFormat",
    "LegacyEtudInfoGetFormat",
    "LegacyEtudInfoInsemestreItem",
    "LegacyEtudInfoPostBody",
    "LegacyEtudInfoPostFormat",
    "LegacyFormsemestre",
    "LegacyFormsemestreBulletinetudGetForcePublishing",
    "LegacyFormsemestreBulletinetudGetFormat",
    "LegacyFormsemestreBulletinetudGetXmlWithDecisions",
    "LegacyFormsemestreBulletinetudPostBody",
    "LegacyFormsemestreBulletinetudPostForcePublishing",
    "LegacyFormsemestreBulletinetudPostFormat",
    "LegacyFormsemestreBulletinetudPostXmlWithDecisions",
    "LegacyFormsemestreListGetFormat",
    "LegacyFormsemestreListPostBody",
    "LegacyFormsemestreListPostFormat",
    "LegacyGroupMember",
    "LegacyGroupsViewGetFormat",
    "LegacyGroupsViewGetWithCodes",
    "LegacyGroupsViewPostBody",
    "LegacyGroupsViewPostFormat",
    "LegacyGroupsViewPostWithCodes",
    "LegacyXmLgetAbsEtudPostBody",
    "LegacyXmLgetBilletsEtudPostBody",
    "LegacyXmLgetFormsemestresPostBody",
    "Libelle",
    "ListAbsencesFormat",
    "ListAssiduitesByEtudidDateDebutType2",
    "ListAssiduitesByEtudidDateFinType2",
    "ListAssiduitesDateDebutType2",
    "ListAssiduitesDateFinType2",
    "ListAssiduitesKind",
    "ListAssiduitesQueryDateDebutType2",
    "ListAssiduitesQueryDateFinType2",
    "ListAssiduitesQueryKind",
    "ListBilletsFormat",
    "ListDepartementIdsFormat",
    "ListEtudDeptsFormat",
    "ListEtudiantFormsemestresKind",
    "ListEtudiantGroupsKind",
    "ListEtudiantsByCodeKind",
    "ListEvaluationsFormat",
    "ListFormationsFormat",
    "ListFormsemestreAssiduitesDateDebutType2",
    "ListFormsemestreAssiduitesDateFinType2",
    "ListFormsemestreAssiduitesQueryDateDebutType2",
    "ListFormsemestreAssiduitesQueryDateFinType2",
    "ListFormsemestreBulletinsFormat",
    "ListFormsemestreBulletinsVersion",
    "ListFormsemestreBulletinsVersionVersion",
    "ListFormsemestreJustificatifsDateDebutType2",
    "ListFormsemestreJustificatifsDateFinType2",
    "ListFormsemestreJustificatifsQueryDateDebutType2",
    "ListFormsemestreJustificatifsQueryDateFinType2",
    "ListFormsemestresByEtapeFormat",
    "ListGroupAssiduitesDateDebutType2",
    "ListGroupAssiduitesDateFinType2",
    "ListGroupAssiduitesResponseListGroupAssiduites",
    "ListGroupMembersEtatType0",
    "ListGroupMembersFormat",
    "ListJustificatifsDateDebutType2",
    "ListJustificatifsDateFinType2",
    "ListJustificatifsKind",
    "ListJustificatifsQueryDateDebutType2",
    "ListJustificatifsQueryDateFinType2",
    "ListJustificatifsQueryKind",
    "ListModuleimplsFormat",
    "ListPartitionsFormat",
    "MatiereExport",
    "MatiereRead",
    "Metrics",
    "ModuleExport",
    "ModuleImplRead",
    "ModuleRead",
    "Niveau",
    "NiveauAppCritiques",
    "NoteEntry",
    "NoteHistoryRead",
    "NoteItem",
    "NotesSetRead",
    "NoteStats",
    "OkRead",
    "Parcours",
    "ParcoursAnnees",
    "ParcoursCompetence",
    "PartitionGroup",
    "PartitionItem",
    "PartitionItemGroups",
    "PartitionRead",
    "PartitionsMap",
    "PartitionSummary",
    "PortalLoginLoginIn",
    "ProgrammeItem",
    "ProgrammeItemModule",
    "ProgrammeRead",
    "ProgrammeReadUesItem",
    "QueryFormsemestreEtudiantsEtatType0",
    "QueryFormsemestreEtudiantsLongEtatType0",
    "QueryGroupEtudiantsEtatType0",
    "Rcue",
    "RcueUE",
    "ReadyRead",
    "ReferentielOut",
    "ReferentielOutCompetences",
    "ReferentielOutParcours",
    "RemoveJustificatifFilesFilesRemoveAll",
    "RemoveJustificatifFilesFilesRemoveList",
    "ResultatRow",
    "SemesterParcours",
    "SemesterParcoursAnnees",
    "SemesterParcoursAnneesAdditionalProperty",
    "SemesterRank",
    "SemesterRankGroupes",
    "SemesterRankGroupesAdditionalProperty",
    "SetEvaluationNotesNotesSetIn",
    "SetGroupsFormat",
    "SetGroupsIn",
    "SetGroupsInForm",
    "SetGroupsOut",
    "StateCount",
    "TagExport",
    "TokenRead",
    "UEExport",
    "UEMean",
    "UEModule",
    "UERead",
    "UserRead",
)
