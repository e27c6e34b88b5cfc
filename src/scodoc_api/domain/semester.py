"""Values ScoDoc derives from a semester's stored fields (domain.md §5.4-5.8). Pure functions."""

import re
import unicodedata
from datetime import date

from scodoc_api.domain.parcours import get_parcours


def annee_scolaire(d: date) -> int:
    """School year of a date, pivot on 1 August: 2022 for 2022-09-01 and for 2023-03-01."""
    return d.year if d.month > 7 else d.year - 1


def annee_scolaire_str(d: date) -> str:
    y = annee_scolaire(d)
    return f"{y} - {y + 1}"


def periode(date_debut: date) -> int:
    return 1 if date_debut.month in (8, 9, 10) else 2


def sem_id_txt(semestre_id: int) -> str:
    return "" if semestre_id == -1 else f"S{semestre_id}"


def titre_num(titre: str | None, semestre_id: int, type_parcours: int | None) -> str:
    titre = titre or ""
    if semestre_id == -1:
        return titre
    return f"{titre} {get_parcours(type_parcours).session_name} {semestre_id}"


def _years(date_debut: date, date_fin: date) -> str:
    if date_debut.year == date_fin.year:
        return str(date_debut.year)
    return f"{date_debut.year}-{date_fin.year}"


def titre_annee(
    titre_num_: str, modalite: str | None, date_debut: date, date_fin: date, *, legacy: bool = False
) -> str:
    """``titreannee``: ScoDoc puts two spaces before the years (kept on legacy routes only)."""
    sep = "  " if legacy else " "
    return f"{titre_num_} {modalite or ''}{sep}{_years(date_debut, date_fin)}"


_SANITIZE = re.compile(r"['`\"<>!&\\ ]")


def session_id(
    *,
    dept_name: str,
    type_parcours: int | None,
    modalite: str | None,
    semestre_id: int,
    date_debut: date,
    code_specialite: str | None,
) -> str:
    """Predictable semester identifier, e.g. ``RT-DUT-FI-S3-2021`` (domain.md §5.6)."""
    mod = (modalite or "").replace("FAP", "FA").replace("APP", "FA")
    if semestre_id > 0:
        spec = f"S{semestre_id}"
        odd = semestre_id % 2 == 1
        starts_first_half = date_debut.month < 7  # January-June
        if (odd and starts_first_half) or (not odd and not starts_first_half):
            spec += "D"
    else:
        spec = code_specialite or ""
    parts = [dept_name.upper(), get_parcours(type_parcours).name, mod, spec, str(annee_scolaire(date_debut))]
    text = _SANITIZE.sub("", "-".join(parts))
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[\t ]", "_", text)


def etape_matches(wanted: str, stored: str) -> bool:
    """Apogée step comparison: the ``!version`` part is ignored when either side has none."""
    w_code, _, w_ver = wanted.partition("!")
    s_code, _, s_ver = stored.partition("!")
    if w_code != s_code:
        return False
    return not w_ver or not s_ver or w_ver == s_ver


def dmy(d: date | None) -> str | None:
    return d.strftime("%d/%m/%Y") if d else None
