"""The shared look of every chart, and saving charts reproducibly.

Palette: Okabe & Ito (2008), distinguishable with the common forms of colour blindness.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt

from ..paths import output_dir

#: Okabe–Ito colours, in the order they are used.
#: Yellow comes last: it is hard to see as a thin mark on white.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442"]
GREY = "#7F7F7F"
#: Diverging pair for negative / positive values (blue–orange, colour-blind safe).
NEGATIVE, NEUTRAL, POSITIVE = "#D55E00", "#BBBBBB", "#0072B2"
#: Sequential colour map for heatmaps (perceptually uniform, colour-blind safe).
SEQUENTIAL = "cividis"

RC = {
    "figure.figsize": (8.0, 4.5),
    "figure.dpi": 100,
    "savefig.dpi": 120,
    "font.size": 11,
    "axes.titlesize": 13,
    "axes.labelsize": 11,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.prop_cycle": mpl.cycler(color=PALETTE),
    "svg.hashsalt": "diplomatic-discourse",
    "pdf.compression": 0,
}


def apply() -> None:
    """Use the project's style for the charts that follow."""
    mpl.rcParams.update(RC)


def color_for(names, *, other: str = GREY) -> dict[str, str]:
    """A stable colour per name, in first-seen order (cycles after eight)."""
    out: dict[str, str] = {}
    for name in names:
        if name not in out:
            out[name] = PALETTE[len(out) % len(PALETTE)]
    return out


def new_axes(ax=None, figsize=None):
    """``ax`` if given, else the Axes of a new figure in the project's style."""
    if ax is not None:
        return ax
    apply()
    _, ax = plt.subplots(figsize=figsize or RC["figure.figsize"])
    return ax


def text_id(article) -> str:
    """The folder a text's charts go to: its file name without the suffix, made file-name-safe (as
    ``analyse`` names ``docs/<doc_id>``), or ``text-<8 hex digits of its SHA-256>`` for a text passed in
    directly, so two different texts never share a folder.

    >>> text_id(type("A", (), {"path": Path("data/raw/tass 2021.txt"), "text": ""})())
    'tass_2021'
    """
    path = getattr(article, "path", None)
    if path:
        return _safe(Path(path).stem).strip("._") or "text"
    digest = hashlib.sha256(str(getattr(article, "text", article)).encode("utf-8")).hexdigest()
    return f"text-{digest[:8]}"


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)


def savefig(fig, name: str, folder: str | Path | None = None, text=None) -> Path:
    """Save ``fig`` as ``<name>.png`` without timestamps, and return the path.

    Where: ``folder`` if given; else ``outputs/<text-id>/`` when ``text`` (the :class:`~helpers.Article`
    the chart shows) is given, so that running a notebook on another text overwrites none of the first
    text's charts (:func:`text_id`); else ``outputs/figures/``. ``outputs/`` is
    :func:`helpers.paths.output_dir`'s folder: ``HELPERS_OUTPUT_DIR`` moves it elsewhere.

    PNG metadata that changes between runs (software version, creation time) is left out, so the same
    chart gives the same bytes on every run of the same environment.
    """
    if hasattr(fig, "figure") and not hasattr(fig, "savefig"):
        fig = fig.figure
    if folder:
        target = Path(folder)
    else:
        target = output_dir(text_id(text)) if text is not None else output_dir("figures")
    target.mkdir(parents=True, exist_ok=True)
    path = target / f"{_safe(name)}.png"
    fig.savefig(path, bbox_inches="tight", metadata={"Software": None})
    return path
