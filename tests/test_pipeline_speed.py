"""The pipeline's process-level speed step agrees with the plain version (CONTRIBUTING.md, speed work).

:func:`helpers.pipeline.freeze_loaded` sets the loaded lexicons aside from the garbage collector
(``gc.freeze``); the plain version leaves the collector alone. Collection decides no output, so the seed's
tables must be the same either way; run in a fresh interpreter so that the freeze of this test process
(once per process) is not already done.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "raw" / "tass_2021-12-07_putin-biden-video-link.txt"

CHILD = """
import gc, json, sys
from helpers.article import load_article
from helpers.pipeline import analyse_article, freeze_loaded, warm_up

def tables():
    out = analyse_article(load_article(sys.argv[1]))
    return {k: v.to_csv(index=False) for k, v in out.items()}

plain = tables()
assert gc.get_freeze_count() == 0
warm_up()
frozen_count = gc.get_freeze_count()
freeze_loaded()  # a second call does nothing
assert gc.get_freeze_count() == frozen_count > 0
gc.collect()
print(json.dumps({"same": tables() == plain, "frozen": frozen_count}))
"""


def test_freeze_loaded_leaves_the_tables_unchanged():
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, "-c", CHILD, str(SEED)], capture_output=True, text=True, env=env,
                         check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["same"]
    assert result["frozen"] > 0
