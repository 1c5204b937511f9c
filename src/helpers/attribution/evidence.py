"""Evidence for reading the attribution: each statement's sentence, speaker, cue and content marked."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..article import as_article
from .statements import statements

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

EVIDENCE_STYLE = {
    "speaker": "background:#56B4E9;color:#000;padding:0 2px;border-radius:3px",  # sky blue
    "cue": "background:#E69F00;color:#000;padding:0 2px;border-radius:3px",  # orange
    "content": "background:#F0E442;color:#000;padding:0 1px",  # yellow
}


def evidence_html(article: Any, table: pd.DataFrame | None = None, *, max_rows: int | None = None) -> str:
    """An HTML table: each statement's sentence(s) with the speaker mention, the cue and the content marked.

    ``<mark>`` spans, colour-blind-safe colours (sky blue: speaker, orange: cue, yellow: content). A
    speaker mention outside the statement's sentences (a continuation) is shown in the speaker column.
    """
    import html

    art = as_article(article)
    st = statements(art) if table is None else table
    text = art.text
    sents = art.sentences
    s_start, s_end = sents["start"].tolist(), sents["end"].tolist()
    legend = " ".join(f'<mark style="{EVIDENCE_STYLE[k]}">{k}</mark>' for k in ("speaker", "cue", "content"))
    out = [
        f"<p>{legend}</p>",
        "<table><thead><tr><th>#</th><th>speaker</th><th>kind</th>"
        '<th style="text-align:left">evidence</th><th>rule</th></tr></thead><tbody>',
    ]
    rows = st if max_rows is None else st.head(max_rows)
    for r in rows.itertuples():
        ids = [int(i) for i in str(r.sentence_ids).split(",") if i != ""]
        a, b = s_start[ids[0]], s_end[ids[-1]]
        a, b = min(a, r.start), max(b, r.end)
        spans = [("content", r.start, r.end)]
        if r.cue_start >= 0:
            spans.append(("cue", r.cue_start, r.cue_end))
        if a <= r.speaker_start and r.speaker_end <= b:
            spans.append(("speaker", r.speaker_start, r.speaker_end))
        label = [""] * (b - a)
        for kind, x, y in spans:  # later kinds win: speaker over cue over content
            for i in range(max(a, x), min(b, y)):
                label[i - a] = kind
        pieces, i = [], a
        while i < b:
            j = i
            while j < b and label[j - a] == label[i - a]:
                j += 1
            chunk = html.escape(text[i:j])
            kind = label[i - a]
            pieces.append(f'<mark style="{EVIDENCE_STYLE[kind]}">{chunk}</mark>' if kind else chunk)
            i = j
        who = html.escape(r.speaker)
        if not (a <= r.speaker_start and r.speaker_end <= b):
            who += f"<br><small>(as “{html.escape(r.speaker_mention)}”, earlier)</small>"
        out.append(
            f"<tr><td>{r.statement_id}</td><td>{who}</td><td>{r.kind}</td>"
            f'<td style="text-align:left">{"".join(pieces)}</td>'
            f"<td><small>{html.escape(r.rule)}</small></td></tr>"
        )
    out.append("</tbody></table>")
    return "\n".join(out)
