"""Bulletins as PDF documents (reportlab), drawn from the same dictionary as the JSON bulletin.

ScoDoc's own PDF layout is configurable HTML-like templates; clients only download and show the file, so this
is a sober one-page layout carrying the same numbers: header, one table of UEs, modules and (long version)
evaluations, general mean and ranks, absences, jury situation, appreciations and an optional signature block."""

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from scodoc_api.services.bulletin_but_pdf import but_general, but_rows


@dataclass(frozen=True)
class PdfHeader:
    """What the bulletin dictionary does not carry: the semester and its department."""

    dept_name: str
    titre_num: str
    date_debut: date
    date_fin: date
    sig_left: str = "La direction des études"
    sig_right: str = "Le chef de département"


_STYLES = getSampleStyleSheet()
_BODY = ParagraphStyle("body", parent=_STYLES["Normal"], fontSize=9, leading=11)
_CELL = ParagraphStyle("cell", parent=_BODY, fontSize=8, leading=9.5)
_TITLE = ParagraphStyle("title", parent=_STYLES["Title"], fontSize=15, spaceAfter=4)
_GRID = [
    ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("ALIGN", (1, 0), (-1, -1), "CENTER"),
    ("FONTSIZE", (0, 0), (-1, -1), 8),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")),
    ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
]


def _p(text, style=_CELL) -> Paragraph:
    return Paragraph(escape("" if text is None else str(text)), style)


def _minmax(note: dict) -> str:
    lo, hi = note.get("min", ""), note.get("max", "")
    return f"{lo} / {hi}" if lo not in ("", None) and hi not in ("", None) else ""


def _rows(d: dict) -> tuple[list, list]:
    """Table rows and their extra styles: one shaded row per UE, then its modules and evaluations."""
    rows = [["", "Note/20", "Rang", "min / max", "Coef."]]
    styles = []
    for ue in d.get("ue", []):
        styles.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), colors.HexColor("#eef2f8")))
        styles.append(("FONTNAME", (0, len(rows)), (-1, len(rows)), "Helvetica-Bold"))
        rows.append(
            [
                _p(f"{ue['acronyme']} {ue['titre']}"),
                ue["note"]["value"],
                ue.get("rang", ""),
                _minmax(ue["note"]),
                f"ECTS {ue['ects'].strip()}" if str(ue.get("ects", "")).strip() else "",
            ]
        )
        for mod in ue.get("module", []):
            rows.append(
                [
                    _p(f"{mod['code'] or ''} {mod['titre']}"),
                    mod["note"]["value"],
                    mod.get("rang", {}).get("value", ""),
                    _minmax(mod["note"]),
                    f"{mod['coefficient']:g}",
                ]
            )
            for ev in mod.get("evaluation", []):
                what = ev.get("description") or "évaluation"
                when = ev.get("jour", "")
                label = f"    {what}" + (f" ({when})" if when and not when.startswith("1900") else "")
                styles.append(("TEXTCOLOR", (0, len(rows)), (-1, len(rows)), colors.HexColor("#404040")))
                rows.append([_p(label), ev.get("note", ""), "", "", f"{ev['coefficient']:g}"])
    return rows, styles


def _general(d: dict) -> list[str]:
    note, rang = d.get("note", {}), d.get("rang", {})
    lines = [
        f"Moyenne générale : {note.get('value', '')} / 20 "
        f"(min {note.get('min', '')}, max {note.get('max', '')}, moyenne {note.get('moy', '')})"
    ]
    if rang.get("value"):
        lines.append(f"Rang : {rang['value']} / {rang.get('ninscrits', '')}")
    for g in d.get("rang_group", []):
        if g.get("value"):
            lines.append(f"Rang en {g['group_type']} {g['group_name']} : {g['value']} / {g['ninscrits']}")
    bonus = d.get("bonus_sport_culture", {}).get("value") or 0
    if bonus:
        lines.append(
            f"Bonus sport/culture : {bonus:g}" if isinstance(bonus, float) else f"Bonus sport/culture : {bonus}"
        )
    if "absences" in d:
        a = d["absences"]
        lines.append(f"Absences : {a['nbabs']} demi-journée(s), dont {a['nbabsjust']} justifiée(s)")
    return lines


def render_bulletin_pdf(d: dict, head: PdfHeader, *, signatures: bool = True) -> bytes:
    """One bulletin (the dictionary built with plain texts) as PDF bytes."""
    out = BytesIO()
    et = d["etudiant"]
    name = f"{et['civilite']} {et['prenom']} {et['nom']}".strip()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=f"Bulletin de notes de {name}",
        author="scodoc-api",
        subject=head.titre_num,
        creator="scodoc-api",
    )
    story = [
        _p(head.dept_name, _BODY),
        _p("Relevé de notes", _TITLE),
        _p(f"{head.titre_num} — du {head.date_debut:%d/%m/%Y} au {head.date_fin:%d/%m/%Y}", _BODY),
        _p(f"{name}" + (f" (NIP {et['code_nip']})" if et.get("code_nip") else ""), _BODY),
        Spacer(1, 4 * mm),
    ]
    if not d.get("publie"):
        story.append(_p("Bulletin non publié.", _BODY))
    else:
        is_but = d.get("type") == "BUT"
        rows, styles = but_rows(d, _p) if is_but else _rows(d)
        story.append(
            Table(
                rows,
                colWidths=[100 * mm, 20 * mm, 16 * mm, 26 * mm, 18 * mm],
                repeatRows=1,
                style=TableStyle(_GRID + styles),
            )
        )
        story.append(Spacer(1, 4 * mm))
        story += [_p(line, _BODY) for line in (but_general(d) if is_but else _general(d))]
        if d.get("situation"):
            story += [Spacer(1, 2 * mm), _p(d["situation"], _BODY)]
        for a in d.get("appreciation", []):
            story.append(_p(f"{a['date']} : {a['comment']}", _BODY))
    if signatures:
        story += [
            Spacer(1, 12 * mm),
            Table([[_p(head.sig_left, _BODY), _p(head.sig_right, _BODY)]], colWidths=[90 * mm, 90 * mm]),
        ]
    doc.build(story)
    return out.getvalue()


def pdf_filename(titre_num: str, when: date, nom: str) -> str:
    """``bul-<titre_num>-<YYYY-MM-DD>-<NOM>.pdf`` with unsafe characters removed (legacy.md §4.1)."""

    def safe(text: str) -> str:
        ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        return re.sub(r"[^A-Za-z0-9_.-]+", "_", ascii_).strip("_")

    return f"bul-{safe(titre_num)}-{when.isoformat()}-{safe(nom)}.pdf"
