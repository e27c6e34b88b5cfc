import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.legacy_add_billet_absence_post_body import LegacyAddBilletAbsencePostBody
from ...models.legacy_add_billet_absence_post_justified import LegacyAddBilletAbsencePostJustified
from ...models.legacy_add_billet_absence_post_xml_reply import LegacyAddBilletAbsencePostXmlReply
from ...models.legacy_billet import LegacyBillet
from ...types import UNSET, Response, Unset


def _get_kwargs(
    dept: str,
    *,
    body: LegacyAddBilletAbsencePostBody | Unset = UNSET,
    etudid: str,
    code_nip: str | Unset = UNSET,
    code_ine: str | Unset = UNSET,
    begin: datetime.date | datetime.datetime,
    end: datetime.date | datetime.datetime,
    description: str | Unset = UNSET,
    justified: LegacyAddBilletAbsencePostJustified | Unset = UNSET,
    xml_reply: LegacyAddBilletAbsencePostXmlReply | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["etudid"] = etudid

    params["code_nip"] = code_nip

    params["code_ine"] = code_ine

    json_begin: str
    if isinstance(begin, datetime.datetime):
        json_begin = begin.isoformat()
    else:
        json_begin = begin.isoformat()

    params["begin"] = json_begin

    json_end: str
    if isinstance(end, datetime.datetime):
        json_end = end.isoformat()
    else:
        json_end = end.isoformat()

    params["end"] = json_end

    params["description"] = description

    json_justified: str | Unset = UNSET
    if not isinstance(justified, Unset):
        json_justified = justified.value

    params["justified"] = json_justified

    json_xml_reply: str | Unset = UNSET
    if not isinstance(xml_reply, Unset):
        json_xml_reply = xml_reply.value

    params["xml_reply"] = json_xml_reply

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ScoDoc/{dept}/Scolarite/Absences/AddBilletAbsence".format(
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
) -> Any | ErrorBody | list[LegacyBillet] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = LegacyBillet.from_dict(response_200_item_data)

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
) -> Response[Any | ErrorBody | list[LegacyBillet]]:
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
    body: LegacyAddBilletAbsencePostBody | Unset = UNSET,
    etudid: str,
    code_nip: str | Unset = UNSET,
    code_ine: str | Unset = UNSET,
    begin: datetime.date | datetime.datetime,
    end: datetime.date | datetime.datetime,
    description: str | Unset = UNSET,
    justified: LegacyAddBilletAbsencePostJustified | Unset = UNSET,
    xml_reply: LegacyAddBilletAbsencePostXmlReply | Unset = UNSET,
) -> Response[Any | ErrorBody | list[LegacyBillet]]:
    """Absences/AddBilletAbsence (ScoDoc 7, deprecated)

     Record a billet (ScoAbsAddBillet); XML table row by default, a JSON list with xml_reply=0.

    Replaced by `/ScoDoc/api/absences/billet/add`.

    Args:
        dept (str):
        etudid (str):
        code_nip (str | Unset):
        code_ine (str | Unset):
        begin (datetime.date | datetime.datetime):
        end (datetime.date | datetime.datetime):
        description (str | Unset):
        justified (LegacyAddBilletAbsencePostJustified | Unset):
        xml_reply (LegacyAddBilletAbsencePostXmlReply | Unset):
        body (LegacyAddBilletAbsencePostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | list[LegacyBillet]]
    """

    kwargs = _get_kwargs(
        dept=dept,
        body=body,
        etudid=etudid,
        code_nip=code_nip,
        code_ine=code_ine,
        begin=begin,
        end=end,
        description=description,
        justified=justified,
        xml_reply=xml_reply,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dept: str,
    *,
    client: AuthenticatedClient | Client,
    body: LegacyAddBilletAbsencePostBody | Unset = UNSET,
    etudid: str,
    code_nip: str | Unset = UNSET,
    code_ine: str | Unset = UNSET,
    begin: datetime.date | datetime.datetime,
    end: datetime.date | datetime.datetime,
    description: str | Unset = UNSET,
    justified: LegacyAddBilletAbsencePostJustified | Unset = UNSET,
    xml_reply: LegacyAddBilletAbsencePostXmlReply | Unset = UNSET,
) -> Any | ErrorBody | list[LegacyBillet] | None:
    """Absences/AddBilletAbsence (ScoDoc 7, deprecated)

     Record a billet (ScoAbsAddBillet); XML table row by default, a JSON list with xml_reply=0.

    Replaced by `/ScoDoc/api/absences/billet/add`.

    Args:
        dept (str):
        etudid (str):
        code_nip (str | Unset):
        code_ine (str | Unset):
        begin (datetime.date | datetime.datetime):
        end (datetime.date | datetime.datetime):
        description (str | Unset):
        justified (LegacyAddBilletAbsencePostJustified | Unset):
        xml_reply (LegacyAddBilletAbsencePostXmlReply | Unset):
        body (LegacyAddBilletAbsencePostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | list[LegacyBillet]
    """

    return sync_detailed(
        dept=dept,
        client=client,
        body=body,
        etudid=etudid,
        code_nip=code_nip,
        code_ine=code_ine,
        begin=begin,
        end=end,
        description=description,
        justified=justified,
        xml_reply=xml_reply,
    ).parsed


async def asyncio_detailed(
    dept: str,
    *,
    client: AuthenticatedClient | Client,
    body: LegacyAddBilletAbsencePostBody | Unset = UNSET,
    etudid: str,
    code_nip: str | Unset = UNSET,
    code_ine: str | Unset = UNSET,
    begin: datetime.date | datetime.datetime,
    end: datetime.date | datetime.datetime,
    description: str | Unset = UNSET,
    justified: LegacyAddBilletAbsencePostJustified | Unset = UNSET,
    xml_reply: LegacyAddBilletAbsencePostXmlReply | Unset = UNSET,
) -> Response[Any | ErrorBody | list[LegacyBillet]]:
    """Absences/AddBilletAbsence (ScoDoc 7, deprecated)

     Record a billet (ScoAbsAddBillet); XML table row by default, a JSON list with xml_reply=0.

    Replaced by `/ScoDoc/api/absences/billet/add`.

    Args:
        dept (str):
        etudid (str):
        code_nip (str | Unset):
        code_ine (str | Unset):
        begin (datetime.date | datetime.datetime):
        end (datetime.date | datetime.datetime):
        description (str | Unset):
        justified (LegacyAddBilletAbsencePostJustified | Unset):
        xml_reply (LegacyAddBilletAbsencePostXmlReply | Unset):
        body (LegacyAddBilletAbsencePostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | list[LegacyBillet]]
    """

    kwargs = _get_kwargs(
        dept=dept,
        body=body,
        etudid=etudid,
        code_nip=code_nip,
        code_ine=code_ine,
        begin=begin,
        end=end,
        description=description,
        justified=justified,
        xml_reply=xml_reply,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dept: str,
    *,
    client: AuthenticatedClient | Client,
    body: LegacyAddBilletAbsencePostBody | Unset = UNSET,
    etudid: str,
    code_nip: str | Unset = UNSET,
    code_ine: str | Unset = UNSET,
    begin: datetime.date | datetime.datetime,
    end: datetime.date | datetime.datetime,
    description: str | Unset = UNSET,
    justified: LegacyAddBilletAbsencePostJustified | Unset = UNSET,
    xml_reply: LegacyAddBilletAbsencePostXmlReply | Unset = UNSET,
) -> Any | ErrorBody | list[LegacyBillet] | None:
    """Absences/AddBilletAbsence (ScoDoc 7, deprecated)

     Record a billet (ScoAbsAddBillet); XML table row by default, a JSON list with xml_reply=0.

    Replaced by `/ScoDoc/api/absences/billet/add`.

    Args:
        dept (str):
        etudid (str):
        code_nip (str | Unset):
        code_ine (str | Unset):
        begin (datetime.date | datetime.datetime):
        end (datetime.date | datetime.datetime):
        description (str | Unset):
        justified (LegacyAddBilletAbsencePostJustified | Unset):
        xml_reply (LegacyAddBilletAbsencePostXmlReply | Unset):
        body (LegacyAddBilletAbsencePostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | list[LegacyBillet]
    """

    return (
        await asyncio_detailed(
            dept=dept,
            client=client,
            body=body,
            etudid=etudid,
            code_nip=code_nip,
            code_ine=code_ine,
            begin=begin,
            end=end,
            description=description,
            justified=justified,
            xml_reply=xml_reply,
        )
    ).parsed
