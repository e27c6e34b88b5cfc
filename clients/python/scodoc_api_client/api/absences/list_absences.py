import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.absence_read import AbsenceRead
from ...models.error_body import ErrorBody
from ...models.list_absences_format import ListAbsencesFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    etudid: int,
    *,
    abs_just_only: bool | Unset = False,
    date_debut: datetime.date | None | Unset = UNSET,
    date_fin: datetime.date | None | Unset = UNSET,
    format_: ListAbsencesFormat | Unset = ListAbsencesFormat.JSON,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["abs_just_only"] = abs_just_only

    json_date_debut: None | str | Unset
    if isinstance(date_debut, Unset):
        json_date_debut = UNSET
    elif isinstance(date_debut, datetime.date):
        json_date_debut = date_debut.isoformat()
    else:
        json_date_debut = date_debut
    params["date_debut"] = json_date_debut

    json_date_fin: None | str | Unset
    if isinstance(date_fin, Unset):
        json_date_fin = UNSET
    elif isinstance(date_fin, datetime.date):
        json_date_fin = date_fin.isoformat()
    else:
        json_date_fin = date_fin
    params["date_fin"] = json_date_fin

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/absences/{etudid}".format(
            etudid=quote(str(etudid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[AbsenceRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AbsenceRead.from_dict(response_200_item_data)

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
) -> Response[ErrorBody | list[AbsenceRead]]:
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
    abs_just_only: bool | Unset = False,
    date_debut: datetime.date | None | Unset = UNSET,
    date_fin: datetime.date | None | Unset = UNSET,
    format_: ListAbsencesFormat | Unset = ListAbsencesFormat.JSON,
) -> Response[ErrorBody | list[AbsenceRead]]:
    """List Absences

     A student's absent half-days since 1 August of the school year (or in [date_debut, date_fin)).

    Args:
        etudid (int):
        abs_just_only (bool | Unset): true: justified only; false: unjustified only Default:
            False.
        date_debut (datetime.date | None | Unset):
        date_fin (datetime.date | None | Unset): excluded
        format_ (ListAbsencesFormat | Unset):  Default: ListAbsencesFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[AbsenceRead]]
    """

    kwargs = _get_kwargs(
        etudid=etudid,
        abs_just_only=abs_just_only,
        date_debut=date_debut,
        date_fin=date_fin,
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
    abs_just_only: bool | Unset = False,
    date_debut: datetime.date | None | Unset = UNSET,
    date_fin: datetime.date | None | Unset = UNSET,
    format_: ListAbsencesFormat | Unset = ListAbsencesFormat.JSON,
) -> ErrorBody | list[AbsenceRead] | None:
    """List Absences

     A student's absent half-days since 1 August of the school year (or in [date_debut, date_fin)).

    Args:
        etudid (int):
        abs_just_only (bool | Unset): true: justified only; false: unjustified only Default:
            False.
        date_debut (datetime.date | None | Unset):
        date_fin (datetime.date | None | Unset): excluded
        format_ (ListAbsencesFormat | Unset):  Default: ListAbsencesFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[AbsenceRead]
    """

    return sync_detailed(
        etudid=etudid,
        client=client,
        abs_just_only=abs_just_only,
        date_debut=date_debut,
        date_fin=date_fin,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    etudid: int,
    *,
    client: AuthenticatedClient | Client,
    abs_just_only: bool | Unset = False,
    date_debut: datetime.date | None | Unset = UNSET,
    date_fin: datetime.date | None | Unset = UNSET,
    format_: ListAbsencesFormat | Unset = ListAbsencesFormat.JSON,
) -> Response[ErrorBody | list[AbsenceRead]]:
    """List Absences

     A student's absent half-days since 1 August of the school year (or in [date_debut, date_fin)).

    Args:
        etudid (int):
        abs_just_only (bool | Unset): true: justified only; false: unjustified only Default:
            False.
        date_debut (datetime.date | None | Unset):
        date_fin (datetime.date | None | Unset): excluded
        format_ (ListAbsencesFormat | Unset):  Default: ListAbsencesFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[AbsenceRead]]
    """

    kwargs = _get_kwargs(
        etudid=etudid,
        abs_just_only=abs_just_only,
        date_debut=date_debut,
        date_fin=date_fin,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    etudid: int,
    *,
    client: AuthenticatedClient | Client,
    abs_just_only: bool | Unset = False,
    date_debut: datetime.date | None | Unset = UNSET,
    date_fin: datetime.date | None | Unset = UNSET,
    format_: ListAbsencesFormat | Unset = ListAbsencesFormat.JSON,
) -> ErrorBody | list[AbsenceRead] | None:
    """List Absences

     A student's absent half-days since 1 August of the school year (or in [date_debut, date_fin)).

    Args:
        etudid (int):
        abs_just_only (bool | Unset): true: justified only; false: unjustified only Default:
            False.
        date_debut (datetime.date | None | Unset):
        date_fin (datetime.date | None | Unset): excluded
        format_ (ListAbsencesFormat | Unset):  Default: ListAbsencesFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[AbsenceRead]
    """

    return (
        await asyncio_detailed(
            etudid=etudid,
            client=client,
            abs_just_only=abs_just_only,
            date_debut=date_debut,
            date_fin=date_fin,
            format_=format_,
        )
    ).parsed
