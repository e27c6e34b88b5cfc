from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.form_semestre_read import FormSemestreRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    nip: None | str | Unset = UNSET,
    ine: None | str | Unset = UNSET,
    etudid: int | None | Unset = UNSET,
    annee_scolaire: int | None | Unset = UNSET,
    formation_id: int | None | Unset = UNSET,
    dept_acronym: None | str | Unset = UNSET,
    dept_id: int | None | Unset = UNSET,
    etape_apo: None | str | Unset = UNSET,
    etat: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_nip: None | str | Unset
    if isinstance(nip, Unset):
        json_nip = UNSET
    else:
        json_nip = nip
    params["nip"] = json_nip

    json_ine: None | str | Unset
    if isinstance(ine, Unset):
        json_ine = UNSET
    else:
        json_ine = ine
    params["ine"] = json_ine

    json_etudid: int | None | Unset
    if isinstance(etudid, Unset):
        json_etudid = UNSET
    else:
        json_etudid = etudid
    params["etudid"] = json_etudid

    json_annee_scolaire: int | None | Unset
    if isinstance(annee_scolaire, Unset):
        json_annee_scolaire = UNSET
    else:
        json_annee_scolaire = annee_scolaire
    params["annee_scolaire"] = json_annee_scolaire

    json_formation_id: int | None | Unset
    if isinstance(formation_id, Unset):
        json_formation_id = UNSET
    else:
        json_formation_id = formation_id
    params["formation_id"] = json_formation_id

    json_dept_acronym: None | str | Unset
    if isinstance(dept_acronym, Unset):
        json_dept_acronym = UNSET
    else:
        json_dept_acronym = dept_acronym
    params["dept_acronym"] = json_dept_acronym

    json_dept_id: int | None | Unset
    if isinstance(dept_id, Unset):
        json_dept_id = UNSET
    else:
        json_dept_id = dept_id
    params["dept_id"] = json_dept_id

    json_etape_apo: None | str | Unset
    if isinstance(etape_apo, Unset):
        json_etape_apo = UNSET
    else:
        json_etape_apo = etape_apo
    params["etape_apo"] = json_etape_apo

    json_etat: None | str | Unset
    if isinstance(etat, Unset):
        json_etat = UNSET
    else:
        json_etat = etat
    params["etat"] = json_etat

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/formsemestres/query",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[FormSemestreRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FormSemestreRead.from_dict(response_200_item_data)

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
) -> Response[ErrorBody | list[FormSemestreRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    nip: None | str | Unset = UNSET,
    ine: None | str | Unset = UNSET,
    etudid: int | None | Unset = UNSET,
    annee_scolaire: int | None | Unset = UNSET,
    formation_id: int | None | Unset = UNSET,
    dept_acronym: None | str | Unset = UNSET,
    dept_id: int | None | Unset = UNSET,
    etape_apo: None | str | Unset = UNSET,
    etat: None | str | Unset = UNSET,
) -> Response[ErrorBody | list[FormSemestreRead]]:
    """Query Formsemestres

     Semesters matching the filters; with ``nip`` every department the caller may view is searched.

    Args:
        nip (None | str | Unset):
        ine (None | str | Unset):
        etudid (int | None | Unset):
        annee_scolaire (int | None | Unset):
        formation_id (int | None | Unset):
        dept_acronym (None | str | Unset):
        dept_id (int | None | Unset):
        etape_apo (None | str | Unset):
        etat (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[FormSemestreRead]]
    """

    kwargs = _get_kwargs(
        nip=nip,
        ine=ine,
        etudid=etudid,
        annee_scolaire=annee_scolaire,
        formation_id=formation_id,
        dept_acronym=dept_acronym,
        dept_id=dept_id,
        etape_apo=etape_apo,
        etat=etat,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    nip: None | str | Unset = UNSET,
    ine: None | str | Unset = UNSET,
    etudid: int | None | Unset = UNSET,
    annee_scolaire: int | None | Unset = UNSET,
    formation_id: int | None | Unset = UNSET,
    dept_acronym: None | str | Unset = UNSET,
    dept_id: int | None | Unset = UNSET,
    etape_apo: None | str | Unset = UNSET,
    etat: None | str | Unset = UNSET,
) -> ErrorBody | list[FormSemestreRead] | None:
    """Query Formsemestres

     Semesters matching the filters; with ``nip`` every department the caller may view is searched.

    Args:
        nip (None | str | Unset):
        ine (None | str | Unset):
        etudid (int | None | Unset):
        annee_scolaire (int | None | Unset):
        formation_id (int | None | Unset):
        dept_acronym (None | str | Unset):
        dept_id (int | None | Unset):
        etape_apo (None | str | Unset):
        etat (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[FormSemestreRead]
    """

    return sync_detailed(
        client=client,
        nip=nip,
        ine=ine,
        etudid=etudid,
        annee_scolaire=annee_scolaire,
        formation_id=formation_id,
        dept_acronym=dept_acronym,
        dept_id=dept_id,
        etape_apo=etape_apo,
        etat=etat,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    nip: None | str | Unset = UNSET,
    ine: None | str | Unset = UNSET,
    etudid: int | None | Unset = UNSET,
    annee_scolaire: int | None | Unset = UNSET,
    formation_id: int | None | Unset = UNSET,
    dept_acronym: None | str | Unset = UNSET,
    dept_id: int | None | Unset = UNSET,
    etape_apo: None | str | Unset = UNSET,
    etat: None | str | Unset = UNSET,
) -> Response[ErrorBody | list[FormSemestreRead]]:
    """Query Formsemestres

     Semesters matching the filters; with ``nip`` every department the caller may view is searched.

    Args:
        nip (None | str | Unset):
        ine (None | str | Unset):
        etudid (int | None | Unset):
        annee_scolaire (int | None | Unset):
        formation_id (int | None | Unset):
        dept_acronym (None | str | Unset):
        dept_id (int | None | Unset):
        etape_apo (None | str | Unset):
        etat (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[FormSemestreRead]]
    """

    kwargs = _get_kwargs(
        nip=nip,
        ine=ine,
        etudid=etudid,
        annee_scolaire=annee_scolaire,
        formation_id=formation_id,
        dept_acronym=dept_acronym,
        dept_id=dept_id,
        etape_apo=etape_apo,
        etat=etat,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    nip: None | str | Unset = UNSET,
    ine: None | str | Unset = UNSET,
    etudid: int | None | Unset = UNSET,
    annee_scolaire: int | None | Unset = UNSET,
    formation_id: int | None | Unset = UNSET,
    dept_acronym: None | str | Unset = UNSET,
    dept_id: int | None | Unset = UNSET,
    etape_apo: None | str | Unset = UNSET,
    etat: None | str | Unset = UNSET,
) -> ErrorBody | list[FormSemestreRead] | None:
    """Query Formsemestres

     Semesters matching the filters; with ``nip`` every department the caller may view is searched.

    Args:
        nip (None | str | Unset):
        ine (None | str | Unset):
        etudid (int | None | Unset):
        annee_scolaire (int | None | Unset):
        formation_id (int | None | Unset):
        dept_acronym (None | str | Unset):
        dept_id (int | None | Unset):
        etape_apo (None | str | Unset):
        etat (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[FormSemestreRead]
    """

    return (
        await asyncio_detailed(
            client=client,
            nip=nip,
            ine=ine,
            etudid=etudid,
            annee_scolaire=annee_scolaire,
            formation_id=formation_id,
            dept_acronym=dept_acronym,
            dept_id=dept_id,
            etape_apo=etape_apo,
            etat=etat,
        )
    ).parsed
