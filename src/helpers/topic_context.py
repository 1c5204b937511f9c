"""Context rules for topic mentions: which dictionary matches are no topic, and which name an actor.

A dictionary match is a *subject* mention unless a rule here decides otherwise, from the words around it:

- role ``excluded``: the words are part of something else (an institution's name, a job title, a source
  marker, a time reference, a caption, a prefixed form) and do not count;
- role ``actor``: a place word names a government speaking ("Beijing said", the speaker of a statement):
  the text is about what it says, not about the place. Actors have their own column in
  ``topic_counts`` and count as topics only when asked (``count_actors=True``);
- role ``listed``: the mention is one item of an enumeration of topics ("cooperation in trade, energy,
  food security and cybersecurity"): the text names the topic, it does not discuss it;
- role ``passing``: a salience rule (:data:`SALIENCE_RULES`, after the context rules) finds the topic's
  only evidence too slight: named once, outside the headline and the lead.

Listed and passing mentions stay in the mentions table (the evidence stays visible) but are not in
``count``; ``topic_counts``' ``raw`` column counts them with the subject mentions. The gold guideline of
``tests/gold/topics/README.md`` is the reason: a topic is present when the text discusses it (a sentence
or more), not when it names it in passing.

The rules are listed in the order they apply in :data:`CONTEXT_RULES` (the first rule that decides a
mention wins), then :data:`SALIENCE_RULES` over the subject mentions left; print them with
``for rule in CONTEXT_RULES + SALIENCE_RULES: print(rule.__name__, rule.__doc__)``. Every
word list they read is data: ``lexicons/topic_context.yaml`` (loaded by
:func:`helpers.lexicons.topic_context.load_topic_context`), the speech verbs of
``lexicons/speech_verbs.txt`` and the topic kinds of ``lexicons/topics.yaml``.

The topic stage (:func:`helpers.topics.topic_mentions`) finds the matches and the context phrases with
its matcher and hands them over as a :class:`ContextView`; :func:`decide` returns each mention's role.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .lexicons.gazetteer import state_names
from .lexicons.topic_context import Cue, TopicContext

#: The roles of a mention.
SUBJECT, ACTOR, EXCLUDED, LISTED, PASSING = "subject", "actor", "excluded", "listed", "passing"
#: The roles of a topic's words that are not excluded but not counted either: named, not discussed.
NAMED_ONLY = (LISTED, PASSING)
#: Characters between a prefix and its word that make it a prefixed form ("de-escalation").
PREFIX_JOINERS = frozenset("-‐‑‒–")
#: How many characters at the end of a paragraph are compared with the caption endings ("(Reuters)").
CAPTION_ENDING_CHARS = 40
#: An apostrophe right after a place starts a possessive ("Afghanistan's report"): a noun follows.
POSSESSIVE_MARKS = frozenset("'’ʼ")


@dataclass
class Mention:
    """A dictionary match as the rules see it: topic key and kind, first and last word, lower text."""

    topic: str
    kind: str  # the topic's kind: "issue" or "region"
    first: int
    last: int
    text: str  # lower-case, single-spaced


@dataclass
class ContextView:
    """What the context rules read, built by the topic stage for one text.

    ``words``: the text's words (:class:`helpers.topics.Words`: ``cased``, ``start``, ``end``,
    ``sentence``, ``joined(j)``); ``paragraph``: the paragraph of each word; ``skipped_paragraphs``: ids
    of captions and closing lines (:func:`caption_paragraphs`); ``phrases``: group -> (first word, last
    word, topics blocked or None for all) of each context phrase found; ``cue_hits``: cue key -> the
    words where a cue word matched; ``speaker_spans``: (start, end) of each statement's speaker mention;
    ``speech_verbs``: lower-case speech-verb forms; ``places``: lower-case place names of the gazetteer;
    ``lead_sentences``: ids of the sentences of the headline and the standfirst and the first
    :data:`LEAD_SENTENCES` sentences of the first body paragraph (the salience rules read them);
    ``label_spans``: (start, end) of each speaker label of a transcript ("Journalist:"); ``given_names``:
    lower-case given names (``titles.txt`` [given names]); ``honorifics``: one-word honorifics, lower-case
    and without a stop ("dr", "mr": ``titles.txt`` [honorifics]); ``headline_sentences``: ids of the
    headline's sentences.
    """

    words: Any
    paragraph: Any
    mentions: list[Mention]
    context: TopicContext
    skipped_paragraphs: frozenset[int] = frozenset()
    phrases: dict[str, list[tuple[int, int, frozenset[str] | None]]] = field(default_factory=dict)
    cue_hits: dict[str, list[int]] = field(default_factory=dict)
    speaker_spans: list[tuple[int, int]] = field(default_factory=list)
    speech_verbs: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()  # lower-case names of the gazetteer's places
    lead_sentences: frozenset[int] = frozenset()  # the headline, the standfirst and the lead's sentences
    label_spans: list[tuple[int, int]] = field(default_factory=list)  # a transcript's speaker labels
    given_names: frozenset[str] = frozenset()  # lower-case given names ("joseph"): titles.txt [given names]
    honorifics: frozenset[str] = frozenset()  # one-word honorifics, lower-case, no stop ("dr"): [honorifics]
    headline_sentences: frozenset[int] = frozenset()  # the headline's sentences


Decisions = dict[int, str]  # mention index -> role


# --------------------------------------------------------------------------------------------------
# Rules


def in_caption_or_closing_line(view: ContextView) -> Decisions:
    """A mention in a photo caption or in the closing line of a transcript is excluded.

    "Spokesperson Ned Price holds a press briefing on Afghanistan. REUTERS/Ken Cedeno" is a caption (it
    holds a caption marker of topic_context.yaml); "Can we start with Israel?", a short question ending a
    text, is the next question of a briefing cut off. Neither says what the text is about.
    """
    if not view.skipped_paragraphs:
        return {}
    para = view.paragraph
    return {i: EXCLUDED for i, m in enumerate(view.mentions) if int(para[m.first]) in view.skipped_paragraphs}


def in_speaker_label(view: ContextView) -> Decisions:
    """A mention inside a transcript's speaker label is excluded: "Journalist: Hasn't gone through yet."
    names who asks, not the media as a subject (the labels are ``Article.turns``' label spans)."""
    if not view.label_spans:
        return {}
    inside = _span_cover(view.label_spans)
    words = view.words
    return {i: EXCLUDED for i, m in enumerate(view.mentions)
            if inside(int(words.start[m.first]), int(words.end[m.last]))}


def _phrase_rule(view: ContextView, rule: str) -> Decisions:
    """Mentions sharing a word with a phrase of a group read by ``rule``, for a topic the phrase blocks."""
    groups = [g for g, r in view.context.rule_of.items() if r == rule]
    blocked: dict[int, list] = defaultdict(list)  # word -> what the phrases over it block
    for g in groups:
        for a, b, blocks in view.phrases.get(g, ()):
            for k in range(a, b + 1):
                blocked[k].append(blocks)
    if not blocked:
        return {}
    out = {}
    for i, m in enumerate(view.mentions):
        if any(blocks is None or m.topic in blocks
               for k in range(m.first, m.last + 1) for blocks in blocked.get(k, ())):
            out[i] = EXCLUDED
    return out


def in_institution_name(view: ContextView) -> Decisions:
    """A topic word inside an institution's name is excluded for the topics the name lists.

    "International Atomic Energy Agency" is not energy (nor the UN system), "News and Media Division" is
    not media, "permanent members of the UN Security Council" describes states, not the UN.
    """
    return _phrase_rule(view, "in_institution_name")


def in_job_title(view: ContextView) -> Decisions:
    """A role noun that names a person is excluded for its topic: "envoy", "diplomat", "negotiators"
    are people, not summits; "military spokesman" is no build-up."""
    return _phrase_rule(view, "in_job_title")


def in_title_portfolio(view: ContextView) -> Decisions:
    """Issue words in the portfolio of a job title are excluded; place words keep counting.

    "Deputy Prime Minister for Trade and Economic Cooperation" is not trade; "the Department of Energy"
    is not energy; "Special Envoy for Syria" still counts Syria, and an institution named in a title
    still counts ("Executive Director of the United Nations ...", "the head of the OSCE": topic_context.yaml
    ``title_keeps``, a topic or the name of an institution). The
    portfolio runs from the link word after a title head (``title_heads``, ``title_links``) over
    capitalised words and ``title_connectors``, to punctuation or ``title_max_words`` words; or back from
    a capitalised head over the same words ("International Relations and Cooperation Minister").
    """
    spans = title_portfolios(view.words, view.context)
    if not spans:
        return {}
    keeps = view.context.title_keeps
    return {i: EXCLUDED for i, m in enumerate(view.mentions)
            if m.kind == "issue" and m.topic not in keeps and m.text not in keeps
            and any(a <= m.first and m.last <= b for a, b in spans)}


def title_portfolios(words: Any, ctx: TopicContext) -> list[tuple[int, int]]:
    """(first, last) word of each job-title portfolio in the text (see :func:`in_title_portfolio`)."""
    cased, n = words.cased, len(words.cased)
    heads = ctx.title_head_forms or title_head_forms(ctx.title_heads)
    out = []
    for i in itertools.compress(range(n - 1), map(heads.__contains__, cased)):
        j = _after_link(words, i + 1, ctx.title_links)
        if j is None:
            continue
        k = j
        while (k < n and k - j < ctx.title_max_words
               and (cased[k][:1].isupper() or cased[k].lower() in ctx.title_connectors)
               and (words.joined(k) or _ampersand_between(words, k))):
            k += 1
        if k > j:
            out.append((j, k - 1))
    out.extend(_portfolios_before_heads(words, ctx, heads))
    return out


#: An ampersand between two words of a title, with blanks round it ("Ministry of Foreign Affairs & Foreign
#: Trade", "Minister of Foreign Affairs & International Cooperation"): it joins the portfolio's parts as
#: "and" does (the tokens hold no "&" word, so the portfolio's connectors cannot read it).
AMPERSAND_GAP_RE = re.compile(r"[ \t\u00a0]{1,3}&[ \t\u00a0]{1,3}")


def _ampersand_between(words: Any, k: int) -> bool:
    """Whether word ``k`` follows word ``k - 1`` of its sentence across an ampersand: "Affairs & Trade"."""
    sentence, start, end = words.as_lists
    return (k > 0 and sentence[k] == sentence[k - 1]
            and AMPERSAND_GAP_RE.fullmatch(words.text, end[k - 1], start[k]) is not None)


def _portfolios_before_heads(words: Any, ctx: TopicContext, heads: frozenset[str]) -> list[tuple[int, int]]:
    """Portfolios written before a capitalised title head: "International Relations and Cooperation
    Minister Naledi Pandor", "Trade Minister": the capitalised words and connectors back from the head
    (joined to it, at most ``title_max_words``), a connector only between capitalised words; the word
    before the head is capitalised ("Strategy and the Secretary-General" names no portfolio)."""
    cased, out = words.cased, []
    for i in itertools.compress(range(1, len(cased)), map(heads.__contains__, cased)):
        if not (cased[i][:1].isupper() and cased[i - 1][:1].isupper()):  # "the Secretary-General": none
            continue
        k = i
        while (k > 0 and i - k < ctx.title_max_words and words.joined(k)
               and (cased[k - 1][:1].isupper() or (k > 1 and cased[k - 2][:1].isupper()
                                                   and cased[k - 1].lower() in ctx.title_connectors))):
            k -= 1
        if k < i:
            out.append((k, i - 1))
    return out


def title_head_forms(heads: frozenset[str]) -> frozenset[str]:
    """The title heads as they may be written: "minister", "Minister", "MINISTER"."""
    return frozenset(heads | {h.capitalize() for h in heads} | {h.upper() for h in heads})


def _after_link(words: Any, j: int, links: tuple[tuple[str, ...], ...]) -> int | None:
    """The word after a title link ("for", "in charge of") starting at word ``j``; None without one."""
    cased = words.cased
    for link in links:
        end = j + len(link)
        if end < len(cased) and all(cased[j + k].lower() == w and words.joined(j + k)
                                    for k, w in enumerate(link)):
            return end if words.joined(end) else None
    return None


def in_source_marker(view: ContextView) -> Decisions:
    """A mention inside a source marker is excluded: "told reporters", "Speaking to journalists",
    "according to Chinese state media" say where a report comes from, not what it is about."""
    return _phrase_rule(view, "in_source_marker")


def in_time_reference(view: ContextView) -> Decisions:
    """A mention inside a time reference is excluded: "the first visit since the beginning of the
    pandemic" dates the visit; the pandemic is not its subject."""
    return _phrase_rule(view, "in_time_reference")


def in_place_named_agreement(view: ContextView) -> Decisions:
    """A place inside the name of a process is excluded for the place's own region: the "Minsk
    agreements" are Ukraine (a term of that topic), not Belarus; the "Astana process" is Syria, not
    Kazakhstan."""
    return _phrase_rule(view, "in_place_named_agreement")


def in_place_idiom(view: ContextView) -> Decisions:
    """A place in an idiom of nearness is excluded: "provocations at China's doorstep", "in Russia's
    backyard" say where something happens, close to that state, not that the state is the subject."""
    return _phrase_rule(view, "in_place_idiom")


def in_relation_format(view: ContextView) -> Decisions:
    """A relation word naming no relations between two states is excluded for bilateral relations:
    "bilateral dialogue", "bilateral negotiations", "bilateral issues" name the format of a talk or its
    agenda; "cross-strait relations" is the Taiwan question's own name."""
    return _phrase_rule(view, "in_relation_format")


def in_interest_formula(view: ContextView) -> Decisions:
    """A stock formula of a state's interests or policy in general is excluded: "economic interests" is no
    trade discussed, "foreign relations" no relations between two states."""
    return _phrase_rule(view, "in_interest_formula")


def in_member_list(view: ContextView) -> Decisions:
    """Places listed in parentheses as the members of a group are excluded: "the ASEAN Plus Three (China,
    Japan and the Republic of Korea) Senior Officials' Meeting" names who sits in the group, not what the
    text is about. The parentheses hold at least ``member_lists.min_places`` region mentions and at most
    ``member_lists.max_words`` words (topic_context.yaml); "(Ukraine)" alone is no list.
    """
    ctx = view.context
    if not ctx.member_list_min_places:
        return {}
    words, text = view.words, view.words.text
    regions = [i for i, m in enumerate(view.mentions) if m.kind == "region"]
    if len(regions) < ctx.member_list_min_places or "(" not in text:
        return {}
    by_group: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i in regions:
        m = view.mentions[i]
        group = _parentheses_around(text, int(words.start[m.first]), int(words.end[m.last]))
        if group is not None:
            by_group[group].append(i)
    out = {}
    for (a, b), members in by_group.items():
        if (len(members) >= ctx.member_list_min_places
                and len(text[a:b].split()) <= ctx.member_list_max_words):
            out.update(dict.fromkeys(members, EXCLUDED))
    return out


def in_persons_name(view: ContextView) -> Decisions:
    """A place right after a given name or an honorific is a person's surname, excluded: "the joint press
    conference with Joseph Muscat, Prime Minister of Malta" and "Dr Muscat said" name Malta's prime
    minister, not Oman's capital. The given name is capitalised, of ``view.given_names`` (titles.txt [given
    names]), the honorific of ``view.honorifics`` (titles.txt [honorifics]: "Dr", "Mr."), and it stands in
    the same sentence one space (or a stop and a space) before the place ("Joseph Muscat"; "Joseph, Muscat"
    is two words of a list). The surname so named is the same person wherever the text names it again
    (:func:`surname_again`: "Muscat thanked the organisers")."""
    if not view.given_names and not view.honorifics:
        return {}
    words, cased, text = view.words, view.words.cased, view.words.text
    out = {}
    for i, m in enumerate(view.mentions):
        j = m.first - 1
        if not (m.kind == "region" and m.text in view.places and j >= 0 and cased[j][:1].isupper()
                and words.sentence[j] == words.sentence[m.first]):
            continue
        gap = text[int(words.end[j]):int(words.start[m.first])]
        low = cased[j].lower()
        if (gap == " " and low in view.given_names) or (gap in (" ", ". ") and low in view.honorifics):
            out[i] = EXCLUDED
    return surname_again(view, out) if out else out


def surname_again(view: ContextView, out: Decisions) -> Decisions:
    """Rule: a place named as a person's surname (``out``, :func:`in_persons_name`) is that person wherever
    the same capitalised word stands again as a mention of its topic: after "Prime Minister Joseph Muscat"
    and "Dr Muscat", "Muscat thanked the organisers" is the prime minister again; after a preposition
    (``ranking.prepositions``: "flew to Muscat") the word is the place."""
    names = {(view.mentions[i].topic, view.mentions[i].text) for i in out}
    words, cased = view.words, view.words.cased
    prepositions = view.context.prepositions
    for i, m in enumerate(view.mentions):
        j = m.first - 1
        if (i not in out and (m.topic, m.text) in names and cased[m.first][:1].isupper()
                and not (words.joined(m.first) and cased[j].lower() in prepositions)):
            out[i] = EXCLUDED
    return out


def in_state_epithet(view: ContextView) -> Decisions:
    """A quality word before "democracy" or "economy" names a state by its epithet, excluded: "the world's
    oldest democracy" (a courtesy to the United States), "Asia's third-largest economy", "two of the
    strongest economies" say what a state is, as "a NATO member" does
    (:func:`describes_a_name`), not that democracy or the economy is discussed. The mention's words are one
    of ``epithets.heads`` (topic_context.yaml) and the word right before it, in its phrase, one of
    ``epithets.modifiers``: a superlative of size, age or rank ("largest", "oldest", "leading"). "A strong
    and vibrant democracy", "debt distress in emerging economies", "democracy in Africa" and "economic
    growth" keep counting."""
    ctx = view.context
    if not ctx.epithet_heads:
        return {}
    words, cased = view.words, view.words.cased
    return {i: EXCLUDED for i, m in enumerate(view.mentions)
            if m.text in ctx.epithet_heads and m.first > 0 and words.joined(m.first)
            and cased[m.first - 1].lower() in ctx.epithet_modifiers}


#: After a theme word, the words and marks that may stand before its quoted title ("the theme of this
#: session: “...”", "themed “...”", "under the theme, 'Building ...'"): blanks, a colon, comma or dash,
#: "of", "is", "was", "this", "session", "year". Possessive, so a search over a run of blanks stays linear.
THEME_GAP_RE = re.compile(r"(?:[ \t]++|[:,–—-]|(?:of|is|was|this|session|year's|year)\b){0,8}+",
                          re.IGNORECASE)
#: Before a title written without quotation marks only a comma, a colon or a dash may stand, as in an
#: apposition ("the Assembly's theme, Youth and Democratic Values"): "the main theme was Ukraine and the
#: Middle East" names what was discussed. (The look-behind starts a search only at a run of blanks' first
#: character, so it stays linear.)
THEME_APPOSITION_RE = re.compile(r"(?<![ \t])[ \t]*+[,:–—-][ \t]*+")
#: The quotation marks that open a title, and the mark that closes each.
THEME_QUOTES = {'"': '"', "“": "”", "‘": "’", "«": "»", "'": "'"}
#: A title runs at most this many characters, on one line.
THEME_CHARS = 240
#: A title written without quotation marks runs over at most this many capitalised words and connectors.
THEME_WORDS = 12


def in_theme_title(view: ContextView) -> Decisions:
    """A mention inside the title an event is held under is excluded: "held under the theme “Sustainable,
    Resilient, and Equitable Future”", "the Assembly's theme, Youth and Democratic Values" name the event's
    motto, which the text names once and seldom discusses; what the text discusses counts where it says
    it. The title follows a word of ``themes.words`` (topic_context.yaml: "theme", "motto", "slogan"):
    after the gap of :data:`THEME_GAP_RE`, a quotation (up to its closing mark, :data:`THEME_CHARS`
    characters at most, on one line); after a comma, colon or dash (:data:`THEME_APPOSITION_RE`), a run of
    at least two capitalised words and ``title_connectors`` (:data:`THEME_WORDS` at most); after a word
    of ``themes.quoted_words`` only a quotation (none in the package's file: a document's title, "the
    draft resolution entitled “...”", names what it is about)."""
    ctx = view.context
    cues = ctx.theme_words | ctx.theme_quoted_words
    if not cues or not any(w in view.words.text.lower() for w in cues):
        return {}
    spans = theme_titles(view.words, ctx)
    if not spans:
        return {}
    covered = _span_cover(spans)
    words = view.words
    return {i: EXCLUDED for i, m in enumerate(view.mentions)
            if covered(int(words.start[m.first]), int(words.end[m.last]))}


def theme_titles(words: Any, ctx: TopicContext) -> list[tuple[int, int]]:
    """(start, end) offsets of each event title in the text (see :func:`in_theme_title`)."""
    text, cased = words.text, words.cased
    out = []
    for k, word in enumerate(cased):
        low = word.lower()
        if low not in ctx.theme_words and low not in ctx.theme_quoted_words:
            continue
        at = THEME_GAP_RE.match(text, int(words.end[k])).end()
        close = THEME_QUOTES.get(text[at:at + 1])
        if close is not None:
            end = text.find(close, at + 1, at + 1 + THEME_CHARS)
            if end > at + 1 and "\n" not in text[at:end]:
                out.append((at + 1, end))
        elif low in ctx.theme_words and THEME_APPOSITION_RE.fullmatch(text, int(words.end[k]), at):
            out.extend(_capitalised_title(words, at, ctx))
    return out


def _capitalised_title(words: Any, at: int, ctx: TopicContext) -> list[tuple[int, int]]:
    """The run of capitalised words and connectors starting at offset ``at`` ("Youth and Democratic
    Values"), commas allowed between them, in one sentence; [] unless it holds two capitalised words."""
    starts = words.start
    j = int(np.searchsorted(starts, at))
    cased, n = words.cased, len(words.cased)
    if j >= n or int(starts[j]) != at or not cased[j][:1].isupper():
        return []
    k, capitals = j, 0
    while k < n and k - j < THEME_WORDS and (cased[k][:1].isupper()
                                             or cased[k].lower() in ctx.title_connectors):
        if k > j and (words.sentence[k] != words.sentence[j]
                      or text_gap(words, k).strip() not in ("", ",")):
            break
        capitals += cased[k][:1].isupper()
        k += 1
    return [(at, int(words.end[k - 1]))] if capitals >= 2 else []


def in_award_name(view: ContextView) -> Decisions:
    """A place that begins the name of an award is excluded: "received the Seoul Peace Prize" names a
    prize after a city, not Korea as a subject. The place is followed, with one space between words and
    in the same sentence, by capitalised words of which one of the first :data:`AWARD_NAME_WORDS` is an
    award head (topic_context.yaml ``names: award_heads``: "Prize", "Award", "Medal")."""
    heads = view.context.award_heads
    if not heads:
        return {}
    words, cased, text = view.words, view.words.cased, view.words.text
    out = {}
    for i, m in enumerate(view.mentions):
        if m.kind != "region":
            continue
        j, prev = m.last + 1, m.last
        while (j < len(cased) and j <= m.last + AWARD_NAME_WORDS and cased[j][:1].isupper()
               and words.sentence[j] == words.sentence[m.first]
               and text[int(words.end[prev]):int(words.start[j])] == " "):
            if cased[j].lower() in heads:
                out[i] = EXCLUDED
                break
            prev, j = j, j + 1
    return out


def forces_as_actor(view: ContextView) -> Decisions:
    """A state's armed forces named as a party are excluded: "it's not part of the Lebanese military, of
    course", "the Thai military continues to commit violations", "telling off his own navy" name who
    acts, not military build-up. The force noun (``names: force_heads``) follows a capitalised name that
    does not begin the sentence, or an owner word ("his own"), and heads its phrase: punctuation, the end
    or a word of ``force_followers`` ("of", a verb) comes next; "Russian military exercises" counts, and
    so does a force built up (a word of ``force_builders`` within :data:`FORCE_BUILDER_WORDS` words before
    the name: "to strengthen the Ukrainian army")."""
    ctx = view.context
    if not ctx.force_heads:
        return {}
    words, cased, text = view.words, view.words.cased, view.words.text
    n, out = len(cased), {}
    for i, m in enumerate(view.mentions):
        if m.topic != "military" or " ".join(cased[m.first:m.last + 1]).lower() not in ctx.force_heads:
            continue
        j, k = m.first - 1, m.last + 1
        if j < 0 or words.sentence[j] != words.sentence[m.first]:
            continue
        owner = cased[j].lower() in ctx.force_owners
        named = (cased[j][:1].isupper() and j > 0 and words.sentence[j - 1] == words.sentence[j]
                 and cased[j].lower() not in ARTICLES)
        built = any(cased[b].lower() in ctx.force_builders for b in range(max(0, j - FORCE_BUILDER_WORDS), j))
        if built or not (owner or named):
            continue
        if (k >= n or words.sentence[k] != words.sentence[m.first]
                or text[int(words.end[m.last]):int(words.start[k])].strip()
                or cased[k].lower() in ctx.force_followers):
            out[i] = EXCLUDED
    return out


def describes_a_name(view: ContextView) -> Decisions:
    """A mention inside a descriptor in apposition to a name is excluded: "Romania, a NATO member, signed a
    security agreement with Ukraine" says what Romania is; the text is about the agreement.

    The shape (topic_context.yaml ``appositions``): a comma, an article, at most
    :data:`APPOSITION_MODIFIERS` modifiers ("a fellow EU member state"), the mention, one or two heads
    ("member", "member state", "ally") and a comma, semicolon, full stop or closing parenthesis. "Finland
    became a NATO member." keeps NATO (no comma before the article: the sentence says it).
    """
    ctx = view.context
    if not ctx.apposition_heads:
        return {}
    words = view.words
    return {i: EXCLUDED for i, m in enumerate(view.mentions)
            if _apposition_closes(words, m.last, ctx) and _apposition_opens(words, m.first, ctx)}


#: How many modifiers may stand between the article and the mention ("a fellow EU member": 1).
APPOSITION_MODIFIERS = 2
#: The words after a place within which an award head ends the name ("Seoul Peace Prize": 2).
AWARD_NAME_WORDS = 3
#: Capitalised words that do not name a state before a force noun ("The military").
#: Words before the name within which a build-up verb keeps the force a subject.
FORCE_BUILDER_WORDS = 3
ARTICLES = frozenset({"the", "a", "an", "this", "that", "its", "our", "their", "his", "her"})
#: What ends the descriptor after its head (read where the head ends; the look-behind starts a search
#: only at a run of blanks' first character, so it stays linear).
APPOSITION_END_RE = re.compile(r"(?<![ \t])[ \t]*+[,;.)]")


def _apposition_opens(words: Any, first: int, ctx: TopicContext) -> bool:
    """Whether a comma, an article and at most :data:`APPOSITION_MODIFIERS` modifiers stand before
    ``first``: ", a NATO", ", a fellow EU"."""
    cased = words.cased
    for j in range(first - 1, max(-1, first - APPOSITION_MODIFIERS - 2), -1):
        if not words.joined(j + 1):
            return False
        word = cased[j].lower()
        if word in ctx.apposition_articles:
            return j > 0 and words.sentence[j - 1] == words.sentence[j] and \
                words.text[int(words.end[j - 1]):int(words.start[j])].strip() == ","
        if word not in ctx.apposition_modifiers:
            return False
    return False


def _apposition_closes(words: Any, last: int, ctx: TopicContext) -> bool:
    """Whether one or two heads and the descriptor's end follow ``last``: "member,", "member state."."""
    cased, n = words.cased, len(words.cased)
    k = last + 1
    while k < n and k <= last + 2 and words.joined(k) and cased[k].lower() in ctx.apposition_heads:
        if APPOSITION_END_RE.match(words.text, int(words.end[k])):
            return True
        k += 1
    return False


#: How far around a mention the parentheses of a member list are looked for (characters each way).
MEMBER_LIST_REACH = 160


def _parentheses_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(open, close) offsets of the parentheses holding text[start:end] on its line, or None."""
    lo = max(0, start - MEMBER_LIST_REACH)
    opened = text.rfind("(", lo, start)
    if opened < 0 or text.find(")", opened, start) >= 0 or text.find("\n", opened, start) >= 0:
        return None
    closed = text.find(")", end, end + MEMBER_LIST_REACH)
    if closed < 0 or text.find("(", end, closed) >= 0 or text.find("\n", end, closed) >= 0:
        return None
    return opened, closed + 1


def after_reversing_prefix(view: ContextView) -> Decisions:
    """A word after a hyphenated prefix that reverses or dates it is excluded: "de-escalation" is not
    escalation, "non-military" not military, "post-war" not war. A term that includes the prefix
    ("non-proliferation") starts at the prefix and still counts."""
    prefixes = view.context.reversing_prefixes
    words = view.words
    out = {}
    for i, m in enumerate(view.mentions):
        j = m.first
        if j and words.cased[j - 1].lower() in prefixes and words.sentence[j] == words.sentence[j - 1]:
            gap = words.text[int(words.end[j - 1]):int(words.start[j])]
            if gap and set(gap) <= PREFIX_JOINERS:
                out[i] = EXCLUDED
    return out


def without_cue(view: ContextView) -> Decisions:
    """A generic word counts only near one of its cue words (topic_context.yaml: ``cues``).

    "guarantees against a resumption of fighting" is no security guarantee: no security word near it;
    "military officials said" is no build-up, "military infrastructure" is.
    """
    return _cue_rule(view, unless=False)


def near_disqualifying_word(view: ContextView) -> Decisions:
    """A generic word does not count next to a word that makes it something else (``cues`` marked
    ``unless: true`` in topic_context.yaml).

    "economic aid", "a high political and economic price" and "economic, environmental, and humanitarian
    threats" are no trade; "the oil on board" of a seized tanker and "the Safer oil tanker" are no energy
    market; "economic growth" and "oil exports" still count.
    """
    return _cue_rule(view, unless=True)


def _cue_rule(view: ContextView, unless: bool) -> Decisions:
    """Mentions excluded by the cues of one kind: without a cue near (``unless`` False), or with a
    disqualifying word near (``unless`` True)."""
    cues = [c for c in view.context.cues if c.unless is unless]
    if not cues:
        return {}
    out = {}
    for i, m in enumerate(view.mentions):
        for cue in cues:
            if m.topic == cue.topic and m.text in cue.words and _cue_near(view, m, cue) is unless:
                out[i] = EXCLUDED
    return out


def _cue_near(view: ContextView, m: Mention, cue: Cue) -> bool:
    """Whether a word of ``cue`` stands within its window of ``m`` in the sentence (on the cue's side of
    it), or in one of the cue's previous sentences (the mention's own words do not count)."""
    words = view.words
    sent = words.sentence[m.first]
    lo = m.first - cue.window if cue.side != "after" else m.last + 1
    hi = m.last + cue.window if cue.side != "before" else m.first - 1
    return any(
        (words.sentence[k] == sent and lo <= k <= hi and not (m.first <= k <= m.last)
         and _only_through(words.cased, m, k, cue.through))
        or (sent - cue.previous_sentences <= words.sentence[k] < sent)
        for k in view.cue_hits.get(cue.cues, ())
    )


def _only_through(cased: list[str], m: Mention, k: int, through: frozenset[str]) -> bool:
    """Whether every word between ``m`` and the cue word ``k`` is one of ``through`` (always, when
    ``through`` is empty): "economic, environmental, and humanitarian threats"."""
    if not through:
        return True
    between = range(m.last + 1, k) if k > m.last else range(k + 1, m.first)
    return all(cased[j].lower() in through for j in between)


def at_a_venue(view: ContextView) -> Decisions:
    """A place or body named as where a meeting happens is excluded: the text is about the meeting.

    Two shapes (topic_context.yaml ``venues``): a place after a link word that follows an event noun
    ("talks in Brussels", "Speaking to reporters in Abu Dhabi", "here in Tehran"), and a place or a body
    (``venues.topics``: "G20", "BRICS") named before an event word and after a marker ("at the upcoming
    G20 Summit in Indonesia", "invite him for the BRICS meet", "Ahead of the Brussels meeting"). The
    meeting itself still counts; "the war in Gaza" and "NATO summit opens" (no marker) keep their place.
    A third shape holds for every topic: what is named right after "on the sidelines of" ("the informal
    NATO foreign ministers meeting"; ``venues.sidelines``). A fourth: a body that is itself a meeting of
    leaders (``venues.meetings``: "G20", "European Council") after "at" or "during" (``venues.meeting_links``)
    is the occasion: "I had the opportunity to speak to Liz at the G20", "Speaking to EU leaders during the
    European Council".
    """
    ctx = view.context
    if not ctx.venue_links and not ctx.venue_names and not ctx.venue_sidelines and not ctx.venue_meetings:
        return {}
    words = view.words
    lower = words.text.lower()
    # most texts name no sidelines and no occasion: then there is no walk back at all
    sidelines = any(w in lower for w in ctx.venue_sidelines | ctx.venue_occasions)
    out = {}
    for i, m in enumerate(view.mentions):
        if sidelines and _on_the_sidelines(words, m.first, ctx):
            out[i] = EXCLUDED
            continue
        if m.text in ctx.venue_meetings and _after_word(words, m.first, ctx.venue_meeting_links):
            out[i] = EXCLUDED  # "I had the opportunity to speak to Liz at the G20"
            continue
        if m.text in ctx.venue_assemblies and _assembly_as_venue(words, m, ctx):
            out[i] = EXCLUDED  # "met at the 78th session of the UN General Assembly"
            continue
        if m.kind != "region" and m.topic not in ctx.venue_topics:
            continue
        if (m.kind == "region" and _after_event_link(words, m.first, ctx)) or _named_event(words, m, ctx):
            out[i] = EXCLUDED
    return _continue_names(view, out) if out else out


def _continue_names(view: ContextView, out: Decisions) -> Decisions:
    """A match that goes on a venue's name with no gap is the same venue: "on the sidelines of the 78th
    United Nations General Assembly" matches "United Nations" and "General Assembly", and the sidelines
    reach only the first; the second, of the same topic, is the rest of the name (front to back, so a third
    goes on too). Back to front the same holds for the start of a name the event word reached only at its
    end ("attending the UN General Assembly session": "General Assembly" before "session", then "UN").
    The meeting after a venue is another topic and still counts ("at the G7 summit")."""
    words, mentions = view.words, view.mentions
    order = sorted(range(len(mentions)), key=lambda k: mentions[k].first)
    pairs = list(itertools.pairwise(order))
    for prev, i in pairs:
        if prev in out and i not in out and _same_name(words, mentions[prev], mentions[i]):
            out[i] = EXCLUDED
    for prev, i in reversed(pairs):
        if i in out and prev not in out and _same_name(words, mentions[prev], mentions[i]):
            out[prev] = EXCLUDED
    return out


def _same_name(words: Any, left: Any, right: Any) -> bool:
    """Whether two matches of one topic stand with no gap, as one name: "UN" + "General Assembly"."""
    return left.topic == right.topic and right.first == left.last + 1 and words.joined(right.first)


#: How many words may stand between "sidelines of" and the venue ("of the informal NATO": 2).
SIDELINES_WORDS = 3


def _on_the_sidelines(words: Any, first: int, ctx: TopicContext, event: bool = False) -> bool:
    """Whether "sidelines of" / "margins of" stands at most :data:`SIDELINES_WORDS` words before word
    ``first``, with no punctuation between: "on the sidelines of the informal NATO foreign ministers
    meeting", not "on the sidelines of the summit, Ukraine was discussed". An event noun's "of" passes
    the look on to the event noun: "on the sidelines of the 74th session of the UN General Assembly"; an
    occasion of an event (``venues.occasions``) is its sidelines: "on the second day of the 74th session of
    the United Nations General Assembly" (not "on the first day of the war in Ukraine": no event noun)."""
    if not ctx.venue_sidelines:
        return False
    cased = words.cased
    frames = ctx.venue_sidelines | ctx.venue_occasions if event else ctx.venue_sidelines
    for j in range(first - 1, max(0, first - SIDELINES_WORDS - 2), -1):
        if not words.joined(j + 1):
            return False
        if cased[j].lower() != "of" or j == 0:
            continue
        if cased[j - 1].lower() in frames:
            return words.joined(j)
        if cased[j - 1].lower() in ctx.venue_names and words.joined(j):
            return _on_the_sidelines(words, j - 1, ctx, event=True)
    return False


#: How many words may stand between a link and an assembly ("at the 78th session of the UN": 6).
ASSEMBLY_WORDS = 7


def _assembly_as_venue(words: Any, m: Mention, ctx: TopicContext) -> bool:
    """Whether an assembly that is its own yearly session (``venues.assemblies``) stands right after a
    link (``venues.assembly_links``) with only its number and ``venues.assembly_fillers`` between, in one
    phrase: "met at the 78th UN General Assembly", "at the 74th session of the General Assembly". Never
    before "of": "the General Assembly of the Organization of American States" is another body's."""
    cased, n = words.cased, len(words.cased)
    after = m.last + 1
    if after < n and cased[after].lower() == "of" and words.joined(after):
        return False
    for j in range(m.first - 1, max(-1, m.first - ASSEMBLY_WORDS - 2), -1):
        if not words.joined(j + 1):
            return False
        word = cased[j].lower()
        if word in ctx.venue_assembly_links:
            return True
        if word not in ctx.venue_assembly_fillers and not word[:1].isdigit():
            return False
    return False


#: How many words before a named event a marker may stand ("at the upcoming G20 Summit": 3; "attending
#: together the UN General Assembly session": 4, counted from "General Assembly").
VENUE_MARKER_WORDS = 4
#: How many words naming who meets may stand between a body and its event word ("G20 Foreign Ministers
#: Meeting": 2; "G20 Finance Ministers and Central Bank Governors Meeting" is too long and keeps the G20).
VENUE_PARTICIPANT_WORDS = 3
#: How many words may stand between an event noun and its link ("talks today in Brussels": 1).
VENUE_EVENT_GAP = 1


def _named_event(words: Any, m: Mention, ctx: TopicContext) -> bool:
    """Whether an event word follows ``m`` and a marker stands shortly before it in its sentence: "at the
    upcoming G20 Summit", "Ahead of the Brussels meeting". Words of ``venues.participants`` may stand between
    the body and the event word: "to attend the G20 Foreign Ministers Meeting"."""
    cased, n = words.cased, len(words.cased)
    k = m.last + 1
    while (k < n and k - m.last <= VENUE_PARTICIPANT_WORDS and cased[k].lower() in ctx.venue_participants
           and words.joined(k)):
        k += 1  # who meets: "the G20 Foreign Ministers Meeting", "the BRICS Leaders' Summit"
    if not (k < n and cased[k].lower() in ctx.venue_names and words.joined(k)):
        return False
    sent = words.sentence[m.first]
    return any(cased[j].lower() in ctx.venue_markers and words.sentence[j] == sent
               for j in range(max(0, m.first - VENUE_MARKER_WORDS), m.first))


def _after_event_link(words: Any, first: int, ctx: TopicContext) -> bool:
    """Whether the word before ``first`` (or before its "the") is a venue link that follows an event
    noun: "talks in Brussels", "reporters in the Hague"."""
    cased = words.cased
    j = first - 1
    if j > 0 and cased[j].lower() == "the" and words.joined(first):
        j -= 1
    if j < 1 or cased[j].lower() not in ctx.venue_links or words.sentence[j] != words.sentence[first]:
        return False
    return any(cased[k].lower() in ctx.venue_events and words.sentence[k] == words.sentence[first]
               for k in range(max(0, j - 1 - VENUE_EVENT_GAP), j))


#: What stands between a town and its country in an address: a comma ("Qingdao, east China").
ADDRESS_COMMA_RE = re.compile(r"[ \t]{0,2},[ \t]{1,3}")
#: What ends an address after the country: a comma, a semicolon, a stop, a bracket or the line's end.
ADDRESS_END_RE = re.compile(r"[ \t]{0,2}(?:[,;.)]|$)", re.MULTILINE)
#: A list goes on after the country ("by Gabon, Ghana, and Mozambique"): then it was no address.
LIST_GOES_ON_RE = re.compile(r"[ \t]{0,2},[ \t]{1,3}(?:and\b|or\b|[A-Z])")
#: The dashes that may stand before a known town instead of a link ("Charles Msosa – Addis Ababa, Ethiopia").
ADDRESS_DASHES = frozenset("-–—")


def in_address(view: ContextView) -> Decisions:
    """A country named after a town and a comma is the town's address, not a subject: "held talks ... in
    Qingdao, east China, on Monday", "hosted by Cairo, Egypt, in October", "Charles Msosa - Addis Ababa,
    Ethiopia;" (``addresses`` of topic_context.yaml; :func:`is_address`). The country is named by its
    own name ("Kyiv, Donetsk, Luhansk" are towns); a direction word may stand before it, and a comma, a
    semicolon, a stop or the line's end after it, but no list going on ("by Gabon, Ghana, and
    Mozambique"). The town, when it is a mention of the same topic, goes with its country. "Chad, Lebanon,
    Kosovo" is a list: a topic's mention that the gazetteer has as no town of that very state is no town."""
    ctx, words = view.context, view.words
    if not ctx.address_links:
        return {}
    states, text, cased = state_names(), words.text, words.cased
    ends = {m.last: i for i, m in enumerate(view.mentions)}
    out: Decisions = {}
    for i, m in enumerate(view.mentions):
        j = m.first - 1
        after = int(words.end[m.last])
        if m.kind != "region" or j < 1 or states.get(m.text) != m.text or not ADDRESS_END_RE.match(
                text, after) or LIST_GOES_ON_RE.match(text, after):
            continue
        if cased[j].lower() in ctx.address_directions and words.joined(j + 1):
            j -= 1
        if j < 1 or not cased[j][:1].isupper() or words.sentence[j] != words.sentence[m.first] or \
                not ADDRESS_COMMA_RE.fullmatch(text, int(words.end[j]), int(words.start[j + 1])):
            continue
        town = view.mentions[ends[j]] if j in ends else None
        if town is not None and (town.topic != m.topic or states.get(town.text) is None):
            continue  # "Chad, Lebanon": a place of another topic, or one the gazetteer has as no town
        name = town.text if town else cased[j].lower()
        if is_address(view, town.first if town else j, states.get(name), states.get(m.text), name):
            out[i] = EXCLUDED
            if town is not None:
                out[ends[j]] = EXCLUDED
    return out


def is_address(view: ContextView, first: int, place: str | None, country: str | None, name: str) -> bool:
    """Whether a town from word ``first`` (its state ``place``, None when the gazetteer has no such place)
    is addressed by a country of state ``country``: the town stands after an address link ("hosted by
    Cairo, Egypt", "in Qingdao, east China") or, when the gazetteer has it, after a dash ("Msosa - Addis
    Ababa, Ethiopia"), and a known town is a place of that very state that is not the country itself
    ("the Xinjiang, China" has no link; "Sudan, Egypt" is a list)."""
    if country is None or name == place or first < 1 or (place is not None and place != country):
        return False
    words = view.words
    if words.cased[first - 1].lower() in view.context.address_links:
        return True
    return place is not None and text_gap(words, first).strip() in ADDRESS_DASHES


def text_gap(words: Any, k: int) -> str:
    """The text between word ``k - 1`` and word ``k``."""
    return words.text[int(words.end[k - 1]):int(words.start[k])]


def actor_speaking(view: ContextView) -> Decisions:
    """A place naming a government that speaks is an actor, not a subject.

    "Beijing has repeatedly said", "Moscow insists", "China said", "The Islamic Republic of Iran has
    always believed": a place of the gazetteer (a country, capital or demonym; not a group such as
    "Hamas") counted for a region topic, followed by a speech verb or a stance word (``actors.stance``:
    "believes", "is ready to help"; after ``actors.gap_words`` of topic_context.yaml; not a possessive,
    "Afghanistan's report", and not a form that is a noun there, ``actors.not_verbs``: "a Palestinian
    state"); the agent of a speech verb ("the initiatives proposed by Iran"); and such a place inside the
    speaker of a statement ("Chinese Foreign Ministry spokesperson Mao Ning said").
    """
    words, gap = view.words, view.context.actor_gap_words
    verbs = (view.speech_verbs - view.context.actor_not_verbs) | view.context.actor_stance
    cased, n = words.cased, len(words.cased)
    starts, ends = words.start, words.end
    inside_speaker = _span_cover(view.speaker_spans)
    out = {}
    for i, m in enumerate(view.mentions):
        if not ((m.kind == "region" and m.text in view.places) or m.text in view.context.actor_bodies):
            continue
        b = int(ends[m.last])
        if inside_speaker(int(starts[m.first]), b):
            out[i] = ACTOR
            continue
        j = m.first - 1  # "proposed by Iran": the agent of a speech verb
        if (j > 0 and cased[j].lower() == "by" and cased[j - 1].lower() in view.speech_verbs
                and words.joined(m.first) and words.joined(j)):
            out[i] = ACTOR
            continue
        if words.text[b:b + 1] in POSSESSIVE_MARKS:  # "Afghanistan's report": a noun follows
            if _stance_noun_after(words, m.last, view.context.actor_stance_nouns):
                out[i] = ACTOR  # "Egypt's full rejection of", "Egypt's steadfast position": its stance
            continue
        k = m.last + 1
        while k < n and cased[k].lower() in gap and words.joined(k):
            k += 1
        speaks = k < n and k - m.last <= 3 and cased[k].lower() in verbs and words.joined(k)
        if speaks and not _passive(view, k):
            out[i] = ACTOR
    return out


def _passive(view: ContextView, k: int) -> bool:
    """Whether the speech verb at word ``k`` is a passive: a form in -ed right after a form of "be" of
    ``actors.passive`` ("Ukraine was invited to attend"), no stance word ("is prepared to")."""
    cased = view.words.cased
    low = cased[k].lower()
    return (k > 0 and low.endswith("ed") and low not in view.context.actor_stance
            and cased[k - 1].lower() in view.context.actor_passive)


def _stance_noun_after(words: Any, last: int, nouns: frozenset[str]) -> bool:
    """Whether a noun of a government's stance (``actors.stance_nouns``) follows the possessive place at
    ``last``, after at most :data:`STANCE_NOUN_GAP` other words of the phrase ("Egypt's full rejection")."""
    cased, n = words.cased, len(words.cased)
    for k in range(last + 1, min(n, last + 2 + STANCE_NOUN_GAP)):
        if not words.joined(k):
            return False
        if cased[k].lower() in nouns:
            return True
    return False


#: How many words may stand between a possessive place and its stance noun ("Egypt's steadfast position").
STANCE_NOUN_GAP = 1


def _span_cover(spans: list[tuple[int, int]]):
    """A test whether (a, b) lies inside one of ``spans``, in log time: the spans sorted by start, and the
    furthest end among those starting at or before ``a``."""
    spans = sorted(spans)
    firsts = [s for s, _e in spans]
    reach = list(itertools.accumulate((e for _s, e in spans), max))

    def covered(a: int, b: int) -> bool:
        k = bisect.bisect_right(firsts, a)
        return k > 0 and reach[k - 1] >= b

    return covered


def actor_in_title(view: ContextView) -> Decisions:
    """A place that names the country a diplomat speaks for is an actor, not a subject.

    "Iran's FM", "Iranian Foreign Minister Mohammad Javad Zarif", "the Chinese vice FM", "the Iranian top
    diplomat", "the Chinese side", and the office before "of": "Foreign Minister of Iran". The text is
    about what the diplomat says and does, not about the country. A head of ``actors.title_heads``
    (topic_context.yaml) follows the place after at most :data:`TITLE_MODIFIER_WORDS` words of
    ``actors.title_modifiers``, or a head of ``actors.foreign_heads`` after a ``foreign_words`` modifier
    ("Foreign Minister", "foreign policy chief"; "Tunisian Prime Minister signs a decree" is about
    Tunisia); a body of ``actors.institutions`` speaks through its office holders as a state does ("EU
    foreign policy chief Josep Borrell"). A word that is a head ends the title before it is read as a
    modifier ("chief" in "foreign policy chief", a modifier in "chief negotiator"). A person's
    affiliation after a comma is a third shape ("Wang Yi, of the People's Republic of China":
    :func:`_affiliation_of`). A place coordinated with an actor before one title is an actor too
    ("Saudi, Syrian FMs meet": :func:`_coordinated`). A group of states of ``actors.bodies`` acts through
    its members as well as its ministers: "CARICOM leaders met with", "G20 heads of state agreed"
    (:func:`_members_follow`). "Iranian nuclear
    programme" has no head and stays a subject; so does the other party of a meeting, after
    ``actors.parties`` ("talks with the Iranian Foreign Minister": the talks are the subject, Iran a party).
    """
    ctx = view.context
    if not ctx.actor_title_heads:
        return {}
    words = view.words
    out = {}
    speaks_for = view.places | ctx.actor_institutions
    for i, m in enumerate(view.mentions):
        if not ((m.kind == "region" and m.text in speaks_for) or m.text in ctx.actor_bodies) \
                or _after_word(words, m.first, ctx.actor_parties):
            continue
        if (_title_follows(words, m.last + 1, ctx) or _title_past_abbreviation(words, m.first, m.last, ctx)
                or _office_of(words, m.first, ctx) or _offices_of_a_list(words, m.first, ctx)
                or _affiliation_of(words, m.first)
                or (_leader_named(words, m.last + 1, ctx) and names_a_state(words, m.first, m.last))
                or (m.text in ctx.actor_bodies and _members_follow(words, m.last + 1, ctx))):
            out[i] = ACTOR
    order = sorted(range(len(view.mentions)), key=lambda k: view.mentions[k].first)
    for i, nxt in reversed(list(itertools.pairwise(order))):  # back to front: "Saudi, Syrian FMs"
        m = view.mentions[i]
        if i not in out and nxt in out and m.kind == "region" and m.text in speaks_for \
                and not _after_word(words, m.first, ctx.actor_parties) \
                and _coordinated(words, m.last, view.mentions[nxt].first):
            out[i] = ACTOR
    return out


#: How many words may name the members after a body's members' noun ("heads of state and government": 4).
MEMBERS_PHRASE_WORDS = 4


def _members_follow(words: Any, k: int, ctx: TopicContext) -> bool:
    """Whether a noun of a body's members (``actors.body_members``) starts at word ``k`` and the phrase does
    not run on to a meeting's noun (``ranking.meeting_nouns``): "CARICOM leaders met with President Obama",
    "the G20 heads of state agreed", "CARICOM member states" name the states of the group as those who
    act, as "CARICOM foreign ministers" does; "the CARICOM Heads of Government Meeting" is the name of a
    meeting (the ranking reads it: :func:`helpers.topic_ranking.names_the_holder`). Between the noun and
    the meeting's noun may stand words of ``venues.participants`` and the words of a leader's style
    (``actors.member_styles``: "of", "state", "government")."""
    cased, n = words.cased, len(words.cased)
    if not (k < n and words.joined(k) and cased[k].lower() in ctx.actor_body_members):
        return False
    between = ctx.venue_participants | ctx.actor_member_styles
    j = k + 1
    while j < n and j - k <= MEMBERS_PHRASE_WORDS and words.joined(j) and cased[j].lower() in between:
        j += 1
    return not (j < n and words.joined(j) and cased[j].lower() in ctx.meeting_nouns)


#: The words that coordinate two places before one title ("Chinese and Russian foreign ministers").
COORDINATORS = frozenset({"and", "&"})


def _coordinated(words: Any, last: int, first: int) -> bool:
    """Whether the place ending at word ``last`` is coordinated with the place starting at word ``first``
    by a comma or "and" alone: "Saudi, Syrian FMs meet", "Chinese and Russian foreign ministers" share
    the title after the second place, so both name whom a diplomat speaks for."""
    if words.sentence[last] != words.sentence[first]:
        return False
    between = words.text[int(words.end[last]):int(words.start[first])].strip()
    if first == last + 1:
        return between == ","
    return (first == last + 2 and words.cased[last + 1].lower() in COORDINATORS
            and words.text[int(words.end[last]):int(words.start[last + 1])].strip() in ("", ","))


#: How many words a state's formal name may put between ", of" and the place ("Wang Yi, of the People's
#: Republic of China": of, Republic, People's, the, of: 5; "the Democratic People's Republic of Korea": 6).
AFFILIATION_WORDS = 6


def _affiliation_of(words: Any, first: int) -> bool:
    """Whether the place at word ``first`` ends a person's affiliation set off by a comma: "my counterparts,
    Heiko Maas, of the Federal Republic of Germany, and Wang Yi, of the People's Republic of China" name
    whom each minister speaks for. Back from the place over capitalised words, "of" and "the" to an "of"
    right after a comma and a capitalised word (the name)."""
    cased, text = words.cased, words.text
    sent = words.sentence[first]
    j = first - 1
    for _ in range(AFFILIATION_WORDS):
        if j < 1 or words.sentence[j - 1] != sent:
            return False
        word = cased[j]
        if (word.lower() == "of" and cased[j - 1][:1].isupper()
                and text[int(words.end[j - 1]):int(words.start[j])].strip() == ","):
            return True
        if not (word[:1].isupper() or word.lower() in ("of", "the")) or not words.joined(j + 1):
            return False
        j -= 1
    return False


def names_a_state(words: Any, first: int, last: int) -> bool:
    """Whether words ``first``..``last`` are a state's own name ("Iran", "Belarus"), not its adjective
    ("Iranian"): the gazetteer maps the name to itself."""
    name = " ".join(words.cased[first:last + 1]).lower()
    return state_names().get(name) == name


def _leader_named(words: Any, k: int, ctx: TopicContext) -> bool:
    """Whether a leader's title and his name start at word ``k``: "Iran President Hassan Rouhani". After a
    state's own name used as a label (:func:`names_a_state`) the place names whom the leader speaks for, as
    "Iranian Foreign Minister" does. The adjective ("Armenian Prime Minister Nikol Pashinyan") often names
    the state the story is about and stays a subject, as does a leader without a name ("Ukrainian president
    rejects ...")."""
    cased, n = words.cased, len(words.cased)
    for head in ctx.actor_leader_heads:
        end = k + len(head)
        if end >= n or any(cased[k + j].lower() != part or not words.joined(k + j)
                           for j, part in enumerate(head)):
            continue
        name = cased[end]
        return (words.joined(end) and name[:1].isupper() and not name.isupper()
                and name.lower() not in ctx.actor_gap_words)
    return False


def _title_follows(words: Any, k: int, ctx: TopicContext, opened: bool = False) -> bool:
    """Whether a diplomatic title starts at word ``k``: modifiers, then a head ("Foreign Minister"). With
    ``opened`` the gap before word ``k`` was read by the caller (a closing parenthesis)."""
    cased, n = words.cased, len(words.cased)
    start, foreign = k, False
    while k < n and k - start <= TITLE_MODIFIER_WORDS:
        word = cased[k].lower()
        joined = (opened and k == start) or words.joined(k)
        if word in ctx.actor_title_heads or (foreign and word in ctx.actor_foreign_heads):
            return joined  # the word tests first: joined() reads the text between words
        if word in ctx.actor_foreign_heads and foreign_portfolio_after(words, k, ctx):
            return joined  # "Minister of Foreign Affairs"
        if k - start == TITLE_MODIFIER_WORDS or word not in ctx.actor_title_modifiers or not joined:
            return False
        foreign = foreign or word in ctx.actor_foreign_words
        k += 1
    return False


#: The gaps round a parenthesised abbreviation between a name and its title: "a European Union (EU)
#: spokesman", "the Islamic Republic of Iran (IRI) Ambassador".
ABBREVIATION_OPENS_RE = re.compile(r"[ \t\u00a0]{0,3}\(")
ABBREVIATION_CLOSES_RE = re.compile(r"\)[ \t\u00a0]{1,3}")


def _title_past_abbreviation(words: Any, first: int, last: int, ctx: TopicContext) -> bool:
    """Whether a title follows the name ending at word ``last`` past its abbreviation in parentheses
    ("European Union (EU) spokesman"), or follows the abbreviation itself ("(EU) spokesman" for the
    mention "EU" at ``first``..``last``): the name and its abbreviation name whom the office holder speaks
    for, as "EU spokesman" does. The abbreviation is one capitalised word, in capitals or not: British and
    Caribbean outlets write "Caribbean Community (Caricom) foreign ministers"."""
    sentence, start, end = words.as_lists
    text, n = words.text, len(words.cased)
    if last + 1 >= n or sentence[last + 1] != sentence[last]:
        return False
    gap = (end[last], start[last + 1])
    in_parentheses = first > 0 and text[start[first] - 1:start[first]] == "("
    if in_parentheses and ABBREVIATION_CLOSES_RE.fullmatch(text, *gap):
        return _title_follows(words, last + 1, ctx, opened=True)
    k = last + 1
    return (k + 1 < n and sentence[k + 1] == sentence[k] and words.cased[k][:1].isupper()
            and ABBREVIATION_OPENS_RE.fullmatch(text, *gap) is not None
            and ABBREVIATION_CLOSES_RE.fullmatch(text, end[k], start[k + 1]) is not None
            and _title_follows(words, k + 1, ctx, opened=True))


def _after_word(words: Any, first: int, which: frozenset[str]) -> bool:
    """Whether one of ``which`` (or it and "the") stands right before word ``first`` in its phrase."""
    cased = words.cased
    j = first - 1
    if j > 0 and cased[j].lower() == "the" and words.joined(first):
        j, first = j - 1, j
    return j >= 0 and cased[j].lower() in which and words.joined(first)


def actor_holds_stance(view: ContextView) -> Decisions:
    """A place named as the holder of a stance after "of" is an actor, not a subject.

    "they reviewed ... the position of the Iraqi government", "the stance of Iraq": a place of the gazetteer
    (a region topic) right after a noun of ``actors.stance_of_nouns`` and "of" (and "the" at will) names
    whose position it is, as "Egypt's position" does (:func:`actor_speaking`). "the condemnation of
    Israel" names whom it condemns and stays a subject (no such noun).
    """
    ctx, words = view.context, view.words
    if not ctx.actor_stance_of_nouns:
        return {}
    cased = words.cased
    out = {}
    for i, m in enumerate(view.mentions):
        if m.kind != "region" or m.text not in view.places:
            continue
        j = m.first - 1
        if j > 0 and cased[j].lower() == "the" and words.joined(j + 1):
            j -= 1
        if (j > 0 and cased[j].lower() == "of" and words.joined(j + 1) and words.joined(j)
                and cased[j - 1].lower() in ctx.actor_stance_of_nouns):
            out[i] = ACTOR
    return out


def actor_in_effort(view: ContextView) -> Decisions:
    """A state's place right before a noun of its diplomatic effort is an actor, not a subject.

    "the Saudi Syrian efforts to resolve the impasse", "Egyptian mediation", "the Qatari initiative": a
    place of the gazetteer (a region topic), alone or with more places of states joined to it ("Saudi
    Syrian", "Saudi-Syrian"), right before a noun of ``actors.effort_nouns`` names the states acting, not
    their question. "efforts on Syria", "the Syrian crisis", "the Facility for Libya initiative" (after a
    preposition) keep their place; so does a possessive ("Ukraine's efforts towards peace"), which names
    the state's own cause as often as its deed (:func:`actor_speaking` reads its stance nouns)."""
    ctx, words = view.context, view.words
    if not ctx.actor_effort_nouns:
        return {}
    cased, n = words.cased, len(words.cased)
    places = {m.first: m for m in view.mentions if m.kind == "region" and m.text in view.places}
    out = {}
    for i, m in enumerate(view.mentions):
        after_preposition = words.joined(m.first) and cased[m.first - 1].lower() in ctx.prepositions
        if places.get(m.first) is not m or after_preposition:
            continue
        k, last = m.last + 1, m.last
        while k in places and words.joined(k):  # "Saudi Syrian efforts": the next state of the pair
            k, last = places[k].last + 1, places[k].last
        if (k < n and cased[k].lower() in ctx.actor_effort_nouns and words.joined(k)
                and words.text[int(words.end[last]):int(words.end[last]) + 1] not in POSSESSIVE_MARKS):
            out[i] = ACTOR
    return out


#: How many modifier words may stand between a place and the head of a title ("Iranian Foreign Affairs
#: Minister": 2).
TITLE_MODIFIER_WORDS = 3


def _office_of(words: Any, first: int, ctx: TopicContext) -> bool:
    """Whether a diplomatic title and "of" (and "the") stand right before word ``first``: "Foreign
    Minister of Iran", "Ambassador of the Philippines", and over the state's formal style: "Foreign
    Minister of the Republic of Kazakhstan". Before a formal style any capitalised office is the state's
    (protocol's wording of hosts and member lists: "President of the Republic of Kazakhstan Nursultan
    Nazarbayev", "the Government of the Republic of Tunisia"); without one only a diplomatic title is."""
    cased = words.cased
    styled = _state_style_start(words, first, ctx)
    j = styled - 1
    if j > 0 and cased[j].lower() == "the" and words.joined(styled):
        j -= 1
        styled = j + 1
    if not (j > 0 and cased[j].lower() == "of" and words.joined(styled) and words.joined(j)):
        return False
    head = cased[j - 1].lower()
    if styled < first - 1 and cased[j - 1][:1].isupper():  # a style was skipped: a protocol office
        return True
    return head in ctx.actor_title_heads or (
        head in ctx.actor_foreign_heads and j > 1 and words.joined(j - 1)
        and cased[j - 2].lower() in ctx.actor_foreign_words) or foreign_portfolio_before(words, j, ctx)


#: The most words of a foreign portfolio after its head ("of the Foreign Affairs": 4).
PORTFOLIO_WORDS = 4


def foreign_portfolio_after(words: Any, k: int, ctx: TopicContext) -> bool:
    """Rule: whether the word at ``k`` (a head of ``actors.foreign_heads``) is followed by its foreign
    portfolio in one phrase: a link of ``actors.portfolio_links``, "the" at will, a word of
    ``actors.foreign_words`` and one of ``actors.foreign_portfolios``: "Minister of Foreign Affairs",
    "Ministry for Foreign Affairs", "Minister of External Relations" name a diplomat's office as "Foreign
    Minister" does; "Minister of Finance" and "Minister of Foreign Trade" do not."""
    cased, n = words.cased, len(words.cased)
    j = k + 1
    if not (j < n and cased[j].lower() in ctx.actor_portfolio_links and words.joined(j)):
        return False
    j += 1
    if j < n and cased[j].lower() == "the" and words.joined(j):
        j += 1
    return (j + 1 < n and cased[j].lower() in ctx.actor_foreign_words and words.joined(j)
            and cased[j + 1].lower() in ctx.actor_foreign_portfolios and words.joined(j + 1))


def foreign_portfolio_before(words: Any, j: int, ctx: TopicContext) -> bool:
    """Rule: whether the "of" at word ``j`` follows a foreign head and its portfolio (read by
    :func:`foreign_portfolio_after`): "Minister of Foreign Affairs of Nigeria", "the Ministry of External
    Relations of Angola" name the office of the place after them."""
    cased = words.cased
    for k in range(j - 3, max(-1, j - 2 - PORTFOLIO_WORDS), -1):
        if cased[k].lower() in ctx.actor_foreign_heads:
            return (foreign_portfolio_after(words, k, ctx) and words.joined(j)
                    and cased[j - 1].lower() in ctx.actor_foreign_portfolios)
    return False


#: How many words back from a place the office whose list it ends may stand ("Ambassadors Extraordinary and
#: Plenipotentiary of the Republic of Macedonia, the Republic of South Africa, the Kingdom of the
#: Netherlands, the State of Palestine": 21 words before "Palestine").
OFFICE_LIST_WORDS = 30
#: How many words may stand between the plural office and its "of" ("Ambassadors Extraordinary and
#: Plenipotentiary of": 3).
OFFICE_LIST_TITLE_WORDS = 3


def _offices_of_a_list(words: Any, first: int, ctx: TopicContext) -> bool:
    """Whether the place at word ``first`` is an item of a list of states after a plural office and "of":
    "the Foreign Ministers of Azerbaijan and Montenegro", "Ambassadors Extraordinary and Plenipotentiary of
    the Republic of Macedonia, ..., the State of Palestine and of the Eastern Republic of Uruguay presented
    their Letters of Credence" name whom each office holder speaks for, as "Ambassador of the Philippines"
    does (:func:`_office_of`). Back from the place over capitalised words, "the", "of", and the list's
    commas and "and"/"or" (at least one), at most :data:`OFFICE_LIST_WORDS` words, to an "of" after a
    plural office (:func:`_plural_office_before`). "Secretary of State Blinken and Iran" is no list: one
    office holder."""
    cased, text, sent = words.cased, words.text, words.sentence[first]
    items = 0
    for j in range(first - 1, max(0, first - OFFICE_LIST_WORDS - 1), -1):
        if words.sentence[j] != sent:
            return False
        word = cased[j].lower()
        if text[int(words.end[j]):int(words.start[j + 1])].strip() == ",":
            items += 1
        elif not words.joined(j + 1):
            return False
        if word in ("and", "or"):
            items += 1
        elif word == "of" and items and _plural_office_before(words, j, ctx):
            return True
        elif word not in ("the", "of") and not cased[j][:1].isupper():
            return False
    return False


def _plural_office_before(words: Any, of: int, ctx: TopicContext) -> bool:
    """Whether a plural office stands before the "of" at word ``of``, past at most
    :data:`OFFICE_LIST_TITLE_WORDS` capitalised words and "and": "Ambassadors Extraordinary and
    Plenipotentiary of", "the Foreign Ministers of". The office is the plural of a title head
    (``actors.title_heads``, "ambassadors", "envoys") or of a foreign head after a foreign word
    (``actors.foreign_heads``: "Foreign Ministers")."""
    cased = words.cased
    for k in range(of - 1, max(-1, of - OFFICE_LIST_TITLE_WORDS - 2), -1):
        if not words.joined(k + 1):
            return False
        word = cased[k].lower()
        singular = word[:-1] if word.endswith("s") else ""
        foreign = k > 0 and cased[k - 1].lower() in ctx.actor_foreign_words
        if singular in ctx.actor_title_heads or (singular in ctx.actor_foreign_heads and foreign):
            return True
        if not (cased[k][:1].isupper() or word == "and"):
            return False
    return False


#: At most this many capitalised words of a state's formal style before its name ("the People's Republic
#: of China", "the Republic of Kazakhstan", "the Kingdom of Saudi Arabia").
STATE_STYLE_WORDS = 3


def _state_style_start(words: Any, first: int, ctx: TopicContext) -> int:
    """The first word of a state's formal style ending right before the place at word ``first``: "the
    People's Republic of" before "China" (``first`` itself when there is none). The style is "the", one to
    :data:`STATE_STYLE_WORDS` capitalised words ending in a noun of ``actors.state_styles``, then "of", all
    in one run of words; an office before "of" is no style ("the Foreign Ministers of Ukraine", "the
    President of Kazakhstan")."""
    cased = words.cased
    j = first - 1
    if not (j > 1 and cased[j] == "of" and words.joined(first) and words.joined(j)) \
            or cased[j - 1].lower() not in ctx.actor_state_styles:
        return first
    k = j - 1
    while k > 0 and j - k <= STATE_STYLE_WORDS and cased[k][:1].isupper() and cased[k].lower() != "the":
        if cased[k - 1].lower() == "the" and words.joined(k):
            return k
        if not words.joined(k):
            return first
        k -= 1
    return first


#: An enumeration names at least this many different topics. Two coordinated topics ("Ukraine and the
#: Middle East") may be what a sentence discusses, and so may a run of one topic's words ("Nile water, dams
#: and drought"); from three topics on ("Lebanon, the Sahel and the Indo-Pacific") a sentence lists what was
#: touched on: one sentence for all of them, none about any.
ENUMERATION_MIN_TOPICS = 3
#: What joins two items of an enumeration, after the blanks that open the gap (stripped before it is
#: matched): a comma or semicolon and/or "and"/"or", and an optional article. Possessive runs, so a match
#: over a run of blanks stays linear.
ENUMERATION_JOIN_RE = re.compile(r"(?:[,;]\s*+(?:(?:and|or)\s++)?|(?:and|or)\s++)(?:the\s++)?", re.IGNORECASE)


def in_enumeration(view: ContextView) -> Decisions:
    """A mention that is one item of an enumeration of topics is ``listed``: named, not discussed.

    "such as food security, energy, cybersecurity, telecommunications, and supply chains", "the situations
    in Lebanon, the Sahel and the Indo-Pacific region": topic mentions of one sentence, each joined to the
    next by a comma, a semicolon, "and" or "or" (and "the": :data:`ENUMERATION_JOIN_RE`), naming at least
    :data:`ENUMERATION_MIN_TOPICS` different topics. Mentions over the same words (two topics of one
    phrase) are one item, and so are two places joined by a possessive ("Sudan's Darfur"); a place's item
    may carry the noun of its area after it and a word of its part or status before it
    (:func:`place_item_gap`: "Sudan's Darfur region, Iraq, ... and the occupied Palestinian
    territories"). A listed mention does not count; the topic counts where the text says more about it
    elsewhere.
    """
    words, text = view.words, view.words.text
    mentions = view.mentions
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i].first, -mentions[i].last))
    out: Decisions = {}
    chain: list[tuple[int, list[int]]] = []  # items: (last word, mention indices)
    for i in order:
        m = mentions[i]
        if chain:
            last, members = chain[-1]
            before = mentions[members[-1]]
            gap = text[int(words.end[last]):int(words.start[m.first])] if m.first > last else ""
            if m.first <= last or (m.first == last + 1 and before.kind == m.kind == "region"
                                   and gap in POSSESSIVE_GAPS):  # one item: "Sudan's Darfur"
                chain[-1] = (max(last, m.last), [*members, i])
                continue
            if before.kind == m.kind == "region":
                gap = place_item_gap(gap, view.context)
            joined = ENUMERATION_JOIN_RE.fullmatch(gap.lstrip()) is not None
            if words.sentence[m.first] != words.sentence[last] or not joined:
                _close_enumeration(chain, mentions, out)
                chain = []
        chain.append((m.last, [i]))
    _close_enumeration(chain, mentions, out)
    return out


#: The text between two places joined by a possessive ("Sudan's Darfur").
POSSESSIVE_GAPS = frozenset({"'s ", "’s ", "ʼs "})


def place_item_gap(gap: str, ctx: TopicContext) -> str:
    """Rule: the join between two places of an enumeration, read past the noun of the first place's area
    (``lists.item_heads``: "Darfur region, Iraq") and a word of the second place's part or status
    (``lists.item_modifiers``: "and the occupied Palestinian"): what is left is the join itself."""
    parts = gap.split()
    if parts and parts[0].rstrip(",;").lower() in ctx.list_item_heads:
        gap = gap.lstrip()[len(parts[0].rstrip(",;")):]
    if len(parts) > 1 and parts[-1].lower() in ctx.list_item_modifiers:
        gap = gap.rstrip()[:-len(parts[-1])]
    return gap


def _close_enumeration(chain: list[tuple[int, list[int]]], mentions: list[Mention], out: Decisions) -> None:
    members = [i for _last, items in chain for i in items]
    if len({mentions[i].topic for i in members}) >= ENUMERATION_MIN_TOPICS:
        out.update(dict.fromkeys(members, LISTED))


def modifies_a_relation(view: ContextView) -> Decisions:
    """An issue word among the coordinated modifiers of a relation noun is ``listed``: "deepen its close
    security, economic, and trade partnership with the United States" (Taiwan's foreign ministry) names
    the kinds of a relationship (``ranking.relation_words``), not trade as a subject. Only a coordination
    ("security, economic, and trade", "trade and economic"): "trade ties" alone may be the subject. The
    nouns of the range of a talk (``ranking.scope_words``) are heads too: "they discussed bilateral,
    multilateral and global issues" names kinds of matters, not the UN system.
    """
    heads = view.context.relation_words | view.context.scope_words
    if not heads:
        return {}
    words, text = view.words, view.words.text
    cased, n = words.cased, len(words.cased)
    out: Decisions = {}
    for i, m in enumerate(view.mentions):
        if m.kind != "issue" or m.topic in view.context.frame_topics:
            continue
        k = m.last + 1
        while k < n and k <= m.last + RELATION_MODIFIERS and cased[k].lower() not in heads:
            k += 1
        if not (k < n and k <= m.last + RELATION_MODIFIERS and cased[k].lower() in heads
                and words.sentence[k] == words.sentence[m.first]):
            continue
        j = m.first
        while j > 0 and j > m.first - RELATION_MODIFIERS and words.sentence[j - 1] == words.sentence[m.first]:
            j -= 1
        stretch = text[int(words.start[j]):int(words.start[k])]
        if LIST_SEPARATOR_RE.search(stretch) and (
                cased[k].lower() not in view.context.scope_words
                or ("," in stretch
                    and SCOPE_GAP_RE.fullmatch(text, int(words.end[m.last]), int(words.start[k])))):
            out[i] = LISTED
    return out


#: What may stand between a modifier and a noun of a talk's range: a blank, or "and"/"or" and one more
#: modifier ("multilateral and global issues"). A comma after the mention ends its item: "NATO's eastward
#: expansion, some issues of strategic stability" lists NATO's expansion, not kinds of issues. A range
#: has three kinds at least, so a comma before the mention too: "On economic and financial matters, ..."
#: opens a paragraph about the economy.
SCOPE_GAP_RE = re.compile(r"[ \t]++(?:(?:and|or)[ \t]++[\w-]++[ \t]++)?+")


#: How many modifier words may stand in the coordination before the relation noun ("security, economic,
#: and trade": 3 around the mention each way).
RELATION_MODIFIERS = 3


def relation_between_things(view: ContextView) -> Decisions:
    """A relation noun between things, not states, is excluded for bilateral relations: "the relationship
    between peace and development", "relations between men and women", "ties between rich and poor" name
    how two things or groups bear on each other, not the relations between two states. The noun
    (``ranking.relation_words``, a frame topic's mention) is followed by "between" or "among" and a word in
    lower case that opens no party (``relations.party_openers``: "the", "two", "our"): "relations between
    the two countries", "relations between Cuba and the United States" keep counting."""
    ctx = view.context
    if not ctx.relation_party_openers:
        return {}
    words, cased = view.words, view.words.cased
    n = len(cased)
    out: Decisions = {}
    for i, m in enumerate(view.mentions):
        k = m.last + 1
        if (m.topic in ctx.frame_topics and m.text in ctx.relation_words and k + 1 < n
                and cased[k].lower() in ("between", "among", "amongst") and words.joined(k)
                and words.joined(k + 1) and cased[k + 1][:1].islower()
                and cased[k + 1] not in ctx.relation_party_openers):
            out[i] = EXCLUDED
    return out


def relation_with_a_body(view: ContextView) -> Decisions:
    """A relation noun whose other party is a multilateral body is excluded: relations between two
    countries are the topic, a state's ties with a body of states are not.

    "our partnership with NATO", "the Armenia-EU partnership", "50 years of partnership between ASEAN and
    Australia", "relations between Russia and the European Union": the party is a body of
    ``relations.bodies`` (topic_context.yaml), written in a hyphenated pair before the noun (over at most
    :data:`BODY_PAIR_WORDS` capitalised words: "the ASEAN-Australia Comprehensive Strategic Partnership"),
    right after "with" (and an article or possessive), or among the words after "between" up to the end of
    the phrase. A region of many states (``ranking.relation_regions``: "our partnership with Africa", "the
    relationship between Europe and the Middle East") is such a party after "with" or "between" only. A
    relation noun said of another takes its parties ("normalization of relationship between the Agency
    and DPRK": :func:`_relation_of`). "relations with Turkey", "the Armenia-Turkey relationship" keep
    counting.
    """
    ctx = view.context
    if not ctx.relation_bodies:
        return {}
    words = view.words
    out: Decisions = {}
    for i, m in enumerate(view.mentions):
        if m.topic in ctx.frame_topics and m.text in ctx.relation_words and (
                _body_pair_before(words, m.first, ctx.relation_bodies)
                or _body_party_after(words, _relation_of(words, m.last, ctx.relation_words),
                                     ctx.relation_bodies | ctx.relation_regions)):
            out[i] = EXCLUDED
    return out


def _relation_of(words: Any, last: int, relation_words: frozenset[str]) -> int:
    """The last word of the relation a relation noun ending at word ``last`` is said of: "normalization of
    relationship between the Agency and DPRK" (the normalization's parties are the relationship's), "the
    normalisation of the relations with NATO"; ``last`` itself when no "of" and relation noun follow."""
    cased, n = words.cased, len(words.cased)
    k = last + 1
    if not (k < n and words.joined(k) and cased[k].lower() == "of"):
        return last
    k += 1
    if k < n and words.joined(k) and cased[k].lower() in BODY_DETERMINERS:
        k += 1
    return k if k < n and words.joined(k) and cased[k].lower() in relation_words else last


#: How many capitalised words a hyphenated pair of parties may stand before the relation noun
#: ("ASEAN-Australia Comprehensive Strategic Partnership": the pair's 2 and 2 modifiers).
BODY_PAIR_WORDS = 4
#: How many words after "between" may name the parties ("between the government of Ethiopia and the AU").
BODY_PARTY_WORDS = 8
#: The words that may stand between "with" and the body ("with the EU", "with our NATO").
BODY_DETERMINERS = frozenset({"the", "its", "our", "their", "his", "her", "your"})


def _body_pair_before(words: Any, first: int, bodies: frozenset[str]) -> bool:
    """Whether capitalised words joined to the noun at ``first`` hold a hyphenated pair with a body."""
    cased, text = words.cased, words.text
    j, body, hyphen = first - 1, False, False
    while j >= 0 and first - j <= BODY_PAIR_WORDS and cased[j][:1].isupper() and words.joined(j + 1):
        body = body or cased[j].lower() in bodies
        if j > 0 and words.joined(j) and text[int(words.end[j - 1]):int(words.start[j])] in PREFIX_JOINERS:
            hyphen = True
        j -= 1
    return body and hyphen


def _body_party_after(words: Any, last: int, bodies: frozenset[str]) -> bool:
    """Whether "with" and a body, or "between" and parties that include a body, follow word ``last``."""
    cased, n = words.cased, len(words.cased)
    k = last + 1
    if not (k < n and words.joined(k) and cased[k].lower() in ("with", "between")):
        return False
    link = cased[k].lower()
    k += 1
    while link == "with" and k < n and words.joined(k) and cased[k].lower() in BODY_DETERMINERS:
        k += 1
    reach = 1 if link == "with" else BODY_PARTY_WORDS
    for j in range(k, min(n, k + reach)):
        if not words.joined(j):
            return False
        pair = f"{cased[j]} {cased[j + 1]}".lower() if j + 1 < n and words.joined(j + 1) else ""
        if cased[j].lower() in bodies or pair in bodies:
            return True
    return False


def in_cooperation_area(view: ContextView) -> Decisions:
    """An issue named as a field of cooperation is ``listed``: "growing cooperation in defence and security,
    as well as in trade and investment", "mutual cooperation in advancing regional security, fostering trade
    and investment" name the fields of a relationship, not subjects the text discusses.

    The mention stands at most :data:`AREA_WORDS` words after a cooperation word and its link
    (``cooperation.words``, ``cooperation.links`` of topic_context.yaml: "cooperation in", "collaborate
    on"), in its clause: no full stop, semicolon, colon or parenthesis and no clause word
    (``cooperation.clause_words``: "which", "but") between. A topic counts where the text says more about
    it. Frame topics and places are left alone, and so is a capitalised cooperation word: part of a name
    ("the Organization for Security and Cooperation in Europe and NATO").
    """
    ctx = view.context
    if not ctx.cooperation_words:
        return {}
    words, cased, text = view.words, view.words.cased, view.words.text
    out: Decisions = {}
    for i, m in enumerate(view.mentions):
        if m.kind != "issue" or m.topic in ctx.frame_topics:
            continue
        sent = words.sentence[m.first]
        for j in range(m.first - 1, max(0, m.first - AREA_WORDS - 1), -1):
            if words.sentence[j] != sent or cased[j].lower() in ctx.cooperation_clause_words \
                    or AREA_BREAK_RE.search(text, int(words.end[j]), int(words.start[j + 1])):
                break
            if cased[j].lower() in ctx.cooperation_links and j > 0 and words.sentence[j - 1] == sent \
                    and cased[j - 1].lower() in ctx.cooperation_words and cased[j - 1][:1].islower():
                end = _sentence_span(words, j)[1]
                if _several_fields(text, int(words.end[j]), int(words.end[m.last]), end):
                    out[i] = LISTED
                break
    return out


def _several_fields(text: str, a: int, b: int, end: int) -> bool:
    """Whether the fields from ``a`` (after the link) are several: a separator of a list stands between
    ``a`` and the mention's end ``b``, or in the clause after it (:data:`AREA_REACH` characters at most)."""
    stop = AREA_BREAK_RE.search(text, b, min(end, b + AREA_REACH))
    return LIST_SEPARATOR_RE.search(text, a, stop.start() if stop else min(end, b + AREA_REACH)) is not None


#: How far after a field the other fields of its list are looked for (characters).
AREA_REACH = 60
#: How many words after "cooperation in" a field may stand ("in defence and security, as well as in trade").
AREA_WORDS = 10
#: What ends the clause of the fields of cooperation between two words.
AREA_BREAK_RE = re.compile(r"[.;:()]")


#: An item of a list of words is at most this many words ("liquefied natural gas (LNG)": 4).
LIST_ITEM_WORDS = 4
#: A list of words has at least this many items ("water, digital economy, and green technology": 3).
LIST_MIN_ITEMS = 3
#: What separates the items of a list of words.
LIST_SEPARATOR_RE = re.compile(r",(?:[ \t]++(?:and|or)\b)?+|;|\b(?:and|or)\b")


def in_word_list(view: ContextView) -> Decisions:
    """An issue named as one item of a list of short items is ``listed``, whatever the other items are.

    "expand cooperation in the port, liquefied natural gas (LNG), water, digital economy, and green
    technology sectors" (a Malaysian readout): areas of cooperation, mostly no topic of the dictionary, so
    :func:`in_enumeration` (three topics) does not see the list. The items are the stretches between
    commas, semicolons, "and" and "or" of one sentence; a list is a run of at least
    :data:`LIST_MIN_ITEMS` items of at most :data:`LIST_ITEM_WORDS` words, the last joined by "and"/"or",
    the others by commas, with no speech verb ("The talks, he said, were frank" is no list). The first
    item may close a longer clause that opens the list, after a verb or a preposition: in "The two leaders
    discussed trade, energy, health and agriculture" and "progress in trade, investment and agriculture"
    trade is the first item (:func:`_list_leads`, :func:`_opens_a_list`), and the items after it are items
    of a list even when they are only two ("consultations on cybersecurity, exchange of prisoners and arms
    control"). Places are
    left to the place rules: a list of states names whom a minister met or who signed; the topics of the
    text's own event (``salience.frame_topics``) too: "the Alliance and partnership to promoting peace,
    stability and resilience" is the relationship the readout reports.
    """
    words, text = view.words, view.words.text
    out: Decisions = {}
    lists: dict[int, tuple[list[tuple[int, int]], dict[int, tuple[int, int, int]]]] = {}
    short: list[tuple[int, int, int, int]] = []  # (mention, sentence, start, end) of short items
    for i, m in enumerate(view.mentions):
        if m.kind != "issue" or m.topic in view.context.frame_topics:
            continue
        span = _sentence_span(words, m.first)
        sent = int(words.sentence[m.first])
        if sent not in lists:
            items = _list_items(text, *span, view.speech_verbs, item_stops(view.context),
                                view.context.cooperation_clause_words, view.context.list_adverbs)
            lists[sent] = (_word_lists(items) + _led_lists(text, items, view.context.list_lead_words),
                           _list_leads(items))
        a, b = int(words.start[m.first]), int(words.end[m.last])
        if _short_item(text, a, b, span, item_stops(view.context), view.speech_verbs):
            short.append((i, sent, a, b))
        elif b in lists[sent][1] and _opens_a_list(view, i, *lists[sent][1][b]):
            out[i] = LISTED  # "The two leaders discussed trade, energy, health and agriculture"
            lists[sent][0].append((a, lists[sent][1][b][0]))  # and the items after it
    for i, sent, a, b in short:
        if any(lo <= a and b <= hi and not _head_of_modifiers(text, lo, a) for lo, hi in lists[sent][0]):
            out[i] = LISTED
    return out


def _head_of_modifiers(text: str, lo: int, a: int) -> bool:
    """Whether the mention at offset ``a`` is the head noun of a list of modifiers starting at ``lo``: "The
    unjustified, unprovoked and illegal attack on Ukraine", "a reformed, transparent and more democratic
    United Nations" list words of one attack, one UN, and that is what the sentence is about. The first
    item is an article and one word, every other item before the mention's is one word, and the mention's
    item has words before it ("illegal"); "the political, security, economic and humanitarian situation"
    lists "economic" itself, "technology, agriculture, health, and renewable energy" (no article) are
    nouns."""
    pieces = LIST_SEPARATOR_RE.split(text[lo:a])
    if len(pieces) < LIST_MIN_ITEMS or not pieces[-1].split():
        return False
    first = pieces[0].split()
    return (len(first) == 2 and first[0].lower() in INDEFINITE_OR_DEFINITE
            and all(len(p.split()) == 1 for p in pieces[1:-1]))


#: The articles that open a coordination of modifiers before one noun ("the unjustified, unprovoked and
#: illegal attack").
INDEFINITE_OR_DEFINITE = frozenset({"a", "an", "the"})


#: The prepositions that stay inside a noun phrase ("the independence of the judiciary"): no item's end.
PHRASE_PREPOSITIONS = frozenset({"of"})


def item_stops(ctx: TopicContext) -> frozenset[str]:
    """The words before which a list's last item ends: the prepositions (``ranking.prepositions``) that
    open a phrase of the clause ("... and trade expansion during his meetings"), not "of"."""
    return ctx.prepositions - PHRASE_PREPOSITIONS


def _led_lists(text: str, found: tuple[list, list[bool], list[bool], list[bool]],
               lead_words: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of each list whose first item closes a longer clause right after a word that opens a
    list (``lists.lead_words``), whatever that item is: in "gave priority to issues including Rohingya
    repatriation, economic diplomacy and trade expansion" the list runs from "Rohingya" (no issue word of
    its own ends the item, so :func:`_opens_a_list` is not asked) to "expansion". The item's words after
    the lead word are at most :data:`LIST_ITEM_WORDS`."""
    items = found[0]
    out = []
    for lead_end, (end, _others, _first) in _list_leads(found).items():
        start = next(lo for lo, hi in items if hi == lead_end)
        tail = list(RUN_WORD_RE.finditer(text, start, lead_end))
        for k in range(len(tail) - 1, max(-1, len(tail) - LIST_ITEM_WORDS - 2), -1):
            if tail[k].group().lower() in lead_words:
                if k + 1 < len(tail):
                    out.append((tail[k + 1].start(), end))
                break
    return out


def _opens_a_list(view: ContextView, i: int, end: int, others: int, first: int) -> bool:
    """Whether mention ``i``, the last words of a clause joined to a list of ``others`` more items starting
    at offset ``first`` and ending at ``end``, is the list's first item: a bare noun right after a
    preposition (``ranking.prepositions``: "progress in trade, investment, health and agriculture") or a
    word that opens a list (``lists.lead_words``: "discussed trade, energy and health", "including
    energy, tourism and culture"); the next item opens with neither (then it tells more about the
    mention: "the effects of climate change, including desertification, heat waves and droughts", "in
    conflict, such as Syria, Iraq and Yemen"); and fewer than half the other items name its topic
    ("agreements on arms control, disarmament and non-proliferation" is about arms control). "reform the
    Security Council, its working methods and membership" stays: an article stands before it."""
    m, words, ctx = view.mentions[i], view.words, view.context
    j = m.first - 1
    opener = ctx.prepositions | ctx.list_lead_words
    if j < 0 or not words.joined(m.first) or words.cased[j].lower() not in opener:
        return False
    nxt = WORD_START_RE.match(words.text, first)
    if nxt is not None and nxt.group(1).lower() in opener:
        return False
    b = int(words.end[m.last])
    again = sum(o.topic == m.topic and b < int(words.start[o.first]) < end for o in view.mentions)
    return 2 * again < others


#: How far around a mention its item's separators are looked for (characters; four words fit).
LIST_ITEM_REACH = 60


def _short_item(text: str, a: int, b: int, sentence: tuple[int, int], stops: frozenset[str] = frozenset(),
                verbs: frozenset[str] = frozenset()) -> bool:
    """Whether text[a:b] may be in a short item: its words and those to the nearest separator or the
    sentence's ends on each side are at most :data:`LIST_ITEM_WORDS` ("liquefied natural gas (LNG)," is;
    "Expressing concerns about escalating tensions in the region due to" is not); on the right the item
    may end before a word of ``stops`` (a list's last item: "trade expansion during his meetings"), when
    what is left has no verb (:func:`_item_end`)."""
    before = text[max(sentence[0], a - LIST_ITEM_REACH):a]
    after = text[b:min(sentence[1], b + LIST_ITEM_REACH)]
    left = LIST_SEPARATOR_RE.split(before)[-1]
    right = LIST_SEPARATOR_RE.split(after)[0]
    item = left + text[a:b] + right
    item = item[:_item_end(item, len(left) + b - a, len(item), stops, verbs, first=0, start=0)]
    return len(item.split()) <= LIST_ITEM_WORDS


def _sentence_span(words: Any, k: int) -> tuple[int, int]:
    """(start, end) offsets of the sentence of word ``k``, from its first to its last word (the words'
    sentence ids rise in text order, so a binary search finds both ends)."""
    sentence = words.sentence
    lo = int(np.searchsorted(sentence, sentence[k], side="left"))
    hi = int(np.searchsorted(sentence, sentence[k], side="right"))
    return int(words.start[lo]), int(words.end[hi - 1])


#: The first word of a list's item, after the blanks that open it (the look-behind starts a search only at
#: a run of blanks' first character, so it stays linear).
WORD_START_RE = re.compile(r"(?<![ \t])[ \t]*+([A-Za-z]++)")


def _list_items(text: str, a: int, b: int, verbs: frozenset[str], stops: frozenset[str] = frozenset(),
                openers: frozenset[str] = frozenset(),
                adverbs: frozenset[str] = frozenset()) -> tuple[list, list[bool], list[bool], list[bool]]:
    """The items of text[a:b] cut at :data:`LIST_SEPARATOR_RE` ((start, end) each), whether the separator
    after each item is "and"/"or" (``ands[k]`` joins items ``k`` and ``k + 1``), whether each item is
    short (at most :data:`LIST_ITEM_WORDS` words, no speech verb, not one sentence adverb of ``adverbs``
    set off by commas: "Meanwhile, the conflict between Armenia and Azerbaijan over ..." is no list), and
    whether it opens with a clause word
    of ``openers`` (", which included cash transfers": only a list's first item may, :func:`_runs`); no
    items when too few separators. The last item is read up to a word of ``stops`` (the prepositions)
    after its first word: the sentence goes on after the list ("economic diplomacy and trade expansion
    during his meetings on the sidelines" is short); its span runs on to ``b`` (a mention after the stop,
    "respect for human rights", may still be in it: :func:`_short_item` decides)."""
    seps = list(LIST_SEPARATOR_RE.finditer(text, a, b))
    if len(seps) < LIST_MIN_ITEMS - 1:
        return [], [], [], []
    cuts = [a, *(x for mt in seps for x in mt.span()), b]
    items = [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2)]
    ands = [mt.group()[-1] not in ",;" for mt in seps]
    short, opens = [], []
    last = _item_end(text, seps[-1].end(), b, stops, verbs)
    for lo, hi in items:
        ws = text[lo:min(hi, last)].split()
        adverb = len(ws) == 1 and ws[0].lower() in adverbs
        short.append(0 < len(ws) <= LIST_ITEM_WORDS and not adverb
                     and not any(w.lower().strip(".,;:") in verbs for w in ws))
        opens.append(bool(ws) and ws[0].lower() in openers)
    return items, ands, short, opens


#: A word of running text, for :func:`_before_stop`.
RUN_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*+")


def _item_end(text: str, a: int, b: int, stops: frozenset[str], verbs: frozenset[str], first: int = 1,
              start: int | None = None) -> int:
    """Where the last item of a list, text[a:b] (its words from ``start``, ``a`` unless given), ends:
    before the first word of ``stops`` from its ``first``-th word on, when the item's words before it read
    as no clause (:func:`has_a_verb`); else at ``b``. "trade expansion during his meetings" ends after
    "expansion"; "Israel signed a ceasefire in Gaza" is a clause and no item."""
    if not stops:
        return b
    for k, mt in enumerate(RUN_WORD_RE.finditer(text, a, b)):
        if k >= first and mt.group().lower() in stops:
            end = len(text[a:mt.start()].rstrip()) + a
            return b if has_a_verb(text[a if start is None else start:end], verbs) else end
    return b


def _runs(ands: list[bool], short: list[bool], opens: list[bool] | None = None):
    """(run, e) for each list end ``e``: items ``run`` .. ``e - 1`` are a comma-joined run of short items and
    item ``e``, short, follows the last of them after "and"/"or"; an item that opens a clause (``opens``:
    "which causes extremism, violence and terrorism") may only start a run; one pass."""
    run = 0  # the first item of the comma-joined run of short items ending at e - 1
    for e in range(1, len(short)):
        if not (short[e - 1] and (e == 1 or (short[e - 2] and not ands[e - 2]))) or (opens and opens[e - 1]):
            run = e - 1
        if ands[e - 1] and short[e] and short[e - 1] and not (opens and opens[e]):
            yield run, e


def _word_lists(found: tuple[list, list[bool], list[bool], list[bool]]) -> list[tuple[int, int]]:
    """(start, end) of each list of short items among ``found`` (:func:`_list_items`; see
    :func:`in_word_list`): at least :data:`LIST_MIN_ITEMS` of them."""
    items, ands, short, opens = found
    return [(items[run][0], items[e][1]) for run, e in _runs(ands, short, opens)
            if e - run + 1 >= LIST_MIN_ITEMS]


def _list_leads(found: tuple[list, list[bool], list[bool], list[bool]]) -> dict[int, tuple[int, int, int]]:
    """The end offsets of long items whose last words may be a list's first item, each with the end of its
    list, the number of its other items and where the first of them starts: a clause joined by a comma to
    a run of short items that, with it, makes :data:`LIST_MIN_ITEMS` ("The two leaders discussed trade,
    energy and agriculture": "trade" ends the clause; :func:`_opens_a_list` decides). The list ends the
    clause: no "and" or "or" goes on after its last item ("the pain of wars, cold and hot, and unite our
    efforts" is no list)."""
    items, ands, short, opens = found
    return {items[run - 1][1]: (items[e][1], e - run + 1, items[run][0])
            for run, e in _runs(ands, short, opens) if run > 0 and not short[run - 1] and not ands[run - 1]
            and e - run + 2 >= LIST_MIN_ITEMS and (e == len(items) - 1 or not ands[e])}


#: A list of states has at least this many items ("counterparts from Iceland, Italy, Jordan, Egypt,
#: Netherlands, ..."): fewer ("Egypt, Qatar and the US") is as often the parties of the matter.
STATE_LIST_MIN_ITEMS = 5


#: A full stop that ends a sentence inside a quoted passage the splitter kept whole: after a lower-case
#: letter or a digit ("UAE and others. He also had ..."), not after an initial or "U.S.".
INNER_STOP_RE = re.compile(r"(?<=[a-z0-9])[.?!][\"\u201d\u2019]?+[ \t\n]++")


def _clause_span(text: str, a: int, b: int, span: tuple[int, int]) -> tuple[int, int]:
    """The span narrowed to the inner sentence around text[a:b]: a quotation printed as one sentence
    ("\"... had 11 bilateral meetings with Iran, Bulgaria, ..., UAE and others. He also had a meeting
    with ...,\" the spokesperson said") holds several, and a list ends at its full stop."""
    lo, hi = span
    for mt in INNER_STOP_RE.finditer(text, lo, hi):
        if mt.end() <= a:
            lo = mt.end()
        elif mt.start() >= b:
            hi = mt.start() + 1
            break
    return lo, hi


def _with_lead_name(text: str, lo: int, start: int) -> int:
    """The list's start moved back over its first name when a longer clause carries it: in "had 11
    bilateral meetings with Iran, Bulgaria, Turkey, ..." the item before "Bulgaria" is a clause, but its
    last words, capitalised after a lower-case word ("with Iran"), are the roll's first name. At most
    :data:`LEAD_NAME_WORDS` capitalised words; the list stays where it was otherwise."""
    before = text[start:lo].rstrip()
    if not before.endswith(","):
        return lo
    ws = before[:-1].split()
    k = len(ws)
    while k > 0 and len(ws) - k < LEAD_NAME_WORDS and ws[k - 1][:1].isupper():
        k -= 1
    if k == len(ws) or k == 0 or not ws[k - 1][:1].islower():
        return lo
    return text.rindex(ws[k], start, lo)


#: The longest first name of a roll carried by a clause ("with the United Arab Emirates" has three).
LEAD_NAME_WORDS = 3


def in_state_list(view: ContextView) -> Decisions:
    """A place that is one item of a long list of short items is ``listed``: a roll of the states met or
    present, not a region discussed.

    "held talks with a range of counterparts, including from Iceland, Italy, Jordan, Egypt, Netherlands,
    Costa Rica, Sweden, Kiribati, Maldives, Palestinian Authority, and the Gulf Cooperation Council" (a
    minister's week at the UN) names whom he met: Egypt and the Palestinians are no Middle East topic there.
    The list is a list of short items as :func:`in_word_list` finds it with at least
    :data:`STATE_LIST_MIN_ITEMS` names among them (capitalised items: "in Syria, Yemen, Palestine, Myanmar,
    South Sudan and elsewhere" is one; "the Palestinians and Israelis, ... mostly women and children" is
    not); a place the text then discusses counts where it does.
    """
    words, text = view.words, view.words.text
    out: Decisions = {}
    lists: dict[int, list[tuple[int, int]]] = {}
    for i, m in enumerate(view.mentions):
        a, b = int(words.start[m.first]), int(words.end[m.last])
        span = _clause_span(text, a, b, _sentence_span(words, m.first))
        if m.kind != "region" and not _whole_item(text, a, b, span):
            continue
        sent = span[0]
        if sent not in lists:
            found = (_word_lists(_list_items(text, *span, view.speech_verbs))
                     + _open_rolls(text, *span, view.speech_verbs))
            lists[sent] = [(_with_lead_name(text, lo, span[0]), hi) for lo, hi in found
                           if _names_in(text[lo:hi]) >= STATE_LIST_MIN_ITEMS]
        if any(lo <= a and b <= hi for lo, hi in lists[sent]):
            out[i] = LISTED
    return out


#: A name in a roll of signatories or participants has at most this many words ("African Union Mission in
#: Somalia (AMISOM)": 6; "Intergovernmental Authority on Development (IGAD)": 5).
ROLL_ITEM_WORDS = 6


def _whole_item(text: str, a: int, b: int, sentence: tuple[int, int]) -> bool:
    """Whether text[a:b] is a list item by itself (after "the", before closing punctuation): the name of a
    body in a roll of states ("signed by ..., Ethiopia, European Union, Finland, ...") is one of those who
    sign or attend, as the states around it are; "UN reform" or "the role of the United Nations" is not."""
    before = text[max(sentence[0], a - LIST_ITEM_REACH):a]
    after = text[b:min(sentence[1], b + LIST_ITEM_REACH)]
    left = LIST_SEPARATOR_RE.split(before)[-1].strip()
    right = LIST_SEPARATOR_RE.split(after)[0].strip(" \t.;:)")
    return left.lower() in ("", "the") and not right and text[a:a + 1].isupper()


def _open_rolls(text: str, a: int, b: int, verbs: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of a roll of names joined by commas alone that runs to the end of the sentence: "The
    below statement was signed by United Kingdom, African Union Mission in Somalia (AMISOM), Belgium, ...,
    United States, United Nations." (a joint statement's signatories, printed with no closing "and"). The
    items are capitalised names of at most :data:`ROLL_ITEM_WORDS` words with no speech verb in lower case
    ("United States" is a name, "he states" a verb)."""
    seps = list(LIST_SEPARATOR_RE.finditer(text, a, b))
    cuts = [a, *(x for mt in seps for x in mt.span()), b]
    items = [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2)]
    first = len(items)
    while first > 0:
        ws = text[slice(*items[first - 1])].split()
        joined = first == len(items) or seps[first - 1].group() == ","
        if not (joined and 0 < len(ws) <= ROLL_ITEM_WORDS and ws[0][:1].isupper()
                and not any(w[:1].islower() and w.strip(".,;:") in verbs for w in ws)):
            break
        first -= 1
    return [(items[first][0], b)] if len(items) - first >= STATE_LIST_MIN_ITEMS else []


def _names_in(items: str) -> int:
    """How many items of a list (cut at :data:`LIST_SEPARATOR_RE`) are names: their first word, after an
    article, is capitalised ("Costa Rica", "the Gulf Cooperation Council"; not "mostly women")."""
    count = 0
    for item in LIST_SEPARATOR_RE.split(items):
        ws = item.split()
        if ws and ws[0].lower() == "the":
            ws = ws[1:]
        count += bool(ws) and ws[0][:1].isupper()
    return count


#: A bullet line: optional indent, a bullet mark, a blank, the item (to the end of the line).
BULLET_LINE_RE = re.compile(r"^[ \t]*+[•·▪‣◦*–-][ \t]++([^\n]++)$", re.MULTILINE)
#: A heading item has at most this many words and no closing full stop, question or exclamation mark,
#: semicolon or comma (bullets ending in ";" or "," are the parts of one sentence: "we now focus on: ▪
#: preserving the role of the UN ...; ▪ intensifying the UN reform process;").
HEADING_ITEM_WORDS = 12
#: A list of headings has at least this many bullet lines in a row.
HEADING_MIN_ITEMS = 3


def in_heading_list(view: ContextView) -> Decisions:
    """A mention inside a bulleted list of short headings is ``listed``: the list names subjects, it does
    not discuss them.

    A briefing transcript opens with its table of contents ("Q&As / • The trans Pacific Partnership
    negotiations / • The Japan-China relations / • The issue concerning abduction"), a release with its
    points in brief: at least :data:`HEADING_MIN_ITEMS` bullet lines in a row (:data:`BULLET_LINE_RE`),
    only blank lines between them, each of at most :data:`HEADING_ITEM_WORDS` words with no closing
    punctuation. A topic counts where the text then discusses it; bullets that are sentences ("•
    Appreciated the outstanding construction works of ...", a full stop) are no headings.
    """
    text, words = view.words.text, view.words
    spans = _heading_lists(text)
    if not spans:
        return {}
    covered = _span_cover(spans)
    return {i: LISTED for i, m in enumerate(view.mentions)
            if covered(int(words.start[m.first]), int(words.end[m.last]))}


def _heading_lists(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of at least :data:`HEADING_MIN_ITEMS` short bullet lines in a row."""
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for mt in BULLET_LINE_RE.finditer(text):
        item = mt.group(1).rstrip()
        short = len(item.split()) <= HEADING_ITEM_WORDS and item[-1:] not in ".!?;,"
        if run and (not short or text[run[-1][1]:mt.start()].strip()):  # a long item or text between
            _close_heading_run(run, out)
            run = []
        if short:
            run.append(mt.span())
    _close_heading_run(run, out)
    return out


def _close_heading_run(run: list[tuple[int, int]], out: list[tuple[int, int]]) -> None:
    if len(run) >= HEADING_MIN_ITEMS:
        out.append((run[0][0], run[-1][1]))


#: The context rules, in the order they apply (the first that decides a mention wins).
CONTEXT_RULES = (
    in_caption_or_closing_line,
    in_speaker_label,
    in_institution_name,
    in_job_title,
    in_title_portfolio,
    in_source_marker,
    in_time_reference,
    in_place_named_agreement,
    in_place_idiom,
    in_relation_format,
    in_interest_formula,
    in_member_list,
    describes_a_name,
    in_state_epithet,
    in_persons_name,
    in_award_name,
    in_theme_title,
    forces_as_actor,
    at_a_venue,
    in_address,
    after_reversing_prefix,
    without_cue,
    near_disqualifying_word,
    actor_speaking,
    actor_in_title,
    actor_holds_stance,
    actor_in_effort,
    in_heading_list,
    in_state_list,
    in_enumeration,
    in_word_list,
    in_cooperation_area,
    modifies_a_relation,
    relation_with_a_body,
    relation_between_things,
)

#: The lead of a story is its opening: the first this many sentences of the first body paragraph (a text
#: printed as one long paragraph has a lead too, not a lead of thirteen sentences).
LEAD_SENTENCES = 2
#: A topic named this many times or fewer, all outside the headline and the lead, is named in passing: a
#: setting, a counterpart's home, an example, an area of cooperation. A text that discusses a topic names
#: it again, or in its headline or lead. Measured on the held-out rounds A-H (topics with one body
#: mention): of 36 region topics 23 were neither main nor present, 2 main; of 81 issue topics 36 neither,
#: 8 main, 6 of them the text's own event (``salience.frame_topics`` of topic_context.yaml).
PASSING_MENTIONS = 1
#: The kinds of topic the salience rule reads. ``("region",)`` leaves every issue named once counted:
#: measured on rounds A-H, present topics counted 138 of 177 instead of 101, traps counted 31 of 227
#: instead of 10, precision of counted topics .83 instead of .91, main recall .92 instead of .90.
PASSING_KINDS = ("region", "issue")


def named_in_passing(view: ContextView, roles: list[tuple[str, str]]) -> Decisions:
    """A topic named only once, outside the headline and the lead, is ``passing``: named, not discussed.

    The lead is the first :data:`LEAD_SENTENCES` sentences of the first body paragraph.

    "... held talks with counterparts from Iceland, Italy, Jordan, Egypt, ...", "a PKK attack in northern
    Iraq", "the next round will be held in Kazakhstan", "the 44-day war", "call on journalists": once, in
    the body, a topic is where something happens, whom someone met or a word on the way; a text about it
    names it again, or in its headline or lead. At most :data:`PASSING_MENTIONS` subject and listed
    mentions together (a topic listed once and discussed in a sentence of its own counts); a name and its
    abbreviation in parentheses are one naming ("Permanent Representative to the United Nations (UN)"),
    and so are places of one topic side by side ("Saudi Arabia, Qatar": :func:`one_naming`). The topics of
    the text's own event (``salience.frame_topics``: the talks, the relationship) count when named once,
    unless the lead reports an interview or a briefing (:func:`press_event_leads`): then the text's own
    event is that, and talks named once in the body are named in passing.
    """
    frame, generic = view.context.frame_topics, view.context.frame_generic
    by_topic: dict[str, list[int]] = defaultdict(list)
    for i, (m, (role, _rule)) in enumerate(zip(view.mentions, roles, strict=True)):
        if role in (SUBJECT, LISTED) and m.kind in PASSING_KINDS:
            by_topic[m.topic].append(i)
    out: Decisions = {}
    sentence = view.words.sentence
    if by_topic.keys() & frame and press_event_leads(view):
        frame = frozenset()  # the text's own event is an interview or a briefing, not talks
    for topic, members in by_topic.items():
        if topic in frame and any(view.mentions[i].text not in generic
                                  and not relation_without_party(view, view.mentions[i]) for i in members):
            continue  # the text's own event: counted when named once
        ordered = sorted((view.mentions[i] for i in members), key=lambda m: (m.first, m.last))
        namings = sum(not (k and one_naming(view.words, ordered[k - 1], m)) for k, m in enumerate(ordered))
        if namings <= PASSING_MENTIONS and not any(
                int(sentence[view.mentions[i].first]) in view.lead_sentences for i in members):
            out.update(dict.fromkeys(members, PASSING))  # decide() changes only the subject ones
    return out


def press_event_leads(view: ContextView) -> bool:
    """Rule: whether the headline or the lead names an interview or a briefing (``salience.press_events``):
    "... stated the need to improve the organization's effectiveness in an interview with Belarus-1 TV
    channel", "The authorities did not invite many journalists to today's briefing by the head of the
    OSCE". The text's own event is then what the speaker told the press, and "In the same conversation"
    or "the results of the meeting with the Foreign Minister", once in the body, are talks named in
    passing (issue 18, round CX: summits and dialogue neither main nor present in both texts)."""
    events = view.context.press_events
    if not events or not view.lead_sentences:
        return False
    words = view.words
    lead = np.flatnonzero(np.isin(words.sentence, list(view.lead_sentences)))
    said = " " + " ".join(words.cased[k].lower() for k in lead) + " "
    return any(f" {event} " in said for event in events)


#: A text with this many subject mentions or more is long: a topic named once in it, outside the
#: headline, is named in passing even in the lead (one naming is at most 5% of what the text names).
#: Measured on the held-out rounds A-BP (issue and region topics named once, in the lead, in such texts):
#: 14 neither main nor present, 6 present, 0 main.
LONG_TEXT_MENTIONS = 20


def named_once_in_long_text(view: ContextView, roles: list[tuple[str, str]]) -> Decisions:
    """A topic named only once in a long text (:data:`LONG_TEXT_MENTIONS` subject mentions or more),
    outside the headline, is ``passing`` even in the lead: "amid the UN Security Council's session", "in
    times of pandemic", "economic policy" open a long readout whose subject is elsewhere; a text about the
    topic names it again. The text's own event (``salience.frame_topics``) is left to
    :func:`named_in_passing`."""
    counted = [i for i, (role, _rule) in enumerate(roles) if role == SUBJECT]
    if len(counted) < LONG_TEXT_MENTIONS:
        return {}
    by_topic: dict[str, list[int]] = defaultdict(list)
    for i, (m, (role, _rule)) in enumerate(zip(view.mentions, roles, strict=True)):
        if role in (SUBJECT, LISTED) and m.kind in PASSING_KINDS and m.topic not in view.context.frame_topics:
            by_topic[m.topic].append(i)
    sentence = view.words.sentence
    out: Decisions = {}
    for members in by_topic.values():
        ordered = sorted((view.mentions[i] for i in members), key=lambda m: (m.first, m.last))
        namings = sum(not (k and one_naming(view.words, ordered[k - 1], m)) for k, m in enumerate(ordered))
        if namings <= PASSING_MENTIONS and not any(
                int(sentence[view.mentions[i].first]) in view.headline_sentences for i in members):
            out.update(dict.fromkeys(members, PASSING))
    return out


def relation_without_party(view: ContextView, m: Mention) -> bool:
    """Whether ``m`` is a relation noun (``ranking.relation_words``) with no party of the relation: no
    link to them right after it (``salience.party_links``: "ties with Turkey", "relations between the two
    countries") and no holder among the :data:`RELATION_MODIFIERS` joined words before it (a capitalised
    word other than the sentence's first, "Nepal-India ties", "Australia's relationship", or one of
    ``salience.party_words``, "our relations"). "to strengthen trade and economic ties", "a close
    political ally", "regional relations" name a kind of relations, not the text's own relationship.
    """
    ctx, words = view.context, view.words
    if m.text.lower() not in ctx.relation_words or not ctx.frame_party_links:
        return False
    cased, n, sentence = words.cased, len(words.cased), words.sentence
    k = m.last + 1
    if k < n and words.joined(k) and cased[k].lower() in ctx.frame_party_links:
        return False
    j = m.first
    while j > 0 and m.first - j < RELATION_MODIFIERS and words.joined(j):
        j -= 1
        opens = j == 0 or sentence[j - 1] != sentence[j]
        if cased[j].lower() in ctx.frame_party_words or (cased[j][:1].isupper() and not opens
                                                          and not described_as_a_kind(words, j, m.first)):
            return False
    return True


#: The indefinite articles: "a Mediterranean ally" describes one of a kind.
INDEFINITE_ARTICLES = frozenset({"a", "an"})


def described_as_a_kind(words: Any, j: int, noun: int) -> bool:
    """Rule: whether the capitalised word at ``j`` before the relation noun at ``noun`` is an adjective of a
    kind of partner, not the relation's holder: the words from it to the noun follow an indefinite article
    ("two close partners of the EU ... and a Mediterranean ally and friend, such as Turkey", "an Asian
    partner"). "the Mediterranean partnership" and "Australia's relationship" keep their holder."""
    k = j
    while k > 0 and words.joined(k) and words.cased[k - 1][:1].isupper() and noun - k < RELATION_MODIFIERS:
        k -= 1
    return k > 0 and words.joined(k) and words.cased[k - 1].lower() in INDEFINITE_ARTICLES


def abbreviation_of_excluded(view: ContextView, roles: list[tuple[str, str]]) -> Decisions:
    """An abbreviation in parentheses right after an excluded name of its topic is excluded with it: "on
    the second day of the 74th session of the United Nations General Assembly (UNGA) in New York" (a
    venue, and so its abbreviation); an abbreviation after a counted name still counts."""
    words, mentions = view.words, view.mentions
    out: Decisions = {}
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i].first, mentions[i].last))
    for b, i in itertools.pairwise(order):
        m, before = mentions[i], mentions[b]
        if roles[i][0] == SUBJECT and roles[b][0] == EXCLUDED and abbreviates(words, before, m):
            out[i] = EXCLUDED
    return out


def one_naming(words: Any, before: Mention, m: Mention) -> bool:
    """Rule: whether mention ``m`` names its topic together with ``before``, the mention of the same topic
    just before it: its abbreviation in parentheses ("the United Nations (UN)", :func:`abbreviates`) or,
    for a place, the next item of one list ("especially Iran, Saudi Arabia, Qatar", "Libya, Syria, and
    Yemen": :data:`COORDINATION_RE` between them, in one sentence). Two states of one region listed side
    by side name the region once."""
    if abbreviates(words, before, m):
        return True
    if (m.kind != "region" or before.topic != m.topic or m.first <= before.last
            or words.sentence[m.first] != words.sentence[before.last]):
        return False
    gap = words.text[int(words.end[before.last]):int(words.start[m.first])].lstrip()
    return COORDINATION_RE.fullmatch(gap) is not None


#: What joins two places of one list (stripped of the blanks before it): a comma or semicolon alone
#: ("Saudi Arabia, Qatar"), or one and then "and"/"or" and an article ("Libya, Syria, and the Yemeni
#: coast"). Not a comma and an article ("In Afghanistan, the Taliban prevents ..." opens a clause), and not
#: "and" alone: "negotiations between Armenia and Azerbaijan", "the Jordanian and Lebanese ministries"
#: name two parties of what a sentence discusses (issue 18, the public rounds' State Department texts:
#: the post-Soviet states and the Middle East present in their gold).
COORDINATION_RE = re.compile(r"[,;]\s*+(?:(?:and|or)\s++(?:the\s++)?)?", re.IGNORECASE)


def abbreviates(words: Any, before: Mention, m: Mention) -> bool:
    """Whether mention ``m`` is the abbreviation in parentheses right after ``before``, a name of its topic:
    "the United Nations (UN)", "the African Union (AU)" name one body once."""
    text = words.text
    gap = text[int(words.end[before.last]):int(words.start[m.first])]
    after = text[int(words.end[m.last]):int(words.end[m.last]) + 1]
    return before.topic == m.topic and gap.strip() == "(" and after == ")"


#: The salience rules, in order: each reads the roles the context rules gave and may make a subject
#: mention ``passing`` (the topic is named, not discussed) or exclude an abbreviation with its name.
SALIENCE_RULES = (abbreviation_of_excluded, named_in_passing, named_once_in_long_text)


def decide(view: ContextView, rules=CONTEXT_RULES, salience=SALIENCE_RULES) -> list[tuple[str, str]]:
    """(role, rule name) of each mention of ``view``: ("subject", "") unless a context rule decides, then
    a salience rule may make a subject mention passing."""
    out = [(SUBJECT, "")] * len(view.mentions)
    undecided = set(range(len(view.mentions)))
    for rule in rules:
        if not undecided:
            break
        for i, role in rule(view).items():
            if i in undecided:
                out[i] = (role, rule.__name__)
                undecided.discard(i)
    for rule in salience:
        for i, role in rule(view, out).items():
            if out[i][0] == SUBJECT:
                out[i] = (role, rule.__name__)
    return out


# --------------------------------------------------------------------------------------------------
# Paragraphs that are not searched


def caption_paragraphs(paragraphs: list[tuple[int, str]], ctx: TopicContext) -> frozenset[int]:
    """Ids of the captions and the closing line among ``paragraphs`` ((id, text) in text order).

    A caption holds a marker of ``captions`` (lower-case) or, before the last paragraph, ends with one of
    ``caption_endings`` (an agency's credit: "... pushed its people to the brink of famine. (AP)"); the
    closing line is the last paragraph when it is a question of at most ``closing_line_max_words`` words
    ("Can we start with Israel?").
    """
    joined = "\n".join(text for _pid, text in paragraphs).lower()  # one search per marker, not per paragraph
    out = set()
    if any(mark in joined for mark in ctx.captions):
        out = {pid for pid, text in paragraphs if any(mark in text.lower() for mark in ctx.captions)}
    if ctx.caption_endings:  # a credit closing the paragraph: "... to the brink of famine. (AP)"
        out |= {pid for pid, text in paragraphs[:-1]  # a story's last paragraph may end with its agency
                if text.rstrip()[-CAPTION_ENDING_CHARS:].lower().endswith(ctx.caption_endings)}
    if paragraphs and ctx.closing_line_max_words:
        pid, text = paragraphs[-1]
        t = text.strip()
        if t.endswith("?") and len(t.split()) <= ctx.closing_line_max_words:
            out.add(pid)
    return frozenset(out)


def group_hits(candidates, group_keys: list[str], blocks: dict) -> dict[str, list]:
    """The phrase spans per group from the matcher's candidates (topic index, term index, ..., first,
    last): group -> (first, last, topics blocked or None). A phrase overlapping one of its group's
    exclusions is vetoed ("as in Syria" inside "as well as in Syria")."""
    out: dict[str, list] = defaultdict(list)
    vetoes: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for ti, xi, excl, _term, first, last in candidates:
        group = group_keys[ti]
        if excl:
            vetoes[group].append((first, last))
        else:
            out[group].append((first, last, blocks[group][xi]))
    for group, spans in vetoes.items():
        if group in out:
            out[group] = [h for h in out[group] if not any(a <= h[1] and h[0] <= b for a, b in spans)]
    return dict(out)


# --------------------------------------------------------------------------------------------------
# The lead: the first body paragraph that is not page furniture

#: A page-furniture paragraph has at most this many words ("Office of the Press Secretary", "For Immediate
#: Release", "Source: Xinhua", "January 27, 2009"; "Readout of the President's Call with Prime Minister
#: Cameron of the United Kingdom" is 14).
FRONT_MATTER_MAX_WORDS = 25
#: How many body paragraphs at the top of a text may be furniture before the lead.
FRONT_MATTER_MAX_PARAGRAPHS = 8
#: Words that make a line a clause: forms of "be", "have", "do" and the modals (lower-case, as written in
#: running text; a title's "Is" is title case and tells nothing).
CLAUSE_WORDS = frozenset((
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "does", "did",
    "do", "will", "would", "shall", "should", "can", "could", "may", "might", "must"))
#: The irregular past tenses a readout's lead opens with ("Minister Joly met yesterday with ...", "held
#: talks", "paid a courtesy call", "gave a doorstop interview"); regular ones end in "-ed", speech verbs
#: are in ``lexicons/speech_verbs.txt``.
IRREGULAR_PAST = frozenset((
    "met", "held", "made", "paid", "gave", "took", "went", "came", "sent", "began", "brought", "led", "left",
    "kept", "found", "saw", "sat", "stood", "won", "lost", "got", "put", "set", "hit", "struck", "rang",
    "flew", "drew", "wrote"))
#: Marks that end a sentence, and what may close it after them (quotation marks, brackets).
SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’»)\]]{0,3}$")
FRONT_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]{0,40}")
#: A paragraph wholly in brackets is an editor's note: "(As delivered)", "[This is a rush transcript ...]".
EDITORIAL_NOTE_RE = re.compile(r"^[(\[][^()\[\]]{1,400}[)\]][.]?$")


def has_a_verb(line: str, verbs: frozenset[str]) -> bool:
    """Rule: does ``line`` read as a clause? It has a form of be/have/do or a modal, a lower-case speech
    verb form ("spoke", "discussed"), an irregular past (:data:`IRREGULAR_PAST`: "met"), a lower-case word
    ending in "-ed", or a lower-case "-s" word right after a capitalised one ("Foreign Minister welcomes
    ..."). Titles, office names, dates and field lines ("Press statement by Minister Hoekstra during his
    visit in Tallinn, 7 March 2022.") have none."""
    words = FRONT_WORD_RE.findall(line)
    for k, w in enumerate(words):
        if w in CLAUSE_WORDS or w in IRREGULAR_PAST or w in verbs:
            return True
        if w.islower() and len(w) > 3 and w.endswith("ed"):
            return True
        if (k and w.islower() and len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is"))
                and words[k - 1][0].isupper()):
            return True
    return False


def is_front_matter(text: str, verbs: frozenset[str]) -> bool:
    """Rule: is a paragraph page furniture rather than a lead? It is short (at most
    :data:`FRONT_MATTER_MAX_WORDS` words, its lines read as one) and either ends with no sentence-ending
    mark (a title, an office, a field line, a date: "The White House", "Office of the Press Secretary",
    "Source: Xinhua", "John Kirby / Daily Press Briefing / Washington, DC / February 4, 2016") or has no
    verb (:func:`has_a_verb`: "KYIV.", "Time: 10:30-10:34 A.M."); or it is an editor's note in brackets
    ("(As delivered)"). A lead's first sentence has a verb and ends with a full stop."""
    t = " ".join(text.split())
    if EDITORIAL_NOTE_RE.match(t):
        return True
    if len(t.split()) > FRONT_MATTER_MAX_WORDS:
        return False
    return not (SENTENCE_END_RE.search(t) and has_a_verb(t, verbs))


def lead_paragraph(paragraphs: list[tuple[int, str, str]], verbs: frozenset[str],
                   skipped: frozenset[int] = frozenset()) -> int | None:
    """Rule: the id of the lead paragraph among ``paragraphs`` ((id, kind, text) in text order): the first
    body paragraph not in ``skipped`` (captions) that is not page furniture (:func:`is_front_matter`),
    within :data:`FRONT_MATTER_MAX_PARAGRAPHS` body paragraphs; else the first body paragraph. After "The
    White House / Office of the Press Secretary / Readout of the President's Call with Prime Minister
    Cameron", the lead is "President Obama spoke today with Prime Minister Cameron ..."."""
    body = [(pid, text) for pid, kind, text in paragraphs if kind == "body" and pid not in skipped]
    if not body:
        return None
    for pid, text in body[:FRONT_MATTER_MAX_PARAGRAPHS]:
        if not is_front_matter(text, verbs):
            return pid
    return body[0][0]
