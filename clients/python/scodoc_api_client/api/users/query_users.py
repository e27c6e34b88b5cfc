from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.user_read import UserRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    active: None | str | Unset = UNSET,
    departement: None | str | Unset = UNSET,
    starts_with: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_active: None | str | Unset
    if isinstance(active, Unset):
        json_active = UNSET
    else:
        json_active = active
    params["active"] = json_active

    json_departement: None | str | Unset
    if isinstance(departement, Unset):
        json_departement = UNSET
    else:
        json_departement = departement
    params["departement"] = json_departement

    json_starts_with: None | str | Unset
    if isinstance(starts_with, Unset):
        json_starts_with = UNSET
    else:
        json_starts_with = starts_with
    params["starts_with"] = json_starts_with

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/query",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[UserRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = UserRead.from_dict(response_200_item_data)

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
) -> Response[ErrorBody | list[UserRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    active: None | str | Unset = UNSET,
    departement: None | str | Unset = UNSET,
    starts_with: None | str | Unset = UNSET,
) -> Response[ErrorBody | list[UserRead]]:
    """Query Users

     Users, filtered by ``active``, home ``departement`` and name prefix ``starts_with``.

    Args:
        active (None | str | Unset):
        departement (None | str | Unset):
        starts_with (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[UserRead]]
    """

    kwargs = _get_kwargs(
        active=active,
        departement=departement,
        starts_with=starts_with,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    active: None | str | Unset = UNSET,
    departement: None | str | Unset = UNSET,
    starts_with: None | str | Unset = UNSET,
) -> ErrorBody | list[UserRead] | None:
    """Query Users

     Users, filtered by ``active``, home ``departement`` and name prefix ``starts_with``.

    Args:
        active (None | str | Unset):
        departement (None | str | Unset):
        starts_with (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[UserRead]
    """

    return sync_detailed(
        client=client,
        active=active,
        departement=departement,
        starts_with=starts_with,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    active: None | str | Unset = UNSET,
    departement: None | str | Unset = UNSET,
    starts_with: None | str | Unset = UNSET,
) -> Response[ErrorBody | list[UserRead]]:
    """Query Users

     Users, filtered by ``active``, home ``departement`` and name prefix ``starts_with``.

    Args:
        active (None | str | Unset):
        departement (None | str | Unset):
        starts_with (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[UserRead]]
    """

    kwargs = _get_kwargs(
        active=active,
        departement=departement,
        starts_with=starts_with,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    active: None | str | Unset = UNSET,
    departement: None | str | Unset = UNSET,
    starts_with: None | str | Unset = UNSET,
) -> ErrorBody | list[UserRead] | None:
    """Query Users

     Users, filtered by ``active``, home ``departement`` and name prefix ``starts_with``.

    Args:
        active (None | str | Unset):
        departement (None | str | Unset):
        starts_with (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[UserRead]
    """

    return (
        await asyncio_detailed(
            client=client,
            active=active,
            departement=departement,
            starts_with=starts_with,
        )
    ).parsed
