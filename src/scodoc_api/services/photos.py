"""Student photos: stored in the database (original and a 90 px high copy), placeholder when missing."""

import io
from functools import lru_cache
from pathlib import Path

from PIL import Image

from scodoc_api.core.errors import BadRequest, NotFound
from scodoc_api.db.session import AsyncSession
from scodoc_api.models import EtudPhoto, Identite
from scodoc_api.repositories import photos as repo
from scodoc_api.repositories.formsemestre import semester_ids_of
from scodoc_api.services.results import invalidate

SMALL_HEIGHT = 90


def _encode(img: Image.Image, fmt: str) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format=fmt)
    return buf.getvalue()


def prepare_photo(content: bytes) -> tuple[str, bytes, bytes]:
    """(mime type, full image, small image). Raises BadRequest for anything that is not an image."""
    try:
        img = Image.open(io.BytesIO(content))
        img.load()
    except Exception:
        raise BadRequest("le fichier n'est pas une image lisible") from None
    fmt = "PNG" if img.format == "PNG" else "JPEG"
    if fmt == "JPEG" and img.mode not in ("RGB", "L"):
        img = img.convert("RGB")
    small = img.copy()
    ratio = SMALL_HEIGHT / max(1, img.height)
    small = small.resize((max(1, round(img.width * ratio)), SMALL_HEIGHT))
    return ("image/png" if fmt == "PNG" else "image/jpeg", _encode(img, fmt), _encode(small, fmt))


@lru_cache
def placeholder(small: bool) -> bytes:
    """A neutral silhouette PNG, drawn once."""
    from PIL import ImageDraw

    h = SMALL_HEIGHT if small else 240
    w = h * 3 // 4
    img = Image.new("RGB", (w, h), (224, 224, 224))
    d = ImageDraw.Draw(img)
    d.ellipse((w * 0.3, h * 0.15, w * 0.7, h * 0.5), fill=(160, 160, 160))
    d.ellipse((w * 0.15, h * 0.55, w * 0.85, h * 1.15), fill=(160, 160, 160))
    return _encode(img, "PNG")


async def set_photo(db: AsyncSession, etudid: int, content: bytes) -> None:
    if await db.get(Identite, etudid) is None:
        raise NotFound("étudiant inconnu")
    mime, full, small = prepare_photo(content)
    photo = await db.get(EtudPhoto, etudid)
    if photo is None:
        db.add(EtudPhoto(etudid=etudid, mime_type=mime, content=full, small_content=small))
    else:
        photo.mime_type, photo.content, photo.small_content = mime, full, small
    ident = await db.get(Identite, etudid)
    ident.photo_filename = f"{etudid}.{'png' if mime == 'image/png' else 'jpg'}"
    await db.flush()
    # XML bulletins name the photo only when there is one: their renderings are kept with the results
    await invalidate(db, await semester_ids_of(db, etudid))


@lru_cache(maxsize=4)
def _image_file(path: str) -> tuple[str, bytes]:
    content = Path(path).read_bytes()
    fmt = Image.open(io.BytesIO(content)).format
    return ("image/png" if fmt == "PNG" else "image/jpeg"), content


def no_photo(small: bool, image_file: str | None = None) -> tuple[str, bytes]:
    """What a student without a photo gets: the ``NO_PHOTO_IMAGE`` file when set (a portal recognises "no
    photo" by comparing bytes with its own default image), else the drawn placeholder."""
    if image_file:
        return _image_file(image_file)
    return "image/png", placeholder(small)


async def get_photo(
    db: AsyncSession, etudid: int, *, small: bool, no_photo_image: str | None = None
) -> tuple[str, bytes]:
    found = await repo.photo(db, etudid, small=small)
    return no_photo(small, no_photo_image) if found is None else found
