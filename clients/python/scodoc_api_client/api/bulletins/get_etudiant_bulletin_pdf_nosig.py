from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.get_etudiant_bulletin_pdf_nosig_kind import GetEtudiantBulletinPdfNosigKind
from ...models.get_etudiant_bulletin_pdf_nosig_version import GetEtudiantBulletinPdfNosigVersion
from ...types import File, Response


def _get_kwargs(
    kind: GetEtudiantBulletinPdfNosigKind,
    value: str,
    formsemestre_id: int,
    version: GetEtudiantBulletinPdfNosigVersion,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/etudiant/{kind}/{value}/formsemestre/{formsemestre_id}/bulletin/{version}/pdf/nosig".format(
            kind=quote(str(kind), safe=""),
            value=quote(str(value), safe=""),
            formsemestre_id=quote(str(formsemestre_id), safe=""),
            version=quote(str(version), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 503:
        response_503 = ErrorBody.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorBody | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    kind: GetEtudiantBulletinPdfNosigKind,
    value: str,
    formsemestre_id: int,
    version: GetEtudiantBulletinPdfNosigVersion,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | File]:
    """Get Etudiant Bulletin Pdf Nosig

     The student's bulletin as a PDF document without the signature block (what the Passerelle shows).

    Args:
        kind (GetEtudiantBulletinPdfNosigKind): how the student is named
        value (str):
        formsemestre_id (int):
        version (GetEtudiantBulletinPdfNosigVersion):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | File]
    """

    kwargs = _get_kwargs(
        kind=kind,
        value=value,
        formsemestre_id=formsemestre_id,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    kind: GetEtudiantBulletinPdfNosigKind,
    value: str,
    formsemestre_id: int,
    version: GetEtudiantBulletinPdfNosigVersion,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | File | None:
    """Get Etudiant Bulletin Pdf Nosig

     The student's bulletin as a PDF document without the signature block (what the Passerelle shows).

    Args:
        kind (GetEtudiantBulletinPdfNosigKind): how the student is named
        value (str):
        formsemestre_id (int):
        version (GetEtudiantBulletinPdfNosigVersion):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | File
    """

    return sync_detailed(
        kind=kind,
        value=value,
        formsemestre_id=formsemestre_id,
        version=version,
        client=client,
    ).parsed


async def asyncio_detailed(
    kind: GetEtudiantBulletinPdfNosigKind,
    value: str,
    formsemestre_id: int,
    version: GetEtudiantBulletinPdfNosigVersion,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | File]:
    """Get Etudiant Bulletin Pdf Nosig

     The student's bulletin as a PDF document without the signature block (what the Passerelle shows).

    Args:
        kind (GetEtudiantBulletinPdfNosigKind): how the student is named
        value (str):
        formsemestre_id (int):
        version (GetEtudiantBulletinPdfNosigVersion):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | File]
    """

    kwargs = _get_kwargs(
        kind=kind,
        value=value,
        formsemestre_id=formsemestre_id,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    kind: GetEtudiantBulletinPdfNosigKind,
    value: str,
    formsemestre_id: int,
    version: GetEtudiantBulletinPdfNosigVersion,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | File | None:
    """Get Etudiant Bulletin Pdf Nosig

     The student's bulletin as a PDF document without the signature block (what the Passerelle shows).

    Args:
        kind (GetEtudiantBulletinPdfNosigKind): how the student is named
        value (str):
        formsemestre_id (int):
        version (GetEtudiantBulletinPdfNosigVersion):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | File
    """

    return (
        await asyncio_detailed(
            kind=kind,
            value=value,
            formsemestre_id=formsemestre_id,
            version=version,
            client=client,
        )
    ).parsed
