from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.etud_groups_read import EtudGroupsRead
from ...models.get_etud_sem_groups_format import GetEtudSemGroupsFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    etudid: int,
    formsemestre_id: int,
    *,
    format_: GetEtudSemGroupsFormat | Unset = GetEtudSemGroupsFormat.JSON,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/etud/{etudid}/sem/{formsemestre_id}/groups".format(
            etudid=quote(str(etudid), safe=""),
            formsemestre_id=quote(str(formsemestre_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | EtudGroupsRead | None:
    if response.status_code == 200:
        response_200 = EtudGroupsRead.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | EtudGroupsRead]:
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
    format_: GetEtudSemGroupsFormat | Unset = GetEtudSemGroupsFormat.JSON,
) -> Response[ErrorBody | EtudGroupsRead]:
    """Get Etud Sem Groups

     The groups of a student in a semester (the default "all students" group is not listed).

    Args:
        etudid (int):
        formsemestre_id (int):
        format_ (GetEtudSemGroupsFormat | Unset):  Default: GetEtudSemGroupsFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | EtudGroupsRead]
    """

    kwargs = _get_kwargs(
        etudid=etudid,
        formsemestre_id=formsemestre_id,
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
    format_: GetEtudSemGroupsFormat | Unset = GetEtudSemGroupsFormat.JSON,
) -> ErrorBody | EtudGroupsRead | None:
    """Get Etud Sem Groups

     The groups of a student in a semester (the default "all students" group is not listed).

    Args:
        etudid (int):
        formsemestre_id (int):
        format_ (GetEtudSemGroupsFormat | Unset):  Default: GetEtudSemGroupsFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | EtudGroupsRead
    """

    return sync_detailed(
        etudid=etudid,
        formsemestre_id=formsemestre_id,
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    etudid: int,
    formsemestre_id: int,
    *,
    client: AuthenticatedClient | Client,
    format_: GetEtudSemGroupsFormat | Unset = GetEtudSemGroupsFormat.JSON,
) -> Response[ErrorBody | EtudGroupsRead]:
    """Get Etud Sem Groups

     The groups of a student in a semester (the default "all students" group is not listed).

    Args:
        etudid (int):
        formsemestre_id (int):
        format_ (GetEtudSemGroupsFormat | Unset):  Default: GetEtudSemGroupsFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | EtudGroupsRead]
    """

    kwargs = _get_kwargs(
        etudid=etudid,
        formsemestre_id=formsemestre_id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    etudid: int,
    formsemestre_id: int,
    *,
    client: AuthenticatedClient | Client,
    format_: GetEtudSemGroupsFormat | Unset = GetEtudSemGroupsFormat.JSON,
) -> ErrorBody | EtudGroupsRead | None:
    """Get Etud Sem Groups

     The groups of a student in a semester (the default "all students" group is not listed).

    Args:
        etudid (int):
        formsemestre_id (int):
        format_ (GetEtudSemGroupsFormat | Unset):  Default: GetEtudSemGroupsFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | EtudGroupsRead
    """

    return (
        await asyncio_detailed(
            etudid=etudid,
            formsemestre_id=formsemestre_id,
            client=client,
            format_=format_,
        )
    ).parsed
