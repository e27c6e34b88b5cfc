"""Legacy views of the shared services: the dictionaries ScoDoc 7 routes serialise (legacy.md §6)."""

import contextlib
from datetime import date

from scodoc_api.core.errors import BadRequest, NotFound
from scodoc_api.core.ids import parse_id
from scodoc_api.core.permissions import Access
from scodoc_api.db.session import AsyncSession
from scodoc_api.domain import identity as idt
from scodoc_api.domain import semester as sd
from scodoc_api.models import FormSemestre, Identite
from scodoc_api.repositories import etud as etud_repo
from scodoc_api.repositories import formsemestre as sem_repo
from scodoc_api.repositories.prefs import prefs_for
from scodoc_api.services.absences import halfday_views
from scodoc_api.services.attendance import day_times
from scodoc_api.services.formsemestre import sem_dict

MONTHS = ["Jan ", "Fév ", "Mars", "Avr ", "Mai ", "Juin", "Jul ", "Août", "Sept", "Oct ", "Nov ", "Déc "]


async def find_student(db: AsyncSession, access: Access, params: dict) -> Identite | None:
    """``etudid``, ``code_nip`` or ``code_ine`` (the first present wins), in the URL department."""
    for key, kind in (("etudid", "etudid"), ("code_nip", "nip"), ("code_ine", "ine")):
        value = params.get(key)
        if value not in (None, ""):
            if key == "etudid":
                value = parse_id(value)
                if value is None:
                    return None
            return await etud_repo.in_department(db, kind, value, access.mount_dept_id)
    raise BadRequest("etudid, code_nip ou code_ine: paramètre manquant")


def photo_url(dept: str, etud: Identite, has_photo: bool = True) -> str:
    base = f"/ScoDoc/{dept}/Scolarite/get_photo_image?etudid="
    return f"{base}{etud.id}&size=small" if has_photo else base


async def etud_info(db: AsyncSession, access: Access, etud: Identite, *, today: date | None = None) -> dict:
    today = today or date.today()
    adr = (await etud_repo.adresses(db, [etud.id])).get(etud.id)
    adm = (await etud_repo.admissions(db, [etud.id])).get(etud.id)
    civ = idt.civilite_str(etud.civilite)

    def a(field):
        return (getattr(adr, field) or "") if adr else ""

    d = {
        "etudid": etud.id,
        "code_nip": etud.code_nip or "",
        "code_ine": etud.code_ine or "",
        "nom": idt.format_nom(etud.nom),
        "nom_usuel": (etud.nom_usuel or "").upper(),
        "prenom": idt.format_prenom(etud.prenom),
        "nomprenom": idt.nomprenom(etud.civilite, etud.prenom, etud.nom, etud.nom_usuel),
    }
    for f in (
        "email",
        "emailperso",
        "domicile",
        "codepostaldomicile",
        "villedomicile",
        "paysdomicile",
        "telephone",
        "telephonemobile",
        "fax",
    ):
        d[f] = a(f)
    for f in ("bac", "specialite", "annee_bac", "nomlycee", "villelycee", "codepostallycee", "codelycee"):
        d[f] = None if adm is None else (getattr(adm, f) if getattr(adm, f) is not None else "")
    d["date_naissance_iso"] = etud.date_naissance.isoformat() if etud.date_naissance else None
    d["civilite"] = civ
    d["sexe"] = civ
    d["photo_url"] = photo_url(access.mount_dept_acronym, etud, bool(etud.photo_filename))
    d["insemestre"] = await _insemestre(db, etud.id, today)
    return d


async def _insemestre(db: AsyncSession, etudid: int, today: date) -> list[dict]:
    """The student's semesters: the current one first (with its groups), then the others."""
    rows = await sem_repo.inscriptions_of_etuds(db, [etudid])
    current = [s for _, s in rows if s.date_debut <= today <= s.date_fin]
    cur = max(current, key=lambda s: s.date_debut) if current else None
    insem = []
    if cur is not None:
        ins = next(i for i, s in rows if s.id == cur.id)
        groups = await etud_repo.group_names_in(db, etudid, cur.id)
        insem.append(
            {
                "current": "1",
                "formsemestre_id": cur.id,
                "date_debut": cur.date_debut.isoformat(),
                "date_fin": cur.date_fin.isoformat(),
                "etat": ins.etat,
                "groupes": " ".join(groups),
            }
        )
    for ins, s in rows:
        if cur is None or s.id != cur.id:
            insem.append(
                {
                    "formsemestre_id": s.id,
                    "date_debut": s.date_debut.isoformat(),
                    "date_fin": s.date_fin.isoformat(),
                    "etat": ins.etat,
                }
            )
    return insem


def unknown_student(params: dict) -> dict:
    etudid = params.get("etudid")
    with contextlib.suppress(ValueError):
        etudid = int(etudid) if etudid is not None else None
    return {
        "etudid": etudid,
        "nom": "?",
        "nom_usuel": "",
        "prenom": "?",
        "civilite": "?",
        "sexe": "?",
        "email": "?",
        "emailperso": "",
        "error": "code etudiant inconnu",
    }


def legacy_sem(s: FormSemestre, ctx: dict, prefs: dict) -> dict:
    """ScoDoc's semester dictionary (domain.md §5.1-5.4), from the modern object."""
    m = sem_dict(s, ctx, prefs)
    f = ctx["formations"][s.formation_id]
    tnum = m["titre_num"]
    annee = str(s.date_debut.year) if s.date_debut.year == s.date_fin.year else f"{s.date_debut.year}-{s.date_fin.year}"
    mois_debut = f"{MONTHS[s.date_debut.month - 1]} {s.date_debut.year}"
    mois_fin = f"{MONTHS[s.date_fin.month - 1]} {s.date_fin.year}"
    return {
        "id": s.id,
        "formsemestre_id": s.id,
        "dept_id": s.dept_id,
        "formation_id": s.formation_id,
        "semestre_id": s.semestre_id,
        "titre": s.titre or "",
        "date_debut": m["date_debut"],
        "date_fin": m["date_fin"],
        "etat": s.etat,
        "modalite": s.modalite or "",
        "gestion_compensation": s.gestion_compensation,
        "bul_hide_xml": s.bul_hide_xml,
        "gestion_semestrielle": s.gestion_semestrielle,
        "bul_bgcolor": s.bul_bgcolor or "",
        "resp_can_edit": s.resp_can_edit,
        "resp_can_change_ens": s.resp_can_change_ens,
        "ens_can_edit_eval": s.ens_can_edit_eval,
        "block_moyennes": s.block_moyennes,
        "elt_sem_apo": s.elt_sem_apo or "",
        "elt_annee_apo": s.elt_annee_apo or "",
        "scodoc7_id": "",
        "etapes": m["etapes"],
        "responsables": m["responsables"],
        "sem_id_txt": m["semestre_idx_txt"],
        "titre_num": tnum,
        "dateord": m["date_debut_iso"],
        "date_debut_iso": m["date_debut_iso"],
        "date_fin_iso": m["date_fin_iso"],
        "annee_debut": str(s.date_debut.year),
        "annee_fin": str(s.date_fin.year),
        "mois_debut_ord": s.date_debut.month,
        "mois_fin_ord": s.date_fin.month,
        "annee": annee,
        "anneescolaire": sd.annee_scolaire_str(s.date_debut),
        "periode": m["periode"],
        "titreannee": sd.titre_annee(tnum, s.modalite, s.date_debut, s.date_fin, legacy=True),
        "mois_debut": mois_debut,
        "mois_fin": mois_fin,
        "titremois": f"{tnum} {s.modalite or ''}  ({mois_debut} - {mois_fin})",
        "session_id": m["session_id"],
        "etapes_apo_str": ", ".join(m["etapes"]),
        "formation_acronyme": f.acronyme,
    }


async def formsemestre_list(db: AsyncSession, access: Access, params: dict) -> list[dict]:
    sems = await sem_repo.list_sems(db, dept_ids=[access.mount_dept_id])

    def as_int(name):
        v = params.get(name)
        if v in (None, ""):
            return None
        number = parse_id(v)
        if number is None:
            raise NotFound("objet inconnu")
        return number

    fid, form_id = as_int("formsemestre_id"), as_int("formation_id")
    etape = params.get("etape_apo")
    if fid is not None:
        sems = [s for s in sems if s.id == fid]
    if form_id is not None:
        sems = [s for s in sems if s.formation_id == form_id]
    if not sems:
        return []
    ctx = await sem_repo.load_full(db, sems)
    if etape:
        sems = [s for s in sems if any(sd.etape_matches(str(etape), e) for e in ctx["etapes"].get(s.id, []))]
    prefs = await prefs_for(db, [access.mount_dept_id], [s.id for s in sems])
    return [legacy_sem(s, ctx, prefs) for s in sems]


def parse_legacy_date(text: str) -> date:
    """``YYYY-MM-DD``, ``YYYYMMDD`` or any single non-digit separator."""
    import re

    t = str(text or "").strip()
    m = re.fullmatch(r"(\d{4})\D?(\d{2})\D?(\d{2})", t)
    if not m:
        raise NotFound(f"date invalide: {text}")
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise NotFound(f"date invalide: {text}") from None


async def abs_etud(db: AsyncSession, etud: Identite, beg: date, end: date, tz: str) -> list[dict]:
    """Absent half-days in [beg, end] (both included), with their justification flag. The description is the
    one entered last among the half-day's absences and valid justificatifs (ScoDoc 9.0 kept the later
    row's)."""
    times = await day_times(db, etud.dept_id, tz)
    hd = await halfday_views(db, [etud.id], beg, end, times)
    view = hd.views.get(etud.id, {})
    absences, justifs = hd.absences.get(etud.id, []), hd.justifs.get(etud.id, [])
    out = []
    for jour, matin in sorted(view, key=lambda k: (k[0], not k[1])):
        info = view[(jour, matin)]
        if not info.absent or not beg <= jour <= end:
            continue
        texts = [(absences[i].entry_date, 0, absences[i].id, absences[i].description) for i in info.absences]
        texts += [(justifs[i].entry_date, 1, justifs[i].id, justifs[i].raison) for i in info.justifs]
        described = [t for t in sorted(texts) if t[3]]
        b, e = ("08:00:00", "11:59:59") if matin else ("12:00:00", "17:59:59")
        out.append(
            {
                "begin": f"{jour.isoformat()} {b}",
                "end": f"{jour.isoformat()} {e}",
                "description": described[-1][3] if described else "",
                "justified": "1" if info.justified else "0",
            }
        )
    return out
