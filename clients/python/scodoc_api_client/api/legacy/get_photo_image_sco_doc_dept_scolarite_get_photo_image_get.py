from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    dept: str,
    *,
    etudid: int | None | Unset = UNSET,
    size: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_etudid: int | None | Unset
    if isinstance(etudid, Unset):
        json_etudid = UNSET
    else:
        json_etudid = etudid
    params["etudid"] = json_etudid

    json_size: None | str | Unset
    if isinstance(size, Unset):
        json_size = UNSET
    else:
        json_size = size
    params["size"] = json_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ScoDoc/{dept}/Scolarite/get_photo_image".format(
            dept=quote(str(dept), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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

    if response.status_code == 429:
        response_429 = ErrorBody.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorBody | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dept: str,
    *,
    client: AuthenticatedClient | Client,
    etudid: int | None | Unset = UNSET,
    size: None | str | Unset = UNSET,
) -> Response[ErrorBody | File]:
    """Get Photo Image

     The photo URL that bulletins carry (``photo_url``): a Bearer token or the legacy credentials.
    Without
    ``etudid`` (ScoDoc's "no photo" URL) the generic image.

    Args:
        dept (str):
        etudid (int | None | Unset):
        size (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | File]
    """

    kwargs = _get_kwargs(
        dept=dept,
        etudid=etudid,
        size=size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dept: str,
    *,
    client: AuthenticatedClient | Client,
    etudid: int | None | Unset = UNSET,
    size: None | str | Unset = UNSET,
) -> ErrorBody | File | None:
    """Get Photo Image

     The photo URL that bulletins carry (``photo_url``): a Bearer token or the legacy credentials.
    Without
    ``etudid`` (ScoDoc's "no photo" URL) the generic image.

    Args:
        dept (str):
        etudid (int | None | Unset):
        size (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | File
    """

    return sync_detailed(
        dept=dept,
        client=client,
        etudid=etudid,
        size=size,
    ).parsed


async def asyncio_detailed(
    dept: str,
    *,
    client: AuthenticatedClient | Client,
    etudid: int | None | Unset = UNSET,
    size: None | str | Unset = UNSET,
) -> Response[ErrorBody | File]:
    """Get Photo Image

     The photo URL that bulletins carry (``photo_url``): a Bearer token or the legacy credentials.
    Without
    ``etudid`` (ScoDoc's "no photo" URL) the generic image.

    Args:
        dept (str):
        etudid (int | None | Unset):
        size (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | File]
    """

    kwargs = _get_kwargs(
        dept=dept,
        etudid=etudid,
        size=size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dept: str,
    *,
    client: AuthenticatedClient | Client,
    etudid: int | None | Unset = UNSET,
    size: None | str | Unset = UNSET,
) -> ErrorBody | File | None:
    """Get Photo Image

     The photo URL that bulletins carry (``photo_url``): a Bearer token or the legacy credentials.
    Without
    ``etudid`` (ScoDoc's "no photo" URL) the generic image.

    Args:
        dept (str):
        etudid (int | None | Unset):
        size (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | File
    """

    return (
        await asyncio_detailed(
            dept=dept,
            client=client,
            etudid=etudid,
            size=size,
        )
    ).parsed
