"""Bulletin use cases: the checks, the results cache policy and the renderings kept with the results.
Dictionaries are built by ``bulletin_builder``, the XML form by ``formats/bulletin_xml``."""

from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import orjson

from scodoc_api.core.errors import NotFound, unknown
from scodoc_api.core.permissions import Permission
from scodoc_api.db.session import AsyncSession
from scodoc_api.domain.identity import format_nom
from scodoc_api.formats.bulletin_xml import XML_HEAD, bulletin_xml_element, but_xml_bytes, xml_bytes
from scodoc_api.repositories import bulletin as repo
from scodoc_api.repositories.bulletin import Extras
from scodoc_api.services.absences import semester_counts
from scodoc_api.services.bulletin_builder import builder_for, json_text
from scodoc_api.services.results import Computed, ResultsCache, get_results

if TYPE_CHECKING:  # reportlab is imported when a PDF is first asked for
    from scodoc_api.services.bulletin_pdf import PdfHeader


async def semester_context(db: AsyncSession, computed: Computed) -> Extras:
    """Department acronym, Apogée steps and preferences: read once per results version."""
    if computed.bulletin_context is None:
        computed.bulletin_context = await repo.read_context(db, computed.rows.sem)
    return computed.bulletin_context


async def _computed_for(db: AsyncSession, cache: ResultsCache, sem_id: int, version: int | None = None) -> Computed:

    computed = await get_results(db, sem_id, cache=cache, version=version)
    if computed is None:
        raise unknown("semestre")
    return computed


async def semester_extras(db: AsyncSession, computed: Computed, tz: str) -> Extras:
    """Per-student data of the whole semester (absences, decisions, appreciations...), read once per results
    version: every write that changes it (absences included) renews the version."""
    ex = computed.extras
    if ex is None:
        base = await semester_context(db, computed)
        is_but = computed.rows.but is not None
        ex = await repo.read_extras(
            db, computed.rows.sem, [s.id for s in computed.results.students], base, full_address=is_but
        )
        if ex.show_absences:
            ex.absences = await semester_counts(db, computed.rows.sem, [s.id for s in computed.results.students], tz)
        if is_but:
            from scodoc_api.repositories.but import jury_records

            ex.but_jury = await jury_records(db, computed.rows.sem, None)
        computed.extras = ex
    return ex


async def _check_bulletin_target(db: AsyncSession, access, etudid: int, formsemestre_id: int) -> tuple[int, tuple]:
    """Student and semester exist, are visible to the caller, and the student is registered: one query,
    which also reads the semester's results version. Returns (version, (student dept, semester dept))."""
    row = await repo.read_target(db, etudid, formsemestre_id)
    if row is None:
        raise unknown("étudiant ou semestre")
    access.check(row[0], Permission.ScoView, what="étudiant ou semestre")
    access.check(row[1], Permission.ScoView, what="étudiant ou semestre")
    if row[2] is None:
        raise NotFound(f"étudiant {etudid} non inscrit au semestre {formsemestre_id}")
    return row[3], (row[0], row[1])


DATE_MARK = "@@SCODOC-DATE@@"


def _json_only(computed: Computed, fmt: str) -> dict:
    """The BUT builder may return pre-serialised parts when the dictionary only goes to JSON."""
    return {"json_only": fmt != "xml"} if computed.rows.but is not None else {}


def _rendered(d: dict, fmt: str, modern: bool, *, is_but: bool) -> bytes:
    """One bulletin's bytes (XML without its declaration). A BUT bulletin is JSON whatever the route (it has no
    ScoDoc 9.0 form); its XML is the generic rendering of the same dictionary."""
    if fmt == "xml":
        return but_xml_bytes(d) if is_but else xml_bytes(bulletin_xml_element(d))
    if modern or is_but:
        return orjson.dumps(d, option=orjson.OPT_SORT_KEYS)
    return json_text(d).encode("ascii")


async def _checked_results(
    db: AsyncSession, cache: ResultsCache, access, etudid: int, formsemestre_id: int, known_version: int | None
) -> Computed:
    """The semester's results for this student's bulletin, after the checks (exists, visible, registered).

    With ``known_version`` (read with the caller's grants) and results of that version in the cache, the
    student's facts found by an earlier check of that version serve again, without a query: a registration
    or department change renews the version."""
    computed = cache.get((formsemestre_id, known_version)) if known_version is not None else None
    facts = computed.targets.get(etudid) if computed is not None else None
    if facts is None:
        version_, facts = await _check_bulletin_target(db, access, etudid, formsemestre_id)
        computed = await _computed_for(db, cache, formsemestre_id, version_)
        computed.targets[etudid] = facts
    else:
        access.check(facts[0], Permission.ScoView, what="étudiant ou semestre")
        access.check(facts[1], Permission.ScoView, what="étudiant ou semestre")
    return computed


async def checked_version(
    db: AsyncSession, access, *, cache: ResultsCache, etudid: int, formsemestre_id: int, known_version: int | None
) -> int:
    """The results version of a bulletin, after the checks ``get_bulletin`` makes (visible, registered), without
    computing anything: what a bulletin's ETag names, so that a conditional request is answered 304 at the cost
    of one query at most."""
    computed = cache.get((formsemestre_id, known_version)) if known_version is not None else None
    facts = computed.targets.get(etudid) if computed is not None else None
    if facts is None or known_version is None:
        version, _ = await _check_bulletin_target(db, access, etudid, formsemestre_id)
        return version
    access.check(facts[0], Permission.ScoView, what="étudiant ou semestre")
    access.check(facts[1], Permission.ScoView, what="étudiant ou semestre")
    return known_version


def bulletin_etag(formsemestre_id: int, version: int, etudid: int, variant: str) -> str:
    """Weak: the bulletin's generation date changes at each rendering, the rest only with the results version."""
    return f'W/"bul-{formsemestre_id}-{version}-{etudid}-{variant}"'


async def get_bulletin(
    db: AsyncSession,
    access,
    *,
    cache: ResultsCache,
    etudid: int,
    formsemestre_id: int,
    known_version: int | None = None,
    **options,
) -> bytes:
    """One bulletin, after the checks (visible, registered): ``render_bulletin`` with these ``options``
    (version, fmt, with_decisions, force_publishing, tz, modern)."""
    computed = await _checked_results(db, cache, access, etudid, formsemestre_id, known_version)
    return await render_bulletin(db, computed, etudid, **options)


async def render_bulletin(
    db: AsyncSession,
    computed: Computed,
    etudid: int,
    *,
    version: str = "long",
    fmt: str = "json",
    with_decisions: bool = False,
    force_publishing: bool = False,
    tz: str = "Europe/Paris",
    modern: bool = False,
) -> bytes:
    """One bulletin, as ScoDoc 9.0 writes it (JSON text or XML bytes), or in its modern form, from the
    semester's results, for a registered student the caller may see (checked by the caller).

    The rendered bytes are kept with the results (same version, hence never stale); only the generation
    date is written afresh at each request."""
    key = (etudid, version, fmt, with_decisions, force_publishing, tz, modern)
    body = computed.rendered.get(key)
    if body is None:
        ex = await semester_extras(db, computed, tz)
        builder = builder_for(computed, ex, tz, modern)
        d = builder.build(
            etudid,
            ex,
            version=version,
            with_decisions=with_decisions,
            force_publishing=force_publishing,
            for_xml=fmt == "xml",
            **_json_only(computed, fmt),
        )
        d["date"] = DATE_MARK
        body = _rendered(d, fmt, modern, is_but=computed.rows.but is not None)
        if fmt == "xml":
            body = XML_HEAD + body
        computed.keep_rendering(key, body)
    if computed.rows.but is not None:  # modern-api §6.1: UTC, with microseconds and Z
        now = datetime.now(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    else:
        now = datetime.now(ZoneInfo(tz)).replace(tzinfo=None).strftime("%Y-%m-%dT%H:%M:%S.%f")
    return body.replace(DATE_MARK.encode(), now.encode(), 1)


async def registered_results(db: AsyncSession, cache: ResultsCache, etudid: int, formsemestre_id: int) -> Computed:
    """The semester's results for a student registered in it (404 otherwise), for a caller that has already
    checked that it may read this student's data (the portal)."""
    row = await repo.read_target(db, etudid, formsemestre_id)
    if row is None or row[2] is None:
        raise NotFound(f"étudiant {etudid} non inscrit au semestre {formsemestre_id}")
    return await _computed_for(db, cache, formsemestre_id, row[3])


async def semester_results(
    db: AsyncSession, cache: ResultsCache, formsemestre_id: int, version: int | None = None
) -> Computed:
    """A semester's results (cached), for a caller that has checked its access to them; ``version``: the
    semester's results version, when the caller has just read it."""
    return await _computed_for(db, cache, formsemestre_id, version)


def pdf_header(computed: Computed, ex: Extras) -> "PdfHeader":
    from scodoc_api.domain.semester import titre_num
    from scodoc_api.repositories.prefs import pref
    from scodoc_api.services.bulletin_pdf import PdfHeader

    sem, formation = computed.rows.sem, computed.rows.formation
    dept_name = pref(ex.prefs, "DeptName", sem.dept_id, sem.id)
    return PdfHeader(
        dept_name=ex.dept_acronym if dept_name in ("", "Dept") else dept_name,
        titre_num=titre_num(sem.titre, sem.semestre_id, formation.type_parcours),
        date_debut=sem.date_debut,
        date_fin=sem.date_fin,
        sig_left=pref(ex.prefs, "bul_pdf_sig_left", sem.dept_id, sem.id) or "La direction des études",
        sig_right=pref(ex.prefs, "bul_pdf_sig_right", sem.dept_id, sem.id) or "Le chef de département",
    )


async def get_bulletin_pdf(
    db: AsyncSession,
    access,
    *,
    cache: ResultsCache,
    etudid: int,
    formsemestre_id: int,
    version: str = "long",
    signatures: bool = True,
    with_decisions: bool = False,
    force_publishing: bool = False,
    tz: str = "Europe/Paris",
) -> tuple[bytes, str]:
    """One classic bulletin as a PDF document and its attachment file name; kept with the results like the
    other renderings."""
    from scodoc_api.services.bulletin_pdf import pdf_filename, render_bulletin_pdf

    computed = await _checked_results(db, cache, access, etudid, formsemestre_id, None)
    ex = await semester_extras(db, computed, tz)
    head = pdf_header(computed, ex)
    key = (etudid, version, "pdf", signatures, with_decisions, force_publishing, tz)
    body = computed.rendered.get(key)
    builder = builder_for(computed, ex, tz, modern=True)
    if body is None:
        d = builder.build(etudid, ex, version=version, with_decisions=with_decisions, force_publishing=force_publishing)
        body = render_bulletin_pdf(d, head, signatures=signatures)
        computed.keep_rendering(key, body)
    nom = format_nom(builder.etud_rows[etudid][0].nom)
    return body, pdf_filename(head.titre_num, datetime.now(ZoneInfo(tz)).date(), nom)


async def semester_bulletins(
    db: AsyncSession,
    access,
    *,
    cache: ResultsCache,
    formsemestre_id: int,
    version: str = "long",
    fmt: str = "json",
    with_decisions: bool = False,
    force_publishing: bool = False,
    tz: str = "Europe/Paris",
    chunk: int = 50,
    modern: bool = False,
):
    """Every bulletin of a semester: all data is read first, then an iterator of byte chunks to stream."""
    from scodoc_api.services.formsemestre import get_sem

    sem = await get_sem(db, access, formsemestre_id, Permission.ScoObservateur)
    computed = await _computed_for(db, cache, sem.id)
    ids = [s.id for s in computed.results.students]
    ex = await semester_extras(db, computed, tz)
    builder = builder_for(computed, ex, tz, modern)
    if hasattr(builder, "texts"):  # the BUT builder: a batch turns whole arrays into text at once
        builder.texts.eager = True
    ids.sort(key=lambda e: computed.results.students[computed.results.index[e]].name_key)
    is_but = computed.rows.but is not None

    def chunks():
        if fmt == "xml":
            yield XML_HEAD + b"<bulletins>"
        else:
            yield b"["
        buf = []
        for k, etudid in enumerate(ids):
            d = builder.build(
                etudid,
                ex,
                version=version,
                with_decisions=with_decisions,
                force_publishing=force_publishing,
                for_xml=fmt == "xml",
                **_json_only(computed, fmt),
            )
            if fmt == "xml":
                buf.append(_rendered(d, fmt, modern, is_but=is_but))
            elif modern or is_but:
                buf.append((b", " if k else b"") + _rendered(d, fmt, modern, is_but=is_but))
            else:  # same keys, order and texts as each bulletin, written compactly (UTF-8, no spaces)
                buf.append((b", " if k else b"") + orjson.dumps(d))
            if len(buf) >= chunk:
                yield b"".join(buf)
                buf = []
        if buf:
            yield b"".join(buf)
        yield b"</bulletins>" if fmt == "xml" else b"]"

    return chunks()
