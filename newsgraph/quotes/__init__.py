"""Quotes: direct, indirect and mixed statements with their cue and their speaker, resolved to the
article's canonical entities; posts embedded in the article are quotes of their author; amounts stated
inside a quote are marked as the speaker's claims."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsgraph.anatomy.patterns import load as anatomy_patterns
from newsgraph.context import Context
from newsgraph.entities.quoted import inside, quoted_spans
from newsgraph.model import Quote, Span, Speaker
from newsgraph.quotes.cues import (
    APPOSITION_MAX,
    DEFAULT_CLASSES,
    Statement,
    lexicon,
    name_after,
    name_before,
    statements,
    subject,
)
from newsgraph.quotes.marks import WORD, Marked, find_quotations, paragraphs
from newsgraph.quotes.speakers import Resolver, canonical_name, is_document, presupposing_marks

# text between a quotation and its cue when they belong together: `"...," he said` / `said: "..."`;
# a quotation and a cue before it stay on one line (a cue opening the next paragraph reports its own)
BEFORE_CUE = re.compile(r"[ \t]*[,—–-]?[ \t]*")
# ... or a few words before the speaker's name the parser left out of its phrase: `” Police Chief X said`
BEFORE_NAME = re.compile(r"[ \t]*[,—–-]?[ \t]*[^\n.!?;:“”\"«»]{0,40}")
AFTER_CUE = re.compile(r"[^.!?\n]{0,60}[:,]\s*|[ \t]*")
AFTER_COLON = re.compile(r"[^.!?\n]{0,60}:\s*")
AFTER_COMMA = re.compile(r"[^.!?,\n]{0,30},[ \t]*")
# a quotation no cue claims is a statement (continuing the previous speaker) when it is this long, or
# shorter but a full sentence; shorter ones are scare quotes, titles or nicknames
FLOATING_MIN_WORDS = 8
SENTENCE_MIN_WORDS = 3
NAME_COLON_MAX_WORDS = 5
TITLED_NAME_MAX_WORDS = 8  # ... or a person after a title: `Harbour City boss Sir Ian Moss:`
SENTENCE_STOPS = ".!?\n"  # what ends a sentence, for text standing as one of its own
LINE_STOP = "\n"
BULLET = re.compile(r"[ \t]*[-–—•*][ \t]+")
NAME_COLON_MAX_CHARS = 40
INTRODUCERS = (":", "―", "—", "–")
LEAD_BREAK = re.compile(r"\s[-―—–]\s|[.!?][\"”’']?\s")
TRANSCRIPT_LINE = re.compile(
    r"^[\"“]?(?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):[ \t]+(?P<content>\S[^\n]*?)\s*$", re.M
)
DASH_NAME = re.compile(r"[ \t\xa0]*(?P<dash>[―—–]|--)[ \t\xa0]*(?=[A-Z])")
# ... or a short line of its own after the quotation's paragraph: `“...” ¶ - Jane Doe, Tarrow.`
DASH_LINE = re.compile(r"[ \t\xa0]*\n\s*(?P<dash>[-―—–]|--)[ \t\xa0]*(?=[A-Z][^\n]{0,59}$)", re.M)
FIRST_PERSON = {"i", "we"}
CLOSING_MARKS = ('"', "”")
OPENING_MARKS = ("“", ' "', '\n"')
COPULA_FORMS = {"is", "are", "was", "were", "'s", "’s", "'re", "’re", "'m", "’m"}  # lemmas the model may miss
NEARBY_CHARS = 60  # how far from a quotation an unlisted verb may report it
NEARBY_TOKENS = 6
# what a paraphrase cut before an inner statement drops at its end: `..., “`, `... but`
CUT_TAIL = re.compile(r"(?:[ ,\t\n\"“]|\b(?:and|but|while|whereas|yet)\b)*$")
OWN_OBJECT = {"dobj", "ccomp", "xcomp"}  # complements by which a verb reports something of its own


@dataclass
class Draft:
    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None
    source: Token | None
    floating: bool = False  # no cue of its own: continues the previous speaker
    container: bool = False  # a relayed or non-speech paraphrase: others' statements inside it are their own


def run(ctx: Context, classes: frozenset[str] = DEFAULT_CLASSES) -> None:
    """Fill ctx.analysis.quotes and mark amounts claimed inside them."""
    text = ctx.text
    embeds = [(e.text_start, e.text_end) for e in ctx.analysis.anatomy.social_embeds]
    datelines = [(d.start, d.end) for d in ctx.analysis.anatomy.datelines]

    def usable(start: int, end: int) -> bool:
        """Outside excluded blocks and posts; a wire credit inside a dateline ("LONDON (Reuters) -")
        leaves the rest of its lead sentence usable."""
        if ctx.is_excluded(start, end):
            blocked = [(s, e) for s, e in ctx.excluded if s < end and start < e]
            if any(not any(ds <= s and e <= de for ds, de in datelines) for s, e in blocked):
                return False
        return not any(s < end and start < e for s, e in embeds)

    marked = [m for m in find_quotations(text) if usable(m.open, m.close)]
    in_quote = _membership(marked)
    found = [
        st
        for sent in ctx.doc.sents
        if usable(sent.start_char, sent.end_char)
        for st in statements(sent, classes, in_quote)
    ]
    # "I want to go back" inside someone's quotation is part of their statement, not one of its own
    found = [st for st in found if not (st.source is not None and _first_person_inside(st.source, in_quote))]
    transcript = _transcript_lines(ctx)
    found = _outermost_views(found, [(d.start, d.end) for d in transcript])
    used: set[int] = set()
    drafts = [_with_content(st, marked, used, text) for st in _inner_first(found)]
    drafts += [
        d for st in found if st.content is None if (d := _adjacent(st, marked, used, text) or _fallback(st))
    ]
    drafts = _cut_at_inner(drafts, text)
    for i, m in enumerate(marked):
        if i not in used:
            draft = _name_colon(ctx, m) or _dash_name(ctx, m)
            if draft is None and _statement_like(m, text) and not _pull_quote(m, marked, text):
                draft = _any_verb_cue(ctx, m) or _sentence_cue(ctx, m)
                draft = draft or (None if _phrase_of_sentence(ctx, m) else _floating(m))
            drafts += [draft] if draft else []
    # a transcript line wins over a quotation it opens (`"PENCE: Well, ...`) that no cue claimed
    drafts = [d for d in drafts if not (d.floating and any(_opens_line(d, t) for t in transcript))]
    drafts += [t for t in transcript if not any(d.start <= t.start < d.end for d in drafts)]
    resolver = Resolver(ctx, marked=[(m.open, m.close) for m in marked])
    ctx.analysis.quotes = _resolve(ctx, resolver, _unique(drafts)) + _posts(ctx, resolver, classes)
    for quote in ctx.analysis.quotes:
        if quote.speaker is not None and quote.speaker.name:
            quote.speaker.name = canonical_name(ctx, quote.speaker)
    ctx.analysis.quotes = _without_echoes(ctx.analysis.quotes)
    for n, quote in enumerate(sorted(ctx.analysis.quotes, key=lambda q: q.start), 1):
        quote.id = f"Q{n}"
    ctx.analysis.quotes.sort(key=lambda q: q.start)
    _mark_claims(ctx)


def _without_echoes(found: list[Quote]) -> list[Quote]:
    """One statement, one quote: a quote inside another of the same speaker with the same words, with no
    cue of its own or the same one (`Jo Li: ‘We Will Win ...’` read by the colon both with and without
    its marks), is that statement again."""

    def echo(q: Quote, p: Quote) -> bool:
        if not (p.start <= q.start and q.end <= p.end and (p.start, p.end) != (q.start, q.end)):
            return False  # tested first: most pairs are apart
        same_words = WORD.findall(p.text) == WORD.findall(q.text)
        return same_words and _same_speaker(p, q) and (q.cue is None or q.cue == p.cue)

    return [q for q in found if not any(echo(q, p) for p in found if p is not q)]


def _same_speaker(p: Quote, q: Quote) -> bool:
    if p.speaker is None or q.speaker is None or not p.speaker.name:
        return False
    same_entity = p.speaker.entity == q.speaker.entity
    return same_entity and p.speaker.name.casefold() == (q.speaker.name or "").casefold()


def _first_person_inside(source: Token, in_quote: Callable[[int], bool]) -> bool:
    return source.lower_ in FIRST_PERSON and in_quote(source.idx)


def _outermost_views(found: list[Statement], lines: list[tuple[int, int]]) -> list[Statement]:
    """A view reported inside someone's statement (or transcript line) is part of that statement, not
    one of its own: "Patel said she would back whichever rival won" attributes the backing
    to Patel's words. Cues of saying stay (a statement quoting another is two attributions)."""
    contents = [st.content for st in found if st.speech and not st.relay and st.content is not None] + lines
    return [
        st
        for st in found
        if (st.speech and not _place_having(st))
        or not any(s <= st.cue[0] and st.cue[1] <= e for s, e in contents)  # type: ignore[misc]
    ]


def _place_having(st: Statement) -> bool:
    """ "Walsh noted that Ohio boasted one paid staffer": a place as the subject of a cue with no clause
    of its own has or does something; inside another's statement it is part of those words."""
    source = st.source
    if source is None or source.ent_type_ not in ("GPE", "LOC") or source.dep_ != "nsubj":
        return False
    return not any(c.dep_ == "ccomp" or c.is_quote for c in source.head.children)


def _inner_first(found: list[Statement]) -> list[Statement]:
    """Statements with content, a statement reported inside another's (non-speech or relayed) content
    first: in "a fight over who supported the bill that Doe said, “...”" or "according to a TV channel, Doe
    said the plan was “...”" the quotation is Doe's; the outer cue keeps the paraphrase around it."""
    views = [st.content for st in found if not st.speech and st.content is not None]
    relays = [st.content for st in found if st.relay and st.content is not None]

    def inner(st: Statement) -> bool:
        outer = relays if st.relay else views + relays if st.speech else relays
        return any(s <= st.cue[0] and st.cue[1] <= e for s, e in outer)  # type: ignore[misc]

    with_content = [st for st in found if st.content is not None]
    return [st for st in with_content if inner(st)] + [st for st in with_content if not inner(st)]


def _cut_at_inner(drafts: list[Draft], text: str) -> list[Draft]:
    """A paraphrase ends where a quotation reported inside it begins with its speaker ("... the bill that
    Doe said, “...”" keeps "the bill that"), so the quotation is not claimed twice; one whose cue lies
    inside it but whose quotation began before it ("“... When does it stop?” the judge said, according to
    the Post") leaves nothing: the outlet relays the judge's words, they stay the judge's."""
    for d in drafts:
        inner = [
            q
            for q in drafts
            if (q.kind != "indirect" or _coordinated(q))
            and q.cue
            and (d.start <= min(q.start, q.cue[0]) < d.end or d.start <= q.cue[0] < d.end)
        ]
        if d.container and inner:
            first = min(inner, key=lambda q: min(q.start, q.cue[0]))  # type: ignore[index]
            cut = min(first.start, first.cue[0])  # type: ignore[index]
            if first.source is not None:
                cut = min(cut, first.source.left_edge.idx)
            tail = CUT_TAIL.search(text, d.start, cut) if cut > d.start else None
            d.end = tail.start() if tail is not None else d.start
    return [d for d in drafts if d.end > d.start]


def _coordinated(d: Draft) -> bool:
    """ "According to the agency, the quota was reached, but Ferris says growers disagree": a statement
    in a clause coordinated with the relayed one is its speaker's own, not part of the relayed content."""
    verb = d.source.head if d.source is not None and d.source.dep_ in ("nsubj", "nsubjpass") else None
    return verb is not None and verb.dep_ == "conj" and any(c.dep_ == "cc" for c in verb.head.children)


def _membership(marked: list[Marked]) -> Callable[[int], bool]:
    opens = [m.open for m in marked]

    def in_quote(pos: int) -> bool:
        i = bisect_right(opens, pos) - 1
        return i >= 0 and pos < marked[i].close

    return in_quote


def _words_outside(text: str, start: int, end: int, holes: list[Marked]) -> int:
    count, pos = 0, start
    for m in sorted(holes, key=lambda m: m.open):
        count += len(WORD.findall(text, pos, max(pos, m.open)))
        pos = max(pos, m.close)
    return count + len(WORD.findall(text, pos, max(pos, end)))


def _with_content(st: Statement, marked: list[Marked], used: set[int], text: str) -> Draft:
    """A cue with a content clause: direct when the clause is a quotation, mixed when quotations sit
    inside a paraphrase (they become part of it), indirect otherwise."""
    cs, ce = st.content  # type: ignore[misc]
    inside = [i for i, m in enumerate(marked) if m.open < ce and cs < m.close and i not in used]
    if not inside:
        return Draft(cs, ce, "indirect", st.cue, st.source, container=st.relay or not st.speech)
    holes = [marked[i] for i in inside]
    if _words_outside(text, cs, ce, holes) <= 1:  # at most a "that" around the quotation
        best = max(inside, key=lambda i: min(ce, marked[i].end) - max(cs, marked[i].start))
        used.add(best)
        return Draft(marked[best].start, marked[best].end, "direct", st.cue, st.source)
    used.update(inside)
    return Draft(min(cs, holes[0].open), max(ce, max(m.close for m in holes)), "mixed", st.cue, st.source)


def _adjacent(st: Statement, marked: list[Marked], used: set[int], text: str) -> Draft | None:
    """A cue without a clause of its own takes the quotation right before it (`"...," she said`) or
    right after it (`he told reporters: "..."`, also when the quotation opens the next paragraph); a
    colon after the cue binds it to the quotation after (`“...” Doe said: “...”`)."""
    cue_start, cue_end = st.cue
    if st.source is not None:
        src_start, src_end = st.source.left_edge.idx, st.source.idx + len(st.source.text)
        before, after = min(cue_start, src_start), max(cue_end, src_end)
    else:
        before, after = cue_start, cue_end
    found = []
    for i, m in enumerate(marked):
        if i in used or (st.source is None and not _statement_like(m, text)):  # "so-called “reform”"
            continue
        near_before = st.speech and m.close <= before and BEFORE_CUE.fullmatch(text, m.close, before)
        if st.speech and st.source is not None and m.close <= st.source.idx < cue_start:
            gap = BEFORE_NAME.fullmatch(text, m.close, st.source.idx) and not _has_verb(st.source, m.close)
            near_before = near_before or gap
        if near_before and st.source is not None:
            cue = st.source.doc.char_span(*st.cue, alignment_mode="expand")
            near_before = cue is None or not _reports_own(text, m, cue[0])
        pattern = AFTER_CUE if st.speech else AFTER_COLON
        near_after = m.open >= after and pattern.fullmatch(text, after, m.open)
        if near_before or near_after:
            found.append((i, m, bool(near_after) and ":" in text[after : m.open]))
    if not found:
        return None
    i, m, _ = next((f for f in found if f[2]), found[0])
    used.add(i)
    return Draft(m.start, m.end, "direct", st.cue, st.source)


def _has_verb(source: Token, start: int) -> bool:
    """A verb between `start` and the speaker's phrase: `” He rejected the claim it was a stunt,
    insisting ...` is no name the parser left out of a cue's phrase."""
    doc = source.doc
    first = doc.char_span(start, source.idx, alignment_mode="expand")
    return first is not None and any(t.pos_ in ("VERB", "AUX") for t in first)


def _reports_own(text: str, m: Marked, verb: Token) -> bool:
    """`"... a slower railway." The ministry has unveiled plans to scrap ...`: a verb with an object
    of its own, in the sentence after a finished quotation, reports that object, not the quotation."""
    finished = m.closed and text[m.start : m.end].rstrip(" '\"’”")[-1:] in (".", "!", "?")
    return finished and any(c.dep_ in OWN_OBJECT and c.i > verb.i for c in verb.children)


def _fallback(st: Statement) -> Draft | None:
    """A cue with no quotation next to it reports what it governs ("noted the rule")."""
    return Draft(*st.fallback, "indirect", st.cue, st.source) if st.fallback else None


def _name_colon(ctx: Context, m: Marked) -> Draft | None:
    """`Kerry: "..."`, `Jane Doe ― “...”`: a short name and a colon or dash opening the line introduce
    the quotation."""
    line_start = ctx.text.rfind("\n", 0, m.open) + 1
    lead = ctx.text[line_start : m.open].rstrip()
    if not lead.endswith(INTRODUCERS):
        return None
    mark = line_start + len(lead) - 1
    if _dateline_lead(ctx, line_start, mark):
        return None
    for part in LEAD_BREAK.finditer(ctx.text, line_start, mark):  # `HEADLINE - Jane Doe: “...”`
        line_start = part.end()
    if bullet := BULLET.match(ctx.text, line_start, mark):  # `- Harbour Town coach Dana Kerr: "..."`
        line_start = bullet.end()
    words = len(ctx.text[line_start:mark].split())
    span = ctx.doc.char_span(line_start, mark, alignment_mode="contract")
    if span is None or not len(span) or not (span[-1].pos_ == "PROPN" or _is_person(ctx, span[-1])):
        return None
    if words > NAME_COLON_MAX_WORDS and not (words <= TITLED_NAME_MAX_WORDS and _is_person(ctx, span[-1])):
        return None
    return Draft(m.start, m.end, "direct", (mark, mark + 1), span[-1])


def _dateline_lead(ctx: Context, line_start: int, mark: int) -> bool:
    """`TORONTO — “...”`, `OTTAWA (CP) — “...”`: the dash ends a wire dateline opening the paragraph
    (the article's own, or one after a headline), which names where the story was filed, no speaker. A
    colon is left to the name (`PENCE: “...”` in a transcript)."""
    if any(d.start <= mark < d.end for d in ctx.analysis.anatomy.datelines):
        return True
    if ctx.text[mark] == ":":
        return False
    found = anatomy_patterns().dateline_at(ctx.text, line_start)
    return found is not None and line_start + found.end() > mark


def _dash_name(ctx: Context, m: Marked) -> Draft | None:
    """`“...” ― Jane Doe`: a dash and a name right after a closed quotation, or opening the short line
    after it, sign it (readers' comments, epigraphs, fact checks)."""
    dash = (DASH_NAME.match(ctx.text, m.close) or DASH_LINE.match(ctx.text, m.close)) if m.closed else None
    if dash is None or ctx.is_excluded(*dash.span()):
        return None
    end = min(len(ctx.text), dash.end() + NEARBY_CHARS)
    span = ctx.doc.char_span(dash.end(), end, alignment_mode="contract")
    name = None
    for token in span or []:
        if token.pos_ != "PROPN":
            break
        name = token
    if name is None:
        return None
    return Draft(m.start, m.end, "direct", dash.span("dash"), name)


def _opens_line(quotation: Draft, line: Draft) -> bool:
    """The quotation starts with the speaker's name of the transcript line (`"PENCE: Well, ...`)."""
    return line.cue is not None and line.cue[0] - NAME_COLON_MAX_CHARS < quotation.start <= line.cue[0]


def _transcript_lines(ctx: Context) -> list[Draft]:
    """`PENCE: Well, look, ...`: a line opened by a person's name and a colon is that person speaking
    (interview transcripts). The name must be a person of the article, so "UPDATE:" is not. Lines
    inside a quotation are left to it (the caller drops them)."""
    drafts = []
    for found in TRANSCRIPT_LINE.finditer(ctx.text):
        start, end = found.span("content")
        if ctx.is_excluded(start, end):
            continue
        if ctx.text[start] in '"“':  # `Doe: “...”` is a quotation the name introduces (_name_colon)
            continue
        if any(d.start <= found.start("name") < d.end for d in ctx.analysis.anatomy.datelines):
            continue  # "kanpur: the rss has stated ...": a dateline, no speaker
        name = ctx.doc.char_span(*found.span("name"), alignment_mode="contract")
        if name is not None and len(name) and _is_person(ctx, name[-1]):
            colon = found.end("name")
            drafts.append(Draft(start, end, "direct", (colon, colon + 1), name[-1]))
    return drafts


def _is_person(ctx: Context, token: Token) -> bool:
    entity = ctx.analysis.entity(ctx.entity_at(token.idx, token.idx + len(token)))
    if entity is not None:
        return entity.type == "PERSON"
    return token.ent_type_ == "PERSON"


def _any_verb_cue(ctx: Context, m: Marked) -> Draft | None:
    """A quotation right next to a verb outside the lexicon and its subject: `“...,” he beamed`,
    `Trump boomed: “...”`. Next to a quotation any verb of this shape reports it."""
    text, doc = ctx.text, ctx.doc
    gap = BEFORE_CUE.match(text, m.close).end()
    after = doc.char_span(gap, min(len(text), m.close + NEARBY_CHARS), alignment_mode="contract")
    if after is not None and gap == after.start_char and not text.startswith("\n", gap):
        for token in after:
            if token.pos_ == "VERB" and text.startswith(":", token.idx + len(token)):
                break  # `“...” Doe said: “...”` introduces the quotation after it
            near = token.pos_ == "VERB" and token.i - after.start <= NEARBY_TOKENS
            if near and _reports_own(text, m, token):
                break  # `“...” He rejected the claim it was ...`: later verbs are in what it reports
            if near:
                source = subject(token) or name_after(token)
                if source is not None and source.idx >= m.close:
                    return Draft(m.start, m.end, "direct", (token.idx, token.idx + len(token)), source)
            if token.is_punct and token.text != "'s":
                break
    wider = doc.char_span(gap, min(len(text), m.close + 2 * NEARBY_CHARS), alignment_mode="contract")
    same_line = wider is not None and gap == wider.start_char and not text.startswith("\n", gap)
    verb = _verb_past_apposition(wider) if same_line else None
    if verb is not None and _reports_own(text, m, verb):
        verb = None  # `"... region." Pellam, meanwhile, says it will ...`
    source = name_before(verb) if verb is not None else None
    if source is not None:
        return Draft(m.start, m.end, "direct", (verb.idx, verb.idx + len(verb)), source)
    before = doc.char_span(max(0, m.open - NEARBY_CHARS), m.open, alignment_mode="contract")
    if before is not None and len(before) > 1 and before[-1].text in (":", ","):  # `Doe shot back, “...”`
        verb = next((t for t in reversed(before[:-1]) if t.pos_ == "VERB"), None)
        source = subject(verb) if verb is not None else None
        intro = AFTER_COLON if before[-1].text == ":" else AFTER_COMMA
        if source is not None and intro.fullmatch(text, verb.idx + len(verb), m.open):
            return Draft(m.start, m.end, "direct", (verb.idx, verb.idx + len(verb)), source)
    verb = _verb_before(before)
    source = subject(verb) if verb is not None else None
    if verb is not None and source is not None and source.i < verb.i:
        return Draft(m.start, m.end, "direct", (verb.idx, verb.idx + len(verb)), source)
    return None


def _sentence_cue(ctx: Context, m: Marked) -> Draft | None:
    """`Doe said the pairing came about because they're “...”`: a quotation inside a sentence whose main
    verb is a cue of saying, its subject before the quotation, is that speaker's words even when the parse
    missed the clause that holds it."""
    at = ctx.doc.char_span(m.open, m.close, alignment_mode="expand")
    if at is None or not len(at):
        return None
    root = at[0].sent.root
    if root.idx >= m.open or root.sent.start_char >= m.open or lexicon().get(root.lemma_.lower()) != "speech":
        return None
    source = subject(root)
    if source is None or source.idx >= m.open or ctx.text.count("\n", source.idx, m.open):
        return None
    return Draft(m.start, m.end, "direct", (root.idx, root.idx + len(root)), source)


def _verb_before(before: SpacySpan | None) -> Token | None:
    """`Doe welcomed “...”`, `Doe called Roe “...”`: the verb right before a quotation, or before its
    one-word object, has the quotation for its object; a copula ("they're “...”") reports nothing."""
    if before is None or not len(before):
        return None
    last = before[-1]
    if (
        last.pos_ in ("PROPN", "PRON", "NOUN")
        and last.head.i == last.i - 1
        and last.dep_ in ("dobj", "dative")
    ):
        last = last.head
    copula = last.lemma_ == "be" or last.lower_ in COPULA_FORMS
    return last if last.pos_ == "VERB" and last.tag_ != "VBN" and not copula else None


def _verb_past_apposition(after: SpacySpan | None) -> Token | None:
    """`“...,” Jane Doe, the agency's chief, mentioned`: the verb right after a name and its apposition
    (the parser tends to hang such a verb from the name)."""
    if after is None:
        return None
    doc, i = after.doc, after.start
    while i < after.end and doc[i].pos_ == "PROPN":
        i += 1
    if i == after.start or i >= after.end or doc[i].text != ",":
        return None
    close = next((k for k in range(i + 2, min(after.end, i + APPOSITION_MAX)) if doc[k].text == ","), None)
    if close is None or close + 1 >= after.end or doc[close + 1].pos_ != "VERB":
        return None
    return doc[close + 1]


def _statement_like(m: Marked, text: str) -> bool:
    """A quotation that reads as a statement on its own (an unclosed one never does)."""
    if not m.closed:
        return False
    words = m.words(text)
    return words >= FLOATING_MIN_WORDS or (words >= SENTENCE_MIN_WORDS and text[m.end - 1] in ".!?")


def _pull_quote(m: Marked, marked: list[Marked], text: str) -> bool:
    """A quotation standing as a paragraph of its own whose words are a whole sentence of a body paragraph,
    outside quotation marks, is a pull quote: the article's own text set off for display, no one's
    statement. A subheading that repeats a quotation is no body paragraph, and words the body reports
    ("Roe said Canada will ...", "the message that ...") or runs on ("... and promised tariffs") are the
    speaker's: the quotation stays."""
    if not _of_its_own(text, m.open, m.close, LINE_STOP) or m.words(text) < FLOATING_MIN_WORDS:
        return False
    words = text[m.start : m.end].strip(" .,")
    for found in re.finditer(re.escape(words), text, flags=re.IGNORECASE):
        quoted = any(q.open <= found.start() < q.close for q in marked)
        own = _of_its_own(text, found.start(), found.end())
        if not quoted and own and not _of_its_own(text, found.start(), found.end(), LINE_STOP):
            return True
    return False


def _of_its_own(text: str, start: int, end: int, stops: str = SENTENCE_STOPS) -> bool:
    """Nothing but punctuation and space shares the sentence (or, with stops "\\n", the line) with
    text[start:end]."""
    before = max(text.rfind(c, 0, start) for c in stops)
    after = [i for i in (text.find(c, end) for c in stops) if i >= 0]
    rest = text[before + 1 : start] + text[end : min(after, default=len(text))]
    return not any(c.isalnum() for c in rest)


def _phrase_of_sentence(ctx: Context, m: Marked) -> bool:
    """`host of “The Late Show with Jo Roe.”`, `between ''...'' and ''This has everything to do with it.''`: a
    short quotation (a sentence only by the period set inside its marks) right after a preposition, a
    conjunction or a determiner of the same sentence is a phrase of the writer's sentence (a title, a name,
    a mention), no one's statement of its own; longer ones are partial quotes ("as “one of the best ...”")."""
    if m.words(ctx.text) >= FLOATING_MIN_WORDS:
        return False
    before = ctx.doc.char_span(max(0, m.open - NEARBY_CHARS), m.open, alignment_mode="contract")
    last = next((t for t in reversed(before or []) if not t.is_space), None)
    if last is None or ctx.text.count("\n", last.idx, m.open):
        return False
    return last.pos_ in ("ADP", "CCONJ", "DET") and last.sent.end_char > m.open


def _floating(m: Marked) -> Draft:
    return Draft(m.start, m.end, "direct", None, None, floating=True)


def _unique(drafts: list[Draft]) -> list[Draft]:
    seen: dict[tuple[int, int], Draft] = {}
    for d in sorted(drafts, key=lambda d: (d.start, d.floating)):
        seen.setdefault((d.start, d.end), d)
    return list(seen.values())


def _resolve(ctx: Context, resolver: Resolver, drafts: list[Draft]) -> list[Quote]:
    """Speakers in text order: a floating quotation continues the speaker of the statement just before
    it (same or previous paragraph), else the person the paragraph before it is about."""
    paras = paragraphs(ctx.text)
    para_starts = [s for s, _ in paras]
    quotes: list[Quote] = []
    previous: Speaker | None = None
    previous_para = previous_end = -2
    spoken: list[tuple[int, int, Speaker]] = []  # statements of named speakers so far
    for d in drafts:
        para = bisect_right(para_starts, d.start) - 1
        same_para = para == previous_para
        speaker: Speaker | None = None
        if d.source is not None and d.start <= d.source.idx < d.end and d.kind == "direct":
            d.source, d.floating = None, True  # a misparse: no one speaks from inside their own words
        if d.floating:
            if previous is not None and para - previous_para <= 1:
                # tied to the mention that introduced the speaker, unless the narrative since turned to
                # someone else ("“...,” Doe said. Roe disagrees. ¶ “...”")
                speaker = _narrative_subject(ctx, previous_end, d.start)
                if speaker is None or speaker.entity == previous.entity:
                    speaker = previous.model_copy()
            elif para > 0:
                speaker = _paragraph_subject(ctx, *paras[para - 1])
        elif previous is not None and same_para and _lost_opening(ctx.text, d, paras[para]):
            speaker = previous.model_copy()
        elif d.source is not None:
            speaker = resolver.resolve(d.source)
            speaker = _cited_by(spoken, d, speaker) or speaker
        if speaker is not None and speaker.entity and not d.container:
            spoken.append((d.start, d.end, speaker))
        cue = Span(start=d.cue[0], end=d.cue[1], text=ctx.text[d.cue[0] : d.cue[1]]) if d.cue else None
        quotes.append(
            Quote(
                id="",
                kind=d.kind,
                start=d.start,
                end=d.end,
                text=ctx.text[d.start : d.end],
                speaker=speaker,
                cue=cue,
            )  # fmt: skip
        )
        aside = previous is not None and para == previous_para and _subordinate_view(ctx, d)
        if previous is not None and d.container and speaker is not None and not speaker.entity:
            # "... residents shouldn't put their sandbags away yet. ¶ “...”": an unnamed group's view is an
            # aside between the quotations of the speaker before it, who goes on
            aside, previous_para = True, bisect_right(para_starts, d.end) - 1
        if speaker is not None and speaker.name and not aside:
            previous, previous_para, previous_end = speaker, bisect_right(para_starts, d.end) - 1, d.end
    return quotes


def _cited_by(spoken: list[tuple[int, int, Speaker]], d: Draft, speaker: Speaker | None) -> Speaker | None:
    """ "Rita Osei said its survey showed ...": a document left without an author inside a named
    speaker's statement is their evidence; the statement is theirs (as GGT names it)."""
    if speaker is None or speaker.entity or d.source is None or d.cue is None or not is_document(d.source):
        return None
    outer = [sp for start, end, sp in spoken if start <= d.cue[0] < end]
    if not outer:
        return None
    return Speaker(entity=outer[-1].entity, name=outer[-1].name, start=speaker.start, end=speaker.end)


def _lost_opening(text: str, d: Draft, para: tuple[int, int]) -> bool:
    """`"...," Reyes said. It wasn't about revenge. I'm glad the title is mine."`: an "I" or "we" speaking
    outside quotation marks in the paragraph of the speaker quoted last, before a closing mark that ends
    the paragraph and has no opening one, is inside a quotation whose opening mark was lost: that
    speaker's words."""
    if d.source is None or d.source.lower_ not in FIRST_PERSON:
        return False
    rest = text[d.source.idx : para[1]]
    return rest.endswith(CLOSING_MARKS) and not any(mark in rest for mark in OPENING_MARKS)


def _subordinate_view(ctx: Context, d: Draft) -> bool:
    """A paraphrase cued by an infinitive or a gerund ("using a term Roe has used to describe Doe") is an
    aside inside the paragraph of someone's quotation: the quotation that follows continues that speaker."""
    if d.kind != "indirect" or d.cue is None:
        return False
    cue = ctx.doc.char_span(*d.cue, alignment_mode="expand")
    if cue is None:
        return False
    verb = cue[0]
    return verb.tag_ == "VBG" or verb.tag_ == "VB" and any(c.lower_ == "to" for c in verb.children)


def _narrative_subject(ctx: Context, start: int, end: int) -> Speaker | None:
    """The one person who is the main-clause subject of the narrative between two quotes (outside
    quotation marks); None when there is none, or another subject too. The sentence that attributed the
    previous quote is no narrative ("“...,” said Doe. Roe agreed. “...”")."""
    at = ctx.doc.char_span(start, start + 1, alignment_mode="expand") if start < end else None
    if at is not None and len(at):
        start = max(start, min(end, at[0].sent.end_char))
    span = ctx.doc.char_span(start, end, alignment_mode="contract")
    quoted = quoted_spans(ctx.text)
    subjects = [t for t in span or [] if t.head.dep_ == "ROOT" and not inside(quoted, t.idx)]
    return _sole_person(ctx, subjects)


def _paragraph_subject(ctx: Context, start: int, end: int) -> Speaker | None:
    """The one person who is a subject in a narrative paragraph ("Chapman admits there were fatalities.
    ¶ “I can't say ...”"): news lets a quotation paragraph follow the person it introduces. None when
    the paragraph is excluded or has another subject (a second person, an unnamed one, a pronoun we
    could not link, a thing)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or ctx.is_excluded(start, end):
        return None
    return _sole_person(ctx, [t for t in span if not t.is_quote])


def _sole_person(ctx: Context, tokens: list[Token]) -> Speaker | None:
    """The speaker when the subjects among the tokens are all one person's mentions (not "Doe and Roe")."""
    found: dict[str, Speaker] = {}
    for token in tokens:
        if token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        entity = ctx.analysis.entity(ctx.entity_at(token.idx, token.idx + len(token.text)))
        if entity is None or entity.type != "PERSON" or any(c.dep_ == "conj" for c in token.children):
            return None
        found.setdefault(
            entity.id,
            Speaker(entity=entity.id, name=entity.name, start=token.idx, end=token.idx + len(token.text)),
        )
    return next(iter(found.values())) if len(found) == 1 else None


def _posts(ctx: Context, resolver: Resolver, classes: frozenset[str]) -> list[Quote]:
    """Each embedded post is a direct quote of its author (channel "tweet" for Twitter/X posts), up to a
    sentence in which the post relays someone else's statement ("... but the paramedics union says
    ambulances are too often late"): that statement is theirs (as GGT annotates a reporter's post)."""
    quotes = []
    for post in ctx.analysis.anatomy.social_embeds:
        if post.text_end <= post.text_start:
            continue
        speaker = None
        if post.author:
            at = ctx.text.find(post.author, post.text_end, post.end)
            span = (at, at + len(post.author)) if at >= 0 else (None, None)
            speaker = resolver.by_name(post.author, *span)
        channel = "tweet" if post.platform == "twitter" else None
        relayed = _relayed_in_post(ctx, post.text_start, post.text_end, classes)
        end = min((first for first, _, _ in relayed), default=post.text_end)
        end = len(ctx.text[:end].rstrip())
        if end > post.text_start:
            quotes.append(_post_quote(ctx, post.text_start, end, speaker, channel))
        for _, (start, stop), source in relayed:
            quotes.append(_post_quote(ctx, start, stop, resolver.resolve(source), channel, "indirect"))
    return quotes


def _post_quote(
    ctx: Context, start: int, end: int, speaker: Speaker | None, channel: str | None, kind: str = "direct"
) -> Quote:
    text = ctx.text[start:end]
    return Quote(id="", kind=kind, start=start, end=end, text=text, speaker=speaker, channel=channel)


def _relayed_in_post(
    ctx: Context, start: int, end: int, classes: frozenset[str]
) -> list[tuple[int, tuple[int, int], Token]]:
    """(sentence start, content span, speaker head) of statements a post relays from someone it names
    ("the union says ..."; not "I", "we" or a pronoun: the author's own words)."""
    quoted = quoted_spans(ctx.text)
    found = []
    for sent in ctx.doc.sents:
        if sent.end_char <= start or sent.start_char >= end:
            continue
        for st in statements(sent, classes, lambda pos: inside(quoted, pos)):
            source, content = st.source, st.content
            if not st.speech or source is None or content is None or source.pos_ not in ("PROPN", "NOUN"):
                continue
            if start <= content[0] and content[1] <= end and source.idx >= start:
                found.append((max(start, sent.start_char), content, source))
    return found


def _mark_claims(ctx: Context) -> None:
    """Amounts inside a quote with a known speaker entity are that speaker's claims, except in a
    temporal clause of a reported statement, which the speaker presupposes ("said the mayor had lost
    the city after thousands of people marched": the reporter's account)."""
    quotes = [q for q in ctx.analysis.quotes if q.speaker and q.speaker.entity]
    for amount in ctx.analysis.amounts:
        quote = next((q for q in quotes if q.start <= amount.start and amount.end <= q.end), None)
        if quote is None or amount.claimed_by is not None:
            continue
        if not _presupposed(ctx, quote, amount.start, amount.end):
            amount.claimed_by = quote.speaker.entity


def _presupposed(ctx: Context, quote: Quote, start: int, end: int) -> bool:
    """The words lie in a temporal clause ("after ...", "since ...") inside a reported statement."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if quote.kind == "direct" or span is None or not len(span):
        return False
    marks = presupposing_marks()
    for tok in (span.root, *span.root.ancestors):
        if tok.idx < quote.start:
            return False
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children):
            return True
    return False
