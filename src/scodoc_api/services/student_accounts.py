"""Portal accounts for a semester's students, made in bulk by an administrator (``scodoc-api students
accounts``): one per student who has none, with a generated password written once, to the administrator's file."""

import csv
import secrets
from dataclasses import dataclass
from pathlib import Path

from scodoc_api.core.errors import NotFound
from scodoc_api.db.session import AsyncSession
from scodoc_api.models import Identite
from scodoc_api.repositories import departements as depts
from scodoc_api.repositories import formsemestre as sem_repo
from scodoc_api.repositories import users as repo
from scodoc_api.services.users import add_student_account, student_user

CSV_FIELDS = ["etudid", "code_nip", "nom", "prenom", "login", "password"]


@dataclass
class AccountLine:
    etudid: int
    code_nip: str
    nom: str
    prenom: str
    login: str
    password: str  # empty for an account that already existed (its password is not known, nor changed)


def _login_for(etud: Identite) -> str:
    """The NIP, which students know and which is unique; else a name made from the etudid."""
    return (etud.code_nip or "").strip().lower() or f"etud{etud.id}"


def new_password() -> str:
    return secrets.token_urlsafe(12)  # 96 bits


async def make_accounts(db: AsyncSession, formsemestre_id: int) -> list[AccountLine]:
    """An account for every registered student without one; existing accounts are listed, untouched."""
    if await sem_repo.get(db, formsemestre_id) is None:
        raise NotFound(f"semestre {formsemestre_id} inconnu")
    students = [etud for etud, _ in await sem_repo.registered_students(db, formsemestre_id)]
    existing = await repo.accounts_of_students(db, [e.id for e in students])
    wanted = {e.id: _login_for(e) for e in students if e.id not in existing}
    taken = await repo.logins_taken(db, list(wanted.values()))
    acronyms = await depts.dept_acronyms(db)
    lines = []
    for etud in students:
        login, password = existing.get(etud.id), ""
        if login is None:
            login = wanted[etud.id] if wanted[etud.id] not in taken else f"etud{etud.id}"
            password = new_password()
            db.add(student_user(login, password, etud, acronyms.get(etud.dept_id)))
        lines.append(AccountLine(etud.id, etud.code_nip or "", etud.nom, etud.prenom or "", login, password))
    await db.flush()
    return lines


def write_csv(lines: list[AccountLine], out: Path) -> None:
    """Written readable by its owner only: it holds passwords."""
    out.touch(mode=0o600, exist_ok=True)
    out.chmod(0o600)
    with out.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(CSV_FIELDS)
        for line in lines:
            writer.writerow([line.etudid, line.code_nip, line.nom, line.prenom, line.login, line.password])


DEMO_STUDENT = ("etudiant", "etudiant")  # the demo's student portal login (the demo only: public words)


async def ensure_demo_student(db: AsyncSession, etudid: int) -> str:
    """The demo's student account (made once), for trying the portal; its login."""
    login, password = DEMO_STUDENT
    if await repo.by_name(db, login) is None:
        await add_student_account(db, login, password, etudid)
    return login
