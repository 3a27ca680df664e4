"""Mentions -> clusters, one per real-world entity of the article.

Hand-written: spaCy has no in-document name resolution (its coreference component is an
experimental transformer model, too slow for our budget and weak on short name forms). The rules
follow how news writes names: a full name first, then a surname, first name or acronym."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsgraph.entities.lexicon import (
    company_words,
    country_of,
    given_names,
    is_role_word,
    kin_words,
    name_particles,
    thing_heads,
    titles,
)
from newsgraph.entities.names import Cand, acronym_letters, initials, is_acronym, make_cand, word_key
from newsgraph.entities.nicknames import join_nicknames, nickname_key, nickname_text
from newsgraph.entities.quoted import inside, quoted_spans
from newsgraph.entities.recognize import RawMention
from newsgraph.entities.recognize_lexicon import place as known_place
from newsgraph.entities.recognize_span import title_case_line_at
from newsgraph.model import Role

# Sources of mentions that refer to an entity without naming it ("he", "the UN body").
REFERRING = {"pronoun", "description"}
# Heads of definite descriptions that may point to an organisation named by their modifier.
# fmt: off
DESCRIPTION_HEADS = [
    "body", "agency", "organisation", "organization", "council", "panel", "committee", "commission",
    "party", "group", "alliance", "bloc", "company", "firm", "outfit", "movement", "coalition", "court",
    "ministry", "department", "bank", "fund", "union", "board", "city", "university", "school",
    "hospital", "airline", "team", "club",
]
# fmt: on
_DESCRIPTION = re.compile(
    rf"\b[Tt]he (?:(?P<mod>[A-Z][\w.()&-]*) )?(?P<head>{'|'.join(DESCRIPTION_HEADS)})\b(?!['’-])"
)
# heads of descriptions that may stand for the organisation named just before ("the company")
_RECENT_HEADS = {"agency", "company", "firm", "union", "bank", "airline"}
DESCRIPTION_SENTENCES = 3  # "the company" looks this many sentences back (its own included)
ADDRESS_CHARS = 40  # how far before a name its honorific and titles are looked for
# prepositions before a place ("in Surrey", "from Telford")
LOCATIVE = {"in", "at", "near", "from", "outside", "inside", "into", "across", "around", "throughout", "via"}
# an apposition naming a relation right after a name: ", her late brother", ", the candidate's husband"
_APPOSED_KIN = re.compile(r",\s+(?:his|her|their|the\s+\S+['’]s?)\s+(?:\w+\s+)?([\w-]+)\b")
# a description or an age in apposition right after a name: ", a plumber from Leeds", ", the mayor", ", 34,"
_DESCRIBED = re.compile(r",\s+(an?|the|\d{1,3})\b", re.IGNORECASE)
# a note that two people of one name are unrelated: "no relation", "is not related to her"
_NO_RELATION = re.compile(r"\b(?:no relation|not related|unrelated)\b", re.IGNORECASE)
# "(PTI)", "(PML(N))", "(U.S.)": a parenthesised short form right after its long form.
_PAREN = re.compile(r"\((?P<inner>[^()\n]{1,80}?(?:\([A-Za-z]{1,3}\))?)\)")


@dataclass(eq=False)  # identity: two clusters are never the same entity
class Cluster:
    mentions: list[Cand] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    _summary: tuple = ()  # (len(mentions), names, type, best, keys), recomputed when mentions change

    def add(self, cand: Cand) -> None:
        self.mentions.append(cand)

    def _summarise(self) -> tuple:
        if not self._summary or self._summary[0] != len(self.mentions):
            names = [c for c in self.mentions if c.source not in REFERRING]
            # fullest form, then as written in running text ("Nairobi", not a dateline's "NAIROBI"), then
            # earliest; forms of one length differ only in case, so acronyms are unaffected. A form in a
            # quotation or headline that extends one of the narrative ("Crooked Hillary Clinton", "Rivals
            # Rip Jane Doe") is no candidate.
            told = {c.key for c in names if not c.aside and len(c.key) > 1}
            pool = [c for c in names if not c.aside or not any(is_run(key, c.key) for key in told)]
            # of forms that differ only in accents, the accented one ("François", not "Francois")
            best = max(pool, key=lambda c: (len(c.key), not c.text.isupper(), not c.text.isascii(), -c.start))
            votes = Counter(c.type for c in names)
            kind = max(votes, key=lambda t: (votes[t], t == best.type))
            self._summary = (len(self.mentions), names, kind, best, {c.key for c in names})
        return self._summary

    @property
    def names(self) -> list[Cand]:
        return self._summarise()[1]

    @property
    def type(self) -> str:
        return self._summarise()[2]

    @property
    def best(self) -> Cand:
        """The fullest name form: most words, then the earliest."""
        return self._summarise()[3]

    @property
    def keys(self) -> set[tuple[str, ...]]:
        return self._summarise()[4]

    @property
    def nicknames(self) -> set[tuple[str, ...]]:
        return {c.nickname for c in self.names if c.nickname}

    @property
    def first(self) -> int:
        return min(c.start for c in self.mentions)

    def last_before(self, pos: int) -> int:
        """Start of the latest mention before pos, -1 if none."""
        return max((c.start for c in self.mentions if c.start < pos), default=-1)

    def name_text(self, text: str) -> str:
        return self.best.name(text)


Excluded = Callable[[int, int], bool]  # ctx.is_excluded


def resolve(text: str, doc: Doc, raw: Iterable[RawMention], excluded: Excluded) -> list[Cluster]:
    raw, nick_spans = join_nicknames(text, _with_given_names(text, list(raw)))
    cands = _dedupe(make_cand(text, m.start, m.end, m.type, m.source) for m in raw)
    _cut_nicknames(text, cands, nick_spans)
    _mark_asides(text, cands)
    links = _acronym_links(text, cands, excluded)
    _things_not_people(cands)
    _companies_not_people(text, cands)
    _people_by_surname(cands)
    _people_by_compound_given_name(cands)
    clusters = _cluster(text, cands, links, _place_words(doc, cands))
    _merge_countries(clusters)
    _merge_company_short_forms(clusters)
    _add_repeats(text, doc, clusters, excluded)
    _add_descriptions(text, doc, clusters, excluded)
    return clusters


# what only a company has: "Yukos's shares", "Ericsson chief executive", "shares in Cairn"
COMPANY_AFTER = re.compile(r"(?:['’]s)?\s+(?:shares|share price|profits?|chief executive|shareholders)\b")
COMPANY_BEFORE = re.compile(r"\b[Ss]hares in\s+$")
MIDDLE_INITIAL = re.compile(r"[A-Z]\. ")
GIVEN_BEFORE = re.compile(r"([A-Z][a-z]+) $")


def _with_given_names(text: str, raw: list[RawMention]) -> list[RawMention]:
    """A person named with a middle initial ("Elijah E. Cummings") whose name the recogniser cut at the
    initial ("E. Cummings", with or without "Elijah" as a mention of its own) gets the given name back:
    the full personal name is the canonical one."""
    people = {(m.start, m.end) for m in raw if m.type == "PERSON"}
    absorbed: set[int] = set()  # starts of given names now inside a full name
    joined: list[RawMention] = []
    for m in raw:
        given = GIVEN_BEFORE.search(text, max(0, m.start - 30), m.start)
        if m.type != "PERSON" or not MIDDLE_INITIAL.match(m.text) or given is None:
            joined.append(m)
        elif (given.start(1), given.end(1)) in people or given.group(1) in given_names():
            absorbed.add(given.start(1))
            joined.append(RawMention(given.start(1), m.end, text[given.start(1) : m.end], m.type, m.source))
        else:
            joined.append(m)
    return [m for m in joined if not (m.type == "PERSON" and m.start in absorbed and " " not in m.text)]


def _cut_nicknames(text: str, cands: list[Cand], nicknames: dict[int, tuple[int, int]]) -> None:
    """A name with a quoted nickname is compared and shown without it ("John Tiegen"); the nickname is
    kept apart, for the person's later mentions by it."""
    for c in cands:
        span = nicknames.get(c.start)
        if span is None or not c.name_start < span[0] < span[1] < c.name_end:
            continue
        c.nick_span, c.nickname = span, nickname_key(text, span)
        c.words = tuple(c.name(text).split())
        c.key = tuple(word_key(w) for w in c.words)


def _dedupe(cands: Iterable[Cand | None]) -> list[Cand]:
    seen: dict[tuple[int, int], Cand] = {}
    for c in cands:
        if c is not None and (c.start, c.end) not in seen:
            seen[(c.start, c.end)] = c
    return sorted(seen.values(), key=lambda c: (c.start, -c.end))


def _mark_asides(text: str, cands: list[Cand]) -> None:
    quoted = quoted_spans(text)
    headline: dict[int, bool] = {}  # line start -> the line is a headline
    for c in cands:
        line = text.rfind("\n", 0, c.start) + 1
        if line not in headline:
            headline[line] = title_case_line_at(text, line)
        c.aside = inside(quoted, c.start) or headline[line]


# --- acronyms ------------------------------------------------------------------------------


def _acronym_links(text: str, cands: list[Cand], excluded: Excluded) -> dict[int, int]:
    """Pairs "Long Form (ACR)" / "ACR (Long Form)": id(short cand) -> id(long cand). Cands are added
    for forms the recogniser missed (the long form "Pakistan occupied Kashmir" split in two)."""
    by_end = {c.end: c for c in cands}
    by_start = {c.start: c for c in cands}
    spans = {(c.start, c.end) for c in cands}
    links: dict[int, int] = {}
    for m in _PAREN.finditer(text):
        inner, start = m.group("inner").strip(), m.start("inner")
        if excluded(m.start(), m.end()):
            continue
        before = text[: m.start()].rstrip()
        if is_acronym(inner):
            long = _long_form_before(text, before, acronym_letters(inner), by_end)
            if long is None:
                continue
            short = by_start.get(start) or make_cand(text, start, start + len(inner), long.type, "acronym")
            if short is not None and long.type == "PERSON" and short.type != "PERSON":
                long.type = short.type  # "Rashtriya Janata Dal (RJD)": the short form is the better typed
        else:
            prev = by_end.get(len(before))
            long = by_start.get(start) or make_cand(text, start, start + len(inner), "ORG", "acronym")
            if prev is None or long is None or not is_acronym(prev.text):
                continue
            if acronym_letters(prev.text) not in initials(long.words):
                continue
            long.type, short = prev.type, prev
        if short is None:
            continue
        for c in (short, long):
            if (c.start, c.end) not in spans:
                cands.append(c)
                spans.add((c.start, c.end))
                by_start[c.start], by_end[c.end] = c, c
        links[id(short)] = id(long)
    cands.sort(key=lambda c: (c.start, -c.end))
    return links


def _long_form_before(text: str, before: str, letters: str, by_end: dict[int, Cand]) -> Cand | None:
    """The long form ending at len(before) whose initials spell `letters`: the recognised mention
    when it fits, else the shortest run of preceding words (same line) that does."""
    end = len(before)
    mention = by_end.get(end)
    if mention is not None and letters in initials(mention.words):
        return mention
    line_start = before.rfind("\n") + 1
    words = list(re.finditer(r"\S+", text[line_start:end]))
    for k in range(1, min(len(words), 10) + 1):
        first = words[-k]
        if not first.group()[0].isupper():
            continue
        if letters in initials(tuple(w.group() for w in words[-k:])):
            kind = mention.type if mention is not None and mention.type != "PERSON" else "ORG"
            return make_cand(text, line_start + first.start(), end, kind, "acronym")
    return mention if mention is not None and mention.type in ("ORG", "GPE", "LOC", "FAC") else None


# --- clustering ----------------------------------------------------------------------------


def _things_not_people(cands: list[Cand]) -> None:
    """ "Carol Burnett Award", "Beverly Hilton Hotel" typed PERSON: the last word names a thing; a name
    with a digit ("G8") is an organisation's."""
    for c in cands:
        if c.type == "PERSON" and len(c.words) >= 2 and c.words[-1] in thing_heads():
            c.type = thing_heads()[c.words[-1]]
        elif c.type == "PERSON" and any(ch.isdigit() for ch in c.text):  # "G8", "G20": no one's name
            c.type = "ORG"


def _companies_not_people(text: str, cands: list[Cand]) -> None:
    """ "Yukos", "Manchester United", "Ericsson" typed PERSON: a name whose shares, profits or chief
    executive the article mentions ("Yukos's shares", "shares in Manchester United") is a company's, unless
    it opens with a given name ("George Wimpey"), is the surname of a person named in full ("Trump's
    shares" after "Donald Trump") or the first word of a longer name."""
    named = [c for c in cands if c.type == "PERSON" and len(c.words) > 1 and c.words[0] in given_names()]
    surnames = {c.key[-1] for c in named}
    owned = {
        c.key
        for c in cands
        if c.words
        and c.words[0] not in given_names()
        and (COMPANY_AFTER.match(text, c.end) or COMPANY_BEFORE.search(text, max(0, c.start - 12), c.start))
    }
    # a short form of a longer name ("Pernod" of "Pernod Ricard") is left to be merged with it as it is
    opening = {c.key[0] for c in cands if len(c.key) > 1}
    owned -= {key for key in owned if len(key) == 1 and (key[0] in surnames or key[0] in opening)}
    parts = {word for key in owned if len(key) > 1 for word in key}  # "GW" and "Pharma" of "GW Pharma"
    for c in cands:
        if c.type == "PERSON" and (c.key in owned or len(c.key) == 1 and c.key[0] in parts - surnames):
            c.type = "ORG"


def _people_by_surname(cands: list[Cand]) -> None:
    """ "Nino Niederreiter" typed an organisation while "Niederreiter" alone is mostly a person: the
    full name is the person's, unless it opens with a place ("Vancouver Canucks")."""
    votes = Counter((c.key[0], c.type == "PERSON") for c in cands if len(c.key) == 1)
    surnames = {word for (word, person), n in votes.items() if person and n >= votes[(word, False)]}
    for c in cands:
        if (
            c.type != "PERSON"
            and c.source != "lexicon"
            and 2 <= len(c.key) <= 3
            and c.key[-1] in surnames
            and all(w[:1].isupper() and not is_acronym(w) for w in c.words)
            and known_place(c.words[0]) is None
            and country_of(c.words[0]) is None
        ):
            c.type = "PERSON"


def _people_by_compound_given_name(cands: list[Cand]) -> None:
    """ "Marie-Claude Bibeau", "Jean-Philippe Tremblay" typed an organisation: a name of two or three
    words opened by two given names joined by a hyphen is a person's."""
    for c in cands:
        parts = c.words[0].split("-") if c.words else []
        compound = len(parts) == 2 and all(p in given_names() for p in parts)
        if c.type != "PERSON" and c.source != "lexicon" and 2 <= len(c.words) <= 3 and compound:
            c.type = "PERSON"


def _place_words(doc: Doc, cands: list[Cand]) -> set[str]:
    """Words the article uses as (part of) a place or organisation name: inside a longer name that is
    not a person's ("City of Surrey"), or a proper noun after a locative preposition ("in Surrey")."""
    words = {w for c in cands if c.type != "PERSON" and len(c.key) > 1 for w in c.key}
    words.update(
        word_key(t.text) for t in doc if t.tag_ == "NNP" and t.dep_ == "pobj" and t.head.lower_ in LOCATIVE
    )
    return words


def _cluster(text: str, cands: list[Cand], links: dict[int, int], place_words: set[str]) -> list[Cluster]:
    """Full forms first (in text order), then one-word person references, which join the person
    whose name contains the word, whom its honorific and title fit, and who was mentioned most
    recently. A one-word name the recogniser typed a place or organisation is such a reference when it
    is a person's surname (or, typed so by the model itself, first name) and the article never uses
    the word for a place or organisation."""
    clusters: list[Cluster] = []
    owner: dict[int, Cluster] = {}
    people = [c.key for c in cands if c.type == "PERSON" and len(c.key) >= 2]
    surnames = {key[-1] for key in people}
    edge_words = surnames | {key[0] for key in people}
    nicknames = {c.nickname for c in cands if c.nickname}

    def is_short_person(c: Cand) -> bool:
        if len(c.key) != 1 or id(c) in links:
            return False
        if c.type == "PERSON":
            return True
        return (
            c.type in ("GPE", "ORG", "NORP", "LOC")
            and (c.key[0] in (edge_words if c.source == "ner" else surnames) or c.key in nicknames)
            and c.key[0] not in place_words
            and not is_acronym(c.text)
            and country_of(c.text) is None
        )

    shorts = [c for c in cands if is_short_person(c)]
    for c in cands:
        if is_short_person(c):
            continue
        target = owner.get(links.get(id(c), 0)) or _full_match(text, c, clusters, people)
        if target is None:
            target = Cluster()
            clusters.append(target)
        target.add(c)
        owner[id(c)] = target
    for c in shorts:
        same = [k for k in clusters if c.key in k.keys] or _by_nickname(c, clusters)
        fits = _people_by_word(c, clusters)
        target = _principal(
            text, _fitting_address(text, c, [*fits, *(k for k in same if k not in fits)]), c.start
        )
        if target is None:
            target = Cluster()
            clusters.append(target)
        target.add(c)
    return clusters


def _by_nickname(c: Cand, clusters: list[Cluster]) -> list[Cluster]:
    """The one person known by this nickname ("Tig" after John “Tig” Tiegen) when no other person has it
    as a name word, and then the mention is typed PERSON; else none."""
    named = [k for k in clusters if c.key in k.nicknames]
    if len(named) != 1 or any(c.key[0] in key for k in clusters for key in k.keys):
        return []
    c.type = "PERSON"
    return named


def _merge_countries(clusters: list[Cluster]) -> None:
    """One entity per country: "the United States", "U.S." and "America" name the same one."""
    first: dict[str, Cluster] = {}
    for k in list(clusters):
        if k.type not in ("GPE", "LOC", "ORG"):
            continue
        code = next((code for c in k.names if (code := country_of(c.text, names_only=True))), None)
        if code is None:
            continue
        if code in first:
            first[code].mentions.extend(k.mentions)
            clusters.remove(k)
        else:
            first[code] = k


def _merge_company_short_forms(clusters: list[Cluster]) -> None:
    """ "Suncor" and "Suncor Energy", "Rogers" and "Rogers Communications Inc.", "Marsh" and "Marsh &
    McLennan": a one-word organisation name is the short form of the one longer organisation name that
    is this word and company words after it, or this word and "&" (a partnership's first name); when two
    fit ("Rogers Media"), it stays apart."""
    for short in [k for k in clusters if k.type == "ORG" and {len(key) for key in k.keys} == {1}]:
        word = next(iter(short.keys))[0]
        longer = [
            k
            for k in clusters
            if k is not short
            and k.type == "ORG"
            and len(k.best.key) > 1
            and k.best.key[0] == word
            and (all(w in company_words() for w in k.best.key[1:]) or k.best.key[1] == "&")
        ]
        if len(longer) == 1:
            longer[0].mentions.extend(short.mentions)
            clusters.remove(short)


def _most_recent(candidates: list[Cluster], pos: int) -> Cluster | None:
    """The candidate mentioned last before pos; failing that, the first mentioned after it."""
    if not candidates:
        return None
    before = max(candidates, key=lambda k: k.last_before(pos))
    return before if before.last_before(pos) >= 0 else min(candidates, key=lambda k: k.first)


def _principal(text: str, candidates: list[Cluster], pos: int) -> Cluster | None:
    """Whom a short name at pos ("Ford") stands for among several with that name: the one mentioned
    last, except that one introduced as another's relative ("her brother, Rob Ford", "son of Pierre
    Ford") yields to the others unless only relatives were named earlier in the paragraph: news keeps
    the bare surname for its principal person and names a relative in full."""
    principals = [k for k in candidates if not _introduced_as_kin(text, k)]
    if not principals or len(principals) == len(candidates):
        return _most_recent(candidates, pos)
    para = text.rfind("\n", 0, pos) + 1
    if not any(k.last_before(pos) >= para for k in principals) and any(
        k.last_before(pos) >= para for k in candidates
    ):
        return _most_recent(candidates, pos)
    return _most_recent(principals, pos)


def _introduced_as_kin(text: str, k: Cluster) -> bool:
    """The person's first full name follows a kinship noun on its line ("his late sister, former senator
    Ann Keller", "son of Paul Keller") or is followed by one in apposition ("Mark Keller, her husband,")."""
    full = [c for c in k.names if len(c.key) > 1]
    if not full:
        return False
    first = min(full, key=lambda c: c.start)
    line_start = text.rfind("\n", 0, first.start) + 1
    before = text[max(line_start, first.start - ADDRESS_CHARS) : first.start].lower().split()
    after = _APPOSED_KIN.match(text, first.end)  # "Rob Ford, her late brother,"
    return (
        after is not None
        and after.group(1).lower() in kin_words()
        or any(re.sub(r"['’]s$", "", w.strip(",;:")) in kin_words() for w in before)
    )


def _full_match(text: str, c: Cand, clusters: list[Cluster], people: list[tuple[str, ...]]) -> Cluster | None:
    same = [k for k in clusters if c.key in k.keys]
    if same:
        return _most_recent(same, c.start)
    if (surnamed := _by_particle_surname(c, clusters)) is not None:
        return surnamed
    if c.type == "PERSON":
        found = _most_recent(
            [k for k in clusters if k.type == "PERSON" and _contains(k.keys, c.key)], c.start
        )
        return found or _with_middle_name(text, c, clusters, people)
    others = [k for k in clusters if k.type != "PERSON"]
    if is_acronym(c.text):
        letters = acronym_letters(c.text)
        return _most_recent([k for k in others if letters in initials(k.best.words)], c.start)
    if len(c.key) >= 2:
        inits = initials(c.words)
        expands = [
            k for k in others if any(is_acronym(m.text) and acronym_letters(m.text) in inits for m in k.names)
        ]
        if expands:
            return _most_recent(expands, c.start)
    if c.type == "ORG" and (spelled := _spelled_lead(c, others)) is not None:
        return spelled
    if c.type == "ORG":
        # "Human Rights Council" / "the Church" / "the Court": part of exactly one longer name
        within = [k for k in others if k.type == "ORG" and any(_is_part(c.key, key) for key in k.keys)]
        return within[0] if len(within) == 1 else None
    return None


def _with_middle_name(
    text: str, c: Cand, clusters: list[Cluster], people: list[tuple[str, ...]]
) -> Cluster | None:
    """ "Donald Trump" and "Donald J. Trump", "Hillary Clinton" and "Hillary Rodham Clinton": one person,
    named with and without a middle name or initials, when exactly one person fits, the article names no
    two different middles ("George W. Bush", "George H.W. Bush": father and son, whatever the order) and
    nothing marks two people: a kinship word, a description after each form ("Jo Roe, a plumber" / "Jo
    A. Roe, a lawyer"), a "no relation" note."""
    ends = (c.key[0], c.key[-1])
    if len({key[1:-1] for key in people if len(key) > 2 and (key[0], key[-1]) == ends}) > 1:
        return None
    fits = [
        k
        for k in clusters
        if k.type == "PERSON"
        and any(_middle_left_out(c.key, key) or _middle_left_out(key, c.key) for key in k.keys)
    ]
    if len(fits) != 1 or _two_people(text, c, fits[0]):
        return None
    return fits[0]


def _two_people(text: str, c: Cand, k: Cluster) -> bool:
    """Signs that a name with a middle and the same name without it are two people: a form introduced as
    a relative, the later form introduced anew (", a session drummer") or both described in apposition,
    a "no relation" note after either."""
    full = [n for n in k.names if len(n.key) > 1]
    described = _DESCRIBED.match(text, c.end)
    return (
        any(_introduced_as_kin(text, Cluster([n])) for n in (c, *full))
        or (
            described is not None
            and (
                described.group(1).lower() in ("a", "an") or any(_DESCRIBED.match(text, n.end) for n in full)
            )
        )
        or any(_NO_RELATION.search(text, n.end, n.end + ADDRESS_CHARS * 2) for n in (c, *full))
    )


def _middle_left_out(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """A given name and surname, and the same with one or two middle names or initials between them; a
    particle there is part of the surname ("Mohammed bin Salman" is not "Mohammed Salman")."""
    return (
        len(short) == 2
        and 3 <= len(long) <= 4
        and (long[0], long[-1]) == short
        and not any(w in name_particles() for w in long[1:-1])
    )


def _spelled_lead(c: Cand, others: list[Cluster]) -> Cluster | None:
    """ "NY Daily News" and "New York Daily News", "LA Times" and "Los Angeles Times": one organisation
    named with its first words or their initials, the rest alike; only when exactly one fits."""
    fits = [
        k
        for k in others
        if k.type == "ORG"
        and any(_lead_abbreviated(c.words, n.words) or _lead_abbreviated(n.words, c.words) for n in k.names)
    ]
    return fits[0] if len(fits) == 1 else None


def _lead_abbreviated(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """ "NY Daily News" of "New York Daily News": an acronym first, the initials of the long form's first
    words, and the same words after it."""
    rest = len(short) - 1
    if rest < 1 or len(long) <= len(short) or not is_acronym(short[0]):
        return False
    same = [word_key(w) for w in short[1:]] == [word_key(w) for w in long[-rest:]]
    return same and acronym_letters(short[0]) in initials(long[:-rest])


def _by_particle_surname(c: Cand, clusters: list[Cluster]) -> Cluster | None:
    """ "De Villa said" (typed an organisation at a sentence start) after "Eileen de Villa": a name opened by
    a capitalised particle is the person whose full name ends with it."""
    if len(c.key) < 2 or c.key[0] not in name_particles() or not c.words[0][:1].isupper():
        return None
    n = len(c.key)
    people = [
        k for k in clusters if k.type == "PERSON" and any(key[-n:] == c.key for key in k.keys if len(key) > n)
    ]
    if people:
        c.type = "PERSON"
    return _most_recent(people, c.start)


def _contains(keys: set[tuple[str, ...]], key: tuple[str, ...]) -> bool:
    """True when key is a contiguous run inside one of keys, or one of them inside key."""
    return any(is_run(key, k) or is_run(k, key) for k in keys)


def is_run(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def _is_part(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """A shorter run of an organisation's name; one word only when it is the name's head
    ("Court" of "Supreme Court", "Church" of "Church of Scientology", not "Scientology")."""
    if len(long) <= len(short) or not is_run(short, long):
        return False
    if len(short) > 1:
        return True
    head = long[: long.index("of")] if "of" in long else long
    return bool(head) and short[0] == head[-1]


def _people_by_word(c: Cand, clusters: list[Cluster]) -> list[Cluster]:
    """The people whose surname is this word, else whose first name, else (for mentions typed PERSON)
    with this word elsewhere in the name."""
    word = c.key[0]
    people = [k for k in clusters if k.type == "PERSON"]
    places = [lambda key: key[-1], lambda key: key[0]]
    if c.type == "PERSON":
        places.append(lambda key: word if word in key else None)
    for place in places:
        fits = [k for k in people if any(len(key) > 1 and place(key) == word for key in k.keys)]
        if fits:
            c.type = "PERSON"
            return fits
    return []


def _fitting_address(text: str, c: Cand, fits: list[Cluster]) -> list[Cluster]:
    """The candidates for a one-word name that the words right before it fit: none of another gender
    than its honorific ("Mr. Obama" is not Michelle Obama: then someone new), and of several, those
    given its title elsewhere ("President Obama"). The caller takes the most recently mentioned."""
    before = _address(text, c)
    address = [w for w in before if w in titles().honorifics or is_role_word(w)]  # not "his mother,"
    gender = {titles().gender[w] for w in address if w in titles().gender}
    if len(gender) == 1:
        sex = gender.pop()
        fits = [k for k in fits if _name_gender(text, k) in (None, sex)]
    roles = [w for w in before if is_role_word(w) and w not in titles().honorifics]
    if roles and len(fits) > 1:
        titled = [k for k in fits if any(set(roles) <= set(_address(text, m)) for m in k.names)]
        fits = titled or fits
    return fits


def _address(text: str, c: Cand) -> list[str]:
    """Lower-case words of the honorific and titles right before a name ("mrs.", "president"): inside
    the mention before the name, and up to three words before the mention on its line."""
    line_start = text.rfind("\n", 0, c.start) + 1
    before = text[max(line_start, c.start - ADDRESS_CHARS) : c.start].split()[-3:]
    words = [*before, *text[c.start : c.name_start].split()]
    return [w.lower().rstrip(",") for w in words]


def _name_gender(text: str, k: Cluster) -> str | None:
    """ "m" / "f" from the given names and honorifics of a person's names; None when unknown or mixed."""
    seen = {given_names().get(c.words[0]) for c in k.names if len(c.words) > 1}
    # "-man" titles are used of women too ("chairman Jan Roe"), so they tell no gender
    seen |= {titles().gender.get(w) for c in k.names for w in _address(text, c) if not w.endswith("man")}
    seen -= {None, "-"}
    return seen.pop() if len(seen) == 1 else None


# --- more mentions: repeats the recogniser missed, definite descriptions -----------------------


def mention_mask(text: str, clusters: list[Cluster]) -> bytearray:
    """1 at every character inside a mention of one of `clusters`, else 0."""
    mask = bytearray(len(text))
    for k in clusters:
        for c in k.mentions:
            mask[c.start : c.end] = b"\x01" * (c.end - c.start)
    return mask


def _add_repeats(text: str, doc: Doc, clusters: list[Cluster], excluded: Excluded) -> None:
    """Find further occurrences of known names, acronyms, and people's first and last names: on
    their own, and nested in longer names ("Texas" in "University of Texas", source "nested")."""
    forms = _name_forms(text, clusters)
    if not forms:
        return
    covered = mention_mask(text, clusters)
    _add_nested(text, doc, clusters, _name_forms(text, clusters, parts=False))
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    for m in re.finditer(rf"(?<![\w@#-])(?:{alternation})(?![\w-])", text):
        start, end = m.span()
        if any(covered[start:end]) or excluded(start, end):
            continue
        if not _looks_like_name(doc, m.group(), start, end):
            continue
        home = _principal(text, forms[m.group()], start)
        cand = make_cand(text, start, end, home.type, "alias")
        if cand is not None:
            home.add(cand)
            covered[start:end] = b"\x01" * (end - start)


def _add_nested(text: str, doc: Doc, clusters: list[Cluster], forms: dict[str, list[Cluster]]) -> None:
    """Known names inside the words of a longer non-person name, longest first."""
    for k in list(clusters):
        for c in list(k.names):
            if k.type == "PERSON" or len(c.words) < 2:
                continue
            words = [(m.start() + c.start, m.end() + c.start) for m in re.finditer(r"[^\s,:;()]+", c.text)]
            taken = bytearray(len(words))
            for n in range(len(words) - 1, 0, -1):
                for i in range(len(words) - n + 1):
                    start, end = words[i][0], words[i + n - 1][1]
                    homes = [h for h in forms.get(text[start:end], []) if h is not k]
                    if not homes or any(taken[i : i + n]):
                        continue
                    if not _looks_like_name(doc, text[start:end], start, end):
                        continue
                    home = _most_recent(homes, start)
                    cand = make_cand(text, start, end, home.type, "nested")
                    if cand is not None:
                        home.add(cand)
                        taken[i : i + n] = b"\x01" * n


def _name_forms(text: str, clusters: list[Cluster], parts: bool = True) -> dict[str, list[Cluster]]:
    """Surface forms to look for -> the clusters they name; with parts, also people's first and
    last names and the initials of long names."""
    forms: dict[str, list[Cluster]] = {}
    for k in clusters:
        names = {c.name(text) for c in k.names}
        if parts and k.type == "PERSON":
            names |= {w for c in k.names if len(c.words) > 1 for w in (c.words[0], c.words[-1])}
            names |= {nickname_text(text, c.nick_span) for c in k.names if c.nickname}
        elif parts and len(k.best.words) > 1:  # "LA" for "Los Angeles", "US" for "United States"
            names |= {"".join(w[0] for w in k.best.words if w[0].isupper())}
        for name in names:
            if len(name) > 1 and any(ch.isupper() for ch in name) and k not in forms.setdefault(name, []):
                forms[name].append(k)
    return forms


def _looks_like_name(doc: Doc, form: str, start: int, end: int) -> bool:
    """A one-word hit must be tagged a proper noun here ("Will", "Bush", "State" are words too), or be
    a capitalised subject inside its sentence ("..., Lonechild said" with the surname mistagged)."""
    if " " in form or is_acronym(form):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    return tok.tag_ in ("NNP", "NNPS") or tok.dep_ in ("nsubj", "nsubjpass") and tok.i > tok.sent.start


def _add_descriptions(text: str, doc: Doc, clusters: list[Cluster], excluded: Excluded) -> None:
    """ "the UN body" -> the one organisation of the article named under UN (UNHRC), and "the city"
    -> the one organisation or place whose name has that word (City of Surrey), if exactly one."""
    named = {i for k in clusters for c in k.names for i in range(c.start, c.end)}
    for m in _DESCRIPTION.finditer(text):
        if excluded(m.start(), m.end()) or m.start("head") in named:  # "the Democratic Party" is a name
            continue
        mod, head = m.group("mod"), m.group("head").casefold()
        if mod is None:
            fits = [k for k in clusters if k.type in ("ORG", "GPE") and head in k.best.key]
            if not fits and head in _RECENT_HEADS and _refers_as_source(doc, m.start("head"), m.end("head")):
                fits = _latest_org(doc, clusters, m.start())
        else:
            letters = acronym_letters(mod) if is_acronym(mod) else None
            mod_key = tuple(w.casefold() for w in mod.split())
            fits = [k for k in clusters if k.type == "ORG" and _named_under(k.best, letters, mod_key)]
        if len(fits) == 1:
            cand = make_cand(text, m.start(), m.end(), fits[0].type, "description")
            if cand is not None:
                cand.start, cand.text = m.start(), m.group()  # the whole description is the mention
                fits[0].add(cand)


def speaker_position(tok: Token) -> bool:
    """A noun where the one who speaks or acts stands: a subject, a possessor ("the company's
    statement"), "according to X", "said by X" (not "tour the company", "the case of the mayor")."""
    if tok.dep_ in ("nsubj", "nsubjpass", "poss"):
        return True
    prep = tok.head
    return tok.dep_ == "pobj" and (
        prep.dep_ == "agent" or prep.lower_ == "to" and prep.head.lower_ == "according"
    )


def _refers_as_source(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and speaker_position(span.root)


def _latest_org(doc: Doc, clusters: list[Cluster], pos: int) -> list[Cluster]:
    """ "Suncor received its payment. The company noted ...": the organisation named in the sentence of
    pos or the two before: the last one named as a subject or possessor ("Electrolux's brands include
    AEG. The company said" is Electrolux), else the last one named; none whose name has another
    description head ("the company" is no "Ministry of Health")."""
    sent = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if sent is None:
        return []
    first = sent[0].sent
    for _ in range(DESCRIPTION_SENTENCES - 1):
        if first.start > 0:
            first = doc[first.start - 1].sent
    found: list[tuple[bool, int, Cluster]] = []
    for k in clusters:
        if k.type != "ORG" or any(w in DESCRIPTION_HEADS for w in k.best.key):
            continue
        for c in k.names:
            if first.start_char <= c.start and c.end <= pos:
                span = doc.char_span(c.start, c.end, alignment_mode="expand")
                main = span is not None and span.root.dep_ in ("nsubj", "nsubjpass", "poss")
                found.append((main, c.start, k))
    return [max(found, key=lambda f: (f[0], f[1]))[2]] if found else []


def _named_under(best: Cand, letters: str | None, mod_key: tuple[str, ...]) -> bool:
    """True when a name extends the modifier: "United Nations Human Rights Council" under "UN"."""
    if letters:
        return any(i.startswith(letters) and i != letters for i in initials(best.words))
    return best.key[: len(mod_key)] == mod_key and len(best.key) > len(mod_key)
