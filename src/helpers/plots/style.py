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
#: Diverging pair for negative / positive values (blue–orange, colour-blind safe). These two hues mean
#: the sign of a score on every chart, so no speaker, kind or series is ever drawn in them.
NEGATIVE, NEUTRAL, POSITIVE = "#D55E00", "#BBBBBB", "#0072B2"
SIGN_COLOURS = (NEGATIVE, NEUTRAL, POSITIVE)
#: The narrator (text not attributed to anyone) on every chart that colours speakers.
NARRATOR_COLOUR = GREY
#: Speakers, in order of their number of statements: the Okabe–Ito hues left once the sign hues are
#: taken out. Past these, a speaker is one of the "other speakers" (white with a black edge).
SPEAKER_COLOURS = ("#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#000000", "#F0E442")
OTHER_SPEAKERS = "#FFFFFF"
#: A single series (counts, lengths, the ticks of a dispersion row): one neutral ink, not a hue that
#: means a speaker or a sign elsewhere.
INK = "#4D4D4D"
#: Ordered categories (statement kinds from quoted to reported, paragraph kinds from headline to body):
#: a light-to-dark ramp of one hue-free ink, so the order reads without borrowing a speaker's colour.
RAMP = ("#1A1A1A", "#404040", "#666666", "#8C8C8C", "#B3B3B3", "#D9D9D9")
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
    # a notebook's own plot gets ink, then the speakers' hues, never the sign hues first
    "axes.prop_cycle": mpl.cycler(color=[INK, *SPEAKER_COLOURS]),
    "svg.hashsalt": "diplomatic-discourse",
    "pdf.compression": 0,
}


def apply() -> None:
    """Use the project's style for the charts that follow."""
    mpl.rcParams.update(RC)


def speaker_colours(ranked, narrator: str | None = None) -> dict[str, str]:
    """The colour of each speaker, given the speakers in rank order (most statements first, then by name:
    :func:`rank_speakers`): the first six get :data:`SPEAKER_COLOURS` in turn, the rest
    :data:`OTHER_SPEAKERS`, the narrator :data:`NARRATOR_COLOUR`. Every chart of a text that tells
    speakers apart by colour asks this function, so one speaker has one colour on all of them.

    >>> speaker_colours(["Peskov", "Ushakov"])
    {'Peskov': '#E69F00', 'Ushakov': '#009E73'}
    """
    out: dict[str, str] = {}
    for name in ranked:
        if name == narrator:
            out[name] = NARRATOR_COLOUR
        elif name not in out:
            k = len([n for n in out if n != narrator])
            out[name] = SPEAKER_COLOURS[k] if k < len(SPEAKER_COLOURS) else OTHER_SPEAKERS
    return out


def rank_speakers(speakers, narrator: str | None = None) -> list[str]:
    """Speakers ranked as every chart ranks them: most rows first, ties by name; the narrator left out.

    >>> rank_speakers(["B", "A", "B", "(narrator)", "A", "C"], narrator="(narrator)")
    ['A', 'B', 'C']
    """
    counts: dict[str, int] = {}
    for name in speakers:
        if name != narrator:
            counts[name] = counts.get(name, 0) + 1
    return sorted(counts, key=lambda s: (-counts[s], s))


def sign_colour(value: float, band: tuple[float, float]) -> str:
    """The colour of a score's sign with the neutral band ``(low, high)``: below it negative, above it
    positive, inside it (or missing) neutral.

    >>> sign_colour(-0.4, (-0.05, 0.05)) == NEGATIVE
    True
    """
    low, high = band
    if value < low:
        return NEGATIVE
    if value > high:
        return POSITIVE
    return NEUTRAL


def ramp(n: int) -> list[str]:
    """``n`` inks of :data:`RAMP` from dark to light, for ordered categories (spread over the ramp).

    >>> ramp(2)
    ['#1A1A1A', '#D9D9D9']
    """
    if n <= 1:
        return list(RAMP[:n])
    last = len(RAMP) - 1
    return [RAMP[round(i * last / (n - 1))] for i in range(n)]


def speaker_swatches(ax, ys, names, colours: dict[str, str]) -> None:
    """A small square of each row's speaker colour just left of the y axis (rows at ``ys``), so a chart
    that lists speakers shows the colour the other charts give them. Speakers without a colour in
    ``colours`` get none."""
    from matplotlib.transforms import blended_transform_factory

    where = blended_transform_factory(ax.transAxes, ax.transData)
    marks = [(y, colours[n]) for y, n in zip(ys, names, strict=True) if n in colours]
    if not marks:
        return
    ax.tick_params(axis="y", pad=16)
    ax.scatter([-0.022] * len(marks), [y for y, _ in marks], c=[c for _, c in marks], marker="s", s=36,
               edgecolors="black", linewidths=0.4, transform=where, clip_on=False, zorder=5,
               gid="speaker swatches")


def new_axes(ax=None, figsize=None):
    """``ax`` if given, else the Axes of a new figure in the project's style."""
    if ax is not None:
        return ax
    apply()
    # constrained layout makes room for legends, colour bars and headings outside the axes, so none
    # is cut off at the figure's edge (tests/test_plots_review.py checks every text lies inside)
    _, ax = plt.subplots(figsize=figsize or RC["figure.figsize"], layout="constrained")
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
