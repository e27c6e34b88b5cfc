from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.billet_read import BilletRead
from ...models.error_body import ErrorBody
from ...models.list_billets_format import ListBilletsFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    etudid: int,
    *,
    format_: ListBilletsFormat | Unset = ListBilletsFormat.JSON,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/absences/billets/etud/{etudid}".format(
            etudid=quote(str(etudid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[BilletRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = BilletRead.from_dict(response_200_item_data)

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

    if response.status_code == 503:
        response_503 = ErrorBody.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | list[BilletRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    etudid: int,
    *,
    client: AuthenticatedClient | Client,
    format_: ListBilletsFormat | Unset = ListBilletsFormat.JSON,
) -> Response[ErrorBody | list[BilletRead]]:
    """List Billets

     A student's absence notes (billets), most recently entered first; ``[]`` when billets are disabled.

    Args:
        etudid (int):
        format_ (ListBilletsFormat | Unset):  Default: ListBilletsFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[BilletRead]]
    """

    kwargs = _get_kwargs(
        etudid=etudid,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    etudid: int,
    *,
    client: AuthenticatedClient | Client,
    format_: ListBilletsFormat | Unset = ListBilletsFormat.JSON,
) -> ErrorBody | list[BilletRead] | None:
    """List Billets

     A student's absence notes (billets), most recently entered first; ``[]`` when billets are disabled.

    Args:
        etudid (int):
        format_ (ListBilletsFormat | Unset):  Default: ListBilletsFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[BilletRead]
    """

    return sync_detailed(
        etudid=etudid,
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    etudid: int,
    *,
    client: AuthenticatedClient | Client,
    format_: ListBilletsFormat | Unset = ListBilletsFormat.JSON,
) -> Response[ErrorBody | list[BilletRead]]:
    """List Billets

     A student's absence notes (billets), most recently entered first; ``[]`` when billets are disabled.

    Args:
        etudid (int):
        format_ (ListBilletsFormat | Unset):  Default: ListBilletsFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[BilletRead]]
    """

    kwargs = _get_kwargs(
        etudid=etudid,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    etudid: int,
    *,
    client: AuthenticatedClient | Client,
    format_: ListBilletsFormat | Unset = ListBilletsFormat.JSON,
) -> ErrorBody | list[BilletRead] | None:
    """List Billets

     A student's absence notes (billets), most recently entered first; ``[]`` when billets are disabled.

    Args:
        etudid (int):
        format_ (ListBilletsFormat | Unset):  Default: ListBilletsFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[BilletRead]
    """

    return (
        await asyncio_detailed(
            etudid=etudid,
            client=client,
            format_=format_,
        )
    ).parsed
