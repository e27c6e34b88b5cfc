import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.abs_group_etat_read import AbsGroupEtatRead
from ...models.error_body import ErrorBody
from ...models.get_abs_group_etat_format import GetAbsGroupEtatFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    group_ids: list[int],
    date_debut: datetime.date,
    date_fin: datetime.date,
    with_boursier: bool | Unset = True,
    format_: GetAbsGroupEtatFormat | Unset = GetAbsGroupEtatFormat.JSON,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_group_ids = group_ids

    params["group_ids"] = json_group_ids

    json_date_debut = date_debut.isoformat()
    params["date_debut"] = json_date_debut

    json_date_fin = date_fin.isoformat()
    params["date_fin"] = json_date_fin

    params["with_boursier"] = with_boursier

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/abs_group_etat",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[AbsGroupEtatRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AbsGroupEtatRead.from_dict(response_200_item_data)

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
) -> Response[ErrorBody | list[AbsGroupEtatRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    group_ids: list[int],
    date_debut: datetime.date,
    date_fin: datetime.date,
    with_boursier: bool | Unset = True,
    format_: GetAbsGroupEtatFormat | Unset = GetAbsGroupEtatFormat.JSON,
) -> Response[ErrorBody | list[AbsGroupEtatRead]]:
    """Get Abs Group Etat

     Absence counts of the members of one or several groups over [date_debut, date_fin).

    Args:
        group_ids (list[int]): repeat for several groups
        date_debut (datetime.date):
        date_fin (datetime.date): excluded
        with_boursier (bool | Unset):  Default: True.
        format_ (GetAbsGroupEtatFormat | Unset):  Default: GetAbsGroupEtatFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[AbsGroupEtatRead]]
    """

    kwargs = _get_kwargs(
        group_ids=group_ids,
        date_debut=date_debut,
        date_fin=date_fin,
        with_boursier=with_boursier,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    group_ids: list[int],
    date_debut: datetime.date,
    date_fin: datetime.date,
    with_boursier: bool | Unset = True,
    format_: GetAbsGroupEtatFormat | Unset = GetAbsGroupEtatFormat.JSON,
) -> ErrorBody | list[AbsGroupEtatRead] | None:
    """Get Abs Group Etat

     Absence counts of the members of one or several groups over [date_debut, date_fin).

    Args:
        group_ids (list[int]): repeat for several groups
        date_debut (datetime.date):
        date_fin (datetime.date): excluded
        with_boursier (bool | Unset):  Default: True.
        format_ (GetAbsGroupEtatFormat | Unset):  Default: GetAbsGroupEtatFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[AbsGroupEtatRead]
    """

    return sync_detailed(
        client=client,
        group_ids=group_ids,
        date_debut=date_debut,
        date_fin=date_fin,
        with_boursier=with_boursier,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    group_ids: list[int],
    date_debut: datetime.date,
    date_fin: datetime.date,
    with_boursier: bool | Unset = True,
    format_: GetAbsGroupEtatFormat | Unset = GetAbsGroupEtatFormat.JSON,
) -> Response[ErrorBody | list[AbsGroupEtatRead]]:
    """Get Abs Group Etat

     Absence counts of the members of one or several groups over [date_debut, date_fin).

    Args:
        group_ids (list[int]): repeat for several groups
        date_debut (datetime.date):
        date_fin (datetime.date): excluded
        with_boursier (bool | Unset):  Default: True.
        format_ (GetAbsGroupEtatFormat | Unset):  Default: GetAbsGroupEtatFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[AbsGroupEtatRead]]
    """

    kwargs = _get_kwargs(
        group_ids=group_ids,
        date_debut=date_debut,
        date_fin=date_fin,
        with_boursier=with_boursier,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    group_ids: list[int],
    date_debut: datetime.date,
    date_fin: datetime.date,
    with_boursier: bool | Unset = True,
    format_: GetAbsGroupEtatFormat | Unset = GetAbsGroupEtatFormat.JSON,
) -> ErrorBody | list[AbsGroupEtatRead] | None:
    """Get Abs Group Etat

     Absence counts of the members of one or several groups over [date_debut, date_fin).

    Args:
        group_ids (list[int]): repeat for several groups
        date_debut (datetime.date):
        date_fin (datetime.date): excluded
        with_boursier (bool | Unset):  Default: True.
        format_ (GetAbsGroupEtatFormat | Unset):  Default: GetAbsGroupEtatFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[AbsGroupEtatRead]
    """

    return (
        await asyncio_detailed(
            client=client,
            group_ids=group_ids,
            date_debut=date_debut,
            date_fin=date_fin,
            with_boursier=with_boursier,
            format_=format_,
        )
    ).parsed
