"""The topic-context lexicon (``topic_context.yaml``): the words around a match that say it is no topic.

``load_topic_context()`` reads the package's file (once), ``load_topic_context(path)`` a user's own. The
file's header documents the format. Phrases (and cue words) are written in the term syntax of the topic
dictionary and compiled by :func:`helpers.lexicons.topic_dictionary.parse_dictionary`: each phrase group
becomes a "topic" of a :class:`TopicContext.phrases` dictionary, so the topic matcher finds them in a text
exactly as it finds topic terms. The rules that read this data are
:data:`helpers.topic_context.CONTEXT_RULES`.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from .files import package_file, read_text_file
from .topic_dictionary import TopicDictionary, parse_dictionary

#: The package's file, in ``helpers/lexicons/``.
CONTEXT_FILE = "topic_context.yaml"
#: Keys of the file's top level.
CONTEXT_KEYS = frozenset({"addresses",
    "phrases", "title_heads", "title_links", "title_connectors", "title_max_words", "title_keeps",
    "reversing_prefixes",
    "cues", "captions", "caption_endings", "closing_line_max_words", "actors", "venues", "member_lists",
    "cooperation",
    "ranking", "salience", "appositions", "names", "epithets", "themes", "lists",
})
#: Where a cue's words may stand around the mention, within its window.
CUE_SIDES = ("both", "before", "after")
#: ``blocks: "*"``: the phrase blocks every topic.
ALL_TOPICS = "*"


@dataclass(frozen=True)
class Cue:
    """A mention whose lower-case words are in ``words`` counts for ``topic`` only near a cue word.

    ``cues`` is the key of the cue words in :attr:`TopicContext.cue_words`; ``window`` counts words in
    the same sentence; a cue anywhere in the ``previous_sentences`` sentences before also counts. With
    ``unless`` the cue words disqualify instead: the mention counts only when none is near ("economic
    aid" is no trade). ``side`` limits the window to the words "before" or "after" the mention;
    ``through``, when given, lists the only words that may stand between the mention and its cue
    ("economic and humanitarian assistance", not "economic growth and support").
    """

    topic: str
    words: frozenset[str]
    cues: str
    window: int
    previous_sentences: int
    unless: bool = False
    side: str = "both"  # where the cue words count: "before" the mention, "after" it, or "both"
    through: frozenset[str] = frozenset()  # if given, the only words that may stand between mention and cue


@dataclass
class TopicContext:
    """The compiled context lexicon (see the file's header for each field's meaning).

    ``phrases``: one dictionary "topic" per phrase group; ``blocks[group][i]``: the topics phrase ``i`` of
    the group blocks (None: every topic); ``rule_of``: group -> the rule that reads it.
    """

    phrases: TopicDictionary
    blocks: dict[str, list[frozenset[str] | None]]
    rule_of: dict[str, str]
    title_heads: frozenset[str]
    title_links: tuple[tuple[str, ...], ...]
    title_connectors: frozenset[str]
    title_max_words: int
    title_keeps: frozenset[str]
    reversing_prefixes: frozenset[str]
    cues: tuple[Cue, ...]
    cue_words: TopicDictionary | None
    captions: tuple[str, ...]
    closing_line_max_words: int
    actor_gap_words: frozenset[str]
    actor_not_verbs: frozenset[str]
    caption_endings: tuple[str, ...] = ()
    actor_stance: frozenset[str] = frozenset()  # "believes", "ready": a stance, read like a speech verb
    actor_stance_nouns: frozenset[str] = frozenset()  # "Egypt's position": a government's stance
    actor_title_heads: frozenset[str] = frozenset()  # "minister" in "Iranian Foreign Minister"
    actor_title_modifiers: frozenset[str] = frozenset()  # "foreign", "vice" before the head
    actor_parties: frozenset[str] = frozenset()  # "with": "talks with Ukrainian President Zelensky"
    actor_foreign_heads: frozenset[str] = frozenset()  # "minister": a head only after "foreign"
    actor_leader_heads: tuple[tuple[str, ...], ...] = ()  # "president": "Iran President Rouhani"
    actor_foreign_words: frozenset[str] = frozenset()  # "foreign", "external"
    actor_state_styles: frozenset[str] = frozenset()  # "republic", "kingdom": "the Republic of Kazakhstan"
    actor_institutions: frozenset[str] = frozenset()  # "eu": a body whose office holders speak for it
    actor_passive: frozenset[str] = frozenset()  # "was": "Ukraine was invited to ...": spoken to
    actor_bodies: frozenset[str] = frozenset()  # "unhcr": an issue topic's body that speaks ("UNHCR warns")
    actor_body_members: frozenset[str] = frozenset()  # "leaders": "CARICOM leaders" act for the group
    actor_member_styles: frozenset[str] = frozenset()  # "of", "state": "heads of state and government"
    actor_portfolio_links: frozenset[str] = frozenset()  # "of", "for": "Minister of Foreign Affairs"
    actor_foreign_portfolios: frozenset[str] = frozenset()  # "affairs": "Minister of Foreign Affairs"
    actor_stance_of_nouns: frozenset[str] = frozenset()  # "position": "the position of the Iraqi government"
    actor_effort_nouns: frozenset[str] = frozenset()  # "efforts": "the Saudi Syrian efforts" act
    venue_links: frozenset[str] = frozenset()  # "in", "at": "talks in Brussels"
    address_links: frozenset[str] = frozenset()  # "in", "by": "in Qingdao, east China,"
    address_directions: frozenset[str] = frozenset()  # "east", "northern": "Qingdao, east China"
    venue_events: frozenset[str] = frozenset()  # the event before the link: "talks", "reporters"
    venue_names: frozenset[str] = frozenset()  # the event after a body's name: "G20 summit"
    venue_markers: frozenset[str] = frozenset()  # before a named event: "upcoming", "ahead of"
    venue_participants: frozenset[str] = frozenset()  # who meets: "G20 Foreign Ministers Meeting"
    venue_topics: frozenset[str] = frozenset()  # issue topics that name a body meeting somewhere
    venue_sidelines: frozenset[str] = frozenset()  # "sidelines", "margins": "on the sidelines of X"
    venue_occasions: frozenset[str] = frozenset()  # "day", "eve": "on the second day of the X session"
    venue_meetings: frozenset[str] = frozenset()  # "g20", "european council": bodies that are meetings
    venue_meeting_links: frozenset[str] = frozenset()  # "at", "during": "at the G20"
    venue_assemblies: frozenset[str] = frozenset()  # "general assembly": a body that is its own session
    venue_assembly_links: frozenset[str] = frozenset()  # "at", "for": "at the 78th UN General Assembly"
    venue_assembly_fillers: frozenset[str] = frozenset()  # "the", "annual": between the link and the body
    member_list_min_places: int = 0  # places in parentheses that make a member list (0: rule off)
    member_list_max_words: int = 0  # the longest member list, in words
    apposition_articles: frozenset[str] = frozenset()  # "a", "an": ", a NATO member,"
    apposition_modifiers: frozenset[str] = frozenset()  # "fellow": ", a fellow EU member,"
    apposition_heads: frozenset[str] = frozenset()  # "member", "ally": what the name is
    award_heads: frozenset[str] = frozenset()  # "prize", "award": "the Seoul Peace Prize" names an award
    epithet_heads: frozenset[str] = frozenset()  # "democracy": "the world's oldest democracy" is a state
    epithet_modifiers: frozenset[str] = frozenset()  # "oldest", "advanced": the quality that names it
    theme_words: frozenset[str] = frozenset()  # "theme", "motto": an event's title follows
    theme_quoted_words: frozenset[str] = frozenset()  # "entitled": a title follows only in quotation marks
    force_heads: frozenset[str] = frozenset()  # "military", "navy": "the Lebanese military" is an actor
    force_followers: frozenset[str] = frozenset()  # "of", "continues": the force noun heads its phrase
    force_owners: frozenset[str] = frozenset()  # "his", "own": "his own navy" is an actor
    force_builders: frozenset[str] = frozenset()  # "strengthen": "strengthen the Ukrainian army" counts
    prepositions: frozenset[str] = frozenset()  # ranking: no subject position after these
    relation_words: frozenset[str] = frozenset()  # ranking: nouns of the relations between states
    scope_words: frozenset[str] = frozenset()  # ranking: nouns of the range of a talk ("issues")
    relation_adjective_topics: frozenset[str] = frozenset()  # ranking: "diplomatic" in "diplomatic ties"
    field_labels: tuple[str, ...] = ()  # ranking: a page's field lines ("place:", "venue:")
    genre_phrases: tuple[str, ...] = ()  # ranking: a headline naming a press briefing ("press briefing")
    genre_topic: str = ""  # ranking: the topic of such a text when no topic is counted
    party_links: frozenset[str] = frozenset()  # ranking: "to" in "his visit to Kenya"
    party_titles: frozenset[str] = frozenset()  # ranking: "counterpart" in "his Ethiopian counterpart"
    host_verbs: frozenset[str] = frozenset()  # ranking: "welcome", "received": a host receives a guest
    host_links: frozenset[str] = frozenset()  # ranking: "in", "to": "received ... in Abuja"
    covered_regions: dict[str, frozenset[str]] = field(default_factory=dict)  # ranking: iran -> "middle east"
    meeting_nouns: frozenset[str] = frozenset()  # ranking: "summit" in "the CARICOM summit"
    holder_topics: frozenset[str] = frozenset()  # ranking: topics of groups of states that hold meetings
    holder_frames: frozenset[str] = frozenset()  # ranking: "auspices": "under the auspices of the UN"
    holder_roles: frozenset[str] = frozenset()  # ranking: "led", "brokered": "UN-led talks"
    frame_topics: frozenset[str] = frozenset()  # salience: the text's own event, counted when named once
    relation_bodies: frozenset[str] = frozenset()  # "nato", "asean": a relation's party that is no state
    relation_regions: frozenset[str] = frozenset()  # "africa": a relation's party after "with"/"between"
    relation_party_openers: frozenset[str] = frozenset()  # "the", "two": "relations between the two ..."
    list_lead_words: frozenset[str] = frozenset()  # "discussed", "including": a list's first item follows
    list_item_heads: frozenset[str] = frozenset()  # "region": "Sudan's Darfur region, Iraq" is one item
    list_item_modifiers: frozenset[str] = frozenset()  # "occupied": "and the occupied Palestinian"
    list_adverbs: frozenset[str] = frozenset()  # "meanwhile": "Meanwhile, the conflict ..." is no list item
    cooperation_words: frozenset[str] = frozenset()  # "cooperation": its fields are named, not discussed
    cooperation_links: frozenset[str] = frozenset()  # "in", "on": "cooperation in trade"
    cooperation_clause_words: frozenset[str] = frozenset()  # "which", "but": the fields end there
    frame_generic: frozenset[str] = frozenset()  # salience: frame words naming a practice, no event
    press_events: tuple[str, ...] = ()  # salience: "interview": the text's own event is no talks
    frame_party_links: frozenset[str] = frozenset()  # salience: "with", "between": a relation's parties
    frame_party_words: frozenset[str] = frozenset()  # salience: "our", "their": a relation's holder
    source: str = "<dict>"
    #: Every mention text that some cue reads (the union of the cues' ``words``), for a quick test.
    cue_terms: frozenset[str] = frozenset()
    #: The most words of any cue term ("red line~": 2): how far past a cue's window its words may reach.
    cue_longest: int = 1
    #: ``title_heads`` as they may be written ("minister", "Minister", "MINISTER"), built once.
    title_head_forms: frozenset[str] = frozenset()


def load_topic_context(path: str | os.PathLike[str] | None = None) -> TopicContext:
    """Read and check a topic-context file; without ``path`` the package's own (read once)."""
    if path is None:
        return _package_context()
    return _load(Path(path))


@functools.cache
def _package_context() -> TopicContext:
    return _load(package_file(CONTEXT_FILE))


def _load(path: Path) -> TopicContext:
    import yaml

    text = read_text_file(path, what="topic context")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        raise InputError("topic context file is not valid YAML", path=path,
                         hint="check quoting; quote values that contain ': '") from None
    return parse_topic_context(data, source=str(path))


def _words(data: Mapping, key: str) -> list[str]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"topic context: '{key}' must be a list of words")
    return [v.lower() for v in value]


def parse_topic_context(data: Any, source: str = "<dict>") -> TopicContext:
    """Check and compile a topic-context mapping (what the YAML file holds)."""
    path = None if source == "<dict>" else source
    if not isinstance(data, Mapping):
        raise InputError("topic context must be a mapping", path=path, hint="see topic_context.yaml")
    unknown = sorted(set(map(str, data)) - CONTEXT_KEYS)
    if unknown:
        raise InputError(f"topic context: unknown key(s) {', '.join(unknown)}", path=path,
                         hint=f"allowed: {', '.join(sorted(CONTEXT_KEYS))}")
    phrases, blocks, rule_of = _phrases(data.get("phrases") or {}, source)
    cues, cue_words = _cues(data.get("cues") or [], source)
    actors = data.get("actors") or {}
    venues = data.get("venues") or {}
    members = data.get("member_lists") or {}
    appositions = data.get("appositions") or {}
    ranking = data.get("ranking") or {}
    heads = _words(data, "title_heads")
    return TopicContext(
        phrases=phrases, blocks=blocks, rule_of=rule_of,
        title_heads=frozenset(heads),
        title_head_forms=frozenset({*heads, *(h.capitalize() for h in heads), *(h.upper() for h in heads)}),
        title_links=tuple(tuple(link.split()) for link in _words(data, "title_links")),
        title_connectors=frozenset(_words(data, "title_connectors")),
        title_max_words=int(data.get("title_max_words", 8)),
        title_keeps=frozenset(_words(data, "title_keeps")),
        reversing_prefixes=frozenset(_words(data, "reversing_prefixes")),
        cues=cues, cue_words=cue_words, cue_terms=frozenset().union(*(c.words for c in cues)),
        cue_longest=max((len(t.pieces) for topic in cue_words for t in topic.terms), default=1)
        if cue_words is not None else 1,
        captions=tuple(_words(data, "captions")),
        closing_line_max_words=int(data.get("closing_line_max_words", 0)),
        caption_endings=tuple(_words(data, "caption_endings")),
        **_actors(actors),
        **_venues(venues),
        address_links=frozenset(_words(data.get("addresses") or {}, "links")),
        address_directions=frozenset(_words(data.get("addresses") or {}, "directions")),
        member_list_min_places=int(members.get("min_places", 0)),
        member_list_max_words=int(members.get("max_words", 0)),
        apposition_articles=frozenset(_words(appositions, "articles")),
        apposition_modifiers=frozenset(_words(appositions, "modifiers")),
        apposition_heads=frozenset(_words(appositions, "heads")),
        **_names(data.get("names") or {}),
        **_descriptions(data),
        prepositions=frozenset(_words(ranking, "prepositions")),
        relation_words=frozenset(_words(ranking, "relation_words")),
        relation_bodies=frozenset(" ".join(w.split()) for w in _words(ranking, "relation_bodies")),
        relation_regions=frozenset(" ".join(w.split()) for w in _words(ranking, "relation_regions")),
        relation_party_openers=frozenset(_words(ranking, "relation_party_openers")),
        scope_words=frozenset(_words(ranking, "scope_words")),
        relation_adjective_topics=frozenset(_words(ranking, "relation_adjective_topics")),
        field_labels=tuple(_words(ranking, "field_labels")),
        genre_phrases=tuple(" ".join(w.split()) for w in _words(ranking, "genre_phrases")),
        genre_topic=str(ranking.get("genre_topic") or ""),
        party_links=frozenset(_words(ranking, "party_links")),
        party_titles=frozenset(_words(ranking, "party_titles")),
        host_verbs=frozenset(_words(ranking, "host_verbs")),
        host_links=frozenset(_words(ranking, "host_links")),
        **_holders(ranking),
        covered_regions=_covered_regions(ranking, source),
        cooperation_words=frozenset(_words(data.get("cooperation") or {}, "words")),
        cooperation_links=frozenset(_words(data.get("cooperation") or {}, "links")),
        cooperation_clause_words=frozenset(_words(data.get("cooperation") or {}, "clause_words")),
        **_salience(data.get("salience") or {}),
        source=source,
    )


def _actors(actors: Mapping) -> dict[str, Any]:
    """The ``actors`` lists of the file, by field of :class:`TopicContext`."""
    return {
        "actor_gap_words": frozenset(_words(actors, "gap_words")),
        "actor_not_verbs": frozenset(_words(actors, "not_verbs")),
        "actor_stance": frozenset(_words(actors, "stance")),
        "actor_stance_nouns": frozenset(_words(actors, "stance_nouns")),
        "actor_title_heads": frozenset(_words(actors, "title_heads")),
        "actor_title_modifiers": frozenset(_words(actors, "title_modifiers")),
        "actor_parties": frozenset(_words(actors, "parties")),
        "actor_foreign_heads": frozenset(_words(actors, "foreign_heads")),
        "actor_leader_heads": tuple(tuple(h.split()) for h in _words(actors, "leader_heads")),
        "actor_foreign_words": frozenset(_words(actors, "foreign_words")),
        "actor_state_styles": frozenset(_words(actors, "state_styles")),
        "actor_institutions": frozenset(" ".join(w.split()) for w in _words(actors, "institutions")),
        "actor_passive": frozenset(_words(actors, "passive")),
        "actor_bodies": frozenset(" ".join(w.split()) for w in _words(actors, "bodies")),
        "actor_body_members": frozenset(_words(actors, "body_members")),
        "actor_member_styles": frozenset(_words(actors, "member_styles")),
        "actor_portfolio_links": frozenset(_words(actors, "portfolio_links")),
        "actor_foreign_portfolios": frozenset(_words(actors, "foreign_portfolios")),
        "actor_stance_of_nouns": frozenset(_words(actors, "stance_of_nouns")),
        "actor_effort_nouns": frozenset(_words(actors, "effort_nouns")),
    }


def _venues(venues: Mapping) -> dict[str, frozenset[str]]:
    """The ``venues`` lists of the file, by field of :class:`TopicContext`."""
    return {
        "venue_links": frozenset(_words(venues, "links")),
        "venue_events": frozenset(_words(venues, "events")),
        "venue_names": frozenset(_words(venues, "event_names")),
        "venue_markers": frozenset(_words(venues, "markers")),
        "venue_participants": frozenset(_words(venues, "participants")),
        "venue_topics": frozenset(_words(venues, "topics")),
        "venue_sidelines": frozenset(_words(venues, "sidelines")),
        "venue_occasions": frozenset(_words(venues, "occasions")),
        "venue_meetings": frozenset(" ".join(w.split()) for w in _words(venues, "meetings")),
        "venue_meeting_links": frozenset(_words(venues, "meeting_links")),
        "venue_assemblies": frozenset(" ".join(w.split()) for w in _words(venues, "assemblies")),
        "venue_assembly_links": frozenset(_words(venues, "assembly_links")),
        "venue_assembly_fillers": frozenset(_words(venues, "assembly_fillers")),
    }


def _covered_regions(ranking: Mapping, source: str) -> dict[str, frozenset[str]]:
    """``ranking.covered_regions``: a topic key -> the lower-case names of the regions that hold it."""
    value = ranking.get("covered_regions") or {}
    if not isinstance(value, Mapping) or not all(isinstance(v, list) for v in value.values()):
        raise InputError("topic context: 'covered_regions' must map topics to lists of region names",
                         path=None if source == "<dict>" else source)
    return {str(k): frozenset(" ".join(str(w).lower().split()) for w in v) for k, v in value.items()}


def _salience(salience: Mapping) -> dict[str, Any]:
    """The ``salience`` lists of the file: the text's own event and what makes it so."""
    return {"frame_topics": frozenset(_words(salience, "frame_topics")),
            "frame_generic": frozenset(_words(salience, "generic_words")),
            "press_events": tuple(" ".join(w.lower().split()) for w in _words(salience, "press_events")),
            "frame_party_links": frozenset(_words(salience, "party_links")),
            "frame_party_words": frozenset(_words(salience, "party_words"))}


def _holders(ranking: Mapping) -> dict[str, frozenset[str]]:
    """The ``ranking`` lists of a group of states holding or framing a meeting ("the CARICOM summit")."""
    return {key: frozenset(_words(ranking, key))
            for key in ("meeting_nouns", "holder_topics", "holder_frames", "holder_roles")}


def _descriptions(data: Mapping) -> dict[str, frozenset[str]]:
    """The word lists of the ``epithets``, ``themes`` and ``lists`` sections: what describes a state, an
    event's title, the words that open a list."""
    epithets, themes = data.get("epithets") or {}, data.get("themes") or {}
    return {"epithet_heads": frozenset(_words(epithets, "heads")),
            "epithet_modifiers": frozenset(_words(epithets, "modifiers")),
            "theme_words": frozenset(_words(themes, "words")),
            "theme_quoted_words": frozenset(_words(themes, "quoted_words")),
            "list_lead_words": frozenset(_words(data.get("lists") or {}, "lead_words")),
            "list_item_heads": frozenset(_words(data.get("lists") or {}, "item_heads")),
            "list_item_modifiers": frozenset(_words(data.get("lists") or {}, "item_modifiers")),
            "list_adverbs": frozenset(_words(data.get("lists") or {}, "adverbs"))}


def _names(names: Mapping) -> dict[str, frozenset[str]]:
    """The word lists of the ``names`` section (award names, a state's armed forces as an actor)."""
    return {"award_heads": frozenset(_words(names, "award_heads")),
            "force_heads": frozenset(_words(names, "force_heads")),
            "force_followers": frozenset(_words(names, "force_followers")),
            "force_owners": frozenset(_words(names, "force_owners")),
            "force_builders": frozenset(_words(names, "force_builders"))}


def _phrases(groups: Any, source: str) -> tuple[TopicDictionary, dict, dict]:
    """The phrase groups as one dictionary (a topic per group), the topics each phrase blocks, the rules."""
    if not isinstance(groups, Mapping):
        raise InputError("topic context: 'phrases' must be a mapping of groups", path=source)
    spec: dict[str, dict] = {}
    blocks: dict[str, list[frozenset[str] | None]] = {}
    rule_of: dict[str, str] = {}
    for group, body in groups.items():
        entries = body.get("entries") if isinstance(body, Mapping) else None
        if not isinstance(entries, list) or not entries:
            raise InputError(f"topic context: phrase group {group!r} has no entries", path=source)
        rule_of[group] = str(body.get("rule", group))
        spec[group] = {"label": group, "terms": [e["phrase"] for e in entries]}
        if body.get("exclude"):  # phrases that veto a match of the group where they overlap it
            spec[group]["exclude"] = list(body["exclude"])
        blocks[group] = [_blocked(e, group, source) for e in entries]
    if not spec:
        return TopicDictionary({}, source=source), blocks, rule_of
    return parse_dictionary({"topics": spec}, source=source), blocks, rule_of


def _blocked(entry: Any, group: str, source: str) -> frozenset[str] | None:
    if not isinstance(entry, Mapping) or "phrase" not in entry:
        raise InputError(f"topic context: an entry of {group!r} lacks 'phrase'", path=source)
    value = entry.get("blocks", ALL_TOPICS)
    if value == ALL_TOPICS:
        return None
    if not isinstance(value, list):
        raise InputError(f"topic context: 'blocks' of {entry['phrase']!r} must be a list or \"*\"",
                         path=source)
    return frozenset(map(str, value))


def _cues(items: Any, source: str) -> tuple[tuple[Cue, ...], TopicDictionary | None]:
    if not isinstance(items, list):
        raise InputError("topic context: 'cues' must be a list", path=source)
    cues, spec = [], {}
    for i, item in enumerate(items):
        if not isinstance(item, Mapping) or not {"topic", "words", "cues"} <= set(item):
            raise InputError("topic context: a cue needs 'topic', 'words' and 'cues'", path=source)
        key = f"cue_{i}"
        spec[key] = {"label": key, "terms": list(item["cues"])}
        words = frozenset(" ".join(str(w).lower().split()) for w in item["words"])
        side = str(item.get("side", "both"))
        if side not in CUE_SIDES:
            raise InputError(f"topic context: a cue's side must be one of {', '.join(CUE_SIDES)}",
                             path=source)
        through = frozenset(str(w).lower() for w in item.get("through") or ())
        cues.append(Cue(str(item["topic"]), words, key, int(item.get("window", 10)),
                        int(item.get("previous_sentences", 0)), bool(item.get("unless", False)), side,
                        through))
    return tuple(cues), (parse_dictionary({"topics": spec}, source=source) if spec else None)
