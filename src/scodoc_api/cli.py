"""The ``scodoc-api`` command."""

import asyncio
import json
import os
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated, TypeVar

import typer

from scodoc_api.core.errors import ApiError
from scodoc_api.core.settings import get_settings
from scodoc_api.db.session import AsyncSession

app = typer.Typer(
    help="ScoDoc 9 web API server.", no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False
)
db_app = typer.Typer(help="Database schema (Alembic migrations).", no_args_is_help=True)
user_app = typer.Typer(help="Users and roles.", no_args_is_help=True)
photo_app = typer.Typer(help="Student photos.", no_args_is_help=True)
openapi_app = typer.Typer(help="The OpenAPI contract.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(user_app, name="user")
app.add_typer(photo_app, name="photo")
app.add_typer(openapi_app, name="openapi")
students_app = typer.Typer(help="Students' portal accounts.", no_args_is_help=True)
app.add_typer(students_app, name="students")

T = TypeVar("T")


def _run(work: Callable[[AsyncSession], Awaitable[T]], url: str | None = None) -> T:
    """Run one unit of work against the configured database, committed on success."""
    from scodoc_api.db.engine import create_engine, make_sessionmaker

    async def main() -> T:
        engine = create_engine(url or get_settings().database_url)
        try:
            async with make_sessionmaker(engine)() as db:
                result = await work(db)
                await db.commit()
                return result
        finally:
            await engine.dispose()

    try:
        return asyncio.run(main())
    except ApiError as exc:
        typer.secho(f"erreur: {exc.message}", fg="red", err=True)
        raise typer.Exit(1) from None


def _version(show: bool) -> None:
    if show:
        from scodoc_api import __version__

        typer.echo(f"scodoc-api {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool, typer.Option("--version", help="print the version and exit", callback=_version, is_eager=True)
    ] = False,
) -> None:
    """ScoDoc 9 web API server."""


def main() -> None:
    """The console script: a database problem is one line on stderr and exit status 1, not a traceback."""
    from scodoc_api.cli_errors import describe, sqlite_problem

    problem = sqlite_problem(get_settings().database_url)
    if problem and len(sys.argv) > 1 and sys.argv[1] not in ("--help", "--version", "openapi", "demo-data"):
        typer.secho(f"erreur: {problem}", fg="red", err=True)
        sys.exit(1)
    try:
        app(prog_name="scodoc-api")
    except Exception as exc:
        message = describe(exc)
        if message is None:
            raise
        typer.secho(f"erreur: {message}", fg="red", err=True)
        sys.exit(1)


def _fail(message: str) -> None:
    typer.secho(message, fg="red", err=True)
    raise typer.Exit(1)


@db_app.command("upgrade")
def db_upgrade(revision: str = "head") -> None:
    """Apply migrations up to REVISION (default: head)."""
    from scodoc_api.db import migrate

    migrate.upgrade(get_settings().database_url, revision)
    typer.echo(f"database at {revision}")


@db_app.command("downgrade")
def db_downgrade(revision: str) -> None:
    """Revert migrations down to REVISION."""
    from scodoc_api.db import migrate

    migrate.downgrade(get_settings().database_url, revision)


def _load(data: dict) -> dict:
    """Load a dataset with a progress bar on stderr (rows written, rows per second)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from scodoc_api.db.engine import refresh_statistics
    from scodoc_api.services.dataset import load_dataset

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=_stderr(), transient=True) as bar:
        task = bar.add_task("checking", total=None)

        def advance(table: str, written: int, total: int) -> None:
            bar.update(task, description=f"writing {table}", total=total, advance=written)

        result = _run(lambda db: load_dataset(db, data, tz_name=get_settings().timezone, progress=advance))
    _run(refresh_statistics)
    return result


def _stderr():
    from rich.console import Console

    return Console(stderr=True)


@app.command()
def load(file: Annotated[Path, typer.Argument(exists=True, dir_okay=False)]) -> None:
    """Import a dataset (docs/dataset.schema.json) in one transaction."""
    from scodoc_api.services.dataset import DatasetError

    try:
        data = json.loads(file.read_bytes())
    except json.JSONDecodeError as exc:
        _fail(f"{file}: JSON invalide: {exc}")
    t0 = time.perf_counter()
    try:
        counts = _load(data)
    except DatasetError as exc:
        _fail(f"{file}: jeu de données invalide, rien n'a été écrit:\n{exc}")
    typer.echo(
        f"loaded {sum(counts.values())} rows in {time.perf_counter() - t0:.2f} s "
        f"({sum(counts.values()) / (time.perf_counter() - t0):,.0f} rows/s): "
        + ", ".join(f"{k}={v}" for k, v in counts.items())
    )


@app.command("import-formation")
def import_formation(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False)],
    dept: Annotated[str, typer.Option(help="department acronym")],
) -> None:
    """Import a ScoDoc formation export (XML or JSON)."""
    from lxml import etree

    from scodoc_api.models import Formation
    from scodoc_api.services.dataset import DatasetError
    from scodoc_api.services.formation_io import import_formation as do_import
    from scodoc_api.services.formation_io import parse_formation

    async def work(db: AsyncSession) -> Formation:
        formation = await db.get(Formation, await do_import(db, tree, dept=dept))
        assert formation is not None
        return formation

    try:
        tree = parse_formation(file.read_bytes())
        made = _run(work)
    except (DatasetError, etree.XMLSyntaxError, json.JSONDecodeError, ValueError) as exc:
        _fail(f"{file}: {exc}")
    typer.echo(f"formation imported: {made.acronyme} version {made.version} (id {made.id}) in {dept}")


@app.command("import-referentiel")
def import_referentiel(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False)],
    dept: Annotated[str, typer.Option(help="department acronym")],
) -> None:
    """Import a référentiel de compétences (ScoDoc's JSON export); a bad file is refused whole, with the path of
    each bad field."""
    from scodoc_api.services.referentiel import import_referentiel_in

    ref_id = _run(lambda db: import_referentiel_in(db, file.read_bytes(), dept=dept, filename=file.name))
    typer.echo(f"référentiel imported: id {ref_id}")


@app.command("demo-data")
def demo_data(
    students: int = typer.Option(100, min=0),
    seed: int = 1,
    out: Annotated[Path | None, typer.Option(help="write the dataset here")] = None,
    load_it: Annotated[bool, typer.Option("--load", help="load it into the database")] = False,
    demo_logins: Annotated[
        bool,
        typer.Option(help="give the staff accounts the public demo passwords (admin/admin...); never on a real server"),
    ] = False,
) -> None:
    """Make the deterministic demo dataset: the classic RT department and the BUT department (staff accounts
    inactive unless --demo-logins)."""
    from scodoc_api.services.demo import make_demo_world

    t0 = time.perf_counter()
    with _stderr().status(f"generating the data of {students} students"):
        data = make_demo_world(students, seed, demo_logins=demo_logins)
    if out:
        out.write_text(json.dumps(data, ensure_ascii=False, indent=1))
        typer.echo(f"wrote {out}")
    if load_it:
        from scodoc_api.services.dataset import DatasetError

        try:
            counts = _load(data)
        except DatasetError as exc:
            where = f"{exc.errors[0] if exc.errors else ''}; {len(exc.errors)} conflits"
            _fail(f"erreur: la base contient déjà ces données ({where}): chargez-les dans une base vide (rien écrit)")
        rows, seconds = sum(counts.values()), time.perf_counter() - t0
        typer.echo(f"generated and loaded {rows} rows in {seconds:.2f} s ({rows / seconds:,.0f} rows/s)")
    if not out and not load_it:
        json.dump(data, sys.stdout, ensure_ascii=False)


@app.command()
def serve(host: str = "127.0.0.1", port: int = 8000, workers: int = 1) -> None:
    """Serve the API with uvicorn (SECRET_KEY must be set: 32 bytes or more, never a published value)."""
    import uvicorn

    from scodoc_api.core.settings import InsecureSecretKey, check_secret_key

    try:
        check_secret_key(get_settings().secret_key)
    except InsecureSecretKey as exc:
        _fail(f"erreur: {exc}")

    settings = get_settings()
    trusted = settings.trusted_proxies.strip()
    if workers > 1 and not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):  # /metrics adds up every worker's figures
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="scodoc-metrics-")
    # X-Forwarded-For is believed only from the configured proxies (uvicorn's default trusts loopback, which
    # lets any local caller choose its address and dodge the per-address login limits)
    uvicorn.run(
        "scodoc_api.main:app_factory",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level=settings.log_level,
        access_log=False,  # one JSON line per request instead (api/access_log.py)
        timeout_graceful_shutdown=settings.graceful_timeout,  # SIGTERM: in-flight requests finish first
        proxy_headers=bool(trusted),
        forwarded_allow_ips=trusted or "",
        server_header=False,
    )


@app.command()
def demo(port: int = 8000, students: int = 100) -> None:
    """Create the embedded database if needed, load the demo data, serve on 127.0.0.1."""
    from scodoc_api.db import migrate
    from scodoc_api.repositories.departements import all_dept_ids
    from scodoc_api.services.demo import DEMO_PASSWORDS, make_demo_world
    from scodoc_api.services.student_accounts import DEMO_STUDENT, ensure_demo_student

    os.environ.setdefault("GRAPHIQL", "1")  # the demo shows the portal's GraphiQL
    if get_settings().secret_key is None:  # the demo's tokens live as long as its process: a key of its own
        from scodoc_api.core.settings import random_secret_key

        os.environ["SECRET_KEY"] = random_secret_key()
    get_settings.cache_clear()
    settings = get_settings()
    migrate.upgrade(settings.database_url)

    async def count(db: AsyncSession) -> int:
        return len(await all_dept_ids(db))

    if _run(count) == 0:
        _load(make_demo_world(students, 1))
        typer.echo(f"demo data loaded ({students} students)")
    etudid, sem_id = _run(_but_example)
    if etudid is not None:
        _run(lambda db: ensure_demo_student(db, etudid))
    base = f"http://127.0.0.1:{port}"
    typer.secho(
        f"\n  Swagger UI: {base}/docs\n  Demo login: admin / {DEMO_PASSWORDS['admin']}"
        f"  (also chef/chef, ens/ens, secr/secr)\n"
        f"  A BUT bulletin: GET {base}/ScoDoc/api/etudiant/etudid/{etudid}/formsemestre/{sem_id}/bulletin\n"
        f"  (in Swagger UI: bulletins, get_etudiant_bulletin, kind etudid, value {etudid}, "
        f"formsemestre_id {sem_id})\n"
        f"  Student portal (GraphQL): {base}/ScoDoc/api/graphql, student login {DEMO_STUDENT[0]} / "
        f"{DEMO_STUDENT[1]} (POST /ScoDoc/api/auth/login)\n",
        fg="green",
    )
    serve(host="127.0.0.1", port=port, workers=1)


async def _but_example(db: AsyncSession) -> tuple[int | None, int | None]:
    """A student of the demo's BUT S1 and that semester, for the demo's welcome lines."""
    from scodoc_api.repositories.formsemestre import a_but_student

    return await a_but_student(db) or (None, None)


@user_app.command("add")
def user_add(
    login: str,
    password: Annotated[
        str,
        typer.Option(
            prompt=True,
            hide_input=True,
            confirmation_prompt=True,
            help="asked for when omitted (kept out of the shell history)",
        ),
    ],
    superadmin: bool = False,
    dept: str | None = None,
    role: str | None = None,
    nom: str | None = None,
    prenom: str | None = None,
    etudid: Annotated[
        int | None, typer.Option(help="a student's portal account: that student's own data, and no role")
    ] = None,
) -> None:
    """Create a user, optionally super-admin or with a role in a department, or a student's portal account."""
    from scodoc_api.services import users

    if etudid is not None and (superadmin or role or dept):
        _fail("erreur: un compte étudiant (--etudid) ne reçoit aucun rôle")
    _run(
        lambda db: users.add_user(
            db, login, password, superadmin=superadmin, dept=dept, role=role, nom=nom, prenom=prenom, etudid=etudid
        )
    )
    typer.echo(f"user {login} created")


@students_app.command("accounts")
def students_accounts(
    formsemestre: Annotated[int, typer.Option(help="the semester whose students get an account")],
    out: Annotated[Path, typer.Option(help="CSV file of logins and generated passwords (mode 600)")],
) -> None:
    """A portal account for every student of a semester who has none; the generated passwords are written
    to OUT only (existing accounts are listed with an empty password, unchanged)."""
    from scodoc_api.services import student_accounts

    async def work(db: AsyncSession) -> list:
        lines = await student_accounts.make_accounts(db, formsemestre)
        student_accounts.write_csv(lines, out)  # before the commit: no account whose password was never written
        return lines

    lines = _run(work)
    made = sum(1 for line in lines if line.password)
    typer.echo(f"{made} account(s) created, {len(lines) - made} existing; written to {out}")


@user_app.command("passwd")
def user_passwd(
    login: str, password: Annotated[str, typer.Option(prompt=True, hide_input=True, confirmation_prompt=True)]
) -> None:
    """Change a user's password."""
    from scodoc_api.services import users

    _run(lambda db: users.set_password(db, login, password))
    typer.echo("password changed")


@user_app.command("deactivate")
def user_deactivate(login: str) -> None:
    """Deactivate a user: logins refused, tokens refused at their next request."""
    from scodoc_api.services import users

    _run(lambda db: users.set_active(db, login, False))
    typer.echo(f"{login} deactivated")


@user_app.command("activate")
def user_activate(login: str) -> None:
    """Reactivate a user."""
    from scodoc_api.services import users

    _run(lambda db: users.set_active(db, login, True))
    typer.echo(f"{login} activated")


@user_app.command("grant")
def user_grant(
    login: str,
    role: Annotated[str, typer.Option()],
    dept: str | None = None,
    all_departments: Annotated[bool, typer.Option(help="grant ROLE in every department")] = False,
) -> None:
    """Grant ROLE in DEPT, or in every department with --all-departments."""
    from scodoc_api.services import users

    if dept is None and not all_departments and role != "SuperAdmin":
        _fail(f"erreur: {role} est un rôle de département: indiquez --dept D (ou --all-departments)")

    _run(lambda db: users.grant(db, login, role, dept))
    typer.echo(f"{login}: {role}_{dept or ''} granted")


@user_app.command("revoke")
def user_revoke(login: str, role: Annotated[str, typer.Option()], dept: str | None = None) -> None:
    """Remove ROLE in DEPT from a user."""
    from scodoc_api.services import users

    n = _run(lambda db: users.revoke(db, login, role, dept))
    typer.echo(f"{n} grant(s) removed")


@user_app.command("list")
def user_list() -> None:
    """List users and their roles (Role_DEPT)."""
    from scodoc_api.services import users

    for user, roles in _run(users.list_users):
        typer.echo(f"{user.user_name}\t{'active' if user.active else 'inactive'}\t{','.join(roles)}")


@photo_app.command("set")
def photo_set(etudid: int, file: Annotated[Path, typer.Argument(exists=True, dir_okay=False)]) -> None:
    """Store FILE (JPEG or PNG) as the photo of student ETUDID."""
    from scodoc_api.services.photos import set_photo

    _run(lambda db: set_photo(db, etudid, file.read_bytes()))
    typer.echo("photo stored")


@app.command()
def audit(
    since: Annotated[str | None, typer.Option(help="from this date or date-time (ISO)")] = None,
    user: Annotated[str | None, typer.Option(help="only this login")] = None,
    limit: Annotated[int, typer.Option(min=1, max=100_000)] = 200,
) -> None:
    """The audit of writes and logins, most recent first: date, user, address, method, route, parameters,
    status, request id (tab-separated)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from scodoc_api.repositories.audit import entries

    zone = ZoneInfo(get_settings().timezone)
    start = None
    if since:
        try:
            start = datetime.fromisoformat(since)
        except ValueError:
            _fail(f"erreur: --since: date ISO attendue, reçu '{since}'")
        start = start if start.tzinfo else start.replace(tzinfo=zone)
    for e in _run(lambda db: entries(db, since=start, user=user, limit=limit)):
        params = ",".join(f"{k}={v}" for k, v in (e.params or {}).items())
        fields = [e.date.astimezone(zone).isoformat(timespec="seconds"), e.user_name or "-", e.remote_addr or "-"]
        typer.echo("\t".join([*fields, e.method, e.route, params or "-", str(e.status), e.request_id or "-"]))


@openapi_app.command("export")
def openapi_export(out: Path = Path("openapi/openapi.json"), graphql: Path = Path("openapi/schema.graphql")) -> None:
    """Write the contract the app serves, and the portal's GraphQL schema (SDL)."""
    from scodoc_api.contract import contract_text
    from scodoc_api.portal.schema import sdl

    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(contract_text())
    graphql.write_text(sdl())
    typer.echo(f"wrote {out} and {graphql}")


@openapi_app.command("client")
def openapi_client(
    out: Path = Path("clients/python"),
    contract: Path = Path("openapi/openapi.json"),
    config: Path = Path("clients/openapi-python-client.yaml"),
) -> None:
    """Regenerate the Python client (clients/python) from the committed contract."""
    from scodoc_api.contract import ClientGenerationError, generate_client

    try:
        generate_client(contract, config, out)
    except ClientGenerationError as exc:
        _fail(f"erreur: {exc}")
    typer.echo(f"wrote {out}")
