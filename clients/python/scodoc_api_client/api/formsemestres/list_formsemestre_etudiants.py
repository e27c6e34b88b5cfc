from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.etudiant_read import EtudiantRead
from ...types import Response


def _get_kwargs(
    formsemestre_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/formsemestre/{formsemestre_id}/etudiants".format(
            formsemestre_id=quote(str(formsemestre_id), safe=""),
        ),
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
    formsemestre_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | list[EtudiantRead]]:
    """List Formsemestre Etudiants

     Students of the semester (short form) with their ``etat`` and ``groups``.

    Args:
        formsemestre_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[EtudiantRead]]
    """

    kwargs = _get_kwargs(
        formsemestre_id=formsemestre_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    formsemestre_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | list[EtudiantRead] | None:
    """List Formsemestre Etudiants

     Students of the semester (short form) with their ``etat`` and ``groups``.

    Args:
        formsemestre_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[EtudiantRead]
    """

    return sync_detailed(
        formsemestre_id=formsemestre_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    formsemestre_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | list[EtudiantRead]]:
    """List Formsemestre Etudiants

     Students of the semester (short form) with their ``etat`` and ``groups``.

    Args:
        formsemestre_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[EtudiantRead]]
    """

    kwargs = _get_kwargs(
        formsemestre_id=formsemestre_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    formsemestre_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | list[EtudiantRead] | None:
    """List Formsemestre Etudiants

     Students of the semester (short form) with their ``etat`` and ``groups``.

    Args:
        formsemestre_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[EtudiantRead]
    """

    return (
        await asyncio_detailed(
            formsemestre_id=formsemestre_id,
            client=client,
        )
    ).parsed
