from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.etudiant_read import EtudiantRead
from ...models.get_etudiant_kind import GetEtudiantKind
from ...types import Response


def _get_kwargs(
    kind: GetEtudiantKind,
    value: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/etudiant/{kind}/{value}".format(
            kind=quote(str(kind), safe=""),
            value=quote(str(value), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | EtudiantRead | None:
    if response.status_code == 200:
        response_200 = EtudiantRead.from_dict(response.json())

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
) -> Response[ErrorBody | EtudiantRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    kind: GetEtudiantKind,
    value: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | EtudiantRead]:
    """Get Etudiant

     One student (long form); with a NIP or INE shared by several departments, the most recently
    registered record (the department mount restricts the search to its department).

    Args:
        kind (GetEtudiantKind): how the student is named
        value (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | EtudiantRead]
    """

    kwargs = _get_kwargs(
        kind=kind,
        value=value,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    kind: GetEtudiantKind,
    value: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | EtudiantRead | None:
    """Get Etudiant

     One student (long form); with a NIP or INE shared by several departments, the most recently
    registered record (the department mount restricts the search to its department).

    Args:
        kind (GetEtudiantKind): how the student is named
        value (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | EtudiantRead
    """

    return sync_detailed(
        kind=kind,
        value=value,
        client=client,
    ).parsed


async def asyncio_detailed(
    kind: GetEtudiantKind,
    value: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | EtudiantRead]:
    """Get Etudiant

     One student (long form); with a NIP or INE shared by several departments, the most recently
    registered record (the department mount restricts the search to its department).

    Args:
        kind (GetEtudiantKind): how the student is named
        value (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | EtudiantRead]
    """

    kwargs = _get_kwargs(
        kind=kind,
        value=value,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    kind: GetEtudiantKind,
    value: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | EtudiantRead | None:
    """Get Etudiant

     One student (long form); with a NIP or INE shared by several departments, the most recently
    registered record (the department mount restricts the search to its department).

    Args:
        kind (GetEtudiantKind): how the student is named
        value (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | EtudiantRead
    """

    return (
        await asyncio_detailed(
            kind=kind,
            value=value,
            client=client,
        )
    ).parsed
