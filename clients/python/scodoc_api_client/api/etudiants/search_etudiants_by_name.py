from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.etudiant_read import EtudiantRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    start: str,
    *,
    min_len: int | Unset = 3,
    limit: int | Unset = 32,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["min_len"] = min_len

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/etudiants/name/{start}".format(
            start=quote(str(start), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[EtudiantRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = EtudiantRead.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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

    if response.status_code == 406:
        response_406 = ErrorBody.from_dict(response.json())

        return response_406

    if response.status_code == 503:
        response_503 = ErrorBody.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | list[EtudiantRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    start: str,
    *,
    client: AuthenticatedClient | Client,
    min_len: int | Unset = 3,
    limit: int | Unset = 32,
) -> Response[ErrorBody | list[EtudiantRead]]:
    """Search Etudiants By Name

     Students whose name starts with ``start`` (case-insensitive), in the departments the caller may
    view.

    Args:
        start (str):
        min_len (int | Unset):  Default: 3.
        limit (int | Unset):  Default: 32.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[EtudiantRead]]
    """

    kwargs = _get_kwargs(
        start=start,
        min_len=min_len,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    start: str,
    *,
    client: AuthenticatedClient | Client,
    min_len: int | Unset = 3,
    limit: int | Unset = 32,
) -> ErrorBody | list[EtudiantRead] | None:
    """Search Etudiants By Name

     Students whose name starts with ``start`` (case-insensitive), in the departments the caller may
    view.

    Args:
        start (str):
        min_len (int | Unset):  Default: 3.
        limit (int | Unset):  Default: 32.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[EtudiantRead]
    """

    return sync_detailed(
        start=start,
        client=client,
        min_len=min_len,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    start: str,
    *,
    client: AuthenticatedClient | Client,
    min_len: int | Unset = 3,
    limit: int | Unset = 32,
) -> Response[ErrorBody | list[EtudiantRead]]:
    """Search Etudiants By Name

     Students whose name starts with ``start`` (case-insensitive), in the departments the caller may
    view.

    Args:
        start (str):
        min_len (int | Unset):  Default: 3.
        limit (int | Unset):  Default: 32.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[EtudiantRead]]
    """

    kwargs = _get_kwargs(
        start=start,
        min_len=min_len,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    start: str,
    *,
    client: AuthenticatedClient | Client,
    min_len: int | Unset = 3,
    limit: int | Unset = 32,
) -> ErrorBody | list[EtudiantRead] | None:
    """Search Etudiants By Name

     Students whose name starts with ``start`` (case-insensitive), in the departments the caller may
    view.

    Args:
        start (str):
        min_len (int | Unset):  Default: 3.
        limit (int | Unset):  Default: 32.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[EtudiantRead]
    """

    return (
        await asyncio_detailed(
            start=start,
            client=client,
            min_len=min_len,
            limit=limit,
        )
    ).parsed
