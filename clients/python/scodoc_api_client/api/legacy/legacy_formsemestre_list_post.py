from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.legacy_formsemestre import LegacyFormsemestre
from ...models.legacy_formsemestre_list_post_body import LegacyFormsemestreListPostBody
from ...models.legacy_formsemestre_list_post_format import LegacyFormsemestreListPostFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    dept: str,
    *,
    body: LegacyFormsemestreListPostBody | Unset = UNSET,
    formsemestre_id: int | Unset = UNSET,
    formation_id: int | Unset = UNSET,
    etape_apo: str | Unset = UNSET,
    format_: LegacyFormsemestreListPostFormat | Unset = LegacyFormsemestreListPostFormat.JSON,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["formsemestre_id"] = formsemestre_id

    params["formation_id"] = formation_id

    params["etape_apo"] = etape_apo

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ScoDoc/{dept}/Scolarite/Notes/formsemestre_list".format(
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
) -> Any | ErrorBody | list[LegacyFormsemestre] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = LegacyFormsemestre.from_dict(response_200_item_data)

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
) -> Response[Any | ErrorBody | list[LegacyFormsemestre]]:
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
    body: LegacyFormsemestreListPostBody | Unset = UNSET,
    formsemestre_id: int | Unset = UNSET,
    formation_id: int | Unset = UNSET,
    etape_apo: str | Unset = UNSET,
    format_: LegacyFormsemestreListPostFormat | Unset = LegacyFormsemestreListPostFormat.JSON,
) -> Response[Any | ErrorBody | list[LegacyFormsemestre]]:
    """Notes/formsemestre_list (ScoDoc 7, deprecated)

     The department's semesters (JSON by default, or XML), filtered by formsemestre_id, formation_id,
        etape_apo.

    Replaced by `/ScoDoc/api/formsemestre/{formsemestre_id}`.

    Args:
        dept (str):
        formsemestre_id (int | Unset):
        formation_id (int | Unset):
        etape_apo (str | Unset):
        format_ (LegacyFormsemestreListPostFormat | Unset):  Default:
            LegacyFormsemestreListPostFormat.JSON.
        body (LegacyFormsemestreListPostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | list[LegacyFormsemestre]]
    """

    kwargs = _get_kwargs(
        dept=dept,
        body=body,
        formsemestre_id=formsemestre_id,
        formation_id=formation_id,
        etape_apo=etape_apo,
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
    body: LegacyFormsemestreListPostBody | Unset = UNSET,
    formsemestre_id: int | Unset = UNSET,
    formation_id: int | Unset = UNSET,
    etape_apo: str | Unset = UNSET,
    format_: LegacyFormsemestreListPostFormat | Unset = LegacyFormsemestreListPostFormat.JSON,
) -> Any | ErrorBody | list[LegacyFormsemestre] | None:
    """Notes/formsemestre_list (ScoDoc 7, deprecated)

     The department's semesters (JSON by default, or XML), filtered by formsemestre_id, formation_id,
        etape_apo.

    Replaced by `/ScoDoc/api/formsemestre/{formsemestre_id}`.

    Args:
        dept (str):
        formsemestre_id (int | Unset):
        formation_id (int | Unset):
        etape_apo (str | Unset):
        format_ (LegacyFormsemestreListPostFormat | Unset):  Default:
            LegacyFormsemestreListPostFormat.JSON.
        body (LegacyFormsemestreListPostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | list[LegacyFormsemestre]
    """

    return sync_detailed(
        dept=dept,
        client=client,
        body=body,
        formsemestre_id=formsemestre_id,
        formation_id=formation_id,
        etape_apo=etape_apo,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    dept: str,
    *,
    client: AuthenticatedClient | Client,
    body: LegacyFormsemestreListPostBody | Unset = UNSET,
    formsemestre_id: int | Unset = UNSET,
    formation_id: int | Unset = UNSET,
    etape_apo: str | Unset = UNSET,
    format_: LegacyFormsemestreListPostFormat | Unset = LegacyFormsemestreListPostFormat.JSON,
) -> Response[Any | ErrorBody | list[LegacyFormsemestre]]:
    """Notes/formsemestre_list (ScoDoc 7, deprecated)

     The department's semesters (JSON by default, or XML), filtered by formsemestre_id, formation_id,
        etape_apo.

    Replaced by `/ScoDoc/api/formsemestre/{formsemestre_id}`.

    Args:
        dept (str):
        formsemestre_id (int | Unset):
        formation_id (int | Unset):
        etape_apo (str | Unset):
        format_ (LegacyFormsemestreListPostFormat | Unset):  Default:
            LegacyFormsemestreListPostFormat.JSON.
        body (LegacyFormsemestreListPostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | list[LegacyFormsemestre]]
    """

    kwargs = _get_kwargs(
        dept=dept,
        body=body,
        formsemestre_id=formsemestre_id,
        formation_id=formation_id,
        etape_apo=etape_apo,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dept: str,
    *,
    client: AuthenticatedClient | Client,
    body: LegacyFormsemestreListPostBody | Unset = UNSET,
    formsemestre_id: int | Unset = UNSET,
    formation_id: int | Unset = UNSET,
    etape_apo: str | Unset = UNSET,
    format_: LegacyFormsemestreListPostFormat | Unset = LegacyFormsemestreListPostFormat.JSON,
) -> Any | ErrorBody | list[LegacyFormsemestre] | None:
    """Notes/formsemestre_list (ScoDoc 7, deprecated)

     The department's semesters (JSON by default, or XML), filtered by formsemestre_id, formation_id,
        etape_apo.

    Replaced by `/ScoDoc/api/formsemestre/{formsemestre_id}`.

    Args:
        dept (str):
        formsemestre_id (int | Unset):
        formation_id (int | Unset):
        etape_apo (str | Unset):
        format_ (LegacyFormsemestreListPostFormat | Unset):  Default:
            LegacyFormsemestreListPostFormat.JSON.
        body (LegacyFormsemestreListPostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | list[LegacyFormsemestre]
    """

    return (
        await asyncio_detailed(
            dept=dept,
            client=client,
            body=body,
            formsemestre_id=formsemestre_id,
            formation_id=formation_id,
            etape_apo=etape_apo,
            format_=format_,
        )
    ).parsed
