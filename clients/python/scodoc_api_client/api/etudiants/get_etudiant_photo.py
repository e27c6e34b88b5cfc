from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.get_etudiant_photo_kind import GetEtudiantPhotoKind
from ...models.get_etudiant_photo_size_type_0 import GetEtudiantPhotoSizeType0
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    kind: GetEtudiantPhotoKind,
    value: str,
    *,
    size: GetEtudiantPhotoSizeType0 | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_size: None | str | Unset
    if isinstance(size, Unset):
        json_size = UNSET
    elif isinstance(size, GetEtudiantPhotoSizeType0):
        json_size = size.value
    else:
        json_size = size
    params["size"] = json_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/etudiant/{kind}/{value}/photo".format(
            kind=quote(str(kind), safe=""),
            value=quote(str(value), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorBody | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    kind: GetEtudiantPhotoKind,
    value: str,
    *,
    client: AuthenticatedClient | Client,
    size: GetEtudiantPhotoSizeType0 | None | Unset = UNSET,
) -> Response[ErrorBody | File]:
    """Get Etudiant Photo

     The student's photo (``NO_PHOTO_IMAGE``, or a placeholder image, when none; never HTML).

    Args:
        kind (GetEtudiantPhotoKind): how the student is named
        value (str):
        size (GetEtudiantPhotoSizeType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | File]
    """

    kwargs = _get_kwargs(
        kind=kind,
        value=value,
        size=size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    kind: GetEtudiantPhotoKind,
    value: str,
    *,
    client: AuthenticatedClient | Client,
    size: GetEtudiantPhotoSizeType0 | None | Unset = UNSET,
) -> ErrorBody | File | None:
    """Get Etudiant Photo

     The student's photo (``NO_PHOTO_IMAGE``, or a placeholder image, when none; never HTML).

    Args:
        kind (GetEtudiantPhotoKind): how the student is named
        value (str):
        size (GetEtudiantPhotoSizeType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | File
    """

    return sync_detailed(
        kind=kind,
        value=value,
        client=client,
        size=size,
    ).parsed


async def asyncio_detailed(
    kind: GetEtudiantPhotoKind,
    value: str,
    *,
    client: AuthenticatedClient | Client,
    size: GetEtudiantPhotoSizeType0 | None | Unset = UNSET,
) -> Response[ErrorBody | File]:
    """Get Etudiant Photo

     The student's photo (``NO_PHOTO_IMAGE``, or a placeholder image, when none; never HTML).

    Args:
        kind (GetEtudiantPhotoKind): how the student is named
        value (str):
        size (GetEtudiantPhotoSizeType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | File]
    """

    kwargs = _get_kwargs(
        kind=kind,
        value=value,
        size=size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    kind: GetEtudiantPhotoKind,
    value: str,
    *,
    client: AuthenticatedClient | Client,
    size: GetEtudiantPhotoSizeType0 | None | Unset = UNSET,
) -> ErrorBody | File | None:
    """Get Etudiant Photo

     The student's photo (``NO_PHOTO_IMAGE``, or a placeholder image, when none; never HTML).

    Args:
        kind (GetEtudiantPhotoKind): how the student is named
        value (str):
        size (GetEtudiantPhotoSizeType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | File
    """

    return (
        await asyncio_detailed(
            kind=kind,
            value=value,
            client=client,
            size=size,
        )
    ).parsed
