from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.but_bulletin import ButBulletin
from ...models.classic_bulletin import ClassicBulletin
from ...models.error_body import ErrorBody
from ...models.list_formsemestre_bulletins_version_version import ListFormsemestreBulletinsVersionVersion
from ...types import Response


def _get_kwargs(
    formsemestre_id: int,
    version: ListFormsemestreBulletinsVersionVersion,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/formsemestre/{formsemestre_id}/bulletins/{version}".format(
            formsemestre_id=quote(str(formsemestre_id), safe=""),
            version=quote(str(version), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[ButBulletin | ClassicBulletin] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:

            def _parse_response_200_item(data: object) -> ButBulletin | ClassicBulletin:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_200_item_type_0 = ClassicBulletin.from_dict(data)

                    return response_200_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_item_type_1 = ButBulletin.from_dict(data)

                return response_200_item_type_1

            response_200_item = _parse_response_200_item(response_200_item_data)

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

    if response.status_code == 409:
        response_409 = ErrorBody.from_dict(response.json())

        return response_409

    if response.status_code == 503:
        response_503 = ErrorBody.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | list[ButBulletin | ClassicBulletin]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    formsemestre_id: int,
    version: ListFormsemestreBulletinsVersionVersion,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | list[ButBulletin | ClassicBulletin]]:
    """List Formsemestre Bulletins Version

     Every bulletin of the semester in a version, streamed.

    Args:
        formsemestre_id (int):
        version (ListFormsemestreBulletinsVersionVersion):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[ButBulletin | ClassicBulletin]]
    """

    kwargs = _get_kwargs(
        formsemestre_id=formsemestre_id,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    formsemestre_id: int,
    version: ListFormsemestreBulletinsVersionVersion,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | list[ButBulletin | ClassicBulletin] | None:
    """List Formsemestre Bulletins Version

     Every bulletin of the semester in a version, streamed.

    Args:
        formsemestre_id (int):
        version (ListFormsemestreBulletinsVersionVersion):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[ButBulletin | ClassicBulletin]
    """

    return sync_detailed(
        formsemestre_id=formsemestre_id,
        version=version,
        client=client,
    ).parsed


async def asyncio_detailed(
    formsemestre_id: int,
    version: ListFormsemestreBulletinsVersionVersion,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | list[ButBulletin | ClassicBulletin]]:
    """List Formsemestre Bulletins Version

     Every bulletin of the semester in a version, streamed.

    Args:
        formsemestre_id (int):
        version (ListFormsemestreBulletinsVersionVersion):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[ButBulletin | ClassicBulletin]]
    """

    kwargs = _get_kwargs(
        formsemestre_id=formsemestre_id,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    formsemestre_id: int,
    version: ListFormsemestreBulletinsVersionVersion,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | list[ButBulletin | ClassicBulletin] | None:
    """List Formsemestre Bulletins Version

     Every bulletin of the semester in a version, streamed.

    Args:
        formsemestre_id (int):
        version (ListFormsemestreBulletinsVersionVersion):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[ButBulletin | ClassicBulletin]
    """

    return (
        await asyncio_detailed(
            formsemestre_id=formsemestre_id,
            version=version,
            client=client,
        )
    ).parsed
