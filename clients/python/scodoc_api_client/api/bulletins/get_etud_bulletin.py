from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.classic_bulletin import ClassicBulletin
from ...models.error_body import ErrorBody
from ...models.get_etud_bulletin_format import GetEtudBulletinFormat
from ...models.get_etud_bulletin_version import GetEtudBulletinVersion
from ...types import UNSET, Response, Unset


def _get_kwargs(
    etudid: int,
    formsemestre_id: int,
    *,
    version: GetEtudBulletinVersion | Unset = GetEtudBulletinVersion.LONG,
    xml_with_decisions: bool | Unset = False,
    force_publishing: bool | Unset = False,
    format_: GetEtudBulletinFormat | Unset = GetEtudBulletinFormat.JSON,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_version: str | Unset = UNSET
    if not isinstance(version, Unset):
        json_version = version.value

    params["version"] = json_version

    params["xml_with_decisions"] = xml_with_decisions

    params["force_publishing"] = force_publishing

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/etud/{etudid}/bul/{formsemestre_id}".format(
            etudid=quote(str(etudid), safe=""),
            formsemestre_id=quote(str(formsemestre_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClassicBulletin | ErrorBody | None:
    if response.status_code == 200:
        response_200 = ClassicBulletin.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorBody.from_dict(response.json())

        return response_409

    if response.status_code == 503:
        response_503 = ErrorBody.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClassicBulletin | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    etudid: int,
    formsemestre_id: int,
    *,
    client: AuthenticatedClient | Client,
    version: GetEtudBulletinVersion | Unset = GetEtudBulletinVersion.LONG,
    xml_with_decisions: bool | Unset = False,
    force_publishing: bool | Unset = False,
    format_: GetEtudBulletinFormat | Unset = GetEtudBulletinFormat.JSON,
) -> Response[ClassicBulletin | ErrorBody]:
    """Get Etud Bulletin

     A student's bulletin in a semester, byte-compatible with ScoDoc 9.0 (keys, order, number texts,
    escaping). An unpublished semester stops after the student block.

    Args:
        etudid (int):
        formsemestre_id (int):
        version (GetEtudBulletinVersion | Unset): evaluations listed per module Default:
            GetEtudBulletinVersion.LONG.
        xml_with_decisions (bool | Unset):  Default: False.
        force_publishing (bool | Unset):  Default: False.
        format_ (GetEtudBulletinFormat | Unset):  Default: GetEtudBulletinFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClassicBulletin | ErrorBody]
    """

    kwargs = _get_kwargs(
        etudid=etudid,
        formsemestre_id=formsemestre_id,
        version=version,
        xml_with_decisions=xml_with_decisions,
        force_publishing=force_publishing,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    etudid: int,
    formsemestre_id: int,
    *,
    client: AuthenticatedClient | Client,
    version: GetEtudBulletinVersion | Unset = GetEtudBulletinVersion.LONG,
    xml_with_decisions: bool | Unset = False,
    force_publishing: bool | Unset = False,
    format_: GetEtudBulletinFormat | Unset = GetEtudBulletinFormat.JSON,
) -> ClassicBulletin | ErrorBody | None:
    """Get Etud Bulletin

     A student's bulletin in a semester, byte-compatible with ScoDoc 9.0 (keys, order, number texts,
    escaping). An unpublished semester stops after the student block.

    Args:
        etudid (int):
        formsemestre_id (int):
        version (GetEtudBulletinVersion | Unset): evaluations listed per module Default:
            GetEtudBulletinVersion.LONG.
        xml_with_decisions (bool | Unset):  Default: False.
        force_publishing (bool | Unset):  Default: False.
        format_ (GetEtudBulletinFormat | Unset):  Default: GetEtudBulletinFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClassicBulletin | ErrorBody
    """

    return sync_detailed(
        etudid=etudid,
        formsemestre_id=formsemestre_id,
        client=client,
        version=version,
        xml_with_decisions=xml_with_decisions,
        force_publishing=force_publishing,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    etudid: int,
    formsemestre_id: int,
    *,
    client: AuthenticatedClient | Client,
    version: GetEtudBulletinVersion | Unset = GetEtudBulletinVersion.LONG,
    xml_with_decisions: bool | Unset = False,
    force_publishing: bool | Unset = False,
    format_: GetEtudBulletinFormat | Unset = GetEtudBulletinFormat.JSON,
) -> Response[ClassicBulletin | ErrorBody]:
    """Get Etud Bulletin

     A student's bulletin in a semester, byte-compatible with ScoDoc 9.0 (keys, order, number texts,
    escaping). An unpublished semester stops after the student block.

    Args:
        etudid (int):
        formsemestre_id (int):
        version (GetEtudBulletinVersion | Unset): evaluations listed per module Default:
            GetEtudBulletinVersion.LONG.
        xml_with_decisions (bool | Unset):  Default: False.
        force_publishing (bool | Unset):  Default: False.
        format_ (GetEtudBulletinFormat | Unset):  Default: GetEtudBulletinFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClassicBulletin | ErrorBody]
    """

    kwargs = _get_kwargs(
        etudid=etudid,
        formsemestre_id=formsemestre_id,
        version=version,
        xml_with_decisions=xml_with_decisions,
        force_publishing=force_publishing,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    etudid: int,
    formsemestre_id: int,
    *,
    client: AuthenticatedClient | Client,
    version: GetEtudBulletinVersion | Unset = GetEtudBulletinVersion.LONG,
    xml_with_decisions: bool | Unset = False,
    force_publishing: bool | Unset = False,
    format_: GetEtudBulletinFormat | Unset = GetEtudBulletinFormat.JSON,
) -> ClassicBulletin | ErrorBody | None:
    """Get Etud Bulletin

     A student's bulletin in a semester, byte-compatible with ScoDoc 9.0 (keys, order, number texts,
    escaping). An unpublished semester stops after the student block.

    Args:
        etudid (int):
        formsemestre_id (int):
        version (GetEtudBulletinVersion | Unset): evaluations listed per module Default:
            GetEtudBulletinVersion.LONG.
        xml_with_decisions (bool | Unset):  Default: False.
        force_publishing (bool | Unset):  Default: False.
        format_ (GetEtudBulletinFormat | Unset):  Default: GetEtudBulletinFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClassicBulletin | ErrorBody
    """

    return (
        await asyncio_detailed(
            etudid=etudid,
            formsemestre_id=formsemestre_id,
            client=client,
            version=version,
            xml_with_decisions=xml_with_decisions,
            force_publishing=force_publishing,
            format_=format_,
        )
    ).parsed
