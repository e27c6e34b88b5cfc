from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.group_member_read import GroupMemberRead
from ...models.list_group_members_etat_type_0 import ListGroupMembersEtatType0
from ...models.list_group_members_format import ListGroupMembersFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    formsemestre_id: int | None | Unset = UNSET,
    group_ids: list[int] | Unset = UNSET,
    with_codes: bool | Unset = False,
    all_groups: bool | Unset = False,
    etat: ListGroupMembersEtatType0 | None | Unset = UNSET,
    format_: ListGroupMembersFormat | Unset = ListGroupMembersFormat.JSON,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_formsemestre_id: int | None | Unset
    if isinstance(formsemestre_id, Unset):
        json_formsemestre_id = UNSET
    else:
        json_formsemestre_id = formsemestre_id
    params["formsemestre_id"] = json_formsemestre_id

    json_group_ids: list[int] | Unset = UNSET
    if not isinstance(group_ids, Unset):
        json_group_ids = group_ids

    params["group_ids"] = json_group_ids

    params["with_codes"] = with_codes

    params["all_groups"] = all_groups

    json_etat: None | str | Unset
    if isinstance(etat, Unset):
        json_etat = UNSET
    elif isinstance(etat, ListGroupMembersEtatType0):
        json_etat = etat.value
    else:
        json_etat = etat
    params["etat"] = json_etat

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/groups",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[GroupMemberRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GroupMemberRead.from_dict(response_200_item_data)

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
) -> Response[ErrorBody | list[GroupMemberRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    formsemestre_id: int | None | Unset = UNSET,
    group_ids: list[int] | Unset = UNSET,
    with_codes: bool | Unset = False,
    all_groups: bool | Unset = False,
    etat: ListGroupMembersEtatType0 | None | Unset = UNSET,
    format_: ListGroupMembersFormat | Unset = ListGroupMembersFormat.JSON,
) -> Response[ErrorBody | list[GroupMemberRead]]:
    """List Group Members

     Students of groups (or of the whole semester), sorted by name. JSON rows carry one key per named
    partition id with the student's group name; XML is ScoDoc's ``<group_list>``.

    Args:
        formsemestre_id (int | None | Unset):
        group_ids (list[int] | Unset): repeat for several groups
        with_codes (bool | Unset):  Default: False.
        all_groups (bool | Unset):  Default: False.
        etat (ListGroupMembersEtatType0 | None | Unset):
        format_ (ListGroupMembersFormat | Unset):  Default: ListGroupMembersFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[GroupMemberRead]]
    """

    kwargs = _get_kwargs(
        formsemestre_id=formsemestre_id,
        group_ids=group_ids,
        with_codes=with_codes,
        all_groups=all_groups,
        etat=etat,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    formsemestre_id: int | None | Unset = UNSET,
    group_ids: list[int] | Unset = UNSET,
    with_codes: bool | Unset = False,
    all_groups: bool | Unset = False,
    etat: ListGroupMembersEtatType0 | None | Unset = UNSET,
    format_: ListGroupMembersFormat | Unset = ListGroupMembersFormat.JSON,
) -> ErrorBody | list[GroupMemberRead] | None:
    """List Group Members

     Students of groups (or of the whole semester), sorted by name. JSON rows carry one key per named
    partition id with the student's group name; XML is ScoDoc's ``<group_list>``.

    Args:
        formsemestre_id (int | None | Unset):
        group_ids (list[int] | Unset): repeat for several groups
        with_codes (bool | Unset):  Default: False.
        all_groups (bool | Unset):  Default: False.
        etat (ListGroupMembersEtatType0 | None | Unset):
        format_ (ListGroupMembersFormat | Unset):  Default: ListGroupMembersFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[GroupMemberRead]
    """

    return sync_detailed(
        client=client,
        formsemestre_id=formsemestre_id,
        group_ids=group_ids,
        with_codes=with_codes,
        all_groups=all_groups,
        etat=etat,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    formsemestre_id: int | None | Unset = UNSET,
    group_ids: list[int] | Unset = UNSET,
    with_codes: bool | Unset = False,
    all_groups: bool | Unset = False,
    etat: ListGroupMembersEtatType0 | None | Unset = UNSET,
    format_: ListGroupMembersFormat | Unset = ListGroupMembersFormat.JSON,
) -> Response[ErrorBody | list[GroupMemberRead]]:
    """List Group Members

     Students of groups (or of the whole semester), sorted by name. JSON rows carry one key per named
    partition id with the student's group name; XML is ScoDoc's ``<group_list>``.

    Args:
        formsemestre_id (int | None | Unset):
        group_ids (list[int] | Unset): repeat for several groups
        with_codes (bool | Unset):  Default: False.
        all_groups (bool | Unset):  Default: False.
        etat (ListGroupMembersEtatType0 | None | Unset):
        format_ (ListGroupMembersFormat | Unset):  Default: ListGroupMembersFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[GroupMemberRead]]
    """

    kwargs = _get_kwargs(
        formsemestre_id=formsemestre_id,
        group_ids=group_ids,
        with_codes=with_codes,
        all_groups=all_groups,
        etat=etat,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    formsemestre_id: int | None | Unset = UNSET,
    group_ids: list[int] | Unset = UNSET,
    with_codes: bool | Unset = False,
    all_groups: bool | Unset = False,
    etat: ListGroupMembersEtatType0 | None | Unset = UNSET,
    format_: ListGroupMembersFormat | Unset = ListGroupMembersFormat.JSON,
) -> ErrorBody | list[GroupMemberRead] | None:
    """List Group Members

     Students of groups (or of the whole semester), sorted by name. JSON rows carry one key per named
    partition id with the student's group name; XML is ScoDoc's ``<group_list>``.

    Args:
        formsemestre_id (int | None | Unset):
        group_ids (list[int] | Unset): repeat for several groups
        with_codes (bool | Unset):  Default: False.
        all_groups (bool | Unset):  Default: False.
        etat (ListGroupMembersEtatType0 | None | Unset):
        format_ (ListGroupMembersFormat | Unset):  Default: ListGroupMembersFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[GroupMemberRead]
    """

    return (
        await asyncio_detailed(
            client=client,
            formsemestre_id=formsemestre_id,
            group_ids=group_ids,
            with_codes=with_codes,
            all_groups=all_groups,
            etat=etat,
            format_=format_,
        )
    ).parsed
