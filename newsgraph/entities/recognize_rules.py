"""Rule mentions and retyping for name recognition (see recognize.py for the overall order).

Hand-written because they encode news conventions no library models: acronyms defined in
parentheses, faction acronyms like "PML(N)", initials and honorifics before names, datelines,
sports results where clubs carry place names.
"""

from __future__ import annotations

import re

from newsgraph.entities import recognize_sports as sports
from newsgraph.entities.lexicon import company_words, name_particles
from newsgraph.entities.lexicon import titles as address_forms
from newsgraph.entities.recognize_lexicon import (
    given_names,
    groups,
    headline_verbs,
    organisations,
    place,
    titles,
    words,
)
from newsgraph.entities.recognize_span import (
    CALENDAR,
    INITIAL,
    MONTH_ABBREVIATIONS,
    Mention,
    Tokens,
    capitalised,
    date_word,
    name_run,
    not_part_of_name,
    title_case_line_at,
)
from newsgraph.places.gazetteer import demonym, is_capital

ACRONYM = re.compile(r"^[A-Z][A-Za-z&]{1,9}$")
FACTION = re.compile(r"^[A-Z]{2,}[A-Za-z]*\([A-Z][A-Za-z]?$")  # "PML(N", "JUI(F" + ")"
COMMON_TAGS = {"NN", "NNS", "JJ", "RB", "VB", "VBD", "VBZ", "VBP", "VBG", "VBN", "IN", "DT", "PRP"}


def _place_type(text: str, min_population: int) -> str | None:
    p = place(text, min_population)
    return p.type if p else None


# -- rule mentions -------------------------------------------------------------------------------


def _acronym_defs(doc: Tokens, types: dict[int, str]) -> list[Mention]:
    """ "Pakistan Tehreek-e-Insaf (PTI)": the expansion and the acronym, typed alike."""
    out = []
    for i in range(2, len(doc) - 2):
        acr, close = doc[i + 1], doc[i + 2]
        if doc[i].text != "(" or close.text != ")" or not ACRONYM.match(acr.text):
            continue
        letters = [c.lower() for c in acr.text if c.isalpha()]
        if sum(c.isupper() for c in acr.text) < 2:
            continue
        start = _expansion_start(doc, i, letters)
        if start is None:
            continue
        typ = types.get(i - 1) or "ORG"
        if typ == "PERSON":
            continue
        out.append(Mention(start, i, typ, "rule", 3))
        out.append(Mention(i + 1, i + 2, typ, "rule", 3))
    return out


def _expansion_start(doc: Tokens, paren: int, letters: list[str]) -> int | None:
    """Start token of the words before `paren` whose initials spell the acronym, if any."""
    initials: list[str] = []
    j = paren - 1
    while j >= 0 and paren - j <= 12 and len(initials) <= len(letters):
        tok = doc[j]
        if tok.is_alpha and (tok.text[0].isupper() or tok.lower_ not in words("expansion_links")):
            initials.insert(0, tok.lower_[0])
            if initials == letters and tok.text[0].isupper():
                return j
            if initials == letters[len(letters) - len(initials) :] or capitalised(tok):
                j -= 1
                continue
            return None
        if tok.lower_ not in words("expansion_links") and not tok.is_alpha:
            return None
        j -= 1
    return None


def _token_rules(doc: Tokens, caps: list[bool]) -> list[Mention]:
    """Lexicon orgs, faction acronyms, initials + surname, honorific + name, given name + surname.
    Cheap string tests come first: this runs on every token of every article."""
    out = []
    orgs, names, honorifics = organisations(), given_names(), titles()
    texts, n = doc.texts, len(doc)
    i = 0
    while i < n:
        text, m = texts[i], None
        if text in orgs:
            m = Mention(i, i + 1, orgs[text], "lexicon", 3)
        elif i + 1 == n or caps[i]:
            pass
        elif "(" in text and texts[i + 1] == ")" and FACTION.match(text):
            m = Mention(i, i + 2, "ORG", "rule", 3)
        elif _initial(text) and not place(text):
            m = _initials(doc, i)
        elif text.lower() in honorifics:
            m = _after_honorific(doc, i, honorifics)
        elif text in names:
            m = _given_name(doc, i)
        if m is not None:
            out.append(m)
        i = m.end if m is not None and m.source == "rule" and m.type == "PERSON" else i + 1
    return out


def _untagged_capitals(doc: Tokens, caps: list[bool], types: dict[int, str]) -> list[Mention]:
    """A national capital the tagger took for a common noun and the model left unnamed: "Tunis said
    it would recall its ambassador" ("Tunis" a plural noun at the sentence start)."""
    skip = words("untagged_capitals_not")
    return [
        Mention(i, i + 1, "GPE", "rule", 2)
        for i, tok in enumerate(doc)
        if tok.tag_ in ("NN", "NNS")
        and i not in types
        and not caps[i]
        and capitalised(tok)
        and tok.text not in skip
        and is_capital(tok.text, official=True)
    ]


def _long_org_names(doc: Tokens, caps: list[bool]) -> list[Mention]:
    """Organisations named by a head word and an "of"/"for" phrase, which the model cuts short or
    misses: "the Movement for the Emancipation of the Niger Delta", "the Front for the Liberation
    of the Enclave of Cabinda", "National Union for the Total Independence of Angola"."""
    heads, links = words("org_name_heads"), words("org_name_links")
    out = []
    for i, tok in enumerate(doc):
        if caps[i] or not capitalised(tok) or tok.lower_ not in heads or i + 2 >= len(doc):
            continue
        if doc[i + 1].lower_ not in ("of", "for"):
            continue
        end = _linked_capitals_end(doc, i + 1, links)
        if end > i + 2:
            start = i
            while start > 0 and capitalised(doc[start - 1]) and doc[start - 1].tag_ in ("NNP", "JJ", "NNPS"):
                start -= 1  # "National Movement for ...", "Popular Front for ..."
            out.append(Mention(start, end, "ORG", "rule", 2))
    return out


def _linked_capitals_end(doc: Tokens, j: int, links: frozenset[str]) -> int:
    """End of a run of capitalised words joined by lower-case links ("of the", "for", "and"), from the
    link at j; j when no capitalised word follows. "and the" ends it: "the Ministry of Defence and the
    Foreign Office" are two."""
    end = k = j
    while k < len(doc):
        word = doc[k]
        if word.is_upper and len(word) > 1:
            break  # "the Grand Alliance of the RJD": an alliance of parties, named apart
        if capitalised(word) and not (word.lower_ == "the" and k > j):
            k += 1
            end = k
        elif word.lower_ in links and not word.text[0].isupper() and word.whitespace_:
            if word.lower_ == "and" and k + 1 < len(doc) and doc[k + 1].lower_ == "the":
                break
            k += 1
        else:
            break
    return end


def _initial(text: str) -> bool:
    """An initial with its full stop ("C.", "J.J.", "A.de")."""
    return "." in text and bool(INITIAL.match(text))


def _initials(doc: Tokens, i: int) -> Mention | None:
    """ "C. Hooper", "J.J. Kenny", "J. K. Rowling", "A.de Silva" - not "N. Korea", "U. S. Supreme Court"."""
    first = i + 1
    while first < len(doc) and first - i <= 2 and _initial(doc[first].text):
        first += 1  # stacked initials written apart ("J. K."): one name with the surname after them
    start = i - 1 if i > 0 and _initial(doc[i - 1].text) else i
    if first > start + 1 and place("".join(doc[k].text for k in range(start, first))):
        return None  # "U. S.", "B. C.": a place's abbreviation written apart, no one's initials
    end = name_run(doc, first)
    if end > first and place(doc.span_text(first, end)):
        return None
    if end > first or (doc[i].text[0].isupper() and doc[i].text[2:3].islower()):
        return Mention(i, max(end, i + 1), "PERSON", "rule", 3)
    return None


def _after_honorific(doc: Tokens, i: int, honorifics: frozenset[str]) -> Mention | None:
    """ "Mr Wolfgang Schüssel", "chief Maulana Abdul Ghani": the name after the title (not after
    a modifier: "late Thursday", "First Half")."""
    nxt = doc[i + 1]
    if not capitalised(nxt) or nxt.lower_ in honorifics or nxt.lower_ in CALENDAR:
        return None
    if doc[i].lower_ in words("title_modifiers"):
        return None
    if doc[i].is_lower and nxt.ent_type_ == "ORG":
        return None  # "market leader Diageo": an occupational noun before a company
    if doc[i].ent_type_ == "ORG" == nxt.ent_type_ and doc[i].lower_ not in address_forms().honorifics:
        return None  # the model reads the title as the company's first word: "General Electric"
    end = name_run(doc, i + 1, 3)
    if doc[end - 1].lower_ in company_words():
        return Mention(i, end, "ORG", "rule", 2)  # "Premier Foods": a company named with a title word
    if nxt.lower_.rstrip(".") in words("street_words") and doc[i].lower_ not in address_forms().honorifics:
        return Mention(i, end, "FAC", "rule", 2)  # "Queen Street", "King Street West"; not "Mr Street"
    if end > i + 1 and not place(doc.span_text(i + 1, end)):
        return Mention(i + 1, end, "PERSON", "rule", 2)
    return None


def _given_name(doc: Tokens, i: int) -> Mention | None:
    """ "Rodney Eyles": a common given name before capitalised words that are not an org or place."""
    if not capitalised(doc[i + 1]) or doc[i + 1].lower_ in words("org_nouns"):
        return None
    end = name_run(doc, i, 4)
    if end > i + 1 and doc[end - 1].lower_ not in words("org_nouns") and not place(doc.span_text(i, end)):
        return Mention(i, end, "PERSON", "rule", 2)
    return None


def _athletes(doc: Tokens, caps: list[bool]) -> list[Mention]:
    """ "Lindsay Davenport ( U.S. ) beat ...": a full name followed by a country in parentheses."""
    out = []
    for i in range(2, len(doc) - 2):
        if doc[i].text != "(" or caps[i]:
            continue
        close = next((j for j in range(i + 2, min(i + 5, len(doc))) if doc[j].text == ")"), None)
        if close is None or not (p := place(doc.span_text(i + 1, close))) or p.kind != "country":
            continue
        start = i
        while (
            start > 0
            and i - start < 4
            and (capitalised(doc[start - 1]) or doc[start - 1].lower_ in words("name_links"))
        ):
            start -= 1
        if i - start >= 2 and capitalised(doc[start]) and not place(doc.span_text(start, i)):
            out.append(Mention(start, i, "PERSON", "rule", 2))
            out.append(Mention(i + 1, close, p.type, "lexicon", 3))
    return out


def _lineups(doc: Tokens, caps: list[bool]) -> list[Mention]:
    """Team sheets: "5 - Alpay Ozalan , 7 - Abdullah Ercan ( 14 - Frederic Peiremans 62nd )"."""
    out = []
    texts = doc.texts
    for i in range(2, len(doc) - 1):
        if texts[i - 1] in {"-", "–"} and texts[i - 2].isdigit() and not caps[i] and capitalised(doc[i]):
            end = name_run(doc, i, 4)
            if end - i >= 2 and not place(doc.span_text(i, end)):
                out.append(Mention(i, end, "PERSON", "rule", 2))
    return out


def _datelines(doc: Tokens) -> list[Mention]:
    """ "LONDON 1996-08-30", "KARACHI, Oct 18 (Reuters) -", "NICE , France 1996-08-30"."""
    out = []
    for i, stop in doc.lines:
        end = i
        while end < stop and end - i < 3 and doc[end].is_alpha and doc[end].is_upper and len(doc[end]) > 1:
            end += 1
        if end == i or end >= stop or doc[i].lower_ in CALENDAR:
            continue
        region_end = end
        if (
            doc.texts[end] == ","
            and end + 1 < stop
            and capitalised(doc[end + 1])
            and not date_word(doc[end + 1])
        ):
            region_end = name_run(doc, end + 1, 3)
        if region_end >= stop:
            continue
        follow = doc[region_end]
        known = _place_type(doc.span_text(i, end), 0)
        if date_word(follow) or (known and follow.text in {"(", "-", "—", "–"}):
            out.append(Mention(i, end, known or "GPE", "rule", 3))
            if region_end > end + 1:
                out.append(Mention(end + 1, region_end, "GPE", "rule", 2))
        elif doc.texts[end] == "," and date_word(doc[end + 1]) and (known or end + 2 < stop):
            out.append(Mention(i, end, known or "GPE", "rule", 3))
    return out


def _uncased_places(doc: Tokens, caps: list[bool], lower: list[bool]) -> list[Mention]:
    """Countries, states and big cities named in all-caps headlines ("JAPAN GET LUCKY WIN") or in
    lower-case text ("protests in lucknow"), where the model misses most names. In lower case only
    cities of a million or more, and never a common word ("march")."""
    out = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if not tok.is_alpha or not (caps[i] or (lower[i] and _proper_in_lower(doc, i))):
            i += 1
            continue
        for n in (3, 2, 1):
            if i + n <= len(doc) and all(caps[j] or lower[j] for j in range(i, i + n)):
                typ = _place_type(doc.span_text(i, i + n), 100_000 if caps[i] else 1_000_000)
                if typ:
                    out.append(Mention(i, i + n, typ, "lexicon", 2))
                    i += n - 1
                    break
        i += 1
    return out


def _proper_in_lower(doc: Tokens, i: int) -> bool:
    """In lower-case text: the tagger reads a proper noun, or a place-like slot ("in varanasi")."""
    tok = doc[i]
    if tok.is_stop or tok.lower_ in CALENDAR or tok.lower_ in MONTH_ABBREVIATIONS:
        return False
    return tok.tag_ in {"NNP", "NNPS"} or (i > 0 and doc[i - 1].lower_ in words("locative_preps"))


def _covers(doc: Tokens, m: Mention, o: Mention) -> bool:
    """m spans o, or o only adds words before m that are no part of a name ("[American] Dennis
    Mitchell")."""
    if m.start <= o.start and o.end <= m.end:
        return True
    return o.end == m.end and all(not_part_of_name(doc[i], True) for i in range(o.start, m.start))


def _merge(doc: Tokens, mentions: list[Mention], extra: list[Mention]) -> list[Mention]:
    """Add rule mentions: a stronger one replaces the weaker mentions it overlaps, else it only
    fills tokens no mention covers."""
    owner: list[Mention | None] = [None] * len(doc)
    for o in mentions:
        owner[o.start : o.end] = [o] * (o.end - o.start)
    for m in sorted(extra, key=lambda m: (-m.weight, m.start - m.end)):
        clash = list({id(o): o for o in owner[m.start : m.end] if o is not None}.values())
        if any((o.start, o.end) == (m.start, m.end) and o.weight >= m.weight for o in clash):
            continue
        if all(o.weight < m.weight and (m.weight >= 3 or _covers(doc, m, o)) for o in clash):
            for o in clash:
                owner[o.start : o.end] = [None] * (o.end - o.start)
            owner[m.start : m.end] = [m] * (m.end - m.start)
    return list({id(o): o for o in owner if o is not None}.values())


def add_rule_mentions(
    doc: Tokens, caps: list[bool], lower: list[bool], mentions: list[Mention]
) -> list[Mention]:
    types = {i: m.type for m in mentions for i in range(m.start, m.end)}
    extra = _acronym_defs(doc, types) + _token_rules(doc, caps) + _datelines(doc)
    extra += _uncased_places(doc, caps, lower) + sports.results_lines(doc) + _athletes(doc, caps)
    extra += _lineups(doc, caps) + _long_org_names(doc, caps) + _untagged_capitals(doc, caps, types)
    if sports.sports_story(doc, extra):
        extra += sports.fixtures(doc) + sports.scoreboard_teams(doc, mentions + extra)
    return _merge(doc, mentions, extra)


def _common_word(doc: Tokens, m: Mention) -> bool:
    """A lone capitalised common noun the model took for a name ("Women 's javelin", "Death does")."""
    tok = doc[m.start]
    return m.end - m.start == 1 and m.source == "ner" and (tok.lower_ in CALENDAR or tok.tag_ in COMMON_TAGS)


def _speaker(doc: Tokens, m: Mention) -> bool:
    """A one-word "place" that speaks ("Ramos said") is a person the model did not know."""
    tok = doc[m.start]
    return (
        m.end - m.start == 1
        and m.type in {"GPE", "LOC"}
        and tok.dep_ == "nsubj"
        and tok.head.lemma_ in words("speech_verbs")
    )


def _people(text: str, m: Mention) -> bool:
    """A nationality or people ("Pakistani", "Hutus"), not a country spelt alike ("Liechtenstein")."""
    if text in groups():
        return True
    p = place(text) if m.end - m.start == 1 and demonym(text) else None
    return m.end - m.start == 1 and bool(demonym(text)) and (p is None or p.kind == "city")


def retype(doc: Tokens, mentions: list[Mention]) -> list[Mention]:
    """Lexicon organisations are ORG, demonyms NORP; known places the model read as ORG or PERSON
    are places, unless they act as sports clubs in a sports story. Drops common words."""
    orgs = organisations()
    in_sports = sports.sports_story(doc, mentions)
    kept = []
    for m in mentions:
        text = doc.span_text(m.start, m.end)
        if text in orgs:
            m.type, m.source, m.weight = orgs[text], "lexicon", 3
        elif _people(text, m):
            m.type, m.source, m.weight = "NORP", "lexicon", 3
        elif (_common_word(doc, m) and not place(text)) or text in words("not_names"):
            continue
        elif _speaker(doc, m) and not place(text):
            m.type, m.source, m.weight = "PERSON", "context", 2
        else:
            sports.retype_place(doc, m, text, in_sports)
        kept.append(m)
    return kept


def join_adjacent(doc: Tokens, mentions: list[Mention]) -> list[Mention]:
    """One organisation the model cut in two: "[Rotor] [Volgograd]", "[Colorado] [Rockies]"."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == m.start
            and "ORG" in (m.type, prev.type)
            and {m.type, prev.type} <= {"ORG", "GPE"}
            and doc[prev.end - 1].whitespace_ == " "
        ):
            prev.end, prev.type, prev.weight = m.end, "ORG", max(prev.weight, m.weight)
        else:
            out.append(m)
    return out


PARTICLE_RUN = 3  # longest run of particles inside a surname ("de la", "van der")


def join_particles(doc: Tokens, mentions: list[Mention]) -> list[Mention]:
    """One person's name the model cut at its lower-case particles: "[Ursula von der] [Leyen]",
    "[Carlos] de la [Cruz]", "Jan ter [Horst]": a person's mention, then particles (inside it or right
    after it), then a proper noun that is a name of at most two words or none; or a known given name,
    particles, then the person's mention."""
    starts = {m.start: m for m in mentions}
    ends = {m.end for m in mentions}
    absorbed: set[int] = set()
    for m in sorted(mentions, key=lambda m: m.start):
        if m.type != "PERSON" or id(m) in absorbed:
            continue
        start = _given_name_before_particles(doc, m.start)
        if start + 1 not in ends:  # else the given name is a mention, joined (as a person) or apart
            m.start = start
        core = m.end
        while core > m.start + 1 and doc[core - 1].text in name_particles():
            core -= 1
        j = m.end
        while j < len(doc) and j - core < PARTICLE_RUN and doc[j].text in name_particles():
            j += 1
        if j == core or j >= len(doc) or not capitalised(doc[j]) or doc[j].tag_ != "NNP":
            continue
        nxt = starts.get(j)
        if nxt is not None and nxt.end - nxt.start > 2:
            continue
        m.end = nxt.end if nxt is not None else j + 1
        if nxt is not None:
            absorbed.add(id(nxt))
    return [m for m in mentions if id(m) not in absorbed]


def _given_name_before_particles(doc: Tokens, start: int) -> int:
    """ "Jan ter [Horst]": the start of a name the model took only the surname of, when a known given
    name stands before the particles."""
    i = start
    while i > 0 and start - i < PARTICLE_RUN and doc[i - 1].text in name_particles():
        i -= 1
    if i == start or i == 0 or doc[i - 1].text not in given_names():
        return start
    return i - 1


# -- title-case headlines ------------------------------------------------------------------------

CUT_TYPES = {"PERSON", "ORG", "GPE"}


def cut_headline_verbs(doc: Tokens, mentions: list[Mention]) -> list[Mention]:
    """In a title-case headline the verb is capitalised like the names around it, and the model or
    the given-name rule runs a name on into it: "[Glenn Beck Blasts Drudge] Over ...", "[Mike Pence
    Calls For Unity ...]". Such a name ends before a word that is a reporting or event verb in its -s
    form, after a name of two words or more and before another capitalised word. Lexicon names are
    kept, as are organisations named by a place and a plural ("Ohio Pledges Fund": a team, a company),
    and words the article writes capitalised outside headlines (a surname: "Mary Ann Burns").
    """
    lines: dict[int, bool] = {}
    for m in mentions:
        if m.type not in CUT_TYPES or m.weight >= 3:
            continue
        k = next((k for k in range(m.start + 2, m.end) if _headline_verb(doc, k)), None)
        if k is None or not capitalised(doc[k - 1]) or not _in_title_line(doc, k, lines):
            continue
        if _written_outside_headlines(doc, doc.texts[k], lines):
            continue
        if m.type == "ORG" and place(doc.span_text(m.start, k)):
            continue
        m.end = k
    return mentions


def _headline_verb(doc: Tokens, k: int) -> bool:
    """ "Slams", "Urges", "Denies" before a capitalised word: a verb lemma with its -s ending."""
    text = doc.texts[k]
    if len(text) < 4 or text[-1] != "s" or not text.istitle() or k + 1 >= len(doc):
        return False
    lower = text.lower()
    stems = {lower[:-1]}
    if lower.endswith("es"):  # "Pushes", "Denies"
        stems |= {lower[:-2], lower[:-3] + "y"}
    return bool(stems & headline_verbs()) and capitalised(doc[k + 1]) and text not in given_names()


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _title_line(doc: Tokens, start: int, lines: dict[int, bool]) -> bool:
    """Whether the text line opening at char `start` is a title-case headline (memoised)."""
    if start not in lines:
        lines[start] = title_case_line_at(doc.text, start)
    return lines[start]


def _in_title_line(doc: Tokens, k: int, lines: dict[int, bool]) -> bool:
    return _title_line(doc, _line_start(doc.text, doc[k].idx), lines)


def _written_outside_headlines(doc: Tokens, word: str, lines: dict[int, bool]) -> bool:
    """The word also stands capitalised in a line that is no headline: a name, not a verb."""
    for found in re.finditer(rf"\b{re.escape(word)}\b", doc.text):
        if not _title_line(doc, _line_start(doc.text, found.start()), lines):
            return True
    return False
