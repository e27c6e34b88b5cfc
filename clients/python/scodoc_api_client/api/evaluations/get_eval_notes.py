from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.eval_notes_read_item import EvalNotesReadItem
from ...models.get_eval_notes_format import GetEvalNotesFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    evaluation_id: int,
    *,
    format_: GetEvalNotesFormat | Unset = GetEvalNotesFormat.JSON,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/eval_notes/{evaluation_id}".format(
            evaluation_id=quote(str(evaluation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[EvalNotesReadItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_eval_notes_read_item_data in _response_200:
            componentsschemas_eval_notes_read_item = EvalNotesReadItem.from_dict(
                componentsschemas_eval_notes_read_item_data
            )

            response_200.append(componentsschemas_eval_notes_read_item)

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
) -> Response[ErrorBody | list[EvalNotesReadItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    evaluation_id: int,
    *,
    client: AuthenticatedClient | Client,
    format_: GetEvalNotesFormat | Unset = GetEvalNotesFormat.JSON,
) -> Response[ErrorBody | list[EvalNotesReadItem]]:
    """Get Eval Notes

     The notes of an evaluation, on its own scale, keyed by etudid (only students who have a note).

    Args:
        evaluation_id (int):
        format_ (GetEvalNotesFormat | Unset):  Default: GetEvalNotesFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[EvalNotesReadItem]]
    """

    kwargs = _get_kwargs(
        evaluation_id=evaluation_id,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    evaluation_id: int,
    *,
    client: AuthenticatedClient | Client,
    format_: GetEvalNotesFormat | Unset = GetEvalNotesFormat.JSON,
) -> ErrorBody | list[EvalNotesReadItem] | None:
    """Get Eval Notes

     The notes of an evaluation, on its own scale, keyed by etudid (only students who have a note).

    Args:
        evaluation_id (int):
        format_ (GetEvalNotesFormat | Unset):  Default: GetEvalNotesFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[EvalNotesReadItem]
    """

    return sync_detailed(
        evaluation_id=evaluation_id,
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    evaluation_id: int,
    *,
    client: AuthenticatedClient | Client,
    format_: GetEvalNotesFormat | Unset = GetEvalNotesFormat.JSON,
) -> Response[ErrorBody | list[EvalNotesReadItem]]:
    """Get Eval Notes

     The notes of an evaluation, on its own scale, keyed by etudid (only students who have a note).

    Args:
        evaluation_id (int):
        format_ (GetEvalNotesFormat | Unset):  Default: GetEvalNotesFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[EvalNotesReadItem]]
    """

    kwargs = _get_kwargs(
        evaluation_id=evaluation_id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    evaluation_id: int,
    *,
    client: AuthenticatedClient | Client,
    format_: GetEvalNotesFormat | Unset = GetEvalNotesFormat.JSON,
) -> ErrorBody | list[EvalNotesReadItem] | None:
    """Get Eval Notes

     The notes of an evaluation, on its own scale, keyed by etudid (only students who have a note).

    Args:
        evaluation_id (int):
        format_ (GetEvalNotesFormat | Unset):  Default: GetEvalNotesFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[EvalNotesReadItem]
    """

    return (
        await asyncio_detailed(
            evaluation_id=evaluation_id,
            client=client,
            format_=format_,
        )
    ).parsed
