from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.eval_set_notes_in import EvalSetNotesIn
from ...models.eval_set_notes_in_form import EvalSetNotesInForm
from ...models.eval_set_notes_out import EvalSetNotesOut
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: EvalSetNotesIn | EvalSetNotesInForm | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/eval_set_notes",
    }

    if isinstance(body, EvalSetNotesIn):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, EvalSetNotesInForm):
        _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | EvalSetNotesOut | None:
    if response.status_code == 200:
        response_200 = EvalSetNotesOut.from_dict(response.json())

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
) -> Response[ErrorBody | EvalSetNotesOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EvalSetNotesIn | EvalSetNotesInForm | Unset = UNSET,
) -> Response[ErrorBody | EvalSetNotesOut]:
    """Set Eval Notes

     Enter notes: ``eval_id`` with ``etudid`` and ``note`` (query string, as in the seed, or body),
    and/or a
    batch ``notes: [{etudid, note}]`` in a JSON body. Every item is checked first; one bad item and
    nothing is
    written (400 listing them all). ``SUPR`` deletes a note; every change is kept in the history.

    Args:
        body (EvalSetNotesIn):
        body (EvalSetNotesInForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | EvalSetNotesOut]
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
    body: EvalSetNotesIn | EvalSetNotesInForm | Unset = UNSET,
) -> ErrorBody | EvalSetNotesOut | None:
    """Set Eval Notes

     Enter notes: ``eval_id`` with ``etudid`` and ``note`` (query string, as in the seed, or body),
    and/or a
    batch ``notes: [{etudid, note}]`` in a JSON body. Every item is checked first; one bad item and
    nothing is
    written (400 listing them all). ``SUPR`` deletes a note; every change is kept in the history.

    Args:
        body (EvalSetNotesIn):
        body (EvalSetNotesInForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | EvalSetNotesOut
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EvalSetNotesIn | EvalSetNotesInForm | Unset = UNSET,
) -> Response[ErrorBody | EvalSetNotesOut]:
    """Set Eval Notes

     Enter notes: ``eval_id`` with ``etudid`` and ``note`` (query string, as in the seed, or body),
    and/or a
    batch ``notes: [{etudid, note}]`` in a JSON body. Every item is checked first; one bad item and
    nothing is
    written (400 listing them all). ``SUPR`` deletes a note; every change is kept in the history.

    Args:
        body (EvalSetNotesIn):
        body (EvalSetNotesInForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | EvalSetNotesOut]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EvalSetNotesIn | EvalSetNotesInForm | Unset = UNSET,
) -> ErrorBody | EvalSetNotesOut | None:
    """Set Eval Notes

     Enter notes: ``eval_id`` with ``etudid`` and ``note`` (query string, as in the seed, or body),
    and/or a
    batch ``notes: [{etudid, note}]`` in a JSON body. Every item is checked first; one bad item and
    nothing is
    written (400 listing them all). ``SUPR`` deletes a note; every change is kept in the history.

    Args:
        body (EvalSetNotesIn):
        body (EvalSetNotesInForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | EvalSetNotesOut
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
