from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.form_semestre_read import FormSemestreRead
from ...models.get_formsemestre_format import GetFormsemestreFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    formsemestre_id: int,
    *,
    format_: GetFormsemestreFormat | Unset = GetFormsemestreFormat.JSON,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/formsemestre/{formsemestre_id}".format(
            formsemestre_id=quote(str(formsemestre_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | FormSemestreRead | None:
    if response.status_code == 200:
        response_200 = FormSemestreRead.from_dict(response.json())

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
) -> Response[ErrorBody | FormSemestreRead]:
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
    format_: GetFormsemestreFormat | Unset = GetFormsemestreFormat.JSON,
) -> Response[ErrorBody | FormSemestreRead]:
    """Get Formsemestre

     One semester: ids, dates (``DD/MM/YYYY`` and ISO), titles, ``session_id``, Apogée steps, heads.

    Args:
        formsemestre_id (int):
        format_ (GetFormsemestreFormat | Unset):  Default: GetFormsemestreFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | FormSemestreRead]
    """

    kwargs = _get_kwargs(
        formsemestre_id=formsemestre_id,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    formsemestre_id: int,
    *,
    client: AuthenticatedClient | Client,
    format_: GetFormsemestreFormat | Unset = GetFormsemestreFormat.JSON,
) -> ErrorBody | FormSemestreRead | None:
    """Get Formsemestre

     One semester: ids, dates (``DD/MM/YYYY`` and ISO), titles, ``session_id``, Apogée steps, heads.

    Args:
        formsemestre_id (int):
        format_ (GetFormsemestreFormat | Unset):  Default: GetFormsemestreFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | FormSemestreRead
    """

    return sync_detailed(
        formsemestre_id=formsemestre_id,
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    formsemestre_id: int,
    *,
    client: AuthenticatedClient | Client,
    format_: GetFormsemestreFormat | Unset = GetFormsemestreFormat.JSON,
) -> Response[ErrorBody | FormSemestreRead]:
    """Get Formsemestre

     One semester: ids, dates (``DD/MM/YYYY`` and ISO), titles, ``session_id``, Apogée steps, heads.

    Args:
        formsemestre_id (int):
        format_ (GetFormsemestreFormat | Unset):  Default: GetFormsemestreFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | FormSemestreRead]
    """

    kwargs = _get_kwargs(
        formsemestre_id=formsemestre_id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    formsemestre_id: int,
    *,
    client: AuthenticatedClient | Client,
    format_: GetFormsemestreFormat | Unset = GetFormsemestreFormat.JSON,
) -> ErrorBody | FormSemestreRead | None:
    """Get Formsemestre

     One semester: ids, dates (``DD/MM/YYYY`` and ISO), titles, ``session_id``, Apogée steps, heads.

    Args:
        formsemestre_id (int):
        format_ (GetFormsemestreFormat | Unset):  Default: GetFormsemestreFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | FormSemestreRead
    """

    return (
        await asyncio_detailed(
            formsemestre_id=formsemestre_id,
            client=client,
            format_=format_,
        )
    ).parsed
