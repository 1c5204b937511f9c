"""Where charts are saved: one folder per text, so a run on another text overwrites nothing."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

import helpers
from helpers.plots import style


def test_charts_of_a_text_go_to_its_own_folder(tmp_path, monkeypatch, seed_path):
    monkeypatch.setenv("HELPERS_OUTPUT_DIR", str(tmp_path))
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1])
    seed = helpers.load_article(seed_path)
    # the seed's file is data/raw/tass_2021-12-07_putin-biden-video-link.txt: its stem names the folder
    assert style.savefig(ax, "chart", text=seed) == tmp_path / "tass_2021-12-07_putin-biden-video-link" / "chart.png"
    one = style.savefig(fig, "chart", text=helpers.load_article(text="Talks ended. Both sides said so."))
    two = style.savefig(fig, "chart", text=helpers.load_article(text="Talks went on. Nobody said so."))
    assert one.parent != two.parent and one.parent.name.startswith("text-") and one.is_file() and two.is_file()
    assert style.savefig(fig, "chart") == tmp_path / "figures" / "chart.png"  # no text: the shared folder
    assert style.savefig(fig, "a/b c", folder=tmp_path / "mine") == tmp_path / "mine" / "a_b_c.png"
    plt.close(fig)
