from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edit_answer import EditAnswer
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    justif_id: int,
    *,
    body: Any,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/justificatif/{justif_id}/edit".format(
            justif_id=quote(str(justif_id), safe=""),
        ),
    }

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EditAnswer | ErrorBody | None:
    if response.status_code == 200:
        response_200 = EditAnswer.from_dict(response.json())

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
) -> Response[EditAnswer | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    justif_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> Response[EditAnswer | ErrorBody]:
    """Edit Justificatif

     Change ``etat``, ``raison``, dates or ``external_data``; answers the assiduités it justified before
    and
    after (``couverture``).

    Args:
        justif_id (int):
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EditAnswer | ErrorBody]
    """

    kwargs = _get_kwargs(
        justif_id=justif_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    justif_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> EditAnswer | ErrorBody | None:
    """Edit Justificatif

     Change ``etat``, ``raison``, dates or ``external_data``; answers the assiduités it justified before
    and
    after (``couverture``).

    Args:
        justif_id (int):
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EditAnswer | ErrorBody
    """

    return sync_detailed(
        justif_id=justif_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    justif_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> Response[EditAnswer | ErrorBody]:
    """Edit Justificatif

     Change ``etat``, ``raison``, dates or ``external_data``; answers the assiduités it justified before
    and
    after (``couverture``).

    Args:
        justif_id (int):
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EditAnswer | ErrorBody]
    """

    kwargs = _get_kwargs(
        justif_id=justif_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    justif_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> EditAnswer | ErrorBody | None:
    """Edit Justificatif

     Change ``etat``, ``raison``, dates or ``external_data``; answers the assiduités it justified before
    and
    after (``couverture``).

    Args:
        justif_id (int):
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EditAnswer | ErrorBody
    """

    return (
        await asyncio_detailed(
            justif_id=justif_id,
            client=client,
            body=body,
        )
    ).parsed
