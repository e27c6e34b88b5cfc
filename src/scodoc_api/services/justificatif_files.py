"""Files of justificatifs: checked (size, PDF or image by their bytes), stored under ``JUSTIF_DIR`` by a name
the server chooses, outside the database and any web root, and read back only through the API."""

import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from scodoc_api.core.errors import BadRequest, NotFound, PayloadTooLarge, UnsupportedMediaType
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.db.session import AsyncSession
from scodoc_api.models import JustificatifFile
from scodoc_api.repositories import attendance as repo
from scodoc_api.services import attendance as att

# Magic numbers of what a justification may be: a PDF or an image.
SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)
_UNSAFE = re.compile(r"[^\w .()+-]")


@dataclass(frozen=True)
class Storage:
    """Where files live (``JUSTIF_DIR``) and how large one may be (``JUSTIF_MAX_BYTES``)."""

    root: Path
    max_bytes: int

    def path(self, stored_name: str) -> Path:
        return self.root / stored_name


def sniff(data: bytes) -> str | None:
    """The content type the bytes show (not the one the client claims)."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return next((ctype for magic, ctype in SIGNATURES if data.startswith(magic)), None)


def safe_name(filename: str | None) -> str:
    """The client's file name without any directory part (``../x.pdf`` is ``x.pdf``) nor unusual character."""
    base = PureWindowsPath(PurePosixPath(filename or "").name).name
    cleaned = _UNSAFE.sub("_", base).strip(" .")[:200]
    return cleaned or "fichier"


async def names_by_justif(db: AsyncSession, justif_ids: list[int]) -> dict[int, str]:
    """The ``fichier`` of each justificatif: its first file's name."""
    out: dict[int, str] = {}
    for f in await repo.files_of(db, justif_ids):
        out.setdefault(f.justif_id, f.filename)
    return out


async def import_file(
    db: AsyncSession, access: Access, justif_id: int, filename: str | None, data: bytes, storage: Storage
) -> dict:
    """``justificatif/<id>/import``: store one file; ``{"filename": <the name it is listed by>}``."""
    j = await att.checked_justificatif(db, access, justif_id, Permission.ScoAbsChange)
    if len(data) > storage.max_bytes:
        raise PayloadTooLarge(f"fichier trop volumineux: {storage.max_bytes} octets au plus")
    if not data:
        raise BadRequest("files: fichier vide ou absent")
    ctype = sniff(data)
    if ctype is None:
        raise UnsupportedMediaType("type de fichier refusé: PDF ou image (PNG, JPEG, GIF, WebP) attendu")
    name, stored = safe_name(filename), secrets.token_hex(16)
    storage.root.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = storage.path(f".{stored}.part")
    tmp.write_bytes(data)
    os.replace(tmp, storage.path(stored))
    values = {"justif_id": j.id, "filename": name, "stored_name": stored, "content_type": ctype, "size": len(data)}
    await repo.add(db, JustificatifFile, {**values, "user_id": access.principal.user_id})
    await att.audit(db, access, "ImportJustificatif", j.etudid, f"justificatif {j.id}: {name}")
    return {"filename": name, "response": "imported"}


async def list_files(db: AsyncSession, access: Access, justif_id: int) -> dict:
    j = await att.checked_justificatif(db, access, justif_id, Permission.ScoAbsChange)
    names = [f.filename for f in await repo.files_of(db, [j.id])]
    return {"filenames": names, "total": len(names)}


async def export_file(
    db: AsyncSession, access: Access, justif_id: int, filename: str, storage: Storage
) -> tuple[bytes, str, str]:
    """(bytes, content type, name) of one file, for callers who may handle absences."""
    j = await att.checked_justificatif(db, access, justif_id, Permission.ScoAbsChange)
    f = await repo.file_named(db, j.id, filename)
    path = storage.path(f.stored_name) if f else None
    if f is None or path is None or not path.is_file():
        raise NotFound("fichier inconnu")
    return path.read_bytes(), f.content_type, f.filename


async def remove_files(db: AsyncSession, access: Access, justif_id: int, body: dict, storage: Storage) -> dict:
    """``justificatif/<id>/remove``: ``{"remove": "all"}`` or ``{"remove": "list", "filenames": [...]}``."""
    j = await att.checked_justificatif(db, access, justif_id, Permission.ScoAbsChange)
    attached = await repo.files_of(db, [j.id])
    mode, names = body.get("remove"), body.get("filenames")
    if names is not None and not (isinstance(names, list) and all(isinstance(n, str) for n in names)):
        raise BadRequest("filenames: liste de noms de fichiers attendue")
    if mode == "all":
        doomed = attached
    elif mode == "list" and names is not None:
        doomed = [f for f in attached if f.filename in set(names)]
    else:
        raise BadRequest('remove: "all" ou "list" (avec filenames) attendu')
    await repo.remove(db, JustificatifFile, [f.id for f in doomed])
    await att.audit(db, access, "RemoveJustificatifFiles", j.etudid, f"justificatif {j.id}: {len(doomed)}")
    await db.flush()
    discard([f.stored_name for f in doomed], storage)
    return {"response": "removed", "total": len(doomed)}


def discard(stored_names: list[str], storage: Storage) -> None:
    """Delete stored files (after their rows): a missing file is not an error."""
    for name in stored_names:
        storage.path(name).unlink(missing_ok=True)
