from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.but_bulletin import ButBulletin
from ...models.classic_bulletin import ClassicBulletin
from ...models.error_body import ErrorBody
from ...models.get_etudiant_bulletin_kind import GetEtudiantBulletinKind
from ...types import Response


def _get_kwargs(
    kind: GetEtudiantBulletinKind,
    value: str,
    formsemestre_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/etudiant/{kind}/{value}/formsemestre/{formsemestre_id}/bulletin".format(
            kind=quote(str(kind), safe=""),
            value=quote(str(value), safe=""),
            formsemestre_id=quote(str(formsemestre_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ButBulletin | ClassicBulletin | ErrorBody | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ButBulletin | ClassicBulletin:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ClassicBulletin.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ButBulletin.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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
) -> Response[Any | ButBulletin | ClassicBulletin | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    kind: GetEtudiantBulletinKind,
    value: str,
    formsemestre_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ButBulletin | ClassicBulletin | ErrorBody]:
    """Get Etudiant Bulletin

     The student's bulletin: for a BUT semester the BUT bulletin of modern-api §6 (``type: "BUT"``); for
    a
    classic one bulletins.md numbers with plain texts and ``publie`` a boolean.

    Args:
        kind (GetEtudiantBulletinKind): how the student is named
        value (str):
        formsemestre_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ButBulletin | ClassicBulletin | ErrorBody]
    """

    kwargs = _get_kwargs(
        kind=kind,
        value=value,
        formsemestre_id=formsemestre_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    kind: GetEtudiantBulletinKind,
    value: str,
    formsemestre_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ButBulletin | ClassicBulletin | ErrorBody | None:
    """Get Etudiant Bulletin

     The student's bulletin: for a BUT semester the BUT bulletin of modern-api §6 (``type: "BUT"``); for
    a
    classic one bulletins.md numbers with plain texts and ``publie`` a boolean.

    Args:
        kind (GetEtudiantBulletinKind): how the student is named
        value (str):
        formsemestre_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ButBulletin | ClassicBulletin | ErrorBody
    """

    return sync_detailed(
        kind=kind,
        value=value,
        formsemestre_id=formsemestre_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    kind: GetEtudiantBulletinKind,
    value: str,
    formsemestre_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ButBulletin | ClassicBulletin | ErrorBody]:
    """Get Etudiant Bulletin

     The student's bulletin: for a BUT semester the BUT bulletin of modern-api §6 (``type: "BUT"``); for
    a
    classic one bulletins.md numbers with plain texts and ``publie`` a boolean.

    Args:
        kind (GetEtudiantBulletinKind): how the student is named
        value (str):
        formsemestre_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ButBulletin | ClassicBulletin | ErrorBody]
    """

    kwargs = _get_kwargs(
        kind=kind,
        value=value,
        formsemestre_id=formsemestre_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    kind: GetEtudiantBulletinKind,
    value: str,
    formsemestre_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ButBulletin | ClassicBulletin | ErrorBody | None:
    """Get Etudiant Bulletin

     The student's bulletin: for a BUT semester the BUT bulletin of modern-api §6 (``type: "BUT"``); for
    a
    classic one bulletins.md numbers with plain texts and ``publie`` a boolean.

    Args:
        kind (GetEtudiantBulletinKind): how the student is named
        value (str):
        formsemestre_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ButBulletin | ClassicBulletin | ErrorBody
    """

    return (
        await asyncio_detailed(
            kind=kind,
            value=value,
            formsemestre_id=formsemestre_id,
            client=client,
        )
    ).parsed
