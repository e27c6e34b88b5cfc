from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.legacy_etud_info import LegacyEtudInfo
from ...models.legacy_etud_info_2_post_body import LegacyEtudInfo2PostBody
from ...models.legacy_etud_info_2_post_format import LegacyEtudInfo2PostFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    dept: str,
    *,
    body: LegacyEtudInfo2PostBody | Unset = UNSET,
    etudid: str,
    code_nip: str | Unset = UNSET,
    code_ine: str | Unset = UNSET,
    format_: LegacyEtudInfo2PostFormat | Unset = LegacyEtudInfo2PostFormat.XML,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["etudid"] = etudid

    params["code_nip"] = code_nip

    params["code_ine"] = code_ine

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ScoDoc/{dept}/Scolarite/Absences/XMLgetEtudInfos".format(
            dept=quote(str(dept), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBody | LegacyEtudInfo | None:
    if response.status_code == 200:
        response_200 = LegacyEtudInfo.from_dict(response.json())

        return response_200

    if response.status_code == 302:
        response_302 = cast(Any, None)
        return response_302

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = ErrorBody.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = ErrorBody.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorBody | LegacyEtudInfo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dept: str,
    *,
    client: AuthenticatedClient | Client,
    body: LegacyEtudInfo2PostBody | Unset = UNSET,
    etudid: str,
    code_nip: str | Unset = UNSET,
    code_ine: str | Unset = UNSET,
    format_: LegacyEtudInfo2PostFormat | Unset = LegacyEtudInfo2PostFormat.XML,
) -> Response[Any | ErrorBody | LegacyEtudInfo]:
    """Absences/XMLgetEtudInfos (ScoDoc 7, deprecated)

     Identity, address, admission and registrations of a student (XML by default, or format=json).

    Replaced by `/ScoDoc/api/etud/{etudid}`.

    Args:
        dept (str):
        etudid (str):
        code_nip (str | Unset):
        code_ine (str | Unset):
        format_ (LegacyEtudInfo2PostFormat | Unset):  Default: LegacyEtudInfo2PostFormat.XML.
        body (LegacyEtudInfo2PostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | LegacyEtudInfo]
    """

    kwargs = _get_kwargs(
        dept=dept,
        body=body,
        etudid=etudid,
        code_nip=code_nip,
        code_ine=code_ine,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dept: str,
    *,
    client: AuthenticatedClient | Client,
    body: LegacyEtudInfo2PostBody | Unset = UNSET,
    etudid: str,
    code_nip: str | Unset = UNSET,
    code_ine: str | Unset = UNSET,
    format_: LegacyEtudInfo2PostFormat | Unset = LegacyEtudInfo2PostFormat.XML,
) -> Any | ErrorBody | LegacyEtudInfo | None:
    """Absences/XMLgetEtudInfos (ScoDoc 7, deprecated)

     Identity, address, admission and registrations of a student (XML by default, or format=json).

    Replaced by `/ScoDoc/api/etud/{etudid}`.

    Args:
        dept (str):
        etudid (str):
        code_nip (str | Unset):
        code_ine (str | Unset):
        format_ (LegacyEtudInfo2PostFormat | Unset):  Default: LegacyEtudInfo2PostFormat.XML.
        body (LegacyEtudInfo2PostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | LegacyEtudInfo
    """

    return sync_detailed(
        dept=dept,
        client=client,
        body=body,
        etudid=etudid,
        code_nip=code_nip,
        code_ine=code_ine,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    dept: str,
    *,
    client: AuthenticatedClient | Client,
    body: LegacyEtudInfo2PostBody | Unset = UNSET,
    etudid: str,
    code_nip: str | Unset = UNSET,
    code_ine: str | Unset = UNSET,
    format_: LegacyEtudInfo2PostFormat | Unset = LegacyEtudInfo2PostFormat.XML,
) -> Response[Any | ErrorBody | LegacyEtudInfo]:
    """Absences/XMLgetEtudInfos (ScoDoc 7, deprecated)

     Identity, address, admission and registrations of a student (XML by default, or format=json).

    Replaced by `/ScoDoc/api/etud/{etudid}`.

    Args:
        dept (str):
        etudid (str):
        code_nip (str | Unset):
        code_ine (str | Unset):
        format_ (LegacyEtudInfo2PostFormat | Unset):  Default: LegacyEtudInfo2PostFormat.XML.
        body (LegacyEtudInfo2PostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | LegacyEtudInfo]
    """

    kwargs = _get_kwargs(
        dept=dept,
        body=body,
        etudid=etudid,
        code_nip=code_nip,
        code_ine=code_ine,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dept: str,
    *,
    client: AuthenticatedClient | Client,
    body: LegacyEtudInfo2PostBody | Unset = UNSET,
    etudid: str,
    code_nip: str | Unset = UNSET,
    code_ine: str | Unset = UNSET,
    format_: LegacyEtudInfo2PostFormat | Unset = LegacyEtudInfo2PostFormat.XML,
) -> Any | ErrorBody | LegacyEtudInfo | None:
    """Absences/XMLgetEtudInfos (ScoDoc 7, deprecated)

     Identity, address, admission and registrations of a student (XML by default, or format=json).

    Replaced by `/ScoDoc/api/etud/{etudid}`.

    Args:
        dept (str):
        etudid (str):
        code_nip (str | Unset):
        code_ine (str | Unset):
        format_ (LegacyEtudInfo2PostFormat | Unset):  Default: LegacyEtudInfo2PostFormat.XML.
        body (LegacyEtudInfo2PostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | LegacyEtudInfo
    """

    return (
        await asyncio_detailed(
            dept=dept,
            client=client,
            body=body,
            etudid=etudid,
            code_nip=code_nip,
            code_ine=code_ine,
            format_=format_,
        )
    ).parsed
