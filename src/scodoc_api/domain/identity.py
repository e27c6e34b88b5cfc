"""Display forms of a student's identity (domain.md §3.1). Pure functions."""

import re
from typing import Any

CIVILITE_STR = {"M": "M.", "F": "Mme", "X": ""}


def civilite_str(civilite: str | None) -> str:
    return CIVILITE_STR.get(civilite or "X", "")


def format_nom(nom: str | None) -> str:
    return (nom or "").upper()


def format_prenom(prenom: str | None) -> str:
    """``JEAN-PIERRE`` -> ``Jean-Pierre``: each word and hyphen-separated part capitalised."""
    if not prenom:
        return ""
    return re.sub(r"[^\s\-]+", lambda m: m.group(0)[:1].upper() + m.group(0)[1:].lower(), prenom.strip())


def nom_disp(nom: str | None, nom_usuel: str | None) -> str:
    if nom_usuel:
        return f"{nom_usuel.upper()} ({format_nom(nom)})" if nom else nom_usuel.upper()
    return format_nom(nom)


def nomprenom(civilite: str | None, prenom: str | None, nom: str | None, nom_usuel: str | None) -> str:
    parts = [civilite_str(civilite), format_prenom(prenom), nom_disp(nom, nom_usuel)]
    return " ".join(p for p in parts if p)


def sort_key(nom: str | None, nom_usuel: str | None, prenom: str | None) -> tuple[str, str]:
    return (nom_disp(nom, nom_usuel).lower(), format_prenom(prenom).lower())


def nom_short(nom: str | None, nom_usuel: str | None, prenom: str | None) -> str:
    """ScoDoc's short display name: the usual name in capitals and the first name's first two letters
    ("MARTIN Lé.")."""
    return f"{(nom_usuel or nom or '?').upper()} {(prenom or '')[:2].capitalize()}."


def resultats_identity(etudid: int, etat: str, e: Any) -> dict[str, Any]:
    """ScoDoc's identity columns of a ``resultats`` row (``e``: a student row with nom, nom_usuel, prenom,
    civilite, code_nip and code_ine)."""
    return {
        "etudid": etudid,
        "etat": etat,
        "civilite": e.civilite,
        "civilite_str": civilite_str(e.civilite),
        "nom": format_nom(e.nom),
        "nom_disp": nom_disp(e.nom, e.nom_usuel),
        "nom_short": nom_short(e.nom, e.nom_usuel, e.prenom),
        "prenom": format_prenom(e.prenom),
        "code_nip": e.code_nip,
        "code_ine": e.code_ine,
    }
