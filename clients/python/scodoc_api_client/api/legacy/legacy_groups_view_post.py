from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.legacy_group_member import LegacyGroupMember
from ...models.legacy_groups_view_post_body import LegacyGroupsViewPostBody
from ...models.legacy_groups_view_post_format import LegacyGroupsViewPostFormat
from ...models.legacy_groups_view_post_with_codes import LegacyGroupsViewPostWithCodes
from ...types import UNSET, Response, Unset


def _get_kwargs(
    dept: str,
    *,
    body: LegacyGroupsViewPostBody | Unset = UNSET,
    group_ids: list[int],
    with_codes: LegacyGroupsViewPostWithCodes | Unset = UNSET,
    etat: str | Unset = UNSET,
    format_: LegacyGroupsViewPostFormat,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_group_ids = group_ids

    params["group_ids"] = json_group_ids

    json_with_codes: str | Unset = UNSET
    if not isinstance(with_codes, Unset):
        json_with_codes = with_codes.value

    params["with_codes"] = json_with_codes

    params["etat"] = etat

    json_format_ = format_.value
    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ScoDoc/{dept}/Scolarite/groups_view".format(
            dept=quote(str(dept), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBody | list[LegacyGroupMember] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = LegacyGroupMember.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 302:
        response_302 = cast(Any, None)
        return response_302

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = ErrorBody.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = ErrorBody.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorBody | list[LegacyGroupMember]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dept: str,
    *,
    client: AuthenticatedClient | Client,
    body: LegacyGroupsViewPostBody | Unset = UNSET,
    group_ids: list[int],
    with_codes: LegacyGroupsViewPostWithCodes | Unset = UNSET,
    etat: str | Unset = UNSET,
    format_: LegacyGroupsViewPostFormat,
) -> Response[Any | ErrorBody | list[LegacyGroupMember]]:
    """groups_view (ScoDoc 7, deprecated)

     Students of groups (format=json or xml).

    Replaced by `/ScoDoc/api/groups`.

    Args:
        dept (str):
        group_ids (list[int]):
        with_codes (LegacyGroupsViewPostWithCodes | Unset):
        etat (str | Unset):
        format_ (LegacyGroupsViewPostFormat):
        body (LegacyGroupsViewPostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | list[LegacyGroupMember]]
    """

    kwargs = _get_kwargs(
        dept=dept,
        body=body,
        group_ids=group_ids,
        with_codes=with_codes,
        etat=etat,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dept: str,
    *,
    client: AuthenticatedClient | Client,
    body: LegacyGroupsViewPostBody | Unset = UNSET,
    group_ids: list[int],
    with_codes: LegacyGroupsViewPostWithCodes | Unset = UNSET,
    etat: str | Unset = UNSET,
    format_: LegacyGroupsViewPostFormat,
) -> Any | ErrorBody | list[LegacyGroupMember] | None:
    """groups_view (ScoDoc 7, deprecated)

     Students of groups (format=json or xml).

    Replaced by `/ScoDoc/api/groups`.

    Args:
        dept (str):
        group_ids (list[int]):
        with_codes (LegacyGroupsViewPostWithCodes | Unset):
        etat (str | Unset):
        format_ (LegacyGroupsViewPostFormat):
        body (LegacyGroupsViewPostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | list[LegacyGroupMember]
    """

    return sync_detailed(
        dept=dept,
        client=client,
        body=body,
        group_ids=group_ids,
        with_codes=with_codes,
        etat=etat,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    dept: str,
    *,
    client: AuthenticatedClient | Client,
    body: LegacyGroupsViewPostBody | Unset = UNSET,
    group_ids: list[int],
    with_codes: LegacyGroupsViewPostWithCodes | Unset = UNSET,
    etat: str | Unset = UNSET,
    format_: LegacyGroupsViewPostFormat,
) -> Response[Any | ErrorBody | list[LegacyGroupMember]]:
    """groups_view (ScoDoc 7, deprecated)

     Students of groups (format=json or xml).

    Replaced by `/ScoDoc/api/groups`.

    Args:
        dept (str):
        group_ids (list[int]):
        with_codes (LegacyGroupsViewPostWithCodes | Unset):
        etat (str | Unset):
        format_ (LegacyGroupsViewPostFormat):
        body (LegacyGroupsViewPostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | list[LegacyGroupMember]]
    """

    kwargs = _get_kwargs(
        dept=dept,
        body=body,
        group_ids=group_ids,
        with_codes=with_codes,
        etat=etat,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dept: str,
    *,
    client: AuthenticatedClient | Client,
    body: LegacyGroupsViewPostBody | Unset = UNSET,
    group_ids: list[int],
    with_codes: LegacyGroupsViewPostWithCodes | Unset = UNSET,
    etat: str | Unset = UNSET,
    format_: LegacyGroupsViewPostFormat,
) -> Any | ErrorBody | list[LegacyGroupMember] | None:
    """groups_view (ScoDoc 7, deprecated)

     Students of groups (format=json or xml).

    Replaced by `/ScoDoc/api/groups`.

    Args:
        dept (str):
        group_ids (list[int]):
        with_codes (LegacyGroupsViewPostWithCodes | Unset):
        etat (str | Unset):
        format_ (LegacyGroupsViewPostFormat):
        body (LegacyGroupsViewPostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | list[LegacyGroupMember]
    """

    return (
        await asyncio_detailed(
            dept=dept,
            client=client,
            body=body,
            group_ids=group_ids,
            with_codes=with_codes,
            etat=etat,
            format_=format_,
        )
    ).parsed
