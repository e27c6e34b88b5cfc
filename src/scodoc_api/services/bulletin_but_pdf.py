"""The rows of a BUT bulletin's PDF (a relevé: UEs with their ressources and SAÉs, then each module's
evaluations), drawn from the same dictionary as the BUT JSON bulletin."""

from reportlab.lib import colors


def but_rows(d: dict, cell) -> tuple[list, list]:
    """Table rows and their extra styles: one shaded row per UE with its modules (coefficient and mean toward
    that UE), then one shaded row per ressource or SAÉ with its evaluations."""
    rows = [["", "Note/20", "Rang", "min / max", "Coef."]]
    styles: list = []
    titles = {code: m["titre"] for kind in ("ressources", "saes") for code, m in d.get(kind, {}).items()}

    def heading(values: list) -> None:
        styles.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), colors.HexColor("#eef2f8")))
        styles.append(("FONTNAME", (0, len(rows)), (-1, len(rows)), "Helvetica-Bold"))
        rows.append(values)

    for acronyme, ue in sorted(d.get("ues", {}).items(), key=lambda kv: kv[1].get("numero", 0)):
        m = ue.get("moyenne", {})
        ects = ue.get("ECTS", {}).get("total")
        heading(
            [
                cell(f"{acronyme} {ue.get('titre') or ''}"),
                m.get("value", ""),
                m.get("rang", ""),
                f"{m.get('min', '')} / {m.get('max', '')}",
                f"ECTS {ects:g}" if isinstance(ects, float) else "",
            ]
        )
        for kind in ("ressources", "saes"):
            for code, item in ue.get(kind, {}).items():
                rows.append([cell(f"    {code} {titles.get(code, '')}"), item["moyenne"], "", "", f"{item['coef']:g}"])
        if ue.get("bonus") not in (None, "00.00") or ue.get("malus") not in (None, "00.00"):
            rows.append([cell(f"    bonus {ue.get('bonus')} / malus {ue.get('malus')}"), "", "", "", ""])
    for kind in ("ressources", "saes"):
        for code, mod in d.get(kind, {}).items():
            heading([cell(f"{code} {mod['titre'] or ''}"), mod["moyenne"]["value"], "", "", ""])
            for ev in mod.get("evaluations", []):
                label = f"    {ev.get('description') or 'évaluation'}" + (f" ({ev['date']})" if ev.get("date") else "")
                note = ev["note"]
                styles.append(("TEXTCOLOR", (0, len(rows)), (-1, len(rows)), colors.HexColor("#404040")))
                rows.append([cell(label), note["value"], "", f"{note['min']} / {note['max']}", ev["coef"]])
    return rows, styles


def but_general(d: dict) -> list[str]:
    sem = d.get("semestre", {})
    notes, rang, ects = sem.get("notes", {}), sem.get("rang", {}), sem.get("ECTS", {})
    lines = [
        f"Moyenne indicative : {notes.get('value', '')} / 20 "
        f"(min {notes.get('min', '')}, max {notes.get('max', '')}, moyenne {notes.get('moy', '')})",
        f"ECTS : {ects.get('acquis', 0)} / {ects.get('total', 0)}",
    ]
    if rang.get("value"):
        lines.append(f"Rang : {rang['value']} / {rang.get('total', '')}")
    a = sem.get("absences")
    if a and d.get("options", {}).get("show_abs"):
        lines.append(f"Absences : {a['total']} demi-journée(s), dont {a['injustifie']} injustifiée(s)")
    return lines
