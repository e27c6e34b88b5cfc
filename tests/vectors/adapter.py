"""Turn a vector case (shared/spec/vectors) into engine input, and compare engine output with its expectations."""

import json
from datetime import date

from scodoc_api.domain.formatting import fmt_note
from scodoc_api.domain.grades import (
    CapIn,
    EvalIn,
    ModIn,
    SemesterIn,
    StudentIn,
    UEIn,
    notes_from_mapping,
    ue_value_text,
)
from tests.paths import VECTORS  # noqa: E402  (our vectors, copied from shared/spec/vectors)

CLASSIC = sorted(p for p in VECTORS.glob("*.json") if p.name.startswith(("scodoc_test_", "derived_")))
UE_TYPES = {"standard": 0, "sport": 1}


def note_value(v):
    return {"ABS": None, "EXC": -1000.0, "ATT": -1002.0}.get(v, v) if isinstance(v, str) else float(v)


def grade_cases():
    for path in CLASSIC:
        for case in json.loads(path.read_text())["cases"]:
            if "expected" in case and "inputs" in case:
                yield path.name, case


def eval_in(e: dict, position: int) -> EvalIn:
    """A vector's evaluation as the engines' input (classic and BUT vectors describe them alike)."""
    return EvalIn(
        e["id"],
        e["module"],
        float(e["coefficient"]),
        float(e["note_max"]),
        e["type"],
        e.get("publish_incomplete", False),
        e.get("visibulletin", True),
        e.get("numero", 0),
        date.fromisoformat(e["jour"]) if e.get("jour") else None,
        None,
        position,
    )


def to_engine(inputs: dict) -> SemesterIn:
    st = inputs["settings"]
    ues = [
        UEIn(u["id"], u["numero"], UE_TYPES[u["type"]], u.get("coefficient"), i) for i, u in enumerate(inputs["ues"])
    ]
    mods = [
        ModIn(
            m["id"],
            m["ue"],
            float(m["coefficient"]),
            m["type"] == "malus",
            m.get("matiere_numero", 0),
            m.get("numero", 0),
            i,
        )
        for i, m in enumerate(inputs["modules"])
    ]
    evals = [eval_in(e, i) for i, e in enumerate(inputs["evaluations"])]
    students = [
        StudentIn(s["id"], s["etat"], s["nom"] + s["prenom"], frozenset(s["modules"])) for s in inputs["students"]
    ]
    notes = notes_from_mapping(
        {eid: {sid: note_value(v) for sid, v in per.items()} for eid, per in inputs["notes"].items()}
    )
    caps = {
        sid: [CapIn(c["ue"], float(c["moy"]), float(c["coef"])) for c in lst]
        for sid, lst in inputs.get("capitalized", {}).items()
    }
    groups = {"TD": inputs["groups"]} if "groups" in inputs else {}
    return SemesterIn(
        ues,
        mods,
        evals,
        students,
        notes,
        use_ue_coefs=st.get("use_ue_coefs", False),
        block_moyennes=st.get("block_moyennes", False),
        bonus_function=st.get("bonus_function"),
        capitalized=caps,
        groups=groups,
    )


def same(a, b, *, loose: bool = False) -> bool:
    if loose and isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return float(a) == float(b)
    return a == b and type(a) is type(b) if not isinstance(a, bool) else a == b


def engine_actual(res, inputs: dict) -> dict:
    """The engine's results in the vocabulary of the vectors' ``expected``."""
    ids = [s["id"] for s in inputs["students"]]
    idx = res.index
    out: dict = {
        "evaluations": {
            e: {"complete": s.complete, "attente": s.attente, "valid": s.valid} for e, s in res.eval_states.items()
        }
    }
    out["module_means"] = {m: {s: res.module_means[m][idx[s]] for s in ids} for m in res.module_means}
    out["module_means_txt"] = {m: {s: fmt_note(v) for s, v in d.items()} for m, d in out["module_means"].items()}
    out["ue"] = {
        u: {
            s: {
                "cur_moy_ue": r.cur[idx[s]],
                "moy": r.moy[idx[s]],
                "sum_coefs": r.sum_coefs[idx[s]],
                "coef_ue": r.coef_ue[idx[s]],
                "est_inscrit": r.registered[idx[s]],
                "is_capitalized": r.is_capitalized[idx[s]],
                "nb_notes": r.nb_notes[idx[s]],
                "nb_missing": r.nb_missing[idx[s]],
            }
            for s in ids
        }
        for u, r in res.ue.items()
    }
    ue_by_id = {u.id: u for u in res.ues}
    out["ue_note_value_txt"] = {
        u: {
            s: {
                "json_value": ue_value_text(res, ue_by_id[u], idx[s], xml=False),
                "xml_value": ue_value_text(res, ue_by_id[u], idx[s], xml=True),
            }
            for s in ids
        }
        for u in res.ue
    }
    out["moy_gen"] = {s: res.moy_gen[idx[s]] for s in ids}
    out["moy_gen_txt"] = {s: fmt_note(v) for s, v in out["moy_gen"].items()}
    out["bonus_sport_culture"] = {s: res.bonus[idx[s]] for s in ids}
    out["ranks_hidden_because_attente"] = res.ranks_hidden
    out["rank"] = {s: res.rank[idx[s]] for s in ids}
    out["rank_ninscrits"] = res.ninscrits
    out["general_stats_txt"] = {k: fmt_note(v) for k, v in res.general_stats.items()}
    out["ue_ranks"] = {
        u: {"ranks": {s: r.ranks[idx[s]] for s in ids}, "effectif": r.effectif} for u, r in res.ue.items()
    }
    out["ue_stats_txt"] = {
        u: {k: fmt_note(r.stats[k]) if r.stats else "" for k in ("min", "max", "moy")} for u, r in res.ue.items()
    }
    out["module_ranks"] = {
        m: {"ranks": {ids[i]: rk for i, rk in res.module_ranks[m].items()}, "effectif": res.module_effectif[m]}
        for m in res.module_ranks
    }
    out["module_stats_txt"] = {
        m: {
            "moy": fmt_note(st.moy),
            "max": fmt_note(st.max),
            "min": fmt_note(st.min),
            "nb_notes": st.nb_notes,
            "nb_missing": st.nb_missing,
            "nb_valid_evals": st.nb_valid_evals,
        }
        for m, st in res.module_stats.items()
    }
    out["group_ranks"] = {
        g: {"ranks": {ids[i]: rk for i, rk in v["ranks"].items()}, "ninscrits": v["ninscrits"]}
        for (p, g), v in res.group_ranks.items()
    }
    return out


LOOSE_KEYS = {"sum_coefs", "coef_ue", "est_inscrit"}


def compare(expected, actual, path="") -> list[str]:
    """Differences, exact for numbers and types except the internal values the README allows to be loose."""
    diffs = []
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{path}: expected an object, got {actual!r}"]
        for k, v in expected.items():
            if k not in actual:
                diffs.append(f"{path}.{k}: missing")
            else:
                diffs += compare(v, actual[k], f"{path}.{k}")
        return diffs
    key = path.rsplit(".", 1)[-1]
    if not same(expected, actual, loose=key in LOOSE_KEYS):
        diffs.append(f"{path}: expected {expected!r}, got {actual!r}")
    return diffs
