"""One GraphQL request's context: the caller (authenticated at the first field that needs it, so that a query
refused by the limits costs no SQL), the unit of work, and the dataloaders that batch reads across a query's
fields. Resolvers run concurrently and a database session serves one statement at a time: every use of it goes
through ``run`` (one lock)."""

import asyncio
from collections import defaultdict
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any, TypeVar

from starlette.requests import Request
from strawberry.dataloader import DataLoader
from strawberry.fastapi import BaseContext

from scodoc_api.core.errors import ApiError, Unauthorized
from scodoc_api.core.permissions import Principal
from scodoc_api.core.settings import Settings
from scodoc_api.db.session import AsyncSession
from scodoc_api.services import groups as groups_service
from scodoc_api.services import portal
from scodoc_api.services.auth import authenticate, authenticate_with_data_key
from scodoc_api.services.results import ResultsCache

T = TypeVar("T")
BulletinKey = tuple[int, int, str]  # (formsemestre_id, etudid, version)


class PortalContext(BaseContext):
    def __init__(
        self, request: Request, db: AsyncSession, settings: Settings, cache: ResultsCache, token: str | None
    ) -> None:
        super().__init__()
        self.req, self.db, self.settings, self.cache, self.token = request, db, settings, cache, token
        self.lock = asyncio.Lock()
        self._principal: Principal | None = None
        self._dept_acronyms: dict[int, str] | None = None
        self.results_versions: dict[int, int] = {}  # of the semesters read in this request
        self.cacheable = True  # the answer may be kept (portal/pages.py), unless a field says otherwise
        self.page_key: tuple | None = None
        self.bulletins = DataLoader(load_fn=self._load_bulletins)
        self.registrations = DataLoader(load_fn=self._load_registrations)
        self.formation_kinds = DataLoader(load_fn=self._load_formation_kinds)
        self.memberships = DataLoader(load_fn=self._load_memberships)

    async def run(self, work: Callable[..., Awaitable[T]], *args: Any, **kwargs: Any) -> T:
        """``work(db, *args)`` alone on the session."""
        async with self.lock:
            return await work(self.db, *args, **kwargs)

    async def principal(self) -> Principal:
        """The caller (UNAUTHENTICATED without a valid token: missing, expired, revoked, deactivated user)."""
        if self._principal is None:
            if self.token is None:
                raise Unauthorized()
            async with self.lock:
                if self._principal is None:
                    principal, _ = await authenticate(self.db, self.settings, self.token)
                    self.req.state.user_name = principal.user_name  # for the access log
                    self._principal = principal
        return self._principal

    async def read_page_key(self, shape: tuple) -> tuple | None:
        """Authenticates, reading the key of the student's data with the token (one statement): the key of
        this query's answer; None for a staff account or a refused token (the query then answers as usual)."""
        if self.token is None:
            return None
        async with self.lock:
            try:
                principal, data_key = await authenticate_with_data_key(self.db, self.settings, self.token)
            except ApiError:
                return None
            self.req.state.user_name = principal.user_name
            self._principal = principal
        if data_key is None:
            return None
        self.page_key = (principal.etudid, data_key, date.today().isoformat(), shape)
        return self.page_key

    @property
    def is_student(self) -> bool:
        return self._principal is not None and self._principal.is_student

    async def dept_acronym(self, dept_id: int) -> str:
        if self._dept_acronyms is None:
            from scodoc_api.repositories.departements import dept_acronyms

            async with self.lock:  # asked by several fields at once: read once
                if self._dept_acronyms is None:
                    self._dept_acronyms = await dept_acronyms(self.db)
        return self._dept_acronyms.get(dept_id, "")

    async def _load_bulletins(self, keys: list[BulletinKey]) -> list[Any]:
        """Bulletins asked for in one tick, read semester by semester (their results are computed once)."""
        principal = await self.principal()
        by_sem: dict[tuple[int, str], list[int]] = defaultdict(list)
        for sem_id, etudid, version in keys:
            by_sem[(sem_id, version)].append(etudid)
        found: dict[BulletinKey, Any] = {}
        for (sem_id, version), etudids in by_sem.items():
            unique = list(dict.fromkeys(etudids))
            made = await self.run(
                portal.bulletins,
                principal,
                self.cache,
                sem_id,
                unique,
                version=version,
                tz=self.settings.timezone,
                results_version=self.results_versions.get(sem_id),
            )
            found.update({(sem_id, e, version): b for e, b in zip(unique, made, strict=True)})
        return [found[k] for k in keys]

    async def _load_registrations(self, etudids: list[int]) -> list[list[portal.Registration]]:
        regs = await self.run(portal.registrations, etudids)
        for found in regs.values():
            self.results_versions.update((r.sem.id, r.sem.results_version) for r in found if r.sem.id is not None)
        return [regs.get(e, []) for e in etudids]

    async def _load_formation_kinds(self, formation_ids: list[int]) -> list[int]:
        kinds = await self.run(portal.formation_kinds, formation_ids)
        return [kinds.get(f, 0) for f in formation_ids]

    async def _load_memberships(self, keys: list[tuple[int, int]]) -> list[list[dict]]:
        """(formsemestre_id, etudid) -> the student's groups there: one query per semester."""
        by_sem: dict[int, list[int]] = defaultdict(list)
        for sem_id, etudid in keys:
            by_sem[sem_id].append(etudid)
        found: dict[int, dict[int, list[dict]]] = {}
        for sem_id, etudids in by_sem.items():
            found[sem_id] = await self.run(groups_service.groups_by_student, sem_id, list(dict.fromkeys(etudids)))
        return [found[s].get(e, []) for s, e in keys]
