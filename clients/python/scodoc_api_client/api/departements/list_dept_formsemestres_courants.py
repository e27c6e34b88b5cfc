import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.form_semestre_read import FormSemestreRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    acronym: str,
    *,
    date_courante: datetime.date | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_date_courante: None | str | Unset
    if isinstance(date_courante, Unset):
        json_date_courante = UNSET
    elif isinstance(date_courante, datetime.date):
        json_date_courante = date_courante.isoformat()
    else:
        json_date_courante = date_courante
    params["date_courante"] = json_date_courante

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/departement/{acronym}/formsemestres_courants".format(
            acronym=quote(str(acronym), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[FormSemestreRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FormSemestreRead.from_dict(response_200_item_data)

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
) -> Response[ErrorBody | list[FormSemestreRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    acronym: str,
    *,
    client: AuthenticatedClient | Client,
    date_courante: datetime.date | None | Unset = UNSET,
) -> Response[ErrorBody | list[FormSemestreRead]]:
    """List Dept Formsemestres Courants

     Semesters of the department whose dates include today (or ``date_courante``).

    Args:
        acronym (str):
        date_courante (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[FormSemestreRead]]
    """

    kwargs = _get_kwargs(
        acronym=acronym,
        date_courante=date_courante,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    acronym: str,
    *,
    client: AuthenticatedClient | Client,
    date_courante: datetime.date | None | Unset = UNSET,
) -> ErrorBody | list[FormSemestreRead] | None:
    """List Dept Formsemestres Courants

     Semesters of the department whose dates include today (or ``date_courante``).

    Args:
        acronym (str):
        date_courante (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[FormSemestreRead]
    """

    return sync_detailed(
        acronym=acronym,
        client=client,
        date_courante=date_courante,
    ).parsed


async def asyncio_detailed(
    acronym: str,
    *,
    client: AuthenticatedClient | Client,
    date_courante: datetime.date | None | Unset = UNSET,
) -> Response[ErrorBody | list[FormSemestreRead]]:
    """List Dept Formsemestres Courants

     Semesters of the department whose dates include today (or ``date_courante``).

    Args:
        acronym (str):
        date_courante (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[FormSemestreRead]]
    """

    kwargs = _get_kwargs(
        acronym=acronym,
        date_courante=date_courante,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    acronym: str,
    *,
    client: AuthenticatedClient | Client,
    date_courante: datetime.date | None | Unset = UNSET,
) -> ErrorBody | list[FormSemestreRead] | None:
    """List Dept Formsemestres Courants

     Semesters of the department whose dates include today (or ``date_courante``).

    Args:
        acronym (str):
        date_courante (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[FormSemestreRead]
    """

    return (
        await asyncio_detailed(
            acronym=acronym,
            client=client,
            date_courante=date_courante,
        )
    ).parsed
