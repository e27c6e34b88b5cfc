from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.group_move_read import GroupMoveRead
from ...types import Response


def _get_kwargs(
    group_id: int,
    etudid: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/group/{group_id}/set_etudiant/{etudid}".format(
            group_id=quote(str(group_id), safe=""),
            etudid=quote(str(etudid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | GroupMoveRead | None:
    if response.status_code == 200:
        response_200 = GroupMoveRead.from_dict(response.json())

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
) -> Response[ErrorBody | GroupMoveRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: int,
    etudid: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | GroupMoveRead]:
    """Group Set Etudiant

     Put a student in a group (leaving the other groups of its partition).

    Args:
        group_id (int):
        etudid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | GroupMoveRead]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        etudid=etudid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: int,
    etudid: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | GroupMoveRead | None:
    """Group Set Etudiant

     Put a student in a group (leaving the other groups of its partition).

    Args:
        group_id (int):
        etudid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | GroupMoveRead
    """

    return sync_detailed(
        group_id=group_id,
        etudid=etudid,
        client=client,
    ).parsed


async def asyncio_detailed(
    group_id: int,
    etudid: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | GroupMoveRead]:
    """Group Set Etudiant

     Put a student in a group (leaving the other groups of its partition).

    Args:
        group_id (int):
        etudid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | GroupMoveRead]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        etudid=etudid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: int,
    etudid: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | GroupMoveRead | None:
    """Group Set Etudiant

     Put a student in a group (leaving the other groups of its partition).

    Args:
        group_id (int):
        etudid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | GroupMoveRead
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            etudid=etudid,
            client=client,
        )
    ).parsed
