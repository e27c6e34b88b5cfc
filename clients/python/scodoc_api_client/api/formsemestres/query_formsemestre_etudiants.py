from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.etudiant_read import EtudiantRead
from ...models.query_formsemestre_etudiants_etat_type_0 import QueryFormsemestreEtudiantsEtatType0
from ...types import UNSET, Response, Unset


def _get_kwargs(
    formsemestre_id: int,
    *,
    etat: None | QueryFormsemestreEtudiantsEtatType0 | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_etat: None | str | Unset
    if isinstance(etat, Unset):
        json_etat = UNSET
    elif isinstance(etat, QueryFormsemestreEtudiantsEtatType0):
        json_etat = etat.value
    else:
        json_etat = etat
    params["etat"] = json_etat

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/formsemestre/{formsemestre_id}/etudiants/query".format(
            formsemestre_id=quote(str(formsemestre_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[EtudiantRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = EtudiantRead.from_dict(response_200_item_data)

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

    if response.status_code == 503:
        response_503 = ErrorBody.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | list[EtudiantRead]]:
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
    etat: None | QueryFormsemestreEtudiantsEtatType0 | Unset = UNSET,
) -> Response[ErrorBody | list[EtudiantRead]]:
    """Query Formsemestre Etudiants

     Students of the semester in one registration state.

    Args:
        formsemestre_id (int):
        etat (None | QueryFormsemestreEtudiantsEtatType0 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[EtudiantRead]]
    """

    kwargs = _get_kwargs(
        formsemestre_id=formsemestre_id,
        etat=etat,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    formsemestre_id: int,
    *,
    client: AuthenticatedClient | Client,
    etat: None | QueryFormsemestreEtudiantsEtatType0 | Unset = UNSET,
) -> ErrorBody | list[EtudiantRead] | None:
    """Query Formsemestre Etudiants

     Students of the semester in one registration state.

    Args:
        formsemestre_id (int):
        etat (None | QueryFormsemestreEtudiantsEtatType0 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[EtudiantRead]
    """

    return sync_detailed(
        formsemestre_id=formsemestre_id,
        client=client,
        etat=etat,
    ).parsed


async def asyncio_detailed(
    formsemestre_id: int,
    *,
    client: AuthenticatedClient | Client,
    etat: None | QueryFormsemestreEtudiantsEtatType0 | Unset = UNSET,
) -> Response[ErrorBody | list[EtudiantRead]]:
    """Query Formsemestre Etudiants

     Students of the semester in one registration state.

    Args:
        formsemestre_id (int):
        etat (None | QueryFormsemestreEtudiantsEtatType0 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[EtudiantRead]]
    """

    kwargs = _get_kwargs(
        formsemestre_id=formsemestre_id,
        etat=etat,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    formsemestre_id: int,
    *,
    client: AuthenticatedClient | Client,
    etat: None | QueryFormsemestreEtudiantsEtatType0 | Unset = UNSET,
) -> ErrorBody | list[EtudiantRead] | None:
    """Query Formsemestre Etudiants

     Students of the semester in one registration state.

    Args:
        formsemestre_id (int):
        etat (None | QueryFormsemestreEtudiantsEtatType0 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[EtudiantRead]
    """

    return (
        await asyncio_detailed(
            formsemestre_id=formsemestre_id,
            client=client,
            etat=etat,
        )
    ).parsed
