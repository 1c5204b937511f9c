"""A user's topic dictionary in the formats of the field (issue 18), and the CAP major topic codes.

Each format gets a small file written here with two categories, and the same text: by hand, "The dam on
the Nile and the water talks: Nile water, dams and drought." holds dam/dams x2 (via dam*), Nile x2,
water x2, drought x1 (the water category: 7) and talks x1 (diplomacy: 1).
"""

from __future__ import annotations

import pytest

import helpers
from helpers.errors import InputError
from helpers.lexicons.cap_topics import cap_table, load_cap_mapping
from helpers.lexicons.dictionary_formats import topic_key

TEXT = "The dam on the Nile and the water talks: Nile water, dams and drought."
# by hand, in text order: water = dam, Nile, water, Nile, water, dams, drought = 7 ("dam*" covers "dam" and
# "dams"); diplomacy = talks = 1
EXPECTED = {"water": 7, "diplomacy": 1}

FILES = {
    "lexicoder.lc3": "+WATER\ndam*\nwater\nnile\ndrought\n+DIPLOMACY\ntalks\nnegotiat*\n",
    "lexicoder.lcd": "+Water\n dam*\n water\n nile\n drought\n+Diplomacy\n talks\n",
    "wordstat.cat": "WATER\n\tDAM* (1)\n\tWATER (1)\n\tNILE (1)\n\tDROUGHT (1)\nDIPLOMACY\n\tTALKS (1)\n"
                    "\tPEACE_TALKS (1)\n",
    "liwc.dic": "%\n1\twater\n2\tdiplomacy\n%\ndam*\t1\nwater\t1\nnile\t1\ndrought\t1\ntalks\t2\n:)\t2\n",
    "quanteda.yml": "water: [dam*, water, nile, drought]\ndiplomacy:\n  - talks\n",
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_each_format_counts_the_same(tmp_path, name):
    path = tmp_path / name
    path.write_text(FILES[name], encoding="utf-8")
    d = helpers.load_dictionary(path)
    assert set(d.topics) == {"water", "diplomacy"}
    counts = helpers.topic_counts(helpers.load_article(TEXT), dictionary=d, statements=False)
    got = dict(zip(counts["topic"], counts["count"], strict=True))
    assert got == EXPECTED


def test_wordstat_phrases_and_liwc_skips_are_kept_apart(tmp_path):
    cat = tmp_path / "w.cat"
    cat.write_text(FILES["wordstat.cat"], encoding="utf-8")
    terms = helpers.load_dictionary(cat).table()
    assert "peace talks" in terms["term"].tolist()  # the underscore joins a phrase
    dic = tmp_path / "l.dic"
    dic.write_text(FILES["liwc.dic"], encoding="utf-8")
    terms = helpers.load_dictionary(dic).table()
    assert ":)" not in terms["term"].tolist()  # an emoticon is no word: skipped


def test_nested_wordstat_categories_join_their_names(tmp_path):
    path = tmp_path / "n.cat"
    path.write_text("ENVIRONMENT\n\tWATER\n\t\tDAM* (1)\n\tAIR\n\t\tSMOG (1)\n", encoding="utf-8")
    assert set(helpers.load_dictionary(path).topics) == {"environment_water", "environment_air"}


@pytest.mark.parametrize(("name", "content", "message"), [
    ("bad.lc3", "dam\n+WATER\nwater\n", r"before the first \+CATEGORY"),
    ("bad.cat", "\tDAM (1)\n", "before the first category"),
    ("bad.dic", "dam\t1\n", "category block"),
    ("bad2.dic", "%\n1\twater\n%\ndam\t7\n", "names category '7'"),
])
def test_malformed_files_say_what_is_wrong(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        helpers.load_dictionary(path)


def test_topic_keys_from_category_names():
    assert topic_key("Human Rights") == "human_rights"
    assert topic_key("1 econ") == "t_1_econ"


def test_every_project_topic_has_a_cap_code():
    table = cap_table()
    assert set(table["topic"]) == set(helpers.load_dictionary().topics)
    m = load_cap_mapping()
    assert m.code("pandemic") == 3 and m.code("trade_economy") == 18 and m.code("military") == 16
    assert m.code("energy") == 8 and m.code("middle_east") == 19 and m.code("not_a_topic") is None
    assert m.labels[19].startswith("International Affairs")
