from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_billet_format import AddBilletFormat
from ...models.billet_add_in import BilletAddIn
from ...models.billet_add_in_form import BilletAddInForm
from ...models.billet_read import BilletRead
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: BilletAddIn | BilletAddInForm | Unset = UNSET,
    format_: AddBilletFormat | Unset = AddBilletFormat.JSON,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/absences/billet/add",
        "params": params,
    }

    if isinstance(body, BilletAddIn):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, BilletAddInForm):
        _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
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

    if response.status_code == 406:
        response_406 = ErrorBody.from_dict(response.json())

        return response_406

    if response.status_code == 413:
        response_413 = ErrorBody.from_dict(response.json())

        return response_413

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
    *,
    client: AuthenticatedClient | Client,
    body: BilletAddIn | BilletAddInForm | Unset = UNSET,
    format_: AddBilletFormat | Unset = AddBilletFormat.JSON,
) -> Response[ErrorBody | list[BilletRead]]:
    """Add Billet

     Record an absence note (billet) declared by a student (ScoAbsAddBillet); answers the billet as a
    list
    of one row, as ScoDoc does.

    Args:
        format_ (AddBilletFormat | Unset):  Default: AddBilletFormat.JSON.
        body (BilletAddIn):
        body (BilletAddInForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[BilletRead]]
    """

    kwargs = _get_kwargs(
        body=body,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BilletAddIn | BilletAddInForm | Unset = UNSET,
    format_: AddBilletFormat | Unset = AddBilletFormat.JSON,
) -> ErrorBody | list[BilletRead] | None:
    """Add Billet

     Record an absence note (billet) declared by a student (ScoAbsAddBillet); answers the billet as a
    list
    of one row, as ScoDoc does.

    Args:
        format_ (AddBilletFormat | Unset):  Default: AddBilletFormat.JSON.
        body (BilletAddIn):
        body (BilletAddInForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[BilletRead]
    """

    return sync_detailed(
        client=client,
        body=body,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BilletAddIn | BilletAddInForm | Unset = UNSET,
    format_: AddBilletFormat | Unset = AddBilletFormat.JSON,
) -> Response[ErrorBody | list[BilletRead]]:
    """Add Billet

     Record an absence note (billet) declared by a student (ScoAbsAddBillet); answers the billet as a
    list
    of one row, as ScoDoc does.

    Args:
        format_ (AddBilletFormat | Unset):  Default: AddBilletFormat.JSON.
        body (BilletAddIn):
        body (BilletAddInForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[BilletRead]]
    """

    kwargs = _get_kwargs(
        body=body,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BilletAddIn | BilletAddInForm | Unset = UNSET,
    format_: AddBilletFormat | Unset = AddBilletFormat.JSON,
) -> ErrorBody | list[BilletRead] | None:
    """Add Billet

     Record an absence note (billet) declared by a student (ScoAbsAddBillet); answers the billet as a
    list
    of one row, as ScoDoc does.

    Args:
        format_ (AddBilletFormat | Unset):  Default: AddBilletFormat.JSON.
        body (BilletAddIn):
        body (BilletAddInForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[BilletRead]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            format_=format_,
        )
    ).parsed
