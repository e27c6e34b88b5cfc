from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.notes_set_read import NotesSetRead
from ...models.set_evaluation_notes_notes_set_in import SetEvaluationNotesNotesSetIn
from ...types import Response


def _get_kwargs(
    evaluation_id: int,
    *,
    body: SetEvaluationNotesNotesSetIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/evaluation/{evaluation_id}/notes/set".format(
            evaluation_id=quote(str(evaluation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | NotesSetRead | None:
    if response.status_code == 200:
        response_200 = NotesSetRead.from_dict(response.json())

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
) -> Response[ErrorBody | NotesSetRead]:
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
    body: SetEvaluationNotesNotesSetIn,
) -> Response[ErrorBody | NotesSetRead]:
    """Set Evaluation Notes

     Enter notes: body ``{"notes": [[etudid, value], ...], "comment": "..."}``, all or nothing.

    Args:
        evaluation_id (int):
        body (SetEvaluationNotesNotesSetIn): ``evaluation/<id>/notes/set``: every pair is checked,
            then all are written or none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | NotesSetRead]
    """

    kwargs = _get_kwargs(
        evaluation_id=evaluation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    evaluation_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: SetEvaluationNotesNotesSetIn,
) -> ErrorBody | NotesSetRead | None:
    """Set Evaluation Notes

     Enter notes: body ``{"notes": [[etudid, value], ...], "comment": "..."}``, all or nothing.

    Args:
        evaluation_id (int):
        body (SetEvaluationNotesNotesSetIn): ``evaluation/<id>/notes/set``: every pair is checked,
            then all are written or none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | NotesSetRead
    """

    return sync_detailed(
        evaluation_id=evaluation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    evaluation_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: SetEvaluationNotesNotesSetIn,
) -> Response[ErrorBody | NotesSetRead]:
    """Set Evaluation Notes

     Enter notes: body ``{"notes": [[etudid, value], ...], "comment": "..."}``, all or nothing.

    Args:
        evaluation_id (int):
        body (SetEvaluationNotesNotesSetIn): ``evaluation/<id>/notes/set``: every pair is checked,
            then all are written or none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | NotesSetRead]
    """

    kwargs = _get_kwargs(
        evaluation_id=evaluation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    evaluation_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: SetEvaluationNotesNotesSetIn,
) -> ErrorBody | NotesSetRead | None:
    """Set Evaluation Notes

     Enter notes: body ``{"notes": [[etudid, value], ...], "comment": "..."}``, all or nothing.

    Args:
        evaluation_id (int):
        body (SetEvaluationNotesNotesSetIn): ``evaluation/<id>/notes/set``: every pair is checked,
            then all are written or none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | NotesSetRead
    """

    return (
        await asyncio_detailed(
            evaluation_id=evaluation_id,
            client=client,
            body=body,
        )
    ).parsed
