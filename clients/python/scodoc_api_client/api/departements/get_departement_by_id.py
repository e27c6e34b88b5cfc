from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.departement_read import DepartementRead
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    dept_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/departement/id/{dept_id}".format(
            dept_id=quote(str(dept_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DepartementRead | ErrorBody | None:
    if response.status_code == 200:
        response_200 = DepartementRead.from_dict(response.json())

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
) -> Response[DepartementRead | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dept_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DepartementRead | ErrorBody]:
    """Get Departement By Id

     One department, by id.

    Args:
        dept_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DepartementRead | ErrorBody]
    """

    kwargs = _get_kwargs(
        dept_id=dept_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dept_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> DepartementRead | ErrorBody | None:
    """Get Departement By Id

     One department, by id.

    Args:
        dept_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DepartementRead | ErrorBody
    """

    return sync_detailed(
        dept_id=dept_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    dept_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DepartementRead | ErrorBody]:
    """Get Departement By Id

     One department, by id.

    Args:
        dept_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DepartementRead | ErrorBody]
    """

    kwargs = _get_kwargs(
        dept_id=dept_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dept_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> DepartementRead | ErrorBody | None:
    """Get Departement By Id

     One department, by id.

    Args:
        dept_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DepartementRead | ErrorBody
    """

    return (
        await asyncio_detailed(
            dept_id=dept_id,
            client=client,
        )
    ).parsed
