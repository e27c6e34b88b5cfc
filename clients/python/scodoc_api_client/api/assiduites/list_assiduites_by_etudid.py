import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assiduite_read import AssiduiteRead
from ...models.error_body import ErrorBody
from ...models.list_assiduites_by_etudid_date_debut_type_2 import ListAssiduitesByEtudidDateDebutType2
from ...models.list_assiduites_by_etudid_date_fin_type_2 import ListAssiduitesByEtudidDateFinType2
from ...types import UNSET, Response, Unset


def _get_kwargs(
    etudid: int,
    *,
    formsemestre_id: int | None | Unset = UNSET,
    moduleimpl_id: None | str | Unset = UNSET,
    etat: None | str | Unset = UNSET,
    date_debut: datetime.date | datetime.datetime | ListAssiduitesByEtudidDateDebutType2 | Unset = UNSET,
    date_fin: datetime.date | datetime.datetime | ListAssiduitesByEtudidDateFinType2 | Unset = UNSET,
    est_just: bool | None | Unset = UNSET,
    user_id: int | None | Unset = UNSET,
    with_justifs: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_formsemestre_id: int | None | Unset
    if isinstance(formsemestre_id, Unset):
        json_formsemestre_id = UNSET
    else:
        json_formsemestre_id = formsemestre_id
    params["formsemestre_id"] = json_formsemestre_id

    json_moduleimpl_id: None | str | Unset
    if isinstance(moduleimpl_id, Unset):
        json_moduleimpl_id = UNSET
    else:
        json_moduleimpl_id = moduleimpl_id
    params["moduleimpl_id"] = json_moduleimpl_id

    json_etat: None | str | Unset
    if isinstance(etat, Unset):
        json_etat = UNSET
    else:
        json_etat = etat
    params["etat"] = json_etat

    json_date_debut: str | Unset
    if isinstance(date_debut, Unset):
        json_date_debut = UNSET
    elif isinstance(date_debut, datetime.datetime):
        json_date_debut = date_debut.isoformat()
    elif isinstance(date_debut, datetime.date):
        json_date_debut = date_debut.isoformat()
    else:
        json_date_debut = date_debut.value

    params["date_debut"] = json_date_debut

    json_date_fin: str | Unset
    if isinstance(date_fin, Unset):
        json_date_fin = UNSET
    elif isinstance(date_fin, datetime.datetime):
        json_date_fin = date_fin.isoformat()
    elif isinstance(date_fin, datetime.date):
        json_date_fin = date_fin.isoformat()
    else:
        json_date_fin = date_fin.value

    params["date_fin"] = json_date_fin

    json_est_just: bool | None | Unset
    if isinstance(est_just, Unset):
        json_est_just = UNSET
    else:
        json_est_just = est_just
    params["est_just"] = json_est_just

    json_user_id: int | None | Unset
    if isinstance(user_id, Unset):
        json_user_id = UNSET
    else:
        json_user_id = user_id
    params["user_id"] = json_user_id

    params["with_justifs"] = with_justifs

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/assiduites/{etudid}".format(
            etudid=quote(str(etudid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[AssiduiteRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AssiduiteRead.from_dict(response_200_item_data)

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
) -> Response[ErrorBody | list[AssiduiteRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    etudid: int,
    *,
    client: AuthenticatedClient | Client,
    formsemestre_id: int | None | Unset = UNSET,
    moduleimpl_id: None | str | Unset = UNSET,
    etat: None | str | Unset = UNSET,
    date_debut: datetime.date | datetime.datetime | ListAssiduitesByEtudidDateDebutType2 | Unset = UNSET,
    date_fin: datetime.date | datetime.datetime | ListAssiduitesByEtudidDateFinType2 | Unset = UNSET,
    est_just: bool | None | Unset = UNSET,
    user_id: int | None | Unset = UNSET,
    with_justifs: bool | Unset = False,
) -> Response[ErrorBody | list[AssiduiteRead]]:
    """List Assiduites By Etudid

     A student's assiduités, named by etudid.

    Args:
        etudid (int):
        formsemestre_id (int | None | Unset): records in this semester's dates
        moduleimpl_id (None | str | Unset): a moduleimpl id; empty: no module
        etat (None | str | Unset): comma list, any case
        date_debut (datetime.date | datetime.datetime | ListAssiduitesByEtudidDateDebutType2 |
            Unset): ISO; records ending after it
        date_fin (datetime.date | datetime.datetime | ListAssiduitesByEtudidDateFinType2 | Unset):
            ISO; records starting before it (a date: that day included)
        est_just (bool | None | Unset): justified or not
        user_id (int | None | Unset): entered by this user
        with_justifs (bool | Unset): adds justificatifs[] to each record Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[AssiduiteRead]]
    """

    kwargs = _get_kwargs(
        etudid=etudid,
        formsemestre_id=formsemestre_id,
        moduleimpl_id=moduleimpl_id,
        etat=etat,
        date_debut=date_debut,
        date_fin=date_fin,
        est_just=est_just,
        user_id=user_id,
        with_justifs=with_justifs,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    etudid: int,
    *,
    client: AuthenticatedClient | Client,
    formsemestre_id: int | None | Unset = UNSET,
    moduleimpl_id: None | str | Unset = UNSET,
    etat: None | str | Unset = UNSET,
    date_debut: datetime.date | datetime.datetime | ListAssiduitesByEtudidDateDebutType2 | Unset = UNSET,
    date_fin: datetime.date | datetime.datetime | ListAssiduitesByEtudidDateFinType2 | Unset = UNSET,
    est_just: bool | None | Unset = UNSET,
    user_id: int | None | Unset = UNSET,
    with_justifs: bool | Unset = False,
) -> ErrorBody | list[AssiduiteRead] | None:
    """List Assiduites By Etudid

     A student's assiduités, named by etudid.

    Args:
        etudid (int):
        formsemestre_id (int | None | Unset): records in this semester's dates
        moduleimpl_id (None | str | Unset): a moduleimpl id; empty: no module
        etat (None | str | Unset): comma list, any case
        date_debut (datetime.date | datetime.datetime | ListAssiduitesByEtudidDateDebutType2 |
            Unset): ISO; records ending after it
        date_fin (datetime.date | datetime.datetime | ListAssiduitesByEtudidDateFinType2 | Unset):
            ISO; records starting before it (a date: that day included)
        est_just (bool | None | Unset): justified or not
        user_id (int | None | Unset): entered by this user
        with_justifs (bool | Unset): adds justificatifs[] to each record Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[AssiduiteRead]
    """

    return sync_detailed(
        etudid=etudid,
        client=client,
        formsemestre_id=formsemestre_id,
        moduleimpl_id=moduleimpl_id,
        etat=etat,
        date_debut=date_debut,
        date_fin=date_fin,
        est_just=est_just,
        user_id=user_id,
        with_justifs=with_justifs,
    ).parsed


async def asyncio_detailed(
    etudid: int,
    *,
    client: AuthenticatedClient | Client,
    formsemestre_id: int | None | Unset = UNSET,
    moduleimpl_id: None | str | Unset = UNSET,
    etat: None | str | Unset = UNSET,
    date_debut: datetime.date | datetime.datetime | ListAssiduitesByEtudidDateDebutType2 | Unset = UNSET,
    date_fin: datetime.date | datetime.datetime | ListAssiduitesByEtudidDateFinType2 | Unset = UNSET,
    est_just: bool | None | Unset = UNSET,
    user_id: int | None | Unset = UNSET,
    with_justifs: bool | Unset = False,
) -> Response[ErrorBody | list[AssiduiteRead]]:
    """List Assiduites By Etudid

     A student's assiduités, named by etudid.

    Args:
        etudid (int):
        formsemestre_id (int | None | Unset): records in this semester's dates
        moduleimpl_id (None | str | Unset): a moduleimpl id; empty: no module
        etat (None | str | Unset): comma list, any case
        date_debut (datetime.date | datetime.datetime | ListAssiduitesByEtudidDateDebutType2 |
            Unset): ISO; records ending after it
        date_fin (datetime.date | datetime.datetime | ListAssiduitesByEtudidDateFinType2 | Unset):
            ISO; records starting before it (a date: that day included)
        est_just (bool | None | Unset): justified or not
        user_id (int | None | Unset): entered by this user
        with_justifs (bool | Unset): adds justificatifs[] to each record Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[AssiduiteRead]]
    """

    kwargs = _get_kwargs(
        etudid=etudid,
        formsemestre_id=formsemestre_id,
        moduleimpl_id=moduleimpl_id,
        etat=etat,
        date_debut=date_debut,
        date_fin=date_fin,
        est_just=est_just,
        user_id=user_id,
        with_justifs=with_justifs,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    etudid: int,
    *,
    client: AuthenticatedClient | Client,
    formsemestre_id: int | None | Unset = UNSET,
    moduleimpl_id: None | str | Unset = UNSET,
    etat: None | str | Unset = UNSET,
    date_debut: datetime.date | datetime.datetime | ListAssiduitesByEtudidDateDebutType2 | Unset = UNSET,
    date_fin: datetime.date | datetime.datetime | ListAssiduitesByEtudidDateFinType2 | Unset = UNSET,
    est_just: bool | None | Unset = UNSET,
    user_id: int | None | Unset = UNSET,
    with_justifs: bool | Unset = False,
) -> ErrorBody | list[AssiduiteRead] | None:
    """List Assiduites By Etudid

     A student's assiduités, named by etudid.

    Args:
        etudid (int):
        formsemestre_id (int | None | Unset): records in this semester's dates
        moduleimpl_id (None | str | Unset): a moduleimpl id; empty: no module
        etat (None | str | Unset): comma list, any case
        date_debut (datetime.date | datetime.datetime | ListAssiduitesByEtudidDateDebutType2 |
            Unset): ISO; records ending after it
        date_fin (datetime.date | datetime.datetime | ListAssiduitesByEtudidDateFinType2 | Unset):
            ISO; records starting before it (a date: that day included)
        est_just (bool | None | Unset): justified or not
        user_id (int | None | Unset): entered by this user
        with_justifs (bool | Unset): adds justificatifs[] to each record Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[AssiduiteRead]
    """

    return (
        await asyncio_detailed(
            etudid=etudid,
            client=client,
            formsemestre_id=formsemestre_id,
            moduleimpl_id=moduleimpl_id,
            etat=etat,
            date_debut=date_debut,
            date_fin=date_fin,
            est_just=est_just,
            user_id=user_id,
            with_justifs=with_justifs,
        )
    ).parsed
