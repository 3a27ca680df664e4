"""Sports conventions for name recognition: clubs carry place names ("Leicester 2 Chelsea 1",
"Surrey captain Chris Lewis"), while national sides and venues keep their place type.

Hand-written: results lines, fixtures and scoreboards are news layouts no library parses.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.entities.lexicon import given_names, titles
from newsgraph.entities.recognize_lexicon import place, words
from newsgraph.entities.recognize_span import INITIAL, Mention, Tokens, capitalised, date_word, name_run
from newsgraph.places import gazetteer

SCORE = re.compile(r"(?<![\d.-])\d{1,3}-\d{1,3}(?![\d-])")  # "5-3" in running text, not "1996-08-31"
TABLE_SCORE = re.compile(r"\d{1,3}(?:-\d{1,3})?")  # a score cell: "2", "56-13"
FIXTURE_WORDS = {"v", "vs", "vs.", "at"}  # "Birmingham v Barnsley", "HOUSTON AT PITTSBURGH"


def club_or_country(doc: Tokens, start: int, end: int) -> Mention:
    """A side in a results or fixtures line: ORG, unless a country (national sides keep their
    place type, as news annotation conventions do)."""
    p = place(doc.span_text(start, end))
    return Mention(start, end, p.type if p and p.kind == "country" else "ORG", "context", 3)


def _score(tok: Token) -> bool:
    return bool(TABLE_SCORE.fullmatch(tok.text))


def results_lines(doc: Tokens) -> list[Mention]:
    """Clubs in results and standings lines: "Leicester 2 Chelsea 1", "MILWAUKEE 64 71 .474 17",
    "CHICAGO AT TORONTO", "Birmingham v Barnsley"."""
    out = []
    for start, end in doc.lines:
        toks = [t for t in doc.toks[start:end] if not t.is_space]
        runs = _team_runs(doc, toks)
        if not runs:
            continue
        out.extend(club_or_country(doc, s, e) for s, e in runs)
    return out


def fixtures(doc: Tokens) -> list[Mention]:
    """Both sides of "Birmingham v Barnsley", "May 27-29 v Gloucestershire" in a sports story."""
    out = []
    for i, text in enumerate(doc.texts):
        if text.lower() not in FIXTURE_WORDS or text == "at" or i == 0 or i + 1 == len(doc):
            continue
        start = i
        while start > 0 and i - start < 4 and capitalised(doc[start - 1]) and not date_word(doc[start - 1]):
            start -= 1
        end = i + 1
        while (
            end < len(doc) and end - i <= 4 and capitalised(doc[end]) and doc[end].lower_ not in FIXTURE_WORDS
        ):
            end += 1
        for s, e in ((start, i), (i + 1, end)):
            if e > s:
                out.append(club_or_country(doc, s, e))
    return out


def scoreboard_teams(doc: Tokens, mentions: list[Mention]) -> list[Mention]:
    """Sides in scoreboards and tables of a sports story: "Hove : Sussex 363 ( W. Athey 111 )",
    "Surrey 24 points , Warwickshire 2" - a one-word name (or a known place) opening a clause and
    followed by a score, not a person."""
    people = {i for m in mentions if m.type == "PERSON" for i in range(m.start, m.end)}
    out = []
    for i in range(len(doc) - 1):
        opens = i == 0 or doc.texts[i - 1] in {":", ",", ";", "\n"} or doc[i - 1].is_space
        tok = doc[i]
        if not opens or i in people or not capitalised(tok) or tok.lower_ in FIXTURE_WORDS or date_word(tok):
            continue
        if tok.tag_ not in {"NNP", "NNPS"}:
            continue
        end = name_run(doc, i, 3, frozenset())
        if end < len(doc) and doc.texts[end].isdigit() and (end - i == 1 or place(doc.span_text(i, end))):
            side = club_or_country(doc, i, end)
            side.weight = 2
            out.append(side)
    return out


def _team_runs(doc: Tokens, toks: list[Token]) -> list[tuple[int, int]]:
    """Name runs in a line shaped like a results or fixtures line, else []."""
    runs, i = [], 0
    while i < len(toks):
        if capitalised(toks[i]) and not INITIAL.match(toks[i].text) and toks[i].lower_ not in FIXTURE_WORDS:
            end = toks[i].i + 1
            while (
                end < toks[-1].i + 1
                and end - toks[i].i < 4
                and capitalised(doc[end])
                and doc[end].lower_ not in FIXTURE_WORDS
            ):
                end += 1
            runs.append((toks[i].i, end))
            i += max(end - toks[i].i, 1)
        else:
            i += 1
    if not 1 <= len(runs) <= 2:
        return []
    texts = [t.text for t in toks]
    names = {j for s, e in runs for j in range(s, e)}
    rest = [t for t in toks if t.i not in names]
    if len(runs) == 2 and len(rest) == 1 and rest[0].lower_ in FIXTURE_WORDS:
        return runs
    if len(runs) == 2 and all(_score(t) or t.text in "()" for t in rest) and sum(map(_score, rest)) == 2:
        return runs if texts[0] == doc[runs[0][0]].text else []
    if (
        len(runs) == 1
        and toks[0].i == runs[0][0]
        and sum(_score(t) or t.text.startswith(".") for t in rest) >= 3
    ):
        return runs if all(t.like_num or t.is_punct or t.text.startswith(".") for t in rest) else []
    return []


def team_context(doc: Tokens, m: Mention) -> bool:
    """A place-named mention acting as a sports club in running text."""
    head = doc[m.end - 1]
    after = doc[m.end] if m.end < len(doc) else None
    if after is not None and after.lower_ in words("team_nouns"):
        return True
    if head.dep_ in {"nsubj", "dobj", "conj"} and head.head.lemma_ in words("sport_verbs"):
        return True
    if head.dep_ == "pobj" and head.head.lower_ in words("sport_preps"):
        gov = head.head.head
        return gov.lemma_ in words("sport_verbs") or gov.lower_ in words("result_nouns")
    return False


def sports_story(doc: Tokens, mentions: list[Mention]) -> bool:
    """A sports story: match scores ("2-1") or a results line and sports vocabulary, or plainly
    sports-only vocabulary ("innings", "wickets", "midfielder")."""
    lowered = {t.lower() for t in doc.texts}
    if len(words("sport_only_words") & lowered) >= 2:
        return True
    scored = any(m.source == "context" for m in mentions) or bool(SCORE.search(doc.text))
    return scored and len(words("sport_words") & lowered) >= 2


def retype_place(doc: Tokens, m: Mention, text: str, sports: bool) -> None:
    """Known places the model read as ORG or PERSON are places, unless they act as sports clubs
    in a sports story (a town named outside a locative phrase there is its club)."""
    if m.source != "ner":
        return  # rule mentions (datelines, results lines, acronyms) are already typed by their rule
    head = doc[m.end - 1]
    speaking = m.type == "PERSON" and head.dep_ == "nsubj" and head.head.lemma_ in words("speech_verbs")
    if speaking and not _seat_of_state(text):
        return  # "Jordan said": a person, whatever places share the name
    if m.type == "PERSON" and m.start > 0 and _title_word(doc[m.start - 1].lower_):
        return  # "President Bush", "Mr Jordan": a titled person, whatever places share the name
    # (the model may call it an organisation: then it must be a known place's name)
    placename = m.type == "GPE" or (m.type == "ORG" and place(text, 0) is not None)
    if placename and m.end - m.start == 1 and _speaks_of_self(head) and not _state_name(text):
        m.type, m.source, m.weight = "PERSON", "context", max(m.weight, 2)
        return  # "Stanley said he would resign": a person who shares a town's name
    p = place(text, 15_000 if m.type in {"ORG", "LOC", "GPE", "FAC"} else 100_000)
    placelike = p is not None or m.type in {"GPE", "LOC", "FAC"}
    if sports and placelike and (p is None or p.kind != "country"):
        if team_context(doc, m):
            m.type, m.source, m.weight = "ORG", "context", 3
        elif m.type == "ORG" or not locative(doc, m):
            m.type, m.source, m.weight = "ORG", "context", 2
        elif p is not None:
            m.type = p.type
    elif p is not None and m.type in {"ORG", "PERSON", "LOC", "GPE", "NORP", "FAC"} and m.type != p.type:
        m.type, m.source, m.weight = p.type, "lexicon", max(m.weight, 2)


def _speaks_of_self(subject: Token) -> bool:
    """The subject of a speech verb whose reported clause has "he" or "she" as its subject."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.lemma_ not in words("speech_verbs"):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return any(
        g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("he", "she") for c in clauses for g in c.children
    )


def _state_name(name: str) -> bool:
    """A country or a capital that is no given name: "Khartoum said he would ..." still speaks for its
    state."""
    found = place(name, 0)
    return (found is not None and found.kind == "country") or _seat_of_state(name)


def _seat_of_state(name: str) -> bool:
    """A national capital's own name that is no given name: "Khartoum said" is the government (wire
    usage), while "Sofia said" may be a person."""
    return name not in given_names() and gazetteer.is_capital(name, official=True)


def _title_word(word: str) -> bool:
    table = titles()
    return word in table.heads or word in table.honorifics


def locative(doc: Tokens, m: Mention) -> bool:
    """ "in Tokyo", "at Leicester", "( London )", "Markham , Ontario": the place, not a club."""
    before = doc[m.start - 1].lower_ if m.start > 0 else ""
    after = doc.texts[m.end] if m.end < len(doc) else ""
    if before in words("locative_preps") or (before == "(" and after == ")") or after == ":":
        return True  # "in Tokyo", "( London )", "Hove : Sussex 363" (a venue heading)
    if after == "-" and not doc[m.end - 1].whitespace_ and m.end + 1 < len(doc) and doc[m.end + 1].is_lower:
        return True  # "Dublin-born", "Boston-based"
    return after == "," and m.end + 1 < len(doc) and bool(place(doc.texts[m.end + 1]))
