"""NO_PHOTO_IMAGE: students without a photo get that file's bytes (a portal compares them with its own default
image to decide "no photo"); unset, the drawn placeholder. Every photo route follows it."""

import io

from PIL import Image

from tests.api.world import world_ids
from tests.conftest import basic


def _jpeg() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (30, 40), (10, 200, 30)).save(buf, format="JPEG")
    return buf.getvalue()


async def test_students_without_a_photo_get_the_configured_image(app, client, db, auth, tmp_path):
    w = await world_ids(db)
    headers = await auth("admin")
    routes = [
        f"/ScoDoc/api/etud/{w['etudid']}/photo",
        f"/ScoDoc/api/etud/{w['etudid']}/photo/small",
        f"/ScoDoc/api/etudiant/etudid/{w['etudid']}/photo",
        f"/ScoDoc/RT/Scolarite/get_photo_image?etudid={w['etudid']}&size=small",
        "/ScoDoc/RT/Scolarite/get_photo_image",
    ]
    default = {r: (await client.get(r, headers=headers if "api" in r else basic("admin"))).content for r in routes}
    assert all(body.startswith(b"\x89PNG") for body in default.values())
    image = tmp_path / "unknown.jpg"
    image.write_bytes(_jpeg())
    app.state.settings = app.state.settings.model_copy(update={"no_photo_image": str(image)})
    for r in routes:
        resp = await client.get(r, headers=headers if "api" in r else basic("admin"))
        assert resp.status_code == 200 and resp.content == image.read_bytes(), r
        assert resp.headers["content-type"] == "image/jpeg"


async def test_photo_url_with_a_bearer_token(client, db, auth):
    """Portals follow the bulletin's photo_url with their API token."""
    from tests.api.world import world_ids

    w = await world_ids(db)
    got = await client.get(
        f"/ScoDoc/RT/Scolarite/get_photo_image?etudid={w['etudid']}&size=small", headers=await auth("chef")
    )
    assert got.status_code == 200 and got.headers["content-type"].startswith("image/")
    refused = await client.get(f"/ScoDoc/RT/Scolarite/get_photo_image?etudid={w['etudid']}", headers=await auth("obs"))
    assert refused.status_code == 403
