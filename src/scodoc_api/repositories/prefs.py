"""Department and semester preferences (domain.md §13)."""

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.models import Preference

DEFAULTS = {
    "DeptName": "Dept",
    "ImputationDept": "",
    "handle_billets_abs": "0",
    "work_saturday": "0",
    "bul_show_abs": "1",
    "bul_show_decision": "0",
    "bul_show_uevalid": "1",
    "bul_show_rangs": "1",
    "bul_show_mod_rangs": "1",
    "bul_show_all_evals": "0",
    "but_moy_skip_empty_ues": "0",
    # the working day of the attendance counts and of the half-day windows (docs/compat.md)
    "assi_morning_time": "08:00",
    "assi_noon_time": "12:00",
    "assi_afternoon_time": "14:00",
    "assi_evening_time": "18:00",
    # not a ScoDoc preference: the longest absence range one request may write outside a semester
    "abs_max_days": "186",
}


async def prefs_for(db: AsyncSession, dept_ids: list[int], sem_ids: list[int] | None = None) -> dict:
    """{(dept_id, None): {name: value}, (dept_id, sem_id): {...}} for the given departments/semesters."""
    if not dept_ids:
        return {}
    cond = Preference.formsemestre_id.is_(None)
    if sem_ids:
        cond = or_(cond, Preference.formsemestre_id.in_(sem_ids))
    rows = (await db.execute(select(Preference).where(Preference.dept_id.in_(dept_ids), cond))).scalars()
    out: dict = {}
    for p in rows:
        out.setdefault((p.dept_id, p.formsemestre_id), {})[p.name] = p.value
    return out


def pref(prefs: dict, name: str, dept_id: int, sem_id: int | None = None) -> str:
    """Semester value, else department value, else ScoDoc's default."""
    if sem_id is not None and name in prefs.get((dept_id, sem_id), {}):
        return prefs[(dept_id, sem_id)][name]
    return prefs.get((dept_id, None), {}).get(name, DEFAULTS.get(name, ""))


def pref_bool(prefs: dict, name: str, dept_id: int, sem_id: int | None = None) -> bool:
    return str(pref(prefs, name, dept_id, sem_id)).strip().lower() in ("1", "true", "yes", "on", "o")
