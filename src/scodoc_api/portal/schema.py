"""The portal's schema: a student's own data at the root (``me``, ``marks``…), staff lookups (``student``,
``semester``), and the justificatif a student files. Its SDL is committed as ``openapi/schema.graphql``."""

from datetime import datetime
from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.extensions import (
    AddValidationRules,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    ValidationCache,
)
from strawberry.scalars import JSON
from strawberry.types import ExecutionContext

from scodoc_api.core.settings import Settings
from scodoc_api.portal.limits import CodedErrors, cost_limit
from scodoc_api.portal.student import Semester, Student
from scodoc_api.portal.types import (
    Absences,
    FromDay,
    Group,
    Info,
    Justificatif,
    JustificatifState,
    Marks,
    SemesterArg,
    ToDay,
)
from scodoc_api.services import portal


async def _me(info: Info) -> Student:
    ctx = info.context
    return Student(etud=await ctx.run(portal.own_student, await ctx.principal()))


@strawberry.type(description="A student's own data (a student's token); staff name a student with student(…)")
class Query:
    @strawberry.field(description="the signed-in student")
    async def me(self, info: Info) -> Student | None:
        return await _me(info)

    @strawberry.field(description="the signed-in student's semesters")
    async def semesters(self, info: Info, from_: FromDay = None, to: ToDay = None) -> list[Semester] | None:
        return await (await _me(info)).semesters(info, from_, to)

    @strawberry.field(description="the signed-in student's marks in a semester")
    async def marks(
        self, info: Info, semester: SemesterArg = None, from_: FromDay = None, to: ToDay = None
    ) -> Marks | None:
        return await (await _me(info)).marks(info, semester, from_, to)

    @strawberry.field(description="the signed-in student's bulletin (the REST bulletin's JSON)")
    async def bulletin(self, info: Info, semester: SemesterArg = None, version: str = "selectedevals") -> JSON | None:
        return await (await _me(info)).bulletin(info, semester, version)

    @strawberry.field(description="the signed-in student's attendance (default: the current semester's days)")
    async def absences(self, info: Info, from_: FromDay = None, to: ToDay = None) -> Absences | None:
        return await (await _me(info)).absences(info, from_, to)

    @strawberry.field(description="the signed-in student's groups in a semester")
    async def groups(self, info: Info, semester: SemesterArg = None) -> list[Group] | None:
        return await (await _me(info)).groups(info, semester)

    @strawberry.field(description="a student, by etudid or NIP (staff: within their departments; a student: self)")
    async def student(self, info: Info, etudid: int | None = None, nip: str | None = None) -> Student | None:
        ctx = info.context
        return Student(etud=await ctx.run(portal.target_student, await ctx.principal(), etudid, nip))

    @strawberry.field(description="a semester (staff, within their departments)")
    async def semester(self, info: Info, id: int) -> Semester | None:
        ctx = info.context
        return Semester(sem=await ctx.run(portal.staff_semester, await ctx.principal(), id))


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="File a justificatif of absence over [start, end): a student's own is filed as ATTENTE (the "
        "secretariat validates it); staff (ScoAbsChange) name the student and may give its state"
    )
    async def submit_justificatif(
        self,
        info: Info,
        start: datetime,
        end: datetime,
        reason: str | None = None,
        etudid: int | None = None,
        state: JustificatifState | None = None,
    ) -> Justificatif:
        ctx = info.context
        ctx.cacheable = False  # a write: never kept
        principal = await ctx.principal()
        etud = await ctx.run(portal.target_student, principal, etudid, None)
        values: dict[str, Any] = {"date_debut": start.isoformat(), "date_fin": end.isoformat()}
        if reason is not None:
            values["raison"] = reason
        if state is not None:
            values["etat"] = state.value.lower()
        made = await ctx.run(portal.submit_justificatif, principal, etud, values, ctx.settings.timezone)
        return Justificatif.of(made)


class PortalSchema(strawberry.Schema):
    def process_errors(self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None) -> None:
        """Nothing: an error the caller caused is an answer, not a log line; CodedErrors logs the others."""


def make_schema(settings: Settings) -> strawberry.Schema:
    # the validation rules, made once: the validation cache keys on them (an extension made per request would
    # make new rule classes, and the cache would never hit)
    rules = [
        *QueryDepthLimiter(max_depth=settings.graphql_max_depth).validation_rules,
        *MaxAliasesLimiter(max_alias_count=30).validation_rules,
        cost_limit(settings.graphql_max_cost),
    ]
    return PortalSchema(
        query=Query,
        mutation=Mutation,
        extensions=[  # factories: a fresh extension for each request; CodedErrors first, around the others
            CodedErrors,
            lambda: MaxTokensLimiter(max_token_count=2000),
            lambda: AddValidationRules(rules),
            lambda: ParserCache(maxsize=256),  # a portal sends the same few queries again and again
            lambda: ValidationCache(maxsize=256),
        ],
    )


def sdl() -> str:
    """The schema's SDL (the limits do not change it)."""
    return make_schema(Settings(secret_key=None)).as_str() + "\n"
