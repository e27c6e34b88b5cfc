from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.decision_jury_row import DecisionJuryRow
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    formsemestre_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/formsemestre/{formsemestre_id}/decisions_jury".format(
            formsemestre_id=quote(str(formsemestre_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[DecisionJuryRow] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = DecisionJuryRow.from_dict(response_200_item_data)

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

    if response.status_code == 503:
        response_503 = ErrorBody.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | list[DecisionJuryRow]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    formsemestre_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | list[DecisionJuryRow]]:
    """Get Formsemestre Decisions Jury

     Jury decisions recorded in the semester (semester and UE codes). For a BUT semester: the year code
    and
    each RCUE (``rcues[{code, moy, ue_1{ue_id, code, moy}, ue_2}]``), RCUE means computed, codes as
    stored.

    Args:
        formsemestre_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[DecisionJuryRow]]
    """

    kwargs = _get_kwargs(
        formsemestre_id=formsemestre_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    formsemestre_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | list[DecisionJuryRow] | None:
    """Get Formsemestre Decisions Jury

     Jury decisions recorded in the semester (semester and UE codes). For a BUT semester: the year code
    and
    each RCUE (``rcues[{code, moy, ue_1{ue_id, code, moy}, ue_2}]``), RCUE means computed, codes as
    stored.

    Args:
        formsemestre_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[DecisionJuryRow]
    """

    return sync_detailed(
        formsemestre_id=formsemestre_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    formsemestre_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | list[DecisionJuryRow]]:
    """Get Formsemestre Decisions Jury

     Jury decisions recorded in the semester (semester and UE codes). For a BUT semester: the year code
    and
    each RCUE (``rcues[{code, moy, ue_1{ue_id, code, moy}, ue_2}]``), RCUE means computed, codes as
    stored.

    Args:
        formsemestre_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[DecisionJuryRow]]
    """

    kwargs = _get_kwargs(
        formsemestre_id=formsemestre_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    formsemestre_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | list[DecisionJuryRow] | None:
    """Get Formsemestre Decisions Jury

     Jury decisions recorded in the semester (semester and UE codes). For a BUT semester: the year code
    and
    each RCUE (``rcues[{code, moy, ue_1{ue_id, code, moy}, ue_2}]``), RCUE means computed, codes as
    stored.

    Args:
        formsemestre_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[DecisionJuryRow]
    """

    return (
        await asyncio_detailed(
            formsemestre_id=formsemestre_id,
            client=client,
        )
    ).parsed
