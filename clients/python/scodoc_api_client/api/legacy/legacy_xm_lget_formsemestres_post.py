from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.legacy_xm_lget_formsemestres_post_body import LegacyXmLgetFormsemestresPostBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    dept: str,
    *,
    body: LegacyXmLgetFormsemestresPostBody | Unset = UNSET,
    formsemestre_id: int | Unset = UNSET,
    formation_id: int | Unset = UNSET,
    etape_apo: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["formsemestre_id"] = formsemestre_id

    params["formation_id"] = formation_id

    params["etape_apo"] = etape_apo

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ScoDoc/{dept}/Scolarite/Notes/XMLgetFormsemestres".format(
            dept=quote(str(dept), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorBody | str | None:
    if response.status_code == 200:
        response_200 = response.text
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
) -> Response[Any | ErrorBody | str]:
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
    body: LegacyXmLgetFormsemestresPostBody | Unset = UNSET,
    formsemestre_id: int | Unset = UNSET,
    formation_id: int | Unset = UNSET,
    etape_apo: str | Unset = UNSET,
) -> Response[Any | ErrorBody | str]:
    """Notes/XMLgetFormsemestres (ScoDoc 7, deprecated)

     ScoDoc 6 variant: ``<formsemestrelist>`` of empty ``<formsemestre>`` elements, every key an
    attribute.

    Replaced by `/ScoDoc/api/formsemestre/{formsemestre_id}`.

    Args:
        dept (str):
        formsemestre_id (int | Unset):
        formation_id (int | Unset):
        etape_apo (str | Unset):
        body (LegacyXmLgetFormsemestresPostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | str]
    """

    kwargs = _get_kwargs(
        dept=dept,
        body=body,
        formsemestre_id=formsemestre_id,
        formation_id=formation_id,
        etape_apo=etape_apo,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dept: str,
    *,
    client: AuthenticatedClient | Client,
    body: LegacyXmLgetFormsemestresPostBody | Unset = UNSET,
    formsemestre_id: int | Unset = UNSET,
    formation_id: int | Unset = UNSET,
    etape_apo: str | Unset = UNSET,
) -> Any | ErrorBody | str | None:
    """Notes/XMLgetFormsemestres (ScoDoc 7, deprecated)

     ScoDoc 6 variant: ``<formsemestrelist>`` of empty ``<formsemestre>`` elements, every key an
    attribute.

    Replaced by `/ScoDoc/api/formsemestre/{formsemestre_id}`.

    Args:
        dept (str):
        formsemestre_id (int | Unset):
        formation_id (int | Unset):
        etape_apo (str | Unset):
        body (LegacyXmLgetFormsemestresPostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | str
    """

    return sync_detailed(
        dept=dept,
        client=client,
        body=body,
        formsemestre_id=formsemestre_id,
        formation_id=formation_id,
        etape_apo=etape_apo,
    ).parsed


async def asyncio_detailed(
    dept: str,
    *,
    client: AuthenticatedClient | Client,
    body: LegacyXmLgetFormsemestresPostBody | Unset = UNSET,
    formsemestre_id: int | Unset = UNSET,
    formation_id: int | Unset = UNSET,
    etape_apo: str | Unset = UNSET,
) -> Response[Any | ErrorBody | str]:
    """Notes/XMLgetFormsemestres (ScoDoc 7, deprecated)

     ScoDoc 6 variant: ``<formsemestrelist>`` of empty ``<formsemestre>`` elements, every key an
    attribute.

    Replaced by `/ScoDoc/api/formsemestre/{formsemestre_id}`.

    Args:
        dept (str):
        formsemestre_id (int | Unset):
        formation_id (int | Unset):
        etape_apo (str | Unset):
        body (LegacyXmLgetFormsemestresPostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | str]
    """

    kwargs = _get_kwargs(
        dept=dept,
        body=body,
        formsemestre_id=formsemestre_id,
        formation_id=formation_id,
        etape_apo=etape_apo,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dept: str,
    *,
    client: AuthenticatedClient | Client,
    body: LegacyXmLgetFormsemestresPostBody | Unset = UNSET,
    formsemestre_id: int | Unset = UNSET,
    formation_id: int | Unset = UNSET,
    etape_apo: str | Unset = UNSET,
) -> Any | ErrorBody | str | None:
    """Notes/XMLgetFormsemestres (ScoDoc 7, deprecated)

     ScoDoc 6 variant: ``<formsemestrelist>`` of empty ``<formsemestre>`` elements, every key an
    attribute.

    Replaced by `/ScoDoc/api/formsemestre/{formsemestre_id}`.

    Args:
        dept (str):
        formsemestre_id (int | Unset):
        formation_id (int | Unset):
        etape_apo (str | Unset):
        body (LegacyXmLgetFormsemestresPostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | str
    """

    return (
        await asyncio_detailed(
            dept=dept,
            client=client,
            body=body,
            formsemestre_id=formsemestre_id,
            formation_id=formation_id,
            etape_apo=etape_apo,
        )
    ).parsed
