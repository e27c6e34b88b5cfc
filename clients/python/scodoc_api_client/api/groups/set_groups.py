from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.set_groups_format import SetGroupsFormat
from ...models.set_groups_in import SetGroupsIn
from ...models.set_groups_in_form import SetGroupsInForm
from ...models.set_groups_out import SetGroupsOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SetGroupsIn | SetGroupsInForm | Unset = UNSET,
    format_: SetGroupsFormat | Unset = SetGroupsFormat.JSON,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/set_groups",
        "params": params,
    }

    if isinstance(body, SetGroupsIn):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, SetGroupsInForm):
        _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | SetGroupsOut | None:
    if response.status_code == 200:
        response_200 = SetGroupsOut.from_dict(response.json())

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
) -> Response[ErrorBody | SetGroupsOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SetGroupsIn | SetGroupsInForm | Unset = UNSET,
    format_: SetGroupsFormat | Unset = SetGroupsFormat.JSON,
) -> Response[ErrorBody | SetGroupsOut]:
    """Set Groups

     Assign students to the groups of a partition, as ScoDoc's setGroups: ``groups`` lines
    ``group_id;etudid;...;`` (listed students are moved there, others leave it), ``groups_to_delete``,
    ``groups_to_create`` lines ``name;etudid;...;``. Needs ScoEtudChangeGroups or to head the semester.

    Args:
        format_ (SetGroupsFormat | Unset):  Default: SetGroupsFormat.JSON.
        body (SetGroupsIn):
        body (SetGroupsInForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SetGroupsOut]
    """

    kwargs = _get_kwargs(
        body=body,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SetGroupsIn | SetGroupsInForm | Unset = UNSET,
    format_: SetGroupsFormat | Unset = SetGroupsFormat.JSON,
) -> ErrorBody | SetGroupsOut | None:
    """Set Groups

     Assign students to the groups of a partition, as ScoDoc's setGroups: ``groups`` lines
    ``group_id;etudid;...;`` (listed students are moved there, others leave it), ``groups_to_delete``,
    ``groups_to_create`` lines ``name;etudid;...;``. Needs ScoEtudChangeGroups or to head the semester.

    Args:
        format_ (SetGroupsFormat | Unset):  Default: SetGroupsFormat.JSON.
        body (SetGroupsIn):
        body (SetGroupsInForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SetGroupsOut
    """

    return sync_detailed(
        client=client,
        body=body,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SetGroupsIn | SetGroupsInForm | Unset = UNSET,
    format_: SetGroupsFormat | Unset = SetGroupsFormat.JSON,
) -> Response[ErrorBody | SetGroupsOut]:
    """Set Groups

     Assign students to the groups of a partition, as ScoDoc's setGroups: ``groups`` lines
    ``group_id;etudid;...;`` (listed students are moved there, others leave it), ``groups_to_delete``,
    ``groups_to_create`` lines ``name;etudid;...;``. Needs ScoEtudChangeGroups or to head the semester.

    Args:
        format_ (SetGroupsFormat | Unset):  Default: SetGroupsFormat.JSON.
        body (SetGroupsIn):
        body (SetGroupsInForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SetGroupsOut]
    """

    kwargs = _get_kwargs(
        body=body,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SetGroupsIn | SetGroupsInForm | Unset = UNSET,
    format_: SetGroupsFormat | Unset = SetGroupsFormat.JSON,
) -> ErrorBody | SetGroupsOut | None:
    """Set Groups

     Assign students to the groups of a partition, as ScoDoc's setGroups: ``groups`` lines
    ``group_id;etudid;...;`` (listed students are moved there, others leave it), ``groups_to_delete``,
    ``groups_to_create`` lines ``name;etudid;...;``. Needs ScoEtudChangeGroups or to head the semester.

    Args:
        format_ (SetGroupsFormat | Unset):  Default: SetGroupsFormat.JSON.
        body (SetGroupsIn):
        body (SetGroupsInForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SetGroupsOut
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            format_=format_,
        )
    ).parsed
