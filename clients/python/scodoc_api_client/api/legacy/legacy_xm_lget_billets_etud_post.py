from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.legacy_xm_lget_billets_etud_post_body import LegacyXmLgetBilletsEtudPostBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    dept: str,
    *,
    body: LegacyXmLgetBilletsEtudPostBody | Unset = UNSET,
    etudid: str,
    code_nip: str | Unset = UNSET,
    code_ine: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["etudid"] = etudid

    params["code_nip"] = code_nip

    params["code_ine"] = code_ine

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ScoDoc/{dept}/Scolarite/Absences/XMLgetBilletsEtud".format(
            dept=quote(str(dept), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorBody | str | None:
    if response.status_code == 200:
        response_200 = response.text
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
) -> Response[Any | ErrorBody | str]:
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
    body: LegacyXmLgetBilletsEtudPostBody | Unset = UNSET,
    etudid: str,
    code_nip: str | Unset = UNSET,
    code_ine: str | Unset = UNSET,
) -> Response[Any | ErrorBody | str]:
    """Absences/XMLgetBilletsEtud (ScoDoc 7, deprecated)

     A student's billets as an XML table; an empty body when the department has billets disabled.

    Replaced by `/ScoDoc/api/absences/billets/etud/{etudid}`.

    Args:
        dept (str):
        etudid (str):
        code_nip (str | Unset):
        code_ine (str | Unset):
        body (LegacyXmLgetBilletsEtudPostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | str]
    """

    kwargs = _get_kwargs(
        dept=dept,
        body=body,
        etudid=etudid,
        code_nip=code_nip,
        code_ine=code_ine,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dept: str,
    *,
    client: AuthenticatedClient | Client,
    body: LegacyXmLgetBilletsEtudPostBody | Unset = UNSET,
    etudid: str,
    code_nip: str | Unset = UNSET,
    code_ine: str | Unset = UNSET,
) -> Any | ErrorBody | str | None:
    """Absences/XMLgetBilletsEtud (ScoDoc 7, deprecated)

     A student's billets as an XML table; an empty body when the department has billets disabled.

    Replaced by `/ScoDoc/api/absences/billets/etud/{etudid}`.

    Args:
        dept (str):
        etudid (str):
        code_nip (str | Unset):
        code_ine (str | Unset):
        body (LegacyXmLgetBilletsEtudPostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | str
    """

    return sync_detailed(
        dept=dept,
        client=client,
        body=body,
        etudid=etudid,
        code_nip=code_nip,
        code_ine=code_ine,
    ).parsed


async def asyncio_detailed(
    dept: str,
    *,
    client: AuthenticatedClient | Client,
    body: LegacyXmLgetBilletsEtudPostBody | Unset = UNSET,
    etudid: str,
    code_nip: str | Unset = UNSET,
    code_ine: str | Unset = UNSET,
) -> Response[Any | ErrorBody | str]:
    """Absences/XMLgetBilletsEtud (ScoDoc 7, deprecated)

     A student's billets as an XML table; an empty body when the department has billets disabled.

    Replaced by `/ScoDoc/api/absences/billets/etud/{etudid}`.

    Args:
        dept (str):
        etudid (str):
        code_nip (str | Unset):
        code_ine (str | Unset):
        body (LegacyXmLgetBilletsEtudPostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | str]
    """

    kwargs = _get_kwargs(
        dept=dept,
        body=body,
        etudid=etudid,
        code_nip=code_nip,
        code_ine=code_ine,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dept: str,
    *,
    client: AuthenticatedClient | Client,
    body: LegacyXmLgetBilletsEtudPostBody | Unset = UNSET,
    etudid: str,
    code_nip: str | Unset = UNSET,
    code_ine: str | Unset = UNSET,
) -> Any | ErrorBody | str | None:
    """Absences/XMLgetBilletsEtud (ScoDoc 7, deprecated)

     A student's billets as an XML table; an empty body when the department has billets disabled.

    Replaced by `/ScoDoc/api/absences/billets/etud/{etudid}`.

    Args:
        dept (str):
        etudid (str):
        code_nip (str | Unset):
        code_ine (str | Unset):
        body (LegacyXmLgetBilletsEtudPostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | str
    """

    return (
        await asyncio_detailed(
            dept=dept,
            client=client,
            body=body,
            etudid=etudid,
            code_nip=code_nip,
            code_ine=code_ine,
        )
    ).parsed
