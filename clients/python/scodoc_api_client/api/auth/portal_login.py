from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.portal_login_login_in import PortalLoginLoginIn
from ...models.token_read import TokenRead
from ...types import Response


def _get_kwargs(
    *,
    body: PortalLoginLoginIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ScoDoc/api/auth/login",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | TokenRead | None:
    if response.status_code == 200:
        response_200 = TokenRead.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 406:
        response_406 = ErrorBody.from_dict(response.json())

        return response_406

    if response.status_code == 413:
        response_413 = ErrorBody.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = ErrorBody.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = ErrorBody.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | TokenRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PortalLoginLoginIn,
) -> Response[ErrorBody | TokenRead]:
    """Portal Login

     Sign in with a JSON body ``{username, password}`` (a student's portal account or a staff one): the
    same
    token as ``POST /tokens``, with the same expiry, reuse rule and failure throttling.

    Args:
        body (PortalLoginLoginIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TokenRead]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PortalLoginLoginIn,
) -> ErrorBody | TokenRead | None:
    """Portal Login

     Sign in with a JSON body ``{username, password}`` (a student's portal account or a staff one): the
    same
    token as ``POST /tokens``, with the same expiry, reuse rule and failure throttling.

    Args:
        body (PortalLoginLoginIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TokenRead
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PortalLoginLoginIn,
) -> Response[ErrorBody | TokenRead]:
    """Portal Login

     Sign in with a JSON body ``{username, password}`` (a student's portal account or a staff one): the
    same
    token as ``POST /tokens``, with the same expiry, reuse rule and failure throttling.

    Args:
        body (PortalLoginLoginIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TokenRead]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PortalLoginLoginIn,
) -> ErrorBody | TokenRead | None:
    """Portal Login

     Sign in with a JSON body ``{username, password}`` (a student's portal account or a staff one): the
    same
    token as ``POST /tokens``, with the same expiry, reuse rule and failure throttling.

    Args:
        body (PortalLoginLoginIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TokenRead
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
