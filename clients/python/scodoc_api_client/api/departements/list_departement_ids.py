from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.list_departement_ids_format import ListDepartementIdsFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    viewable: bool | Unset = True,
    format_: ListDepartementIdsFormat | Unset = ListDepartementIdsFormat.JSON,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["viewable"] = viewable

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/departement",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | list[int] | None:
    if response.status_code == 200:
        response_200 = cast(list[int], response.json())

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
) -> Response[ErrorBody | list[int]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    viewable: bool | Unset = True,
    format_: ListDepartementIdsFormat | Unset = ListDepartementIdsFormat.JSON,
) -> Response[ErrorBody | list[int]]:
    """List Departement Ids

     Ids of the departments the caller may view (seed route ``departement``).

    Args:
        viewable (bool | Unset): false: also departments you cannot view Default: True.
        format_ (ListDepartementIdsFormat | Unset):  Default: ListDepartementIdsFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[int]]
    """

    kwargs = _get_kwargs(
        viewable=viewable,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    viewable: bool | Unset = True,
    format_: ListDepartementIdsFormat | Unset = ListDepartementIdsFormat.JSON,
) -> ErrorBody | list[int] | None:
    """List Departement Ids

     Ids of the departments the caller may view (seed route ``departement``).

    Args:
        viewable (bool | Unset): false: also departments you cannot view Default: True.
        format_ (ListDepartementIdsFormat | Unset):  Default: ListDepartementIdsFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[int]
    """

    return sync_detailed(
        client=client,
        viewable=viewable,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    viewable: bool | Unset = True,
    format_: ListDepartementIdsFormat | Unset = ListDepartementIdsFormat.JSON,
) -> Response[ErrorBody | list[int]]:
    """List Departement Ids

     Ids of the departments the caller may view (seed route ``departement``).

    Args:
        viewable (bool | Unset): false: also departments you cannot view Default: True.
        format_ (ListDepartementIdsFormat | Unset):  Default: ListDepartementIdsFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[int]]
    """

    kwargs = _get_kwargs(
        viewable=viewable,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    viewable: bool | Unset = True,
    format_: ListDepartementIdsFormat | Unset = ListDepartementIdsFormat.JSON,
) -> ErrorBody | list[int] | None:
    """List Departement Ids

     Ids of the departments the caller may view (seed route ``departement``).

    Args:
        viewable (bool | Unset): false: also departments you cannot view Default: True.
        format_ (ListDepartementIdsFormat | Unset):  Default: ListDepartementIdsFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[int]
    """

    return (
        await asyncio_detailed(
            client=client,
            viewable=viewable,
            format_=format_,
        )
    ).parsed
