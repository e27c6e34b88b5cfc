"""What the command line says when the database cannot be reached or used: one line, what is wrong and what
to do, never a traceback (issue 20)."""

import errno
import re
import socket
from pathlib import Path


def _chain(exc: BaseException):
    """The exception and its causes, including the driver's error under a SQLAlchemy one (``.orig``)."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        e = todo.pop(0)
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        todo += [getattr(e, "orig", None), e.__cause__, e.__context__]


def _first_line(e: BaseException) -> str:
    """The message's first line, without SQLAlchemy's ``(module.Class)`` prefix."""
    lines = str(e).strip().splitlines()
    return re.sub(r"^\([\w.]+\)\s*", "", lines[0]) if lines else ""


def sqlite_problem(url: str) -> str | None:
    """Before connecting (aiosqlite reports a missing folder from its own thread, with a traceback)."""
    prefix = "sqlite+aiosqlite:///"
    if not url.startswith(prefix) or ":memory:" in url:
        return None
    folder = Path(url[len(prefix) :].split("?")[0]).parent
    if not folder.is_dir():
        return f"dossier de la base SQLite introuvable ({folder}): créez-le ou corrigez DATABASE_URL"
    return None


REFUSED = {errno.ECONNREFUSED, errno.EHOSTUNREACH, errno.ENETUNREACH, errno.ETIMEDOUT}


def describe(exc: BaseException) -> str | None:
    """A one-line French message for a database problem, or None when ``exc`` is something else."""
    for e in _chain(exc):
        name, text = type(e).__name__, _first_line(e)
        if isinstance(e, socket.gaierror):
            return f"serveur de base de données introuvable ({text}): vérifiez l'hôte dans DATABASE_URL"
        if isinstance(e, ConnectionRefusedError | TimeoutError) or (isinstance(e, OSError) and e.errno in REFUSED):
            return f"connexion à la base impossible ({text}): vérifiez l'hôte et le port de DATABASE_URL"
        if name == "InvalidCatalogNameError" or ("database" in text and "does not exist" in text):
            return f"{text}: créez-la (createdb) ou corrigez DATABASE_URL"
        if name in ("InvalidPasswordError", "InvalidAuthorizationSpecificationError"):
            return f"accès refusé par PostgreSQL ({text}): vérifiez l'utilisateur et le mot de passe de DATABASE_URL"
        if name in ("ArgumentError", "NoSuchModuleError"):
            return f"DATABASE_URL invalide ({text}): postgresql://utilisateur@hôte/base ou sqlite:///fichier.db"
        if isinstance(e, ModuleNotFoundError):
            return f"pilote de base de données absent ({text}): utilisez postgresql+asyncpg:// ou sqlite+aiosqlite://"
        if "unable to open database file" in text:
            return f"fichier SQLite inaccessible ({text}): vérifiez le chemin de DATABASE_URL et ses droits"
        if (
            name == "UndefinedTableError"
            or "no such table" in text
            or ("relation" in text and "does not exist" in text)
        ):
            return f"la base n'a pas le schéma attendu ({text}): lancez « scodoc-api db upgrade »"
        if name in ("UniqueViolationError", "IntegrityError") or "UNIQUE constraint failed" in text:
            return f"la base contient déjà ces données ({text}): chargez-les dans une base vide"
    return None
