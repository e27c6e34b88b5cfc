from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.justificatif_read import JustificatifRead
from ...types import Response


def _get_kwargs(
    assiduite_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/assiduite/{assiduite_id}/justificatifs/long".format(
            assiduite_id=quote(str(assiduite_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[JustificatifRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = JustificatifRead.from_dict(response_200_item_data)

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
) -> Response[ErrorBody | list[JustificatifRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    assiduite_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | list[JustificatifRead]]:
    """List Assiduite Justificatifs

     The justificatifs covering this assiduité.

    Args:
        assiduite_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[JustificatifRead]]
    """

    kwargs = _get_kwargs(
        assiduite_id=assiduite_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assiduite_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | list[JustificatifRead] | None:
    """List Assiduite Justificatifs

     The justificatifs covering this assiduité.

    Args:
        assiduite_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[JustificatifRead]
    """

    return sync_detailed(
        assiduite_id=assiduite_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    assiduite_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | list[JustificatifRead]]:
    """List Assiduite Justificatifs

     The justificatifs covering this assiduité.

    Args:
        assiduite_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[JustificatifRead]]
    """

    kwargs = _get_kwargs(
        assiduite_id=assiduite_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assiduite_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | list[JustificatifRead] | None:
    """List Assiduite Justificatifs

     The justificatifs covering this assiduité.

    Args:
        assiduite_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[JustificatifRead]
    """

    return (
        await asyncio_detailed(
            assiduite_id=assiduite_id,
            client=client,
        )
    ).parsed
