from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.classic_bulletin import ClassicBulletin
from ...models.error_body import ErrorBody
from ...models.legacy_formsemestre_bulletinetud_post_body import LegacyFormsemestreBulletinetudPostBody
from ...models.legacy_formsemestre_bulletinetud_post_force_publishing import (
    LegacyFormsemestreBulletinetudPostForcePublishing,
)
from ...models.legacy_formsemestre_bulletinetud_post_format import LegacyFormsemestreBulletinetudPostFormat
from ...models.legacy_formsemestre_bulletinetud_post_xml_with_decisions import (
    LegacyFormsemestreBulletinetudPostXmlWithDecisions,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    dept: str,
    *,
    body: LegacyFormsemestreBulletinetudPostBody | Unset = UNSET,
    formsemestre_id: int,
    etudid: str,
    code_nip: str | Unset = UNSET,
    code_ine: str | Unset = UNSET,
    format_: LegacyFormsemestreBulletinetudPostFormat,
    version: str | Unset = "long",
    xml_with_decisions: LegacyFormsemestreBulletinetudPostXmlWithDecisions | Unset = UNSET,
    force_publishing: LegacyFormsemestreBulletinetudPostForcePublishing | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["formsemestre_id"] = formsemestre_id

    params["etudid"] = etudid

    params["code_nip"] = code_nip

    params["code_ine"] = code_ine

    json_format_ = format_.value
    params["format"] = json_format_

    params["version"] = version

    json_xml_with_decisions: str | Unset = UNSET
    if not isinstance(xml_with_decisions, Unset):
        json_xml_with_decisions = xml_with_decisions.value

    params["xml_with_decisions"] = json_xml_with_decisions

    json_force_publishing: str | Unset = UNSET
    if not isinstance(force_publishing, Unset):
        json_force_publishing = force_publishing.value

    params["force_publishing"] = json_force_publishing

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ScoDoc/{dept}/Scolarite/Notes/formsemestre_bulletinetud".format(
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
) -> Any | ClassicBulletin | ErrorBody | None:
    if response.status_code == 200:
        response_200 = ClassicBulletin.from_dict(response.json())

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
) -> Response[Any | ClassicBulletin | ErrorBody]:
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
    body: LegacyFormsemestreBulletinetudPostBody | Unset = UNSET,
    formsemestre_id: int,
    etudid: str,
    code_nip: str | Unset = UNSET,
    code_ine: str | Unset = UNSET,
    format_: LegacyFormsemestreBulletinetudPostFormat,
    version: str | Unset = "long",
    xml_with_decisions: LegacyFormsemestreBulletinetudPostXmlWithDecisions | Unset = UNSET,
    force_publishing: LegacyFormsemestreBulletinetudPostForcePublishing | Unset = UNSET,
) -> Response[Any | ClassicBulletin | ErrorBody]:
    """Notes/formsemestre_bulletinetud (ScoDoc 7, deprecated)

     A student's bulletin (format=json, xml or pdf; version short, selectedevals or long).

    Replaced by `/ScoDoc/api/etud/{etudid}/bul/{formsemestre_id}`.

    Args:
        dept (str):
        formsemestre_id (int):
        etudid (str):
        code_nip (str | Unset):
        code_ine (str | Unset):
        format_ (LegacyFormsemestreBulletinetudPostFormat):
        version (str | Unset):  Default: 'long'.
        xml_with_decisions (LegacyFormsemestreBulletinetudPostXmlWithDecisions | Unset):
        force_publishing (LegacyFormsemestreBulletinetudPostForcePublishing | Unset):
        body (LegacyFormsemestreBulletinetudPostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ClassicBulletin | ErrorBody]
    """

    kwargs = _get_kwargs(
        dept=dept,
        body=body,
        formsemestre_id=formsemestre_id,
        etudid=etudid,
        code_nip=code_nip,
        code_ine=code_ine,
        format_=format_,
        version=version,
        xml_with_decisions=xml_with_decisions,
        force_publishing=force_publishing,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dept: str,
    *,
    client: AuthenticatedClient | Client,
    body: LegacyFormsemestreBulletinetudPostBody | Unset = UNSET,
    formsemestre_id: int,
    etudid: str,
    code_nip: str | Unset = UNSET,
    code_ine: str | Unset = UNSET,
    format_: LegacyFormsemestreBulletinetudPostFormat,
    version: str | Unset = "long",
    xml_with_decisions: LegacyFormsemestreBulletinetudPostXmlWithDecisions | Unset = UNSET,
    force_publishing: LegacyFormsemestreBulletinetudPostForcePublishing | Unset = UNSET,
) -> Any | ClassicBulletin | ErrorBody | None:
    """Notes/formsemestre_bulletinetud (ScoDoc 7, deprecated)

     A student's bulletin (format=json, xml or pdf; version short, selectedevals or long).

    Replaced by `/ScoDoc/api/etud/{etudid}/bul/{formsemestre_id}`.

    Args:
        dept (str):
        formsemestre_id (int):
        etudid (str):
        code_nip (str | Unset):
        code_ine (str | Unset):
        format_ (LegacyFormsemestreBulletinetudPostFormat):
        version (str | Unset):  Default: 'long'.
        xml_with_decisions (LegacyFormsemestreBulletinetudPostXmlWithDecisions | Unset):
        force_publishing (LegacyFormsemestreBulletinetudPostForcePublishing | Unset):
        body (LegacyFormsemestreBulletinetudPostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ClassicBulletin | ErrorBody
    """

    return sync_detailed(
        dept=dept,
        client=client,
        body=body,
        formsemestre_id=formsemestre_id,
        etudid=etudid,
        code_nip=code_nip,
        code_ine=code_ine,
        format_=format_,
        version=version,
        xml_with_decisions=xml_with_decisions,
        force_publishing=force_publishing,
    ).parsed


async def asyncio_detailed(
    dept: str,
    *,
    client: AuthenticatedClient | Client,
    body: LegacyFormsemestreBulletinetudPostBody | Unset = UNSET,
    formsemestre_id: int,
    etudid: str,
    code_nip: str | Unset = UNSET,
    code_ine: str | Unset = UNSET,
    format_: LegacyFormsemestreBulletinetudPostFormat,
    version: str | Unset = "long",
    xml_with_decisions: LegacyFormsemestreBulletinetudPostXmlWithDecisions | Unset = UNSET,
    force_publishing: LegacyFormsemestreBulletinetudPostForcePublishing | Unset = UNSET,
) -> Response[Any | ClassicBulletin | ErrorBody]:
    """Notes/formsemestre_bulletinetud (ScoDoc 7, deprecated)

     A student's bulletin (format=json, xml or pdf; version short, selectedevals or long).

    Replaced by `/ScoDoc/api/etud/{etudid}/bul/{formsemestre_id}`.

    Args:
        dept (str):
        formsemestre_id (int):
        etudid (str):
        code_nip (str | Unset):
        code_ine (str | Unset):
        format_ (LegacyFormsemestreBulletinetudPostFormat):
        version (str | Unset):  Default: 'long'.
        xml_with_decisions (LegacyFormsemestreBulletinetudPostXmlWithDecisions | Unset):
        force_publishing (LegacyFormsemestreBulletinetudPostForcePublishing | Unset):
        body (LegacyFormsemestreBulletinetudPostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ClassicBulletin | ErrorBody]
    """

    kwargs = _get_kwargs(
        dept=dept,
        body=body,
        formsemestre_id=formsemestre_id,
        etudid=etudid,
        code_nip=code_nip,
        code_ine=code_ine,
        format_=format_,
        version=version,
        xml_with_decisions=xml_with_decisions,
        force_publishing=force_publishing,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dept: str,
    *,
    client: AuthenticatedClient | Client,
    body: LegacyFormsemestreBulletinetudPostBody | Unset = UNSET,
    formsemestre_id: int,
    etudid: str,
    code_nip: str | Unset = UNSET,
    code_ine: str | Unset = UNSET,
    format_: LegacyFormsemestreBulletinetudPostFormat,
    version: str | Unset = "long",
    xml_with_decisions: LegacyFormsemestreBulletinetudPostXmlWithDecisions | Unset = UNSET,
    force_publishing: LegacyFormsemestreBulletinetudPostForcePublishing | Unset = UNSET,
) -> Any | ClassicBulletin | ErrorBody | None:
    """Notes/formsemestre_bulletinetud (ScoDoc 7, deprecated)

     A student's bulletin (format=json, xml or pdf; version short, selectedevals or long).

    Replaced by `/ScoDoc/api/etud/{etudid}/bul/{formsemestre_id}`.

    Args:
        dept (str):
        formsemestre_id (int):
        etudid (str):
        code_nip (str | Unset):
        code_ine (str | Unset):
        format_ (LegacyFormsemestreBulletinetudPostFormat):
        version (str | Unset):  Default: 'long'.
        xml_with_decisions (LegacyFormsemestreBulletinetudPostXmlWithDecisions | Unset):
        force_publishing (LegacyFormsemestreBulletinetudPostForcePublishing | Unset):
        body (LegacyFormsemestreBulletinetudPostBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ClassicBulletin | ErrorBody
    """

    return (
        await asyncio_detailed(
            dept=dept,
            client=client,
            body=body,
            formsemestre_id=formsemestre_id,
            etudid=etudid,
            code_nip=code_nip,
            code_ine=code_ine,
            format_=format_,
            version=version,
            xml_with_decisions=xml_with_decisions,
            force_publishing=force_publishing,
        )
    ).parsed
