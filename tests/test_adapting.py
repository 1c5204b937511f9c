"""The three adaptations of issue 12, each made in its one place (ADAPTING.md), the way a user would.

1. A speech verb: the user's own copy of speech_verbs.txt with one more line; nothing else changes.
2. How "the Kremlin spokesman" resolves: one method, ``Resolver.resolve_role``.
3. A topic: the user's own topic dictionary (YAML).

Expected values are worked out by hand from the texts typed below (offsets counted in the comments).
"""

from __future__ import annotations

import helpers
from helpers.attribution.resolve import RULE_ROLE_NO_PERSON, Resolver
from helpers.lexicons.files import package_file

# "Talks in Geneva" (15) + "\n\n" (2) = 17; "Sergei Lavrov grumbled that " is 28 more: the content starts at 45
# and "the talks were useless" (22 characters) ends at 67.
GRUMBLE = "Talks in Geneva\n\nSergei Lavrov grumbled that the talks were useless. He left early.\n"


def test_a_speech_verb_is_one_line_in_the_users_verb_file(tmp_path):
    art = helpers.load_article(GRUMBLE)
    assert helpers.statements(art).empty  # "grumble" is not in the package's list
    verbs = tmp_path / "my_verbs.txt"
    verbs.write_text(package_file("speech_verbs.txt").read_text(encoding="utf-8") + "\ngrumble : that\n",
                     encoding="utf-8")
    st = helpers.statements(art, verbs_path=verbs)
    assert len(st) == 1
    row = st.iloc[0]
    assert (row.speaker, row.cue, row.kind) == ("Sergei Lavrov", "grumbled", "indirect")
    assert (row.start, row.end) == (45, 67)
    assert GRUMBLE[45:67] == "the talks were useless"
    assert GRUMBLE.find("grumbled") == row.cue_start


# "Kremlin briefing\n\n" is 18 characters: "Dmitry Peskov" is 18-31; "the Kremlin spokesman" first at 33-54,
# then (after "...useful. Later ") at 90-111, where it is the speaker of the second statement.
SPOKESMAN = ("Kremlin briefing\n\nDmitry Peskov, the Kremlin spokesman, said the talks were useful. "
             "Later the Kremlin spokesman said the meeting would go on.\n")


def test_the_role_noun_rule_is_one_method(monkeypatch):
    assert SPOKESMAN[90:111] == "the Kremlin spokesman"
    art = helpers.load_article(SPOKESMAN)
    st = helpers.statements(art)
    assert st["speaker"].tolist() == ["Dmitry Peskov", "Dmitry Peskov"]
    assert (st["speaker_start"].iloc[1], st["speaker_end"].iloc[1]) == (90, 111)

    # a researcher who wants role nouns never resolved changes resolve_role alone
    def never(self, np_, pos, *, speaker_position):
        return None, None, RULE_ROLE_NO_PERSON

    monkeypatch.setattr(Resolver, "resolve_role", never)
    fresh = helpers.load_article(SPOKESMAN + " ")  # another text: the analysis cache does not answer
    st = helpers.statements(fresh)
    assert st["speaker"].iloc[0] == "Dmitry Peskov"
    assert st["speaker"].iloc[1] != "Dmitry Peskov"
    mentions = helpers.speaker_mentions(fresh)
    roles = mentions[mentions["mention_type"] == "role_noun"]
    assert set(roles["rule"]) == {RULE_ROLE_NO_PERSON}


def test_a_topic_is_one_entry_in_the_users_dictionary(tmp_path):
    # "dam" twice and "water" once in 16 words ("Water talks" heading: 2; body: 14)
    text = "Water talks\n\nEgypt and Ethiopia discussed the dam. The dam holds water for both sides, they said.\n"
    yaml = tmp_path / "my_topics.yaml"
    yaml.write_text("version: 1\ntopics:\n  nile:\n    label: The Nile dam\n    terms: [dam, water]\n",
                    encoding="utf-8")
    counts = helpers.topic_counts(helpers.load_article(text), dictionary=str(yaml))
    row = counts.set_index("topic").loc["nile"]
    assert row["label"] == "The Nile dam"
    assert row["count"] == 4  # Water (heading), dam, dam, water
    mentions = helpers.topic_mentions(helpers.load_article(text), str(yaml), statements=False)
    assert [text[a:b] for a, b in zip(mentions["start"], mentions["end"])] == ["Water", "dam", "dam", "water"]
