"""A BUT vector case (but.md §5) as engine input, and the engine's output in the vector's ``expected`` terms."""

import json

import numpy as np

from scodoc_api.domain.but_model import ButModIn, ButResults, ButSemesterIn, ButUEIn, Stats
from scodoc_api.domain.formatting import fmt_note
from scodoc_api.domain.grades_model import ModuleType, StudentIn
from tests.paths import VECTORS
from tests.vectors.adapter import eval_in, note_value

MODULE_KINDS = {
    "ressource": ModuleType.RESSOURCE,
    "sae": ModuleType.SAE,
    "malus": ModuleType.MALUS,
    "standard": ModuleType.STANDARD,
}
UE_TYPES = {"standard": 0, "sport": 1}


def but_cases():
    for path in sorted(VECTORS.glob("but_*.json")):
        for case in json.loads(path.read_text())["cases"]:
            yield path.name, case


def to_but_engine(inputs: dict) -> ButSemesterIn:
    st = inputs["settings"]
    ues = [ButUEIn(u["id"], u["numero"], UE_TYPES[u["type"]], u.get("ects"), i) for i, u in enumerate(inputs["ues"])]
    mods = [
        ButModIn(m["id"], m["ue"], MODULE_KINDS[m["module_type"]], m.get("ue_coefs", {}), m.get("numero", 0), i)
        for i, m in enumerate(inputs["modules"])
    ]
    evals = [eval_in(e, i) for i, e in enumerate(inputs["evaluations"])]
    students = [
        StudentIn(s["id"], s["etat"], s["nom"] + s["prenom"], frozenset(s["modules"])) for s in inputs["students"]
    ]
    notes = {
        ev: (list(per), [np.nan if note_value(v) is None else note_value(v) for v in per.values()])
        for ev, per in inputs["notes"].items()
    }
    return ButSemesterIn(
        ues,
        mods,
        evals,
        students,
        notes,
        poids={e["id"]: e.get("poids", {}) for e in inputs["evaluations"]},
        block_moyennes=st.get("block_moyennes", False),
        bonus_function=st.get("bonus_function"),
        skip_empty_ues=st.get("but_moy_skip_empty_ues", False),
    )


def _num(x) -> float | None:
    return None if np.isnan(x) else float(x)


def _txt(x) -> str:
    return "~" if x is None or (isinstance(x, float) and np.isnan(x)) else fmt_note(float(x))


def _stats_txt(s: Stats) -> dict:
    return {"min": _txt(s.min), "max": _txt(s.max), "moy": _txt(s.moy)}


def but_actual(res: ButResults, inputs: dict) -> dict:
    """The engine's results, keyed like the vector's ``expected`` (bulletins excepted)."""
    sids = [s["id"] for s in inputs["students"]]
    idx = res.index
    per = lambda arr, f: {s: f(arr[idx[s]]) for s in sids}  # noqa: E731
    cube = {
        m.id: {u.id: res.cube[(m.id, u.id)] for u in res.ues if (m.id, u.id) in res.cube}
        for m in res.modules
        if any((m.id, u.id) in res.cube for u in res.ues)
    }
    return {
        "evaluations": {
            e: {"complete": st.complete, "taken_into_account": st.valid} for e, st in res.eval_states.items()
        },
        "module_means_per_ue": {m: {u: per(a, _num) for u, a in d.items()} for m, d in cube.items()},
        "module_means_per_ue_txt": {m: {u: per(a, _txt) for u, a in d.items()} for m, d in cube.items()},
        "ue_means": {u.id: per(res.ue_means[u.id], _num) for u in res.ues},
        "ue_means_txt": {u.id: per(res.ue_means[u.id], _txt) for u in res.ues},
        "malus": {u.id: per(res.malus[u.id], float) for u in res.ues},
        "malus_txt": {u.id: per(res.malus[u.id], _txt) for u in res.ues},
        "bonus_txt": {u.id: per(res.bonus[u.id], _txt) for u in res.ues},
        "moy_gen": per(res.moy_gen, _num),
        "moy_gen_txt": per(res.moy_gen, _txt),
        "rank": {s: res.rank[idx[s]] for s in sids},
        "rank_total": res.ninscrits,
        "ue_ranks": {
            u.id: {"ranks": {s: res.ue_ranks[u.id][idx[s]] for s in sids}, "total": res.ue_rank_total[u.id]}
            for u in res.ues
        },
        "ue_stats_txt": {u.id: _stats_txt(res.ue_stats[u.id]) for u in res.ues},
        "general_stats_txt": _stats_txt(res.general_stats),
        "evaluation_stats_txt": {e: _stats_txt(st) for e, st in res.eval_stats.items()},
        "module_indicative_mean_txt_unverified": {m: per(a, _txt) for m, a in res.indicative.items()},
    }
