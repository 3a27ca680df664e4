"""Attribution cues in a parsed sentence: the cue, its source (speaker) and the reported content.

Written by hand on spaCy's dependency parse: no maintained library extracts indirect and mixed
attributions (textacy only finds direct quotations, and not their paraphrases).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from spacy.tokens import Span, Token

from newsgraph.entities.lexicon import is_head

# Cue classes (see data/quote_cues.tsv). All are used by default: reported beliefs, stances and
# evidence are attributions too (PolNeAR annotates them); a caller may narrow to statements proper.
DEFAULT_CLASSES = frozenset(
    {"speech", "evaluative", "naming", "topic", "stance", "belief", "evidence", "source_pp", "nominal"}
)
# dependency labels of the complements that make up the content of a cue without a clause, per class
_OBJECT = {"dobj", "dative", "prep", "oprd", "xcomp", "acomp", "attr"}
OBJECT_DEPS = {
    "speech": {"dobj", "dative", "xcomp", "prep"},
    "evaluative": _OBJECT,
    "naming": _OBJECT,
    "stance": _OBJECT,
    "topic": _OBJECT,
    "belief": {"dobj", "xcomp"},
    "evidence": set(),  # "polls show that ...", not "found housing"
}
# ... and of any cue without clause or quotation, where the lexicon does not mark it `bare`; prepositional
# objects are left out ("spoke about everything she had endured" is a topic, not a statement)
FALLBACK_DEPS = {"dobj", "dative", "oprd"}
EVIDENCE_OBJECT_DEPS = {"dobj", "oprd"}  # ... unless evidence shows it: "the poll found Clinton leading"
# labels climbed from a cue to find its subject ("was quoted as saying", "..., adding that")
CLIMB_DEPS = {"conj", "xcomp", "advcl", "pcomp", "prep", "dobj", "pobj"}
SPEECH_CLASSES = {"speech", "evaluative", "naming"}
PERCEPTION = {"see"}  # cues that also report what happened to someone ("saw sales fall")
TOPIC_PREPOSITIONS = {"about", "on", "of", "against", "to"}
SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj"}
NOMINAL_PREPOSITIONS = {"about", "on", "of", "against", "for", "to"}
AS_DEGREE = {"long", "soon", "far", "well", "much", "just", "same"}  # "as long as": no parenthetical "as"
IMPERSONAL = {"it", "this", "that", "these", "those", "there", "what", "which", "one"}
QUOTED = {"quote"}  # passive cues whose subject speaks: "he was quoted as saying"
READER = {"you", "'s", "’s"}
QUESTION_WORDS = {"whether", "if", "who", "whom", "whose", "what", "which", "when", "where", "why", "how"}
ADDRESSEE_MAX = 4  # tokens of an addressee object ("the Senate Armed Services Committee")
QUESTION_OPENERS = {"when", "if", "once"}
ASKING = {"ask", "question"}  # "When asked ...": the reporter's question, put to the speaker
AGENT_ENTITIES = {"PERSON", "ORG", "NORP", "GPE"}
NAME_WINDOW = 12  # tokens between a quotation and its cue that may name the speaker
APPOSITION_MAX = 10  # tokens of an apposition between commas ("Jane Doe, the party's leader, said")
INSERT_MARKS = {",", "-", "—", "–", "--"}  # marks around an apposition or an aside


@dataclass
class Statement:
    cue: tuple[int, int]
    source: Token | None  # head token of the speaker phrase
    content: tuple[int, int] | None  # None: the cue needs an adjacent quotation
    speech: bool = True  # a verb of saying: takes a quotation on either side, others only after a colon
    fallback: tuple[int, int] | None = None  # content when no quotation is adjacent: the cue's objects
    relay: bool = False  # "according to X": X passes on the content, attributions inside it stay


@lru_cache(maxsize=1)
def evidence() -> dict[str, str]:
    """Evidence noun lemma -> kind (poll|finding|share), from newsgraph/data/quote_evidence.tsv."""
    rows = files("newsgraph.data").joinpath("quote_evidence.tsv").read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t") for line in rows if line.strip() and not line.startswith("#"))


def _is_evidence(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in evidence()


@lru_cache(maxsize=1)
def _cue_rows() -> list[list[str]]:
    text = files("newsgraph.data").joinpath("quote_cues.tsv").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def word_file(name: str) -> frozenset[str]:
    """The words of a list in newsgraph/data, one a line (blank lines and "#" comments skipped)."""
    text = files("newsgraph.data").joinpath(name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def nominal_cues() -> frozenset[str]:
    """Nouns reporting their possessor's statement or view (newsgraph/data/quote_nominal_cues.txt)."""
    return word_file("quote_nominal_cues.txt")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, str]:
    """Cue lemma or phrase -> class, from newsgraph/data/quote_cues.tsv."""
    return {row[0]: row[1] for row in _cue_rows()}


@lru_cache(maxsize=1)
def _phrase_openers() -> frozenset[str]:
    """First words of the cue phrases ("according to") and "in" (a poll's findings)."""
    return frozenset({"in", *(k.split()[0] for k in lexicon() if " " in k)})


@lru_cache(maxsize=1)
def bare_cues() -> frozenset[str]:
    """Cues whose bare object is no statement (marked `bare` or `clause` in newsgraph/data/quote_cues.tsv)."""
    return frozenset(row[0] for row in _cue_rows() if row[2:] in (["bare"], ["clause"]))


@lru_cache(maxsize=1)
def addressing_cues() -> frozenset[str]:
    """Cues whose bare object naming someone is the addressee (marked `addressee`): "told Fox News"."""
    return frozenset(row[0] for row in _cue_rows() if row[2:] == ["addressee"])


@lru_cache(maxsize=1)
def clause_cues() -> frozenset[str]:
    """Cues reporting something only through a clause or an infinitive (marked `clause`): "favored Clinton",
    "prefers a single-payer system", "know people" name a stance or a state, not a statement."""
    return frozenset(row[0] for row in _cue_rows() if row[2:] == ["clause"])


def _span_chars(first: Token, last: Token) -> tuple[int, int]:
    return first.idx, last.idx + len(last.text)


def _trimmed(tokens: list[Token]) -> tuple[int, int] | None:
    """Char span of tokens without leading/trailing punctuation (quotation marks and closing brackets
    are kept)."""
    while tokens and tokens[0].is_punct and not tokens[0].is_quote:
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and not (tokens[-1].is_quote or tokens[-1].is_right_punct):
        tokens = tokens[:-1]
    if not tokens:
        return None
    last = tokens[-1]
    opened = sum(t.text == "(" for t in tokens) - sum(t.text == ")" for t in tokens)
    if opened > 0 and last.i + 1 < len(last.doc) and last.nbor().text == ")":
        last = last.nbor()  # the closing bracket hangs from a token outside the phrase
    return _span_chars(tokens[0], last)


def _subtree_tokens(token: Token) -> list[Token]:
    return list(token.doc[token.left_edge.i : token.right_edge.i + 1])


def _hyphen_tail(found: Token, subjects: list[Token]) -> Token:
    """ "Acme's co-founder said", parsed as three subjects "co", "-", "founder": the word after the hyphen."""
    doc = found.doc
    while found.i + 2 < len(doc) and hyphen_joined(found) and doc[found.i + 2] in subjects:
        found = doc[found.i + 2]
    return found


def hyphen_joined(tok: Token) -> bool:
    """A hyphen with no space on either side follows the word: "co-founder" is "co", "-", "founder"."""
    doc = tok.doc
    return (
        tok.i + 1 < len(doc)
        and doc[tok.i + 1].text == "-"
        and not tok.whitespace_
        and not doc[tok.i + 1].whitespace_
    )


def _one_name_split(first: Token, second: Token) -> bool:
    """Two proper-noun subjects the parser cut out of one run of proper nouns: a place, a title and a
    name ("Ontario Labour Minister Greg Tamblyn"), every word between them a compound of the second."""
    between = first.doc[first.i + 1 : second.i]
    return (
        first.pos_ == second.pos_ == "PROPN"
        and first.i < second.i
        and len(between) > 0
        and all(t.pos_ == "PROPN" and t.dep_ == "compound" for t in between)
    )


def subject(verb: Token) -> Token | None:
    """Head of the speaker phrase of a cue verb: its subject (possibly a relative pronoun), the agent of
    a passive, or the subject of the verb it hangs from (conj, "quoted as saying", "adding")."""
    if (name := _inverted_name(verb)) is not None:
        return name
    token = verb
    for _ in range(5):
        quoted = [c for c in token.children if c.dep_ == "nsubjpass" and token.lemma_ in QUOTED]
        if quoted:  # "Doe was quoted by Reuters as saying": the one quoted speaks, not the outlet
            return quoted[0]
        if (object_ := object_for(token)) is not None:
            return object_  # "mocked Trump for calling himself ...": Trump did the calling
        if token != verb and (relayed := _relayed_speaker(token)) is not None:
            return relayed  # "Doe was cited by Reuters as saying", "Doe was overheard telling aides"
        if token != verb and (quoted_one := _quoted_as_saying(token)) is not None:
            return quoted_one  # "The Times quoted one of Doe's aides as saying ...": the aide, not the Times
        for child in token.children:
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if token == verb and verb.lemma_ not in QUOTED and _passive(verb, subjects):
            return None  # the subject of a passive cue is not its source ("he is expected to")
        if subjects:
            # two subjects: `Full panic mode,” said Leslie Wimes` (the parser takes the quotation's tail
            # for one); the inverted one after the verb is the speaker
            found = subjects[-1] if len(subjects) > 1 and subjects[-1].i > token.i else subjects[0]
            # `The new head of the Dental Board, Petra Lindqvist QC warned`: the name apposed to a
            # description the parser took for a second subject
            if (
                len(subjects) > 1
                and found.pos_ == "NOUN"
                and subjects[1].pos_ == "PROPN"
                and _after_comma(subjects[1])
            ):
                found = subjects[1]
            elif len(subjects) > 1 and _one_name_split(subjects[0], subjects[1]):
                found = subjects[1]  # "Ontario Labour Minister Greg Tamblyn said" read as two subjects
            found = _hyphen_tail(found, subjects)
            return _past_fronted_phrase(found)
        if token == verb and (name := _misread_name(verb)) is not None:
            return name
        if token.dep_ == "acl" and token.tag_ == "VBG":
            # "the super PAC supporting Rubio", "a statement saying ...", but not "She was recorded by a
            # bystander saying": the parser's reading, hanging "saying" from the agent
            return _recorded_person(token) or token.head
        if token.dep_ not in CLIMB_DEPS or token.head == token:
            return None
        token = _reporting_clause(token)
    return None


def _passive(verb: Token, subjects: list[Token]) -> bool:
    """A passive cue, whose subject (or the noun or verb it hangs from) is what is reported or named, not
    who reports it: "he is expected to", "... and is thought to be", "an event called “...”", "Doe, named
    chief executive"."""
    if any(c.dep_ == "nsubjpass" for c in subjects):
        return True
    if not subjects and any(c.dep_ == "auxpass" for c in verb.children):
        return True  # not "who's called for ...", whose "'s" the parse read as passive
    reduced = verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl") and not subjects
    return reduced and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _inverted_name(verb: Token) -> Token | None:
    """ "Any deal, said Chief Jo Li of the Cree Nation, must respect ...": a cue set between commas inside
    the clause it reports, whose inverted name the parser took for the subject of the rest of the clause
    (and the clause's fronted subject for the cue's)."""
    doc = verb.doc
    fronted = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if verb.i < 2 or verb.nbor(-1).text != "," or fronted is None or not _mute(fronted, verb):
        return None
    for comp in (c for c in verb.rights if c.dep_ == "ccomp"):
        for name in comp.children:
            last = name.right_edge  # the closing comma, or the word before it
            inverted = name.dep_ == "nsubj" and name.pos_ == "PROPN" and name.left_edge.i == verb.i + 1
            if inverted and last.i + 1 < comp.i and "," in (last.text, doc[last.i + 1].text):
                return name
    return None


def _mute(fronted: Token, verb: Token) -> bool:
    """A fronted subject that cannot be the speaker and ends right at the comma before the cue ("Any
    deal, said ..."), not "The mayor, who resigned on Friday, said Jo Li ..." nor a name or pronoun."""
    return (
        fronted.right_edge.i == verb.i - 2
        and fronted.pos_ == "NOUN"
        and not fronted.ent_type_
        and not any(c.dep_ in ("relcl", "acl", "advcl", "appos") for c in fronted.children)
        and not _agent_like(fronted)
    )


def _misread_name(verb: Token) -> Token | None:
    """A name right before a subjectless cue that the parser took for something else: `“...,” May said`
    (a surname that is also a modal verb, the recogniser saw a person), `Brennan says the ...` (an
    unknown surname opening the sentence, read as an adverb)."""
    before = verb.nbor(-1) if verb.i > 0 else None
    if before is None or before.head.i != verb.i or not before.is_title:
        return None
    if before.dep_ == "aux" and (before.tag_ == "MD" or before.pos_ == "AUX" and before.tag_ == "NNP"):
        # "Will described Trump as ...": no modal takes a past or 3rd-person form, so a capitalised
        # "Will"/"May" before one is the surname of a person the article names in full ("George Will")
        surname = verb.tag_ in ("VBD", "VBN", "VBZ") and _surname_in_doc(before)
        return before if before.ent_type_ == "PERSON" or surname else None
    opening = before.is_sent_start and before.dep_ in ("advmod", "npadvmod") and not before.is_stop
    return before if opening and lexicon().get(verb.lemma_.lower()) == "speech" else None


def _surname_in_doc(word: Token) -> bool:
    """The word ends a person's name elsewhere in the article: "George Will", "Theresa May"."""
    return any(
        t.text == word.text and t.i > 0 and t.nbor(-1).ent_type_ == "PERSON" and t.nbor(-1).is_title
        for t in word.doc
        if t.i != word.i
    )


def _reporting_clause(token: Token) -> Token:
    """The verb a dependent cue hangs from; a participle the parser hung from a reported clause ("He denied
    the plan was cynical, insisting ...", "He denied activists had forced it, telling the BBC ...") belongs
    to the verb reporting that clause, whose speaker is the participle's."""
    head = token.head
    if token.tag_ == "VBG" and token.dep_ == "advcl" and head.dep_ == "ccomp" and head.head != head:
        return head.head
    return head


def _after_comma(name: Token) -> bool:
    """The name's phrase follows a comma: `..., Petra Lindqvist QC`."""
    first = name.left_edge
    return first.i > 0 and first.nbor(-1).text == ","


def _cue_span(verb: Token) -> tuple[int, int]:
    """The cue verb with its particle ("pointed out") and, before a clause, its addressee ("told the
    crowd")."""
    comp = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    extra = [c for c in verb.rights if c.dep_ == "prt"]
    if comp is not None:
        extra += [c for c in verb.rights if c.dep_ in ("dobj", "dative") and c.i < comp.left_edge.i]
    last = max((c.right_edge for c in extra), key=lambda t: t.i, default=verb)
    return _span_chars(verb, last)


def _clausal_content(verb: Token) -> tuple[int, int] | None:
    """The clause the cue reports; of two, the one after it (`When told of X they had not, he said, “...”`:
    the parser takes the fronted clause for a second complement)."""
    comp = max((c for c in verb.children if c.dep_ == "ccomp"), key=lambda c: c.i > verb.i, default=None)
    return _trimmed(_subtree_tokens(comp)) if comp is not None else None


def _object_content(verb: Token, cls: str, source: Token | None) -> tuple[int, int] | None:
    """Right-hand complements of a cue that takes no clause ("condemned the re-election of ...",
    "urged him to resign", "backing Bush", "a new poll shows Clinton ahead")."""
    if cls == "topic" and verb.tag_ == "VBG" and verb.dep_ == "advcl":
        return None  # "Speaking to reporters, he said ...": the participle frames the main statement
    deps = EVIDENCE_OBJECT_DEPS if cls == "evidence" and source is not None and _is_evidence(source) else None
    comps = [c for c in verb.rights if c.dep_ in (deps or OBJECT_DEPS[cls])]
    if verb.lemma_.lower() in clause_cues() and not any(
        c.dep_ == "xcomp" or _misread_clause(c) for c in comps
    ):
        return None  # "plans to march", "backed Doe to win", not "plans a march"
    if cls == "topic":  # "spoke about the economy", not "spoke for 77 minutes"
        comps = [c for c in comps if c.dep_ != "prep" or c.lower_ in TOPIC_PREPOSITIONS]
        topics = [c for c in comps if c.dep_ != "prep" or _topic_phrase(verb, c)]
        if len(topics) < len(comps):
            # "spoke to supporters on Tuesday": past whom or how, only "about" gives the topic, also where the
            # parse hangs it from the addressee ("talked to voters about health care")
            dropped = [g for c in comps if c not in topics for g in c.subtree if g.i != c.i]
            comps = sorted(
                (t for t in topics + dropped if t.dep_ == "prep" and t.lower_ == "about"), key=lambda t: t.i
            )
    if not comps or (len(comps) == 1 and comps[0].pos_ == "PRON" and comps[0].n_rights == 0):
        return None  # "wants it", "finds itself"
    deps = {c.dep_ for c in comps}
    about = [c for c in comps if c.dep_ == "prep" and c.lower_ == "about"]
    if cls == "speech" and about:
        comps = about  # "asked about the emails"
    elif cls == "speech" and not ("xcomp" in deps and deps & {"dobj", "dative"}):
        # "urged him to resign" is a statement; "announced his resignation" an act and "continued to
        # rise" no statement at all
        return None
    if cls == "naming":
        predicate = any(c.dep_ in ("oprd", "xcomp") or c.lower_ in ("as", "for", "on") for c in comps)
        quoted = any(t.is_quote for c in comps for t in c.subtree)
        if not (predicate or quoted):
            return None  # "called the police" is not a statement, "called for talks" is
    doc = verb.doc
    return _trimmed(list(doc[comps[0].left_edge.i : comps[-1].right_edge.i + 1]))


def _topic_phrase(verb: Token, prep: Token) -> bool:
    """A topic cue's prepositional phrase that may give its topic ("spoke about the economy"): not its
    addressee ("spoke to reporters", with a cue marked `addressee`) nor its manner ("spoke on the record",
    "on condition of anonymity", newsgraph/data/quote_manner_nouns.txt)."""
    if prep.lower_ == "to" and verb.lemma_.lower() in addressing_cues():
        return False
    # "spoke on his record" has a topic again
    manner = [c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in manner_nouns()]
    return not any(not any(g.dep_ == "poss" for g in c.children) for c in manner)


@lru_cache(maxsize=1)
def manner_nouns() -> frozenset[str]:
    """Nouns of phrases telling how someone spoke, not about what (newsgraph/data/quote_manner_nouns.txt)."""
    return word_file("quote_manner_nouns.txt")


def _complements(verb: Token) -> tuple[int, int] | None:
    """The objects of a cue that has neither clause nor quotation ("noted the clot's existence")."""
    if verb.lemma_.lower() in bare_cues() or any(c.dep_ == "prt" for c in verb.children):
        return None  # "called the police", "wrote off assets"
    comps = [c for c in verb.rights if c.dep_ in FALLBACK_DEPS]
    if not comps or (len(comps) == 1 and comps[0].pos_ == "PRON" and comps[0].n_rights == 0):
        return None
    if verb.lemma_.lower() in addressing_cues() and all(_addressee(c) for c in comps):
        return None  # "he told Fox News.": whom he told, not what
    return _trimmed(list(verb.doc[comps[0].left_edge.i : comps[-1].right_edge.i + 1]))


def _addressee(token: Token) -> bool:
    """A short object naming someone: a name, a pronoun or a plural noun ("Fox News", "her", "reporters"),
    not a misparsed clause ("told BBC News US policy “condemns ...”")."""
    named = token.pos_ in ("PROPN", "PRON") or token.tag_ == "NNS" or token.ent_type_ in AGENT_ENTITIES
    short = token.right_edge.i - token.left_edge.i < ADDRESSEE_MAX and not any(
        t.is_quote for t in token.subtree
    )
    return named and short


def _misread_clause(token: Token) -> bool:
    """An object the parser gave a relative clause without a relative word, whose subject is a noun of its
    own: a clause read as a noun phrase ("knows some fans will reel"), not "the candidate who won"."""
    clauses = [c for c in token.children if c.dep_ == "relcl"]
    subjects = [g for c in clauses for g in c.children if g.dep_ == "nsubj" and g.i < c.i]
    return any(g.tag_ in ("NN", "NNS", "NNP", "NNPS") for g in subjects)


def _passive_content(verb: Token) -> tuple[int, int] | None:
    """`Trump is supported by far fewer publications`: the subject of a passive cue with an agent; "Acme was
    accused by regulators of misleading investors": the charge, if the parser hung it from the agent."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if verb.lemma_ in QUOTED or not agents:
        return None  # "Doe was quoted by Reuters": Doe is the speaker, not what is reported
    if (charge := agent_charge(agents[0])) is not None:
        return _trimmed(_subtree_tokens(charge))
    target = _passive_subject(verb)
    return _trimmed(_subtree_tokens(target)) if target is not None else None


def agent_charge(agent: Token) -> Token | None:
    """ "accused by regulators of misleading investors": the gerund of an "of" phrase the parser hung from a
    passive's agent belongs to the verb (what the agent charges), not to the agent's name."""
    if agent.dep_ != "pobj" or agent.head.dep_ != "agent":
        return None
    of = [c for c in agent.children if c.dep_ == "prep" and c.lower_ == "of"]
    return next((g for c in of for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)


def _parenthetical_content(verb: Token) -> tuple[int, int] | None:
    """`This season, she says, is unlike the last`, `As Smith noted, voters ...`: the sentence around a
    parenthetical cue is its content."""
    as_clause = verb.dep_ == "advcl" and any(_parenthetical_as(c) for c in verb.children)
    if not (verb.dep_ == "parataxis" or as_clause) or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    sent, cue = verb.sent, verb.doc[verb.left_edge.i : verb.right_edge.i + 1]
    left, right = list(verb.doc[sent.start : cue.start]), list(verb.doc[cue.end : sent.end])
    return _trimmed(left if len(left) >= len(right) else right)


def _parenthetical_as(mark: Token) -> bool:
    """The "as" of "As Smith noted", not of "as long as Doe continues" or "as soon as"."""
    degree = mark.i > 0 and mark.doc[mark.i - 1].lower_ in AS_DEGREE
    return mark.dep_ == "mark" and mark.lower_ == "as" and not degree


def _according_to(token: Token) -> Statement | None:
    """`according to X`: X is the source, the rest of the sentence is the content."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    return _source_phrase(token, to, source) if source is not None else None


def _nominal(noun: Token) -> Statement | None:
    """`Trump's claim that ...`, `her refusal to concede`: the possessor states what the noun's clause or
    complement says."""
    source = next((c for c in noun.children if c.dep_ == "poss"), None)
    if source is None or not _agent_like(source) or source.lower_ in ("its", "their"):
        return None
    clauses = [c for c in noun.rights if c.dep_ in ("acl", "ccomp")]
    comps = [c for c in clauses if any(g.dep_ in SUBJECTS for g in c.children)]  # not "a claim made by"
    comps = comps or [c for c in noun.rights if c.dep_ == "prep" and c.lower_ in NOMINAL_PREPOSITIONS]
    if not comps:
        return None
    content = _trimmed(_subtree_tokens(comps[0]))
    return Statement(_span_chars(noun, noun), source, content, speech=False) if content else None


def _in_poll(token: Token) -> Statement | None:
    """`In a Star poll released Friday, 44% of parents said ...`: one poll is the source of the clause around
    it (not "she leads in the polls", a standing rather than a finding)."""
    source = next((c for c in token.children if c.dep_ == "pobj"), None)
    if source is None or source.tag_ != "NN" or evidence().get(source.lemma_.lower()) != "poll":
        return None
    if any(c.dep_ == "det" and c.lower_ == "the" for c in source.children):
        return None
    if any(c.dep_ == "auxpass" for c in token.head.children):
        return None  # "voted the best-loved teachers in a poll": an award the poll gave, not its finding
    if token.head.pos_ in ("NOUN", "PROPN") and token.head.dep_ == "nsubj" and _ranked(token.head.head):
        return None  # "his 34% support in a Star poll is a record low": the writer's reading of a figure
    return _source_phrase(token, token, source)


def _ranked(verb: Token) -> bool:
    """ "is a record low", "is the lowest of his term", "is higher than ever": a copula whose predicate ranks
    the figure (not "is now 47 to 45", a figure the poll found)."""
    if verb.lemma_ != "be":
        return False
    predicates = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
    words = [t for p in predicates for t in [*p.lefts, p] if t.dep_ != "prep"]
    ranking = ranking_words()
    return any(t.tag_ in ("JJS", "JJR", "RBS", "RBR") or t.lemma_.lower() in ranking for t in words)


@lru_cache(maxsize=1)
def ranking_words() -> frozenset[str]:
    """Words ranking a figure ("record", "low"), from newsgraph/data/quote_ranking_words.txt."""
    return word_file("quote_ranking_words.txt")


def _source_phrase(token: Token, last: Token, source: Token) -> Statement:
    """A phrase from `token` to `source`'s subtree that names the source of the rest of its sentence;
    the cue runs from `token` to `last`."""
    sent = token.sent
    # the recogniser's name may run past the parse's phrase ("Immigration, Refugees and Citizenship Canada")
    name = next((e for e in sent.ents if e.start <= source.i < e.end), None)
    phrase = (token.i, max(source.right_edge.i, name.end - 1 if name is not None else -1))
    if phrase[0] <= sent.start + 1:
        content = _trimmed(list(sent.doc[phrase[1] + 1 : sent.end]))
    elif phrase[1] >= sent.end - 2:
        content = _trimmed(list(sent.doc[sent.start : phrase[0]]))
    else:
        content = _trimmed(list(sent))
    # a poll's respondents are no speakers of their own: its findings stay the poll's
    return Statement(_span_chars(token, last), source, content, relay=not _is_evidence(source))


def _name_after_quotation(verb: Token, in_quote: Callable[[int], bool]) -> Token | None:
    """`“...,” Tulsa police Chief Jane Doe said Monday.`: the parser often misreads the name between a
    quotation and its cue (as a verb, or as an object of the quotation's own verb); the speaker is the
    first name there, else its last noun or pronoun."""
    doc = verb.doc
    if verb.i > 0 and doc[verb.i - 1].dep_ == "cc":
        return None  # `... as “terrible,” denounced her record and said ...`: a verb joined to one before
    window: list[Token] = []
    for token in reversed(doc[max(verb.sent.start, verb.i - NAME_WINDOW) : verb.i]):
        if token.is_quote or in_quote(token.idx):
            break
        window.insert(0, token)
    else:
        return None  # no quotation right before the name
    names = [t for t in window if t.pos_ == "PROPN"]
    if names:
        last = names[0]
        while last.i + 1 < verb.i and doc[last.i + 1].pos_ == "PROPN":
            last = doc[last.i + 1]
        return last
    return next((t for t in reversed(window) if t.pos_ in ("PRON", "NOUN")), None)


def name_before(verb: Token) -> Token | None:
    """`Alarmed by the unrest, Senator Jane Doe, the minority leader, said ...`: a fronted clause or an
    apposition often leaves a cue without subject in the parse; the name right before the verb, or
    before one apposition or aside between commas or dashes, is the speaker (its last word)."""
    doc, start = verb.doc, verb.sent.start
    i = verb.i - 1
    while i > start and doc[i].tag_ == "RB" and doc[i].head == verb:  # `Doe, bluntly said`
        i -= 1
    if i > start and doc[i].text in INSERT_MARKS and _apposed_name(doc[i - 1]):
        return doc[i - 1]  # `..., the campaign chief, Jane Doe, said`: the name apposed last
    if i > start and doc[i].text in INSERT_MARKS:  # `Doe, the leader, said`, `Doe - in a jab at Roe - said`
        j = i - 1
        while j > start and doc[j].text != doc[i].text and i - j <= APPOSITION_MAX:
            j -= 1
        if doc[j].text != doc[i].text or j == i - 1:
            return None
        i = j - 1
    if i < start or doc[i].pos_ != "PROPN" or doc[i].ent_type_ not in ("PERSON", "ORG", ""):
        return None
    return doc[i]


def _apposed_name(token: Token) -> bool:
    """The last word of a person's name in apposition before a comma ("the chief, Jane Doe,")."""
    return token.dep_ == "appos" and token.pos_ == "PROPN" and token.ent_type_ == "PERSON"


def name_after(verb: Token) -> Token | None:
    """`“...,” said Oversight ranking Democrat Jane Doe (D-Md.)`, `“...,” exhorted her introducer, actress
    Jane Doe`: right after a quotation the speaker follows its verb, where the parser often misreads it;
    the first name after the verb that is no possessor ("Roe's aide"), before any preposition ("a
    spokeswoman for Acme" names no speaker), within NAME_WINDOW tokens."""
    doc = verb.doc
    if verb.i == 0 or not (doc[verb.i - 1].is_quote or doc[verb.i - 1].text == ","):
        return None
    end = min(verb.sent.end, verb.i + 1 + NAME_WINDOW)
    i = verb.i + 1
    while i < end:
        token = doc[i]
        if token.pos_ == "ADP" or token.is_quote or token.text in ".;:!?":
            return None
        # the name ends its noun phrase: "Roe spokesman Jane Doe"
        if token.pos_ == "PROPN" or _mistagged_name(token):
            last = i
            while i + 1 < end and doc[i + 1].pos_ in ("PROPN", "NOUN"):
                i += 1
                last = i if doc[i].pos_ == "PROPN" else last
            if i + 1 < end and doc[i + 1].tag_ == "POS":  # a possessor: "Roe's aide"
                i += 2
                continue
            return doc[last]
        i += 1
    return None


def _mistagged_name(token: Token) -> bool:
    """`“...,” said Skelly.`: a capitalised word alone after the cue, which the parser read as an adverb
    or a common noun (an unfamiliar surname), is a name."""
    doc = token.doc
    alone = token.i + 1 == len(doc) or doc[token.i + 1].text in (",", ".")
    return alone and token.is_title and token.is_alpha and not token.is_stop and not token.ent_type_


def _past_fronted_phrase(found: Token) -> Token:
    """`At Fernhill, Jay Doe, the club's president, said`: the parser may take the object of a fronted
    preposition for the subject and the speaker's name for its apposition."""
    before = found.left_edge.i - 1
    if before < found.sent.start or found.doc[before].dep_ != "prep":
        return found
    return next((c for c in found.children if c.dep_ == "appos" and c.pos_ == "PROPN"), found)


def apposed_subject(verb: Token) -> Token | None:
    """`At Fernhill, Jay Doe, the club's president, suggested ...`, `Although ..., an official who spoke
    anonymously said ...`: after a fronted phrase the parser often hangs the subject, right before its
    verb, as an apposition of the noun before it. The apposition ending there is the speaker when it is
    a name or a person noun."""
    doc, start = verb.doc, verb.sent.start
    i = verb.i - 1 - (verb.i - 1 > start and doc[verb.i - 1].text == ",")
    if i < start:
        return None
    token = doc[i]
    for _ in range(APPOSITION_MAX):
        if token.dep_ == "appos":
            named = token.pos_ == "PROPN" and token.ent_type_ in ("PERSON", "ORG", "")
            return token if named or is_head(token.text) else None
        if token.head == token or token.head.i >= verb.i:
            return None
        token = token.head
    return None


def _agent_like(source: Token | None) -> bool:
    """A source that can hold a view: a name, a personal pronoun, a group ("voters"), or a document
    (reports, polls): not a thing ("the chart") or an expletive ("it")."""
    if source is None or source.lower_ in IMPERSONAL:
        return False
    if source.pos_ in ("PROPN", "PRON") or source.tag_ == "NNS" or source.ent_type_ in AGENT_ENTITIES:
        return True
    if _is_evidence(source):
        return True
    # "a Fox News poll", "the Clinton campaign", "Trump's spokesman"
    return any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in source.lefts)


def _quoted_as_saying(verb: Token) -> Token | None:
    """ "Reuters quoted coroner Alma Fenwick as saying", "Reuters cited Fenwick as saying": the one quoted
    speaks, not the outlet quoting."""
    lemma = verb.lemma_.lower()
    if lemma not in relaying_verbs():
        return None
    as_saying = _as_objects(verb)
    if not any(g.tag_ == "VBG" and (lemma in QUOTED or _speaking(g)) for g in as_saying):
        return None  # "the report cited a memo as pointing toward China": the memo does not speak
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _relayed_speaker(verb: Token) -> Token | None:
    """ "The leader was cited by Reuters as saying ...", "She was recorded saying ...": the subject of a
    passive verb relaying a statement (newsgraph/data/quote_relaying_verbs.txt) made it, not the agent."""
    if verb.lemma_.lower() not in relaying_verbs():
        return None
    said = [c for c in verb.children if c.dep_ == "xcomp"]
    said += _as_objects(verb)
    if not any(t.tag_ == "VBG" and _speaking(t) for t in said):
        return None
    return _passive_subject(verb)


def _as_objects(verb: Token) -> list[Token]:
    """What the verb's "as" phrases hold ("quoted Doe as saying", "cited by Reuters as saying")."""
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]


def _passive_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _recorded_person(saying: Token) -> Token | None:
    """ "She was recorded by a bystander saying ...": the person (a name or pronoun) the passive relaying
    verb reports speaking, whose "saying" the parser hung from its agent."""
    agent = saying.head
    verb = agent.head.head
    if agent.dep_ != "pobj" or agent.head.dep_ != "agent" or verb.lemma_.lower() not in relaying_verbs():
        return None
    person = _passive_subject(verb)
    personal = person is not None and (person.pos_ in ("PROPN", "PRON") or person.ent_type_ == "PERSON")
    return person if personal and _speaking(saying) and person.lower_ not in IMPERSONAL else None


def object_for(gerund: Token) -> Token | None:
    """ "mocked Trump for calling himself ...", "criticized Clinton for saying ...": the person the verb a
    "for" + gerund hangs from has as its object said what the gerund reports, not the verb's subject
    ("apologized for saying")."""
    prep = gerund.head
    if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    if not any(c.dep_ in ("ccomp", "oprd") for c in gerund.children):
        return None  # what was said: not "thanked residents for reporting the damage"
    governor = prep.head
    if governor.dep_ == "dobj" and governor.i < prep.i:
        found: Token | None = governor  # the parser hung "for" from the object
    else:
        found = next((c for c in governor.children if c.dep_ == "dobj" and c.i < prep.i), None)
    # a person, by name or pronoun: "blamed the network for reporting that ..." is the blamer's charge
    return found if found is not None and found.pos_ in ("PROPN", "PRON") else None


def _speaking(verb: Token) -> bool:
    """A verb of speaking ("saying", "telling", "calling"), not of doing ("seen leaving")."""
    return lexicon().get(verb.lemma_.lower()) in SPEECH_CLASSES


@lru_cache(maxsize=1)
def relaying_verbs() -> frozenset[str]:
    """Verbs relaying someone's statement (newsgraph/data/quote_relaying_verbs.txt)."""
    return word_file("quote_relaying_verbs.txt")


def _question_put(verb: Token) -> bool:
    """ "Asked whether ..., he said: ...": a bare participle opening the sentence is the reporter's question,
    no one's statement; the answer has its own cue."""
    if verb.tag_ not in ("VBN", "VBD"):  # the model may read the participle as past tense
        return False
    bare = not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "expl") for c in verb.children)
    first = next(t for t in verb.sent if not t.is_space)
    if verb.i == first.i:
        return bare
    # ... also after "when"/"if" ("When asked whom she backed, Doe smiled and said ...", "When she was asked
    # about the tariffs, Roe said ...": the one asked is the one who answers)
    opener = first.lower_ in QUESTION_OPENERS and first.head == verb and verb.dep_ == "advcl"
    return opener and (bare or _asked_of_someone(verb, first))


def _asked_of_someone(verb: Token, opener: Token) -> bool:
    """ "When she was asked ...": only a passive subject and its auxiliary stand between opener and verb."""
    between = verb.doc[opener.i + 1 : verb.i]
    roles = sorted(t.dep_ for t in between)
    return roles == ["auxpass", "nsubjpass"] and verb.lemma_.lower() in ASKING


def _question(verb: Token) -> set[int]:
    """The tokens of a reporter's question: its words, but not a clause about someone in it with a subject
    of its own ("asked about Trump, who said Sunday that ...": Trump's statement stays)."""
    tokens = {verb.i}
    for child in verb.children:
        clause = (
            child.dep_ == "relcl" or child.dep_ == "acl" and any(g.dep_ in SUBJECTS for g in child.children)
        )
        tokens |= set() if clause else _question(child)
    return tokens


def _unsaid(verb: Token, content: tuple[int, int]) -> bool:
    """A negated cue whose content is an open question ("has not said whether/who ...") states nothing."""
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    first = verb.doc.char_span(*content, alignment_mode="expand")
    return first is not None and len(first) > 0 and first[0].lower_ in QUESTION_WORDS


def _perceived(verb: Token) -> bool:
    """ "Corvell has seen sales climb", "a dispute which saw him thrown out": a body or a thing that "sees"
    something happen (a bare infinitive or participle clause) went through it, and reports nothing ("see
    this as a step", "I see that ..." are views, and people who saw it happen witnesses)."""
    if verb.lemma_.lower() not in PERCEPTION:
        return False
    seer = subject(verb)
    if seer is None:
        return False
    people = (
        seer.tag_ in ("NNS", "NNPS", "PRP", "WP")
        or seer.ent_type_ in ("PERSON", "NORP")
        or is_head(seer.text)
    )
    if people and seer.ent_type_ != "ORG":
        return False  # "guards saw Moreno climb over a fence", "fans who saw Ortiz sing": witnesses
    # a present-tense clause after "saw" ("saw volume sales fall") is a bare infinitive the tagger misread
    bare = ("VB", "VBN", "VBG", "VBP") if verb.tag_ in ("VBD", "VBN") else ("VB", "VBN", "VBG")
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ in bare]
    return any(not any(g.dep_ in ("mark", "aux", "auxpass") for g in c.children) for c in clauses)


def statements(sent: Span, classes: frozenset[str], in_quote: Callable[[int], bool]) -> Iterator[Statement]:
    """Every attribution cued in the sentence (cues inside quotations are the speaker's own words)."""
    table = lexicon()
    # "When asked if Acme would be seeking damages, ...": what a reporter's question holds is no one's view
    asked = {
        t
        for v in sent
        if v.pos_ == "VERB" and table.get(v.lemma_.lower()) and _question_put(v)
        for t in _question(v)
    }
    for token in sent:
        lemma = token.lemma_.lower()
        if not (lemma in table or lemma in nominal_cues() or token.lower_ in _phrase_openers()):
            continue  # no cue can start here (most words): tested first, the tests below are costlier
        if in_quote(token.idx) or (token.i in asked and not _question_put(token)):
            continue
        phrase = f"{token.lower_} {token.nbor().lower_}" if token.i + 1 < sent.end else ""
        if table.get(phrase) == "source_pp" and "source_pp" in classes:
            found = _according_to(token)
            if found is not None:
                yield found
            continue
        if token.lower_ == "in" and token.dep_ == "prep" and "source_pp" in classes:
            found = _in_poll(token)
            if found is not None:
                yield found
            continue
        if token.pos_ == "NOUN" and lemma in nominal_cues() and "nominal" in classes:
            found = _nominal(token)
            if found is not None:
                yield found
            continue
        cls = table.get(lemma)
        if token.pos_ != "VERB" or cls not in classes:
            continue
        if _question_put(token) or _perceived(token) or _relayed_speaker(token) is not None:
            continue  # ... or relays what its "saying" cue reports ("was cited by Reuters as saying")
        quoted_one = _quoted_as_saying(token)
        source = quoted_one or subject(token)
        if cls == "speech" and (source is None or in_quote(source.idx)):
            parsed = source if source is not None and not in_quote(source.idx) else None
            found = (
                _name_after_quotation(token, in_quote)
                or parsed
                or name_before(token)
                or name_after(token)
                or apposed_subject(token)
            )
            source = found or source
        # "quoted Doe as saying": Doe is the speaker, not what is said; "saying" has the content
        content = _clausal_content(token) or (None if quoted_one else _object_content(token, cls, source))
        if content is None and cls in ("speech", "belief", "evidence"):
            content = _parenthetical_content(token)
        content = content or _passive_content(token)
        if content is not None and source is not None and source == _inverted_name(token):
            content = (source.right_edge.idx + len(source.right_edge.text), content[1])
            content = _trimmed([t for t in token.doc if content[0] <= t.idx < content[1]]) or content
        if source is not None and source.lower_ in READER:
            continue  # "if you ask", "let's say": the reader or the writer, no one's reported view
        if content is not None and _unsaid(token, content):
            continue  # "Two others have not said who they back": nothing stated
        if token.dep_ == "ccomp" and _unsaid(token.head, _span_chars(token.left_edge, token.right_edge)):
            continue  # "would not say which MLAs are planning to retire": an open question, no one's view
        if cls not in SPEECH_CLASSES and not _agent_like(source):
            continue  # "expected to open in 2020", "the chart shows": no one's view
        if cls != "speech" and source is None:
            continue  # "a book called “...”"
        fallback = (
            None if content is not None or quoted_one or not _agent_like(source) else _complements(token)
        )
        yield Statement(_cue_span(token), source, content, speech=cls in SPEECH_CLASSES, fallback=fallback)
