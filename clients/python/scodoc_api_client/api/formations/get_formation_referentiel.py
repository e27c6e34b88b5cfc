from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.referentiel_out import ReferentielOut
from ...types import Response


def _get_kwargs(
    formation_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/formation/{formation_id}/referentiel_competences".format(
            formation_id=quote(str(formation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | None | ReferentielOut | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> None | ReferentielOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ReferentielOut.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReferentielOut, data)

        response_200 = _parse_response_200(response.json())

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
) -> Response[ErrorBody | None | ReferentielOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    formation_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | None | ReferentielOut]:
    """Get Formation Referentiel

     The BUT competence framework of the formation, in the shape of ScoDoc's export (compétences with
    their
    niveaux and apprentissages critiques, parcours with their years); ``null`` for a formation without
    one
    (classic formations); 404 for an unknown formation.

    Args:
        formation_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | None | ReferentielOut]
    """

    kwargs = _get_kwargs(
        formation_id=formation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    formation_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | None | ReferentielOut | None:
    """Get Formation Referentiel

     The BUT competence framework of the formation, in the shape of ScoDoc's export (compétences with
    their
    niveaux and apprentissages critiques, parcours with their years); ``null`` for a formation without
    one
    (classic formations); 404 for an unknown formation.

    Args:
        formation_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | None | ReferentielOut
    """

    return sync_detailed(
        formation_id=formation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    formation_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | None | ReferentielOut]:
    """Get Formation Referentiel

     The BUT competence framework of the formation, in the shape of ScoDoc's export (compétences with
    their
    niveaux and apprentissages critiques, parcours with their years); ``null`` for a formation without
    one
    (classic formations); 404 for an unknown formation.

    Args:
        formation_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | None | ReferentielOut]
    """

    kwargs = _get_kwargs(
        formation_id=formation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    formation_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | None | ReferentielOut | None:
    """Get Formation Referentiel

     The BUT competence framework of the formation, in the shape of ScoDoc's export (compétences with
    their
    niveaux and apprentissages critiques, parcours with their years); ``null`` for a formation without
    one
    (classic formations); 404 for an unknown formation.

    Args:
        formation_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | None | ReferentielOut
    """

    return (
        await asyncio_detailed(
            formation_id=formation_id,
            client=client,
        )
    ).parsed
