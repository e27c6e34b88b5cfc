from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...types import UNSET, Response


def _get_kwargs(
    *,
    code_nip: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["code_nip"] = code_nip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ScoDoc/get_etud_dept",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorBody | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    code_nip: str,
) -> Response[ErrorBody | str]:
    """Get Etud Dept

     The acronym of a student's department (no authentication, as in ScoDoc). With a NIP present in
    several departments: the department of the registration whose semester ends last. Public, hence by
    NIP
    only: it must not tell which internal ids exist.

    Args:
        code_nip (str): the student's NIP

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | str]
    """

    kwargs = _get_kwargs(
        code_nip=code_nip,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    code_nip: str,
) -> ErrorBody | str | None:
    """Get Etud Dept

     The acronym of a student's department (no authentication, as in ScoDoc). With a NIP present in
    several departments: the department of the registration whose semester ends last. Public, hence by
    NIP
    only: it must not tell which internal ids exist.

    Args:
        code_nip (str): the student's NIP

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | str
    """

    return sync_detailed(
        client=client,
        code_nip=code_nip,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    code_nip: str,
) -> Response[ErrorBody | str]:
    """Get Etud Dept

     The acronym of a student's department (no authentication, as in ScoDoc). With a NIP present in
    several departments: the department of the registration whose semester ends last. Public, hence by
    NIP
    only: it must not tell which internal ids exist.

    Args:
        code_nip (str): the student's NIP

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | str]
    """

    kwargs = _get_kwargs(
        code_nip=code_nip,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    code_nip: str,
) -> ErrorBody | str | None:
    """Get Etud Dept

     The acronym of a student's department (no authentication, as in ScoDoc). With a NIP present in
    several departments: the department of the registration whose semester ends last. Public, hence by
    NIP
    only: it must not tell which internal ids exist.

    Args:
        code_nip (str): the student's NIP

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | str
    """

    return (
        await asyncio_detailed(
            client=client,
            code_nip=code_nip,
        )
    ).parsed
