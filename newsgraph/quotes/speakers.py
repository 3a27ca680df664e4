"""Speakers: the phrase tied to a statement, resolved to the article's canonical entity.

The entities stage links names, short forms, titles ("the mayor") and pronouns to canonical entities;
the speaker is that entity. A speaker without entity keeps the phrase as written ("opposition
leaders"). A he/she/they/it the entities stage left open stands for the unnamed person, group, body or
document that is the subject just before it ("Protesters marched ... They said", "The report ... It
said"), else a he/she continues the person of that gender quoted last ("..., she added"); otherwise it
has no name. An epithet left open ("the 29-year-old said", "said the Norwegian") is the person quoted
last too, and a name left open ("captain Brennan said") the one person of the article with that surname.
A description left open stands for whom it describes: "the corporation" for the organisation named
just before, "the union president" for the person holding that role, "the report" for its author.
A he/she linked to someone named so far only inside quotations or as a modifier ("Okafor's novel") is
the person quoted last; one before anyone is named, the person named in the next sentence.
A speaker's name is written as a GenderGapTracker annotator would: without honours ("Petra Lindqvist QC"),
a bare surname completed from its first full mention, a bare "the committee" as the body was first named,
an article's unnamed sources as it first described them ("sources close to the talks").
An epithet ("the defenceman said") left open is the person the sentence before introduced; a he/she the
entities stage linked to someone its own statement names ("He said Novak was ...") is the subject before.
A bare "the airline"/"the bank"/"the union" is the organisation of that kind named before it, a descriptor's
name the name, an acronym its spelled-out name (newsgraph/quotes/orgs.py); named speakers joined by "and"
("Corvell and Hestia blame each other") speak together. A lead's unnamed speaker ("one of its
councillors has claimed") is whom the next sentence names speaking; an open "they" is the group
subject of a clause of its verb or of the sentence before ("As the rebels regrouped ..., they offered"),
and a bare "Some"/"Many" that group ("Users report ... Some suggested"). A document or occasion put out by
someone speaks for them ("the ministry issued a statement saying", "an email sent out by Doe"), and so does
one they made ("a poll carried out by Acme found"). A bare "Police" is the one force the article names.
A speaker phrase with no name is no one only on positive evidence: a head that is no noun ("sell") or a
thing, event or idea ("Cuba's economy grew", "all indicators suggest"); any other noun speaks ("the
champion said"). A lead's "says a report" is by the maker the next sentence names ("Produced by Acme, the
analysis"); a study "for" a body named as a firm ("for security firm Acme") is the firm's; "the Czech
international" is the one person the sentence before has as its subject; "Thalman" is the one
"Magnenat-Thalman"; an organisation's short form ("Gen Dynamics") is the organisation the article names in
full ("General Dynamics").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span, Token

from newsgraph.context import Context
from newsgraph.entities.lexicon import (
    OTHER_OFFICE,
    country_of,
    fits_title,
    given_names,
    is_head,
    is_role_word,
    singular,
    titles,
)
from newsgraph.entities.pronouns import GENDER, SUBJECT
from newsgraph.entities.quoted import inside, quoted_spans
from newsgraph.entities.recognize_lexicon import company_suffix, groups
from newsgraph.entities.recognize_lexicon import given_names as known_given_names
from newsgraph.entities.recognize_lexicon import titles as title_words
from newsgraph.entities.resolve import DESCRIPTION_HEADS, REFERRING
from newsgraph.model import Entity, Mention, Role, Speaker
from newsgraph.nlp import FINITE
from newsgraph.quotes.cues import (
    IMPERSONAL,
    agent_charge,
    hyphen_joined,
    lexicon,
    object_for,
    subject,
    word_file,
)
from newsgraph.quotes.orgs import (
    bare_description,
    descriptor_name,
    fits,
    named_as,
    nearest_fitting,
    spelled_out,
)

# a dateline the anatomy stage did not list, opening the line: "WASHINGTON -- ", "LONDON (Reuters) - "
DATELINE = re.compile(r"[A-Z][A-Z.' ]+(?:, [A-Z][\w.' ]+)?(?: \([^)\n]{1,30}\))?[ \t]*(?:--|[-—–])[ \t]+")
RELATIVE = {"who", "that", "which"}
INITIALS = re.compile(r"(?:[A-Z]\.?){1,3}")  # "JK", "J.K.", "J."
AGE = re.compile(r"\b\d{1,3}-year-old$")
GROUP_DEMONYMS = ("sh", "ch", "ese", "s")  # "the British", "the French", "the Chinese", "the Swiss": a people
RELATIVE_WORDS = {"who", "whom", "which", "whose"}
# an aside ending a speaker phrase: "the government - the largest land owner", "A small number, 17%"
ASIDE = re.compile(r" (?:-+|[–—]) |, (?=\d)")
OCCASION_PREPOSITIONS = {"in", "during"}  # "an official in a briefing", "a spokesman during a visit"
# occasions of speaking, not the body a speaker belongs to ("officials in the administration")
OCCASIONS = {
    "briefing", "interview", "statement", "speech", "conference", "meeting", "visit", "hearing", "debate"
}  # fmt: skip
INDEFINITE = {"a", "an", "another"}
PLACE_TYPES = {"GPE", "LOC", "NORP"}
SHORT_WORD = 4  # letters of a short form's word: "Lib Dems", "Con Assn"
DATA_FORMS = {"figures", "data", "statistics"}  # documents that speak only for an author named with them
# unnamed sources: "sources familiar with the talks", "a person close to the company"
ANONYMOUS_HEADS = {"source", "people", "person", "insider", "official"}
ANONYMOUS_QUALIFIER = re.compile(
    r"\b(?:familiar with|close to|with knowledge of|briefed on|knowledgeable about)\b"
)
# a person named only by the name they gave: "who gave his name only as Denny", "identified only as Jo Li"
NAME_GIVEN_AS = re.compile(
    r"\b(gave (?:his|her|their|only (?:his|her|their)) (?:first )?name(?: only)? as"
    r"|identified (?:(?:himself|herself|themselves) )?(?:only )?as|known only as)"
    r" (?!(?:The|A|An) )([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?"
    r"(?: [A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?){0,2})(?![\w'’])"
)
# the title right before a name, with the capitalised words and a "former"/"ex-" before it: "Former
# Alberta premier ", "Shadow Chancellor ", "Gov. "
TITLE_BEFORE = re.compile(r"(?:(?:[Ff]ormer|[Ee]x-?)\s*)?(?:[A-Z][\w.-]*\s+){0,3}[A-Za-z]+\.?\s+$")
EXAMPLES = {"including", "like"}  # prepositions listing members of a group: not part of its name
MAX_PHRASE = 15  # tokens
SHORT_PARTICIPLE = 5  # tokens of a participle phrase that stays in a pronoun's phrase
# what a verb of speaking reports besides a clause ("denied reports that ...")
OBJECTS = {"dobj", "xcomp", "prep"}
NAMED = {"PERSON", "ORG", "NORP", "GPE", "FAC"}
PLURAL = {"they"}
NEUTER = {"it"}
OPEN_PRONOUNS = {*GENDER, *PLURAL, *NEUTER}
PAIR_WORDS = {"pair", "duo", "couple"}  # "the pair said": the two people named together before
PARTITIVES = {"some", "many", "most", "several"}  # "Some said ...": some of the group just named
LOOKBACK_TOKENS = 120  # how far back an open he/she/they looks for whom it stands for
QUOTED_LINES = 6  # non-blank lines back to the person quoted last that an open he/she continues
DOCUMENT_LOOKBACK = 300  # tokens back to an earlier mention of a document that names its author
FULLER_SENTENCES = 5  # sentences back to a body's fuller name ("the transport scrutiny committee")
LEAD_SENTENCES = 3  # the title and the lead: where news keeps a speaker unnamed until the next sentence
DESCRIPTION_SENTENCES = 3  # "the corporation" stands for an organisation named in this many sentences
PLACED_WINDOW = 30  # characters after a body's name where an apposition may place it ("Fiat, Italy's")
SUBJECT_PHRASE_LINKS = {"compound", "nmod", "pobj", "prep"}  # from a name up to the subject holding it
SUBORDINATE = {"ccomp", "relcl", "advcl", "acl"}  # clauses whose people a next epithet does not describe


@dataclass
class Resolver:
    """Speaker resolution for one article, in text order."""

    ctx: Context
    quoted: list[tuple[int, Entity]] = field(default_factory=list)  # (mention start, speaker) so far
    # (mention start, name) of speakers named so but unknown to the entities stage ("Lord Penhallow")
    named: list[tuple[int, str]] = field(default_factory=list)
    marked: list[tuple[int, int]] = field(default_factory=list)  # the article's quotations, marks included
    anonymous: str | None = None  # how the article first described its unnamed sources

    def resolve(self, mention: Token) -> Speaker:
        """The speaker of a statement whose speaker phrase has head `mention` ("He", "Mirza", "who")."""
        phrase_start, end = _phrase(mention)
        start, end = self._after_dateline(phrase_start, end)
        after = start if start > phrase_start else 0  # names in the dateline are not the speaker
        if mention.idx < start:  # the parser made the dateline's place the head: "WASHINGTON -- Jane Doe"
            rest = self.ctx.doc.char_span(start, end, alignment_mode="expand")
            mention = rest.root if rest is not None else mention
        head = _author(_antecedent(mention))
        pair = self._pair(head) or self._pair_before(head)
        if pair is not None:
            return Speaker(name=pair, start=start, end=end)
        entity = self.ctx.analysis.entity(self._entity(head, after))
        introduced = self._introduced_unnamed(head, entity)
        if introduced is not None:  # "A spokesman for Mayor Doe said ... the spokesman said": that spokesman
            found = self.resolve(introduced)
            return Speaker(entity=found.entity, name=found.name, start=start, end=end)
        if entity is None and head.tag_ == "PRP$":  # "its figures" with "its" linked to no one: as written
            head = _antecedent(mention)
        quoted = quoted_spans(self.ctx.text)
        several = False  # "The Premier said" after two premiers: no one in particular
        open_subject = head.lower_ in OPEN_PRONOUNS or _bare_partitive(head)
        if entity is None and open_subject and not inside(quoted, head.idx):
            unnamed = _unnamed_antecedent(head, quoted) or self._organisation_before(head, quoted)
            if unnamed is not None:  # "A spokesperson declined ... She said": as written
                head = _author(unnamed)
                # "Johnson and Weld ... they said" is the pair, not one of them
                entity = None if _conjoined(head) else self.ctx.analysis.entity(self._entity(head))
            elif head.lower_ in GENDER:
                subjects = _nearest_subjects(head, quoted)
                unknown = [t for t in subjects if t.tag_ == "NNP" and self._entity(t) is None]
                if not unknown:  # an unrecognised name just before may be whom "he" stands for
                    entity = self._last_quoted(GENDER[head.lower_], head.idx)
                else:  # "The Premier said ..., though she acknowledged": the premier
                    entity = self._title_holder(unknown, GENDER[head.lower_])
        if (entity is None or entity.type == "NORP") and not (inside(quoted, head.idx) or _conjoined(head)):
            # "said the Moroccan" is the person quoted last, not the nationality
            entity = self._epithet_of_last_quoted(head) or entity or self._by_surname(head)
        if entity is None and head.pos_ == "NOUN":  # "the corporation said", "the report said"
            entity = self._described(head)
        elif entity is None and _capital_title(head) and not (inside(quoted, head.idx) or _conjoined(head)):
            # "The Premier said", tagged a proper noun: who holds that title, if only one person named does
            holders = self._titled_before(head)
            several = len(holders) != 1  # nor, with none, whoever the sentence before names
            entity = holders[0] if len(holders) == 1 else None
        elif entity is not None and entity.type == "PERSON" and is_head(entity.name):
            # a bare title the entities stage took for a person's name ("The DJ said", "he" linked to it)
            near = self._last_quoted(GENDER.get(head.lower_), head.idx) if _personal(head) else None
            entity = near or self._by_title(head) or entity
        elif entity is not None and entity.type == "PERSON" and head.pos_ == "NOUN" and is_head(head.text):
            # "the former finance officer said", linked to the person named nearest: the one holding the role;
            # not "Another host, Abby Martin, said", named in the phrase itself
            entity = entity if self._of(head) != entity.id else self._by_title(head) or entity
        if (
            (entity is None or entity.type == "NORP")
            and _epithet(head)
            and not (several or inside(quoted, head.idx))
        ):
            entity = self._introduced_before(head, quoted) or entity  # "... ¶ “...,” the defenceman said"
        if entity is None and head.lower_ in GENDER and not inside(quoted, head.idx):
            entity = self._named_next(head)
        if entity is None and not inside(quoted, head.idx):  # "one of its councillors said ¶ Mia Holt"
            entity = self._named_after_lead(head) or self._own_body_named_next(head)
        if entity is not None and _referring(head) and self._named_in_own_words(entity, head):
            # someone else: for he/she the subject just before, for a description ("The former accountant
            # said Darby knew") the other person quoted last
            if head.lower_ in GENDER:
                entity = self._subject_before(head, entity, quoted) or entity
            else:
                entity = self._last_quoted(titles().gender.get(head.lower_), head.idx, entity) or entity
        if entity is not None and head.lower_ in GENDER and self._unlikely_referent(entity, head):
            entity = self._last_quoted(GENDER[head.lower_], head.idx) or entity
        if bare_description(head, bodies()) and not inside(quoted, head.idx):
            # "The airline says": the airline named last, not whichever organisation the entities stage chose
            entities = self.ctx.analysis.entities
            found = nearest_fitting(head, entities, self.ctx.text) or self._city_before(head)
            word = singular(head.lemma_.lower())
            if found is not None and self._misfit(entity, found[0], word):
                if found[0] is None:
                    return Speaker(name=found[1], start=start, end=end)
                entity = found[0]
            elif found is None and entity is not None and entity.type == "ORG":
                entity = self._main_org(head, entity, word) or entity
        if entity is not None and entity.type == "ORG":
            entity = self._titled_member(head) or entity
        elif entity is not None:
            entity = self._named_more_fully(entity) or entity
        if entity is None and head.pos_ == "NOUN" and _document(head):  # "the Quinnipiac poll", unrecognised
            names = [c for c in head.lefts if _name_part_of(c, head)]
            entity = self._maker_in_full(names[-1]) if names else None
            # "a Bloomberg poll", "a Reuters/Ipsos poll": its maker; not "a Texas poll", "a February survey"
            if entity is None and names and not self._place_or_date(names[-1]):
                return self._maker_named(names[-1], start, end)
        if entity is not None:
            # a document's maker named in full before wins over any other reading of its short form
            maker = self._maker_in_full(head)
            if maker:
                entity = maker
            else:
                entity = self._fuller(entity, head)
                entity = self._spelled_in_full(entity) or self._with_company_suffix(entity) or entity
            self.quoted.append((start, entity))
            return Speaker(entity=entity.id, name=entity.name, start=start, end=end)
        first, last = (start, end) if head == mention else _phrase(head)
        if (given := _name_given_as(head)) is not None:  # "One man, who gave his name only as Denny, said"
            return self.by_name(given, start, end)
        name = descriptor_name(head, bodies()) or _fallback_name(head, self.ctx.text[first:last], after)
        if name is not None and head.tag_ == "NN" and head.lemma_.lower() in bodies():
            name = _fuller_description(head) or self._office_named_before(head) or name
        if name is None and head.lower_ in GENDER and not inside(quoted, head.idx):
            name = self._last_named(head.idx)
        elif name is not None and _person_like(name):
            self.named.append((start, name))
        if name is not None and head.pos_ == "NOUN":
            name = self._anonymous_sources(head, name)
        personal = mention.lower_ in ("who", "whom")  # stands for people, whatever the parser linked it to
        if name is not None and not personal and _names_no_one(head) and not self._holds_someone(first, last):
            name = None  # "the deal will", "sell": no one, unless someone is named in the phrase
        return Speaker(name=name, start=start, end=end)

    def _introduced_unnamed(self, head: Token, entity: Entity | None) -> Token | None:
        """ "A spokesman for Mayor Jo Doe said ... “...,” the spokesman said": a bare definite person noun
        outside quotations continues the person the article last introduced with that noun and "a"/"an"
        (never the person inside that phrase's "for Jo Doe"), unless the entities stage linked it to
        someone first named after that introduction ("... Doe's spokesman, Al Roe, ...")."""
        bare = all(c.dep_ == "det" for c in head.children) and any(c.lower_ == "the" for c in head.children)
        if head.tag_ != "NN" or not bare or not _person_noun(head) or inside(self.marked, head.idx):
            return None
        lemma = head.lemma_.lower()
        for token in reversed(head.doc[max(0, head.i - DOCUMENT_LOOKBACK) : head.i]):
            if token.lemma_.lower() != lemma or token.tag_ != "NN" or inside(self.marked, token.idx):
                continue
            if not any(c.dep_ == "det" and c.lower_ in INDEFINITE - {"another"} for c in token.children):
                return None  # the nearest one is no introduction: "the spokesman", "Doe's spokesman"
            named = [m.start for m in entity.mentions if m.source not in REFERRING] if entity else []
            return None if named and min(named) > token.idx else token
        return None

    def _office_named_before(self, head: Token) -> str | None:
        """ "Ford's office said ... the premier's office said": a body owned by a title is, as first
        written, the same body owned by the one person named before with that title."""
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is None or owner.tag_ != "NN" or not is_head(owner.text):
            return None
        for token in reversed(head.doc[max(0, head.i - DOCUMENT_LOOKBACK) : head.i]):
            named = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            if token.lower_ != head.lower_ or named is None or inside(self.marked, token.idx):
                continue
            person = self.ctx.analysis.entity(self._of(named))
            if person is not None and any(fits_title(r.title, owner.text, set()) for r in person.roles):
                return head.doc[named.left_edge.i : token.i + 1].text
        return None

    def _holds_someone(self, start: int, end: int) -> bool:
        """Whether a speaker phrase names someone ("Trump avoids", "His promises"): judged by where it
        stands, it may still be theirs."""
        span = self.ctx.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        places = {e.id for e in self.ctx.analysis.entities if e.type in PLACE_TYPES}
        # a place's economy or debts are no one's words: "Cuba's economy grew"
        for t in span:
            if t.tag_ in ("PRP", "PRP$") and t.lower_ not in ("it", "its"):  # "His promises", "they"
                return True
            of = self._of(t)
            if (t.pos_ == "PROPN" or of is not None) and of not in places and t.ent_type_ not in PLACE_TYPES:
                return True
        return False

    def _organisation_before(self, pronoun: Token, quoted: list[tuple[int, int]]) -> Token | None:
        """ "Market leader Pellam is launching a tablet that it says will ...": an open subject "it" stands
        for an organisation that is the main-clause subject just before it, even one the parser took for a
        person."""
        if pronoun.lower_ not in NEUTER or pronoun.dep_ not in SUBJECT:
            return None
        subjects = _nearest_subjects(pronoun, quoted)
        entity = self.ctx.analysis.entity(self._of(subjects[-1])) if subjects else None
        return subjects[-1] if entity is not None and (entity.type == "ORG" or _misread_org(entity)) else None

    def _main_org(self, head: Token, chosen: Entity, word: str) -> Entity | None:
        """ "Unilever is to cut jobs ... Rival Nestle announced cuts. The company said": when no organisation
        is named or described as a `word`, the description is the article's main organisation, not the
        one named last: the subject of the title or lead named more often before it than the entities
        stage's choice (or as often, when that one's name says it is another kind: "the Financial Conduct
        Authority" for "the bank"), and not itself named as another kind."""
        if fits(chosen, word, self.ctx.text):
            return None
        found = [
            (s, self.ctx.analysis.entity(self._of(t)))
            for s in self.ctx.fact_sentences()[:LEAD_SENTENCES]
            for t in s
            if t.dep_ in ("nsubj", "nsubjpass") and t.i < head.i
        ]
        found = [(s, e) for s, e in found if e is not None and e.type == "ORG" and e.id != chosen.id]
        if any(s.start_char <= m.start < s.end_char for s, _ in found for m in chosen.mentions):
            return None  # "Ofgem has fined Thames Water": the stage's choice is named with the lead's subject
        lead = [e for _, e in found]
        if not lead:
            return None
        counts = {
            e.id: self._named_before(e, head.idx) for e in self.ctx.analysis.entities if e.type == "ORG"
        }
        main = max(lead, key=lambda e: counts[e.id])
        if self._other_kind(main, word):
            return None
        ahead = counts[main.id] > counts[chosen.id]
        return (
            main if ahead or counts[main.id] == counts[chosen.id] and self._other_kind(chosen, word) else None
        )

    def _named_before(self, entity: Entity, pos: int) -> int:
        return sum(1 for m in entity.mentions if m.source != "pronoun" and m.end <= pos)

    def _other_kind(self, entity: Entity, word: str) -> bool:
        """ "Financial Conduct Authority" is named as an authority, no bank."""
        last = singular(entity.name.split()[-1].lower())
        return last != word and last in bodies() | kind_words()

    def _city_before(self, head: Token) -> tuple[Entity | None, str] | None:
        """ "Toronto ... the city said" with no "City of Toronto" named: the city named last before it."""
        if head.lower_ != "city":
            return None
        cities = [p for p in self.ctx.analysis.places if p.feature == "city" and p.end <= head.idx]
        if not cities:
            return None
        place = max(cities, key=lambda p: p.start)
        entity = self.ctx.analysis.entity(place.entity)
        return (entity, entity.name) if entity is not None else (None, place.name)

    def _pair(self, head: Token) -> str | None:
        """ "Corvell and Hestia blame each other", "Lara Voss and Tomas Reid said": named speakers
        joined by "and" speak together; all of them are the speaker, by their full names."""
        if not _conjoined(head) or not any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children):
            return None
        names = []
        for token in [head, *(t for t in head.subtree if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN"))]:
            entity = self.ctx.analysis.entity(self._of(token))
            if entity is None or entity.type not in ("PERSON", "ORG"):
                return None
            names.append(entity.name)
        names = list(dict.fromkeys(names))
        return f"{', '.join(names[:-1])} and {names[-1]}" if len(names) > 1 else None

    def _pair_before(self, head: Token) -> str | None:
        """ "Marta Lind and Jonas Berg were suspended ... The pair said": "the pair", "the
        duo", "the couple" speak as the two people named together last before them."""
        definite = any(c.lower_ == "the" for c in head.children)
        if head.lemma_.lower() not in PAIR_WORDS or not definite or head.tag_ != "NN":
            return None
        for token in reversed(head.doc[: head.i]):
            if not inside(self.marked, token.idx) and (found := self._pair(token)) is not None:
                return found if found.count(" and ") == 1 and ", " not in found else None
        return None

    def _misfit(self, entity: Entity | None, fitting: Entity | None, word: str) -> bool:
        """Whether a description's entity gives way to the organisation that fits it: when there is none,
        when it is no organisation, or when it does not fit and the other's name says it is one ("Nordair
        Lines" for "the airline", not "FareHop"); an organisation only described so may be either."""
        if entity is None or entity.type != "ORG":
            return True
        return fitting is not None and named_as(fitting, word) and not fits(entity, word, self.ctx.text)

    def _anonymous_sources(self, head: Token, name: str) -> str:
        """ "sources close to the talks" ... "people briefed on the offer" ... "sources": an
        article's unnamed sources are one group, named as it first described them (as GGT annotates)."""
        qualified = ANONYMOUS_QUALIFIER.search(name) is not None
        if not qualified and head.lemma_.lower() != "source":
            return name
        if self.anonymous is None and qualified and head.lemma_.lower() in ANONYMOUS_HEADS:
            self.anonymous = name
        return self.anonymous or name

    def _named_next(self, pronoun: Token) -> Entity | None:
        """ "..., he added. “...,” the insurer's deputy chief Nadia Brook said": a he/she before anyone is
        named stands for the person of its gender named first in the next sentence."""
        named = [
            (min(m.start for m in e.mentions if m.source != "pronoun"), e)
            for e in self.ctx.analysis.entities
            if e.type == "PERSON" and any(m.source != "pronoun" for m in e.mentions)
        ]
        if any(start < pronoun.idx for start, _ in named):
            return None
        sent = pronoun.sent
        end = pronoun.doc[sent.end].sent.end_char if sent.end < len(pronoun.doc) else sent.end_char
        gender = GENDER[pronoun.lower_]
        after = [(s, e) for s, e in named if pronoun.idx < s < end and _gender(e) in (None, gender)]
        return min(after, key=lambda found: found[0])[1] if after else None

    def _named_after_lead(self, head: Token) -> Entity | None:
        """ "The Greens will hold the council, one of their councillors has predicted. ¶ Housing
        spokeswoman Mia Holt said ...": a news lead keeps its speaker unnamed and names them in the next
        sentence; a described person or body speaking in the article's first sentences is the person or
        organisation that the next sentence introduces as the subject of a speech verb, or for a body in
        that subject's phrase ("The union said ... Nurses Guild president Jo Li said"); not "A senior
        official said ... ¶ Prime Minister Tom Ruiz visited the site"."""
        kind = _lead_kind(head)
        sents = self.ctx.fact_sentences()[:LEAD_SENTENCES]
        if (
            kind is None
            or not any(s.start <= head.i < s.end for s in sents)
            or head.sent.end >= len(head.doc)
        ):
            return None
        after = head.doc[head.sent.end].sent
        if lexicon().get(after.root.lemma_.lower()) is None:  # the sentence must have them speak too
            return None
        subjects = [t for t in after if t.dep_ in SUBJECT and t.head == after.root]
        if not subjects or (kind == "PERSON" and not _fitting_title(head, subjects[0])):
            return None
        # the subject, or for a body the one named in the subject's own phrase ("Nurses Guild president
        # Jo Li"; not "analyst Jo Li of Acme Bank", where the bank is only where she works)
        words = [subjects[0], *(t for t in _own_phrase(subjects[0]) if kind == "ORG")]
        found = {self._of(t) for t in words} - {None}
        named = [e for e in map(self.ctx.analysis.entity, found) if e is not None and e.type == kind]
        first = [min((m.start for m in e.mentions if m.source != "pronoun"), default=-1) for e in named]
        new = [e for e, f in zip(named, first, strict=True) if f >= after.start_char]  # not met before
        if len(new) == 1 and kind == "ORG" and self._other_body(head, new[0]):
            return None  # "their union said ... The Employers' Council said": the other side
        return new[0] if len(new) == 1 else None

    def _other_body(self, head: Token, org: Entity) -> bool:
        """ "their union" and "the Port Employers' Council": a body owned by "their"/"its" is not one the
        article names as another kind of body (its name ending in another body word; for a union any
        workers' word will do: "the Ontario Nurses' Association"); no union is a "Union" that is no
        workers' union ("the European Union")."""
        owned = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in head.children)
        word = singular(head.lemma_.lower())
        last = singular(org.name.split()[-1].lower())
        labour = word in labour_bodies() and last in labour_bodies()
        other = last in bodies() and last != word and not labour and not fits(org, word, self.ctx.text)
        return (owned and other) or _no_union(org, word)

    def _own_body_named_next(self, head: Token) -> Entity | None:
        """ "Dockworkers walked off the job, their union said. ¶ The Harbour Workers' Union has ...": a
        lead's "their union"/"its union" is the one organisation whose name says it is one that the next
        sentence (else the first sentence to its paragraph's end that does) names first as its subject, or in
        the phrase of a person who is its subject ("said Jo Li of the Harbour Workers' Union"); not one named
        in passing ("members of X ratified", "backed by X")."""
        owned = ("their", "its")
        owner = [c for c in head.children if c.dep_ == "poss" and c.tag_ == "PRP$" and c.lower_ in owned]
        word = singular(head.lemma_.lower())
        lead = self.ctx.fact_sentences()[:LEAD_SENTENCES]
        if not owner or head.tag_ != "NN" or word not in bodies() or head.sent.end >= len(head.doc):
            return None
        if not any(s.start <= head.i < s.end for s in lead):
            return None
        after = head.doc[head.sent.end].sent
        end = self.ctx.text.find("\n", after.start_char + len(after.text) - len(after.text.lstrip()))
        end = len(self.ctx.text) if end < 0 else end
        found: dict[str, Entity] = {}
        while not found and after.start_char < end:  # the next sentence, else the next in its paragraph
            found = self._own_body_subject(after, word)
            if after.end >= len(head.doc):
                break
            after = head.doc[after.end].sent
        return next(iter(found.values())) if len(found) == 1 else None

    def _own_body_subject(self, after: Span, word: str) -> dict[str, Entity]:
        """The organisations named as a `word` ("union") first in `after`, as its subject or in the phrase
        of a person who is its subject."""
        found: dict[str, Entity] = {}
        for subj in (t for t in after if t.dep_ in SUBJECT and t.head == after.root):
            person = self.ctx.analysis.entity(self._of(subj))
            if person is not None and person.type == "PERSON":  # "Jo Li of the Harbour Workers' Union"
                words = list(subj.subtree)
            else:  # "The Harbour Workers' Union", "the union's"; not "The strike, backed by the ... Union"
                own = ("compound", "poss", "conj")  # two unions conjoined leave "their union" open
                words = [subj, *(t for c in subj.children if c.dep_ in own for t in c.subtree)]
            for token in words:
                entity = self.ctx.analysis.entity(self._of(token))
                if entity is None or entity.type != "ORG" or not named_as(entity, word):
                    continue
                first = min((m.start for m in entity.mentions if m.source not in REFERRING), default=-1)
                if first >= after.start_char and not _no_union(entity, word):  # first named there
                    found[entity.id] = entity
        return found

    def _named_in_own_words(self, entity: Entity, pronoun: Token) -> bool:
        """ "He said Novak was day-to-day", "he denied reports that Brandt was paid": a he/she linked to
        someone the statement (what they said, or the object of their verb) names by name is most likely
        someone else (no one reports on themselves by name)."""
        verb = pronoun.head
        said = [c for c in verb.children if c.dep_ == "ccomp" or c.dep_ in OBJECTS and c.i > verb.i]
        said = said if pronoun.dep_ in SUBJECT else []
        return any(
            self._of(t) == entity.id and t.pos_ == "PROPN" and not _in_relative(t, clause)
            for clause in said
            for t in clause.subtree
        )

    def _subject_before(self, pronoun: Token, entity: Entity, quoted: list[tuple[int, int]]) -> Entity | None:
        """The one other person of the pronoun's gender who is the main-clause subject just before it
        ("Harlow also addressed the status of forward Pavel Novak, who ... He said Novak ...")."""
        found = {self._of(t) for t in _nearest_subjects(pronoun, quoted)} - {None, entity.id}
        other = self.ctx.analysis.entity(found.pop()) if len(found) == 1 else None
        gender = GENDER[pronoun.lower_]
        return (
            other
            if other is not None and other.type == "PERSON" and _gender(other) in (None, gender)
            else None
        )

    def _unlikely_referent(self, entity: Entity, pronoun: Token) -> bool:
        """A he/she the entities stage linked to someone named so far only inside quotations or as a
        modifier ("the jury members ...,” he said", "the jury prize", "Okafor's novel"), or in its
        sentence only as the possessor of something ("The trouble with Ada Okafor's novel, he felt"):
        most likely not the one speaking; the person quoted last is."""
        before = [m for m in entity.mentions if m.start < pronoun.idx and m.source != "pronoun"]
        doc = pronoun.doc

        def aside(start: int, end: int) -> bool:
            span = doc.char_span(start, end, alignment_mode="expand")
            return inside(self.marked, start) or span is not None and span.root.dep_ in ("compound", "poss")

        return (
            bool(before)
            and all(aside(m.start, m.end) for m in before)
            or self._possessor_only(entity, pronoun)
        )

    def _possessor_only(self, entity: Entity, pronoun: Token) -> bool:
        ids = {t.i for t in pronoun.sent[: pronoun.i - pronoun.sent.start] if self._of(t) == entity.id}
        roots = [pronoun.doc[i] for i in ids if pronoun.doc[i].head.i not in ids]
        return bool(roots) and all(t.dep_ == "poss" for t in roots)

    def _of(self, token: Token) -> str | None:
        return self.ctx.entity_at(token.idx, token.idx + len(token.text))

    def _fuller(self, entity: Entity, head: Token) -> Entity:
        """ "The Liberal Democrats say" that the model read as "Liberal" + "Democrats": the entity whose name
        is the speaker's with the words before its mention in front, when the article has one."""
        end = head.idx + len(head.text)
        for other in self.ctx.analysis.entities:
            longer = other.id != entity.id and other.name.endswith(" " + entity.name)
            if longer and self.ctx.text[max(0, end - len(other.name)) : end] == other.name:
                return other
        return entity

    def _maker_in_full(self, head: Token) -> Entity | None:
        """ "a new Fox News poll ... according to the Fox poll": a document's maker written short is the one
        organisation whose name opens with it and that made a document named before (as GGT names the
        maker in full); not "Fox Sports said ...", no maker, nor "Fox Corp." the entities stage joined
        it to."""
        if head.dep_ not in ("compound", "nmod") or head.head.pos_ != "NOUN" or not _document(head.head):
            return None
        first = head
        while first.i > 0 and _name_part_of(first.nbor(-1), head):  # "Quinnipiac University poll"
            first = first.nbor(-1)
        written = self.ctx.text[first.idx : head.idx + len(head.text)]
        fuller = {
            e.id: e
            for e in self.ctx.analysis.entities
            if e.type == "ORG"
            and e.name.startswith(written + " ")
            and any(m.start < head.idx and self._made_document(m) for m in e.mentions)
        }
        return next(iter(fuller.values())) if len(fuller) == 1 else None

    def _made_document(self, mention: Mention) -> bool:
        """A mention naming a document's maker: "Fox News" in "a new Fox News poll"."""
        span = self.ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        last = span[-1] if span is not None and len(span) else None
        return last is not None and last.dep_ in ("compound", "nmod") and _document(last.head)

    def _with_company_suffix(self, entity: Entity) -> Entity | None:
        """ "Acme Lithium said" after "Acme Lithium Corp.": the one organisation named the same with a company
        suffix, the fullest form (a short form the model may have read as a person; never one opened by a
        known given name)."""
        if entity.type not in ("ORG", "PERSON") or entity.name.split()[0] in given_names():
            return None
        if entity.type == "PERSON" and self._plainly_a_person(entity):
            return None  # "Premier Ford said" beside "Ford Co.": the premier
        found = {
            other.id: other
            for other in self.ctx.analysis.entities
            if other.type == "ORG"
            and other.name.startswith(entity.name + " ")
            and company_suffix(other.name[len(entity.name) + 1 :])
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _plainly_a_person(self, entity: Entity) -> bool:
        """A person the article gives a role, a title or honorific before the name ("Premier Ford", "Mr.
        Dell"), or a he/she: no company's short form read as a person's name."""
        if entity.roles or any(m.source == "pronoun" for m in entity.mentions):
            return True
        written = (_title_before(self.ctx.text, m.start) for m in entity.mentions)
        return any(t is not None and t.split()[-1].lower() in title_words() for t in written)

    def _spelled_in_full(self, entity: Entity) -> Entity | None:
        """ "Gen Dynamics" when the article also names "General Dynamics": an organisation's short form
        (or one the model read as a person's name, "Lib Dems"), each word either the matching word of the
        one other organisation or group the entities stage names or a short opening of it (up to SHORT_WORD
        letters), is that body. Never a place ("South Africa" is no "Southern African ..."), and never a
        name the entities stage lacks."""
        words = entity.name.split()
        named_person = entity.type == "PERSON" and words[0] in given_names()
        if entity.type not in ("ORG", "PERSON") or named_person or len(words) < 2:
            return None
        if not all(w[:1].isupper() and w.isalpha() for w in words):
            return None
        fuller = [
            e
            for e in self.ctx.analysis.entities
            if e.type in ("ORG", "NORP") and e.id != entity.id and _spells_out(words, e.name.split())
        ]
        # "Liberal Democrat" (the adjective) and "Liberal Democrats" spell out one body
        if len({e.name.removesuffix("s") for e in fuller}) != 1:
            return None
        return next((e for e in fuller if e.name.endswith("s") == words[-1].endswith("s")), fuller[0])

    def _introduced_before(self, head: Token, quoted: list[tuple[int, int]]) -> Entity | None:
        """ "Otters captain Tom Reyes was less pleased. “...,” the defenceman said": an epithet left
        open stands for the one person that the sentence before introduces as its subject (first named
        there), when the epithet's gender fits."""
        subjects = _nearest_subjects(head, quoted)
        found = {self._of(t) or self._entity(t) for t in subjects}  # "One of the authors, Ari Fleischer,"
        entity = self.ctx.analysis.entity(found.pop()) if len(found) == 1 else None
        if entity is None or entity.type != "PERSON" or subjects[0].sent == head.sent:
            return self._sole_person_before(head)
        sent = subjects[0].sent
        first = min((m.start for m in entity.mentions if m.source != "pronoun"), default=-1)
        gender = titles().gender.get(head.lower_)
        fits = gender is None or _gender(entity) in (None, gender)
        others = any(
            e.type == "PERSON"
            and e.id != entity.id
            and any(self._in_main_clause(m) for m in e.mentions if sent.start_char <= m.start < sent.end_char)
            for e in self.ctx.analysis.entities
        )
        introduced = sent.start_char <= first < sent.end_char
        # "Trump is taking questions in Salem. The billionaire businessman began": named before, described now
        known = (
            not others
            and sent.end == head.sent.start
            and head.head == head.sent.root
            and all(t.pos_ == "PROPN" for t in subjects)  # named there, not "he" linked by the entities stage
            and self._known_as(head, entity)
        )
        return entity if (introduced or known) and fits and _may_be(head, entity, others) else None

    def _title_holder(self, subjects: list[Token], gender: str | None) -> Entity | None:
        """The one person holding the title that is the only subject before ("The Premier"), if the gender
        fits."""
        if len(subjects) != 1 or not _capital_title(subjects[0]):
            return None
        holders = self._titled_before(subjects[0])
        fits = len(holders) == 1 and _gender(holders[0]) in (None, gender)
        return holders[0] if fits else None

    def _known_as(self, head: Token, entity: Entity) -> bool:
        """Whether an epithet describes a person the article named before: by occupation or fame ("the
        businessman", "the star"), or by a title the article gave them ("the governor" for a person it
        called "governor")."""
        word = singular(head.lower_)
        if word in descriptive_epithets():
            return True
        return bool(_roles_titled(entity, word))

    def _in_main_clause(self, mention: Mention) -> bool:
        """Whether a mention belongs to its sentence's main clause: not "Trump" in "Ari Fleischer said Trump's
        nomination will ...", nor "Clinton" in "Sanders, who endorsed Clinton, said", whom a following
        epithet does not describe."""
        span = self.ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return True
        token = span.root
        while token.head != token:
            if token.dep_ in SUBORDINATE:
                return False
            token = token.head
        return True

    def _sole_person_before(self, head: Token) -> Entity | None:
        """ "People cheered after Zoe Marten announced her engagement. The actress said": failing a
        subject, an epithet naming a kind of person stands for the one person the sentence before names,
        when that sentence introduces them as a subject of any clause and the epithet fits."""
        phrase = head.doc[head.left_edge.i : head.right_edge.i + 1].text
        if head.sent.start == 0 or not _person_noun(head) or ANONYMOUS_QUALIFIER.search(phrase):
            return None
        sent = head.doc[head.sent.start - 1].sent
        people = [
            e
            for e in self.ctx.analysis.entities
            if e.type == "PERSON" and any(sent.start_char <= m.start < sent.end_char for m in e.mentions)
        ]
        if len(people) != 1 or not any(self._of(t) == people[0].id and t.dep_ in SUBJECT for t in sent):
            return None  # "Donald Trump's remarks drew fire. The spokesman said": no one introduced
        entity = people[0]
        first = min((m.start for m in entity.mentions if m.source != "pronoun"), default=-1)
        gender = titles().gender.get(head.lower_)
        fits = gender is None or _gender(entity) in (None, gender)
        return (
            entity
            if sent.start_char <= first < sent.end_char and fits and _may_be(head, entity, False)
            else None
        )

    def _named_more_fully(self, entity: Entity) -> Entity | None:
        """ "Nathalie Des Rosiers ... Des Rosiers said", the short form read as an entity of its own: the
        one person whose name ends with it (two-word surnames; one-word ones only when the short form
        was not read as a person, whom the entities stage may have kept apart on purpose)."""
        words = entity.name.split()
        if entity.type == "PERSON" and len(words) < 2:
            # a part of a double-barrelled surname ("Thalman" for "Nadia Magnenat-Thalman") is no one else
            parts = [
                e
                for e in self.ctx.analysis.entities
                if e.type == "PERSON"
                and e.id != entity.id
                and "-" in e.name.split()[-1]
                and entity.name in e.name.split()[-1].split("-")
            ]
            return parts[0] if len(parts) == 1 else None
        fuller = {
            e.id: e
            for e in self.ctx.analysis.entities
            if e.type == "PERSON"
            and e.id != entity.id
            and e.name.split()[-len(words) :] == words
            and len(e.name.split()) > len(words)
        }
        return next(iter(fuller.values())) if len(fuller) == 1 else None

    def _titled_member(self, head: Token) -> Entity | None:
        """ "Federation of Canadian Municipalities president Bill Karsten said", parsed with the
        organisation as head and the person as the object of its "of": a person named last in the
        phrase right after a role word is the speaker, not the body they hold the role in."""
        last = head.right_edge
        person = self.ctx.analysis.entity(self._of(last)) if last.i > head.i else None
        if person is None or person.type != "PERSON":
            return None
        first = last
        while first.i > head.i and self._of(first.nbor(-1)) == person.id:
            first = first.nbor(-1)
        return person if first.i > head.i and is_role_word(first.nbor(-1).text) else None

    def _last_named(self, pos: int) -> str | None:
        """ "Lord Penhallow said ... “...,” he said": an open he/she continues a person quoted last under a
        name the entities stage did not know, as `_last_quoted` does for known people."""
        if not self.named:
            return None
        start, name = self.named[-1]
        after_known = not self.quoted or self.quoted[-1][0] < start
        near = self.ctx.text.count("\n", start, pos) - self.ctx.text.count("\n\n", start, pos) <= QUOTED_LINES
        return name if after_known and near else None

    def _last_quoted(self, gender: str | None, pos: int, other_than: Entity | None = None) -> Entity | None:
        """ "..., she added": a he/she the entities stage left open continues the person of that gender (or
        of no known gender: "Noor Vale ... said ... “...,” he said") quoted last (other than `other_than`),
        when that was at most QUOTED_LINES lines of text before (news keeps quoting the person it
        introduced)."""
        for start, entity in reversed(self.quoted):
            if self.ctx.text.count("\n", start, pos) - self.ctx.text.count("\n\n", start, pos) > QUOTED_LINES:
                return None
            if other_than is not None and entity.id == other_than.id:
                continue
            if entity.type == "PERSON" and (gender is None or _gender(entity) in (None, gender)):
                return entity
        return None

    def _by_surname(self, head: Token) -> Entity | None:
        """ "Brennan said", "Former Rovers captain Brennan, who ..., says": a name heading the speaker's
        phrase, or right after its title, that the entities stage left unlinked here is the one person of
        the article known by that surname or short form (Owen Brennan); not "Surrey staff". A name the
        model typed otherwise counts when it opens with a given name or initials ("JK Rowling"), and a
        surname the parser took for a common noun too."""
        # a surname read as a modal ("Will described ...") too
        names = {head.text} if head.is_title and head.pos_ in ("PROPN", "NOUN", "AUX") else set()
        if is_role_word(head.text):
            names |= {c.text for c in head.children if _name_word(c) and c.i == head.i + 1}
        people = {
            e.id: e
            for e in self.ctx.analysis.entities
            if _personal_name(e) and len(e.name.split()) > 1 and names & _surnames(e)
        }
        return next(iter(people.values())) if len(people) == 1 else None

    def _described(self, head: Token) -> Entity | None:
        """ "The corporation said", "said the search giant": a definite description of an organisation that
        the entities stage left open is the organisation named last as a subject or possessor shortly
        before. A document ("the Gartner report", "the report") speaks for its author: the organisation or
        person it is by, here or at the nearest document mentioned before with one, else the organisation
        named last as before ("The NAO urged ... The report said")."""
        lemma = head.lemma_.lower()
        if (_document(head) or head.lower_ in record_nouns()) and (
            owner := self._owning_org(head)
        ) is not None:
            return owner
        ranked = _ranked_in_place(head)  # "Europe's biggest drugmaker" is a description, owned by no one
        # "his office": as written; not "the US company", a place describing a company
        company = lemma in company_nouns()
        if not ranked and any(
            _by_someone(c) and not (company and c.ent_type_ in PLACE_TYPES) for c in head.children
        ):
            return None
        definite = any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" for c in head.children)
        if _document(head):
            # "according to a survey", "figures showed": a document not mentioned before, as written; figures
            # speak only for an author named with them ("Labor Department figures")
            determiners = [c.lower_ for c in head.children if c.dep_ == "det"]
            if not determiners or INDEFINITE & set(determiners) or head.lower_ in DATA_FORMS:
                return self._document_author_ahead(head)
            found = self._maker(head) or self._document_author(head)
            return found or (self._recent_org(head) if definite else None)
        if head.tag_ == "NN" and definite and lemma in bodies():
            found = self._recent_org(head)
            if found is not None and (_other_country(head, found) or self._placed_elsewhere(head, found)):
                return None
            return found
        if head.tag_ == "NN" and definite and is_head(head.text):
            return self._by_title(head)
        return None

    def _owning_org(self, head: Token) -> Entity | None:
        """ "FEC records show", "Acme's records show": a document compounded with or owned by an
        organisation's name or initials (which the tagger may take for a common noun) speaks for that
        organisation, when the entities stage knows it as one ("GPS data", "DNA records", "Doe's medical
        records" are no organisation's)."""
        for child in head.children:
            named = child.pos_ == "PROPN" or _acronym(child)
            if child.dep_ in ("compound", "poss") and named:
                entity = self.ctx.analysis.entity(self._of(child))
                if entity is not None and entity.type == "ORG":
                    return entity
        return None

    def _by_title(self, head: Token) -> Entity | None:
        """ "The union president said": the person named before holding a role with that title word, the
        one whose role shares most of the description's other words when several do."""
        words = {t.lower_ for t in head.lefts if t.dep_ in ("compound", "amod", "nmod")}
        fits = []
        for entity in self.ctx.analysis.entities:
            named_before = any(m.start < head.idx for m in entity.mentions)
            if entity.type != "PERSON" or not named_before:
                continue
            for role in entity.roles:  # not "Shadow chancellor" for "the chancellor"
                role_words = f"{role.title} {role.organization or ''}".lower().split()
                if fits_title(role.title, head.text, words & OTHER_OFFICE):
                    fits.append((len(words & set(role_words)), entity.id, entity))
        best = max((f[0] for f in fits), default=0)
        found = {f[1]: f[2] for f in fits if f[0] == best}
        return next(iter(found.values())) if len(found) == 1 else None

    def _titled_before(self, head: Token) -> list[Entity]:
        """The people named before `head` who hold its title word now: by a role the entities stage gave
        them, or by the title written right before their name ("Finance Minister Chrystia Lang", "Gov.
        Gavin Newsom"); not a former holder ("Former premier Bill Davison")."""
        # "The Prime Minister" is no finance minister; "The Indonesian Economics Minister" is one
        mods = {t.lower_ for t in head.lefts if t.dep_ in ("compound", "amod") and not country_of(t.text)}
        found = []
        for entity in self.ctx.analysis.entities:
            named = [m.start for m in entity.mentions if m.source != "pronoun" and m.start < head.idx]
            if entity.type != "PERSON" or not named:
                continue
            written = [t for t in (_title_before(self.ctx.text, start) for start in named) if t]
            if any(_former(t) for t in written):
                continue
            if any(fits_title(t, head.text, mods) for t in [*(r.title for r in entity.roles), *written]):
                found.append(entity)
        return found

    def _document_author(self, head: Token) -> Entity | None:
        doc = head.doc
        for token in reversed(doc[max(0, head.i - DOCUMENT_LOOKBACK) : head.i]):
            if token.pos_ == "NOUN" and _document(token):
                words = [w for c in token.children if _by_someone(c) for w in c.subtree]
                words += [] if words else _issued_by(token)
                words += [] if words or (maker := _issuer(token)) is None else list(maker.subtree)
                for word in words:
                    entity = self.ctx.analysis.entity(self.ctx.entity_at(word.idx, word.idx + len(word.text)))
                    if entity is not None and entity.type in ("ORG", "PERSON"):
                        return entity
        return None

    def _document_author_ahead(self, head: Token) -> Entity | None:
        """ "Shoppers want music, says a report. ¶ Produced by Acme Research, the analysis found": a
        document a lead introduces without its author is by whoever the next sentence says made the
        document that is its subject ("The study, by Acme", "Produced by Acme, the analysis")."""
        lead = self.ctx.fact_sentences()[:LEAD_SENTENCES]
        if not any(s.start <= head.i < s.end for s in lead) or head.sent.end >= len(head.doc):
            return None
        after = head.doc[head.sent.end].sent
        root = after.root
        documents = [t for t in after if t.dep_ in SUBJECT and t.head == root and _document(t)]
        first = next(t for t in after if not t.is_space)
        if first.tag_ == "VBN" and first.dep_ == "advcl":  # "Produced by Acme, the analysis found" (or
            # parsed as the participle's object)
            agents = [g for a in first.children if a.dep_ == "agent" for g in a.subtree]
            inside_it = [t for t in first.subtree if t.pos_ == "NOUN" and _document(t)]
            if agents and (documents or inside_it):
                return self._named_among(agents)
        return self._maker(documents[0]) if documents else None

    def _named_among(self, words: list[Token]) -> Entity | None:
        """The largest organisation or person named among `words` ("the Pew Internet and American Life
        Project", not its "American Life Project")."""
        found = [self.ctx.analysis.entity(self._of(word)) for word in words]
        if any(w.pos_ == "PROPN" and e is None for w, e in zip(words, found, strict=True)):
            return None  # a name the entities stage cut ("Pew Internet and [American Life Project]")
        named = [e for e in found if e is not None and e.type in ("ORG", "PERSON")]
        return max(named, key=lambda e: len(e.name), default=None)

    def _maker(self, document: Token) -> Entity | None:
        """The organisation or person a document names as its maker: "The study, by Acme", "an Acme
        report", "a poll carried out by Acme", "Produced by Acme, the analysis found"."""
        makers = [g for c in document.children if _by_someone(c) for g in c.subtree]
        makers += [] if makers or (maker := _issuer(document)) is None else list(maker.subtree)
        verb = document.head
        if document.dep_ in SUBJECT:  # an aside the parser hung on the verb: "The survey, by Acme, found"
            makers += [
                g
                for c in verb.children
                if c.dep_ == "prep"
                and c.lower_ in ("by", "from")
                and document.i < c.i
                and all(t.is_punct for t in document.doc[document.right_edge.i + 1 : c.i])
                for g in c.subtree
            ]
        if document.dep_ in SUBJECT:  # an opening participle with an agent
            makers += [
                g
                for c in verb.children
                if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i < document.i
                for a in c.children
                if a.dep_ == "agent"
                for g in a.subtree
            ]
        return self._named_among(makers)

    def _recent_org(self, head: Token) -> Entity | None:
        """The organisation mentioned last as a subject or possessor in the sentence of `head` (before it)
        or the DESCRIPTION_SENTENCES - 1 before; for "the company", also one named inside a subject's phrase
        ("said Yukos chief executive Steven Theede")."""
        company = head.lemma_.lower() in company_nouns()
        first = head.sent
        for _ in range(DESCRIPTION_SENTENCES - 1):
            first = head.doc[first.start - 1].sent if first.start > 0 else first
        found: tuple[int, Entity] | None = None
        for entity in self.ctx.analysis.entities:
            if entity.type != "ORG" and not _misread_org(entity):
                continue
            for m in entity.mentions:
                later = found is None or m.start > found[0]
                if first.start_char <= m.start and m.end <= head.idx and later:
                    span = head.doc.char_span(m.start, m.end, alignment_mode="expand")
                    root = span.root if span is not None else None
                    if root is not None and (
                        root.dep_ in ("nsubj", "nsubjpass", "poss") or company and _in_subject_phrase(root)
                    ):
                        found = (m.start, entity)
        return found[1] if found else None

    def _placed_elsewhere(self, head: Token, org: Entity) -> bool:
        """ "Fiat, Italy's largest employer ... The US firm": the article places the organisation in
        another country than the description's, right after naming it."""
        places = {country_of(c.text) for c in head.lefts if c.ent_type_ in PLACE_TYPES} - {None}
        if not places:
            return False
        for m in org.mentions:
            after = self.ctx.text[m.end : m.end + PLACED_WINDOW]
            if m.source != "pronoun" and after.startswith(","):
                found = {country_of(w) for w in re.findall(r"[A-Z][\w.]+", after)} - {None}
                if found and not found & places:
                    return True
        return False

    def _epithet_of_last_quoted(self, head: Token) -> Entity | None:
        """ "“...,” the 29-year-old said", "said the Norwegian": news refers to the person it quotes by age
        or nationality; an epithet the entities stage left open is the person quoted last."""
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        phrase = head.doc[head.left_edge.i : head.i + 1].text
        demonym = country_of(head.text) and not head.lower_.endswith(GROUP_DEMONYMS)
        epithet = AGE.search(phrase) or (head.tag_ in ("NN", "NNP", "JJ") and demonym)
        # "the Romanian international": a person's role (never "the Irish government") with a nationality
        described = (
            head.tag_ == "NN"
            and head.lemma_.lower() in epithet_nouns()
            and any(c.dep_ in ("amod", "compound") and country_of(c.text) for c in head.lefts)
        )
        if head.dep_ not in SUBJECT or not definite or not (epithet or described):
            return None
        if described and not epithet:  # only the subject of the sentence just before
            return self._named_just_before(head)
        return self._last_quoted(None, head.idx)

    def _named_just_before(self, head: Token) -> Entity | None:
        """ "It emerged that Novak had failed a test. The Czech international later said": an epithet
        describing someone by nationality is the one person the sentence before names, as its subject."""
        if head.sent.start == 0:
            return None
        sent = head.doc[head.sent.start - 1].sent
        people = {
            e.id: e
            for e in self.ctx.analysis.entities
            if e.type == "PERSON"
            and any(sent.start_char <= m.start < sent.end_char and m.source != "pronoun" for m in e.mentions)
        }
        if len(people) != 1:
            return None
        entity = next(iter(people.values()))
        # "Novak had failed", "It emerged that Novak had failed": the person is a subject there
        return entity if any(t.dep_ in SUBJECT and self._of(t) == entity.id for t in sent) else None

    def _place_or_date(self, token: Token) -> bool:
        """A place the places stage resolved, or a date (the parser's GPE and NORP tags are no guide:
        it tags Bloomberg a place)."""
        placed = any(p.start <= token.idx < p.end for p in self.ctx.analysis.places)
        return placed or token.ent_type_ in ("DATE", "TIME")

    def _maker_named(self, name: Token, start: int, end: int) -> Speaker:
        """A document's maker by the name written before it ("Angus Reid" of "a new Angus Reid poll"): the
        organisation of that name when there is one, never a person who shares it (Michael Bloomberg)."""
        written = self.ctx.text[name.left_edge.idx : name.idx + len(name.text)]
        orgs = (e for e in self.ctx.analysis.entities if e.type == "ORG")
        org = next((e for e in orgs if e.name == written or written in e.aliases), None)
        if org is not None:
            return Speaker(entity=org.id, name=org.name, start=start, end=end)
        return Speaker(name=written, start=start, end=end)

    def by_name(self, name: str, start: int | None, end: int | None) -> Speaker:
        """A speaker known by name only (a post's author): the entity of that name when there is one."""
        wanted = name.casefold()
        for entity in self.ctx.analysis.entities:
            if entity.name.casefold() == wanted or wanted in (a.casefold() for a in entity.aliases):
                return Speaker(entity=entity.id, name=entity.name, start=start, end=end)
        entity_id = self.ctx.entity_at(start, end) if start is not None and end is not None else None
        entity = self.ctx.analysis.entity(entity_id)
        if entity is not None:
            return Speaker(entity=entity.id, name=entity.name, start=start, end=end)
        return Speaker(name=name, start=start, end=end)

    def _after_dateline(self, start: int, end: int) -> tuple[int, int]:
        """The parser often takes a dateline ("PHILADELPHIA, July 25 (UPI) --") into the subject."""
        lines = [(d.start, d.end) for d in self.ctx.analysis.anatomy.datelines]
        found = DATELINE.match(self.ctx.text, start, end)
        if found is not None and (start == 0 or self.ctx.text[start - 1] == "\n"):
            lines.append(found.span())
        for line_start, line_end in lines:
            if line_start <= start < line_end < end:
                start = line_end
                while start < end and not self.ctx.text[start].isalnum():
                    start += 1
        return start, end

    def _entity(self, head: Token, start: int = 0) -> str | None:
        """The entity of the head or a word in apposition with it, from `start` on (past a dateline); for a
        description, a name in apposition first ("the group's new chief economist, Lena Stroud": whomever
        the entities stage linked the description to, she is named)."""
        tokens = _named_by(head, start)
        if head.pos_ == "NOUN" and tokens and tokens[0] == head:
            tokens = [*tokens[1:], head]
        for token in tokens:
            found = self.ctx.entity_at(token.idx, token.idx + len(token.text))
            if found is not None:
                return found
        return self._titled_person(head)

    def _titled_person(self, head: Token) -> str | None:
        """ "Speaker of the House Rep. Jane Doe": a capitalised title heading the phrase, and one person
        named in it, holding the title (not "a spokesman for Jane Doe", lower case)."""
        if head.pos_ != "PROPN" or not head.text[:1].isupper() or not is_role_word(head.text):
            return None
        people = set()
        for token in head.subtree:
            if token.i > head.i and not _in_clause_of(token, head):
                entity = self.ctx.analysis.entity(self.ctx.entity_at(token.idx, token.idx + len(token.text)))
                people |= {entity.id} if entity is not None and entity.type == "PERSON" else set()
        return people.pop() if len(people) == 1 else None


def _in_clause_of(token: Token, head: Token) -> bool:
    """Whether a verb stands between the token and the head it depends on: "Lawyers defending Jo Li"
    names Jo Li inside a clause about the lawyers, not as the holder of a title."""
    for above in token.ancestors:
        if above == head:
            return False
        if above.pos_ in ("VERB", "AUX"):
            return True
    return False


def _name_given_as(head: Token) -> str | None:
    """ "One man, who gave his name only as Denny", "a resident identified only as Jo Li": an unnamed
    person the article names in their own phrase, by the name they gave."""
    if head.pos_ != "NOUN" or not _person_noun(head):
        return None
    phrase = head.doc[head.left_edge.i : head.right_edge.i + 1].text
    found = NAME_GIVEN_AS.search(phrase)
    if found is None or any(is_head(w) or w in groups() or country_of(w) for w in found.group(2).split()):
        return None  # "identified herself as Republican", "... as Deputy Mayor Jim Bell"
    if not found.group(1).startswith("gave") and found.group(2).split()[0] not in known_given_names():
        return None  # "identified himself as Liberal": a name given only "as" must open with a given name
    return found.group(2)


def _title_before(text: str, start: int) -> str | None:
    """The title written right before a name with the capitalised words before it ("Finance Minister" of
    "Finance Minister Chrystia Lang", "Shadow Chancellor", "Gov."), and a "former"/"ex-" before those
    ("Former Alberta premier")."""
    found = TITLE_BEFORE.search(text, max(0, start - 50), start)
    return " ".join(found.group(0).split()) if found else None


def _former(title: str) -> bool:
    return title.lower().startswith(("former", "ex-", "ex "))


def _capital_title(head: Token) -> bool:
    """ "The Premier", "the Minister": a capitalised title word after "the", read as a proper noun."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    return head.pos_ == "PROPN" and definite and head.is_title and is_head(head.text)


def _fallback_name(head: Token, phrase: str, start: int = 0) -> str | None:
    """A speaker without entity: the name as the model read it, else the phrase as written ("the union",
    "police officials"); a pronoun left unlinked has no name."""
    if _personal(head):
        return None
    if _conjoined(head):
        return phrase
    for token in _named_by(head, start):
        ent = _entity_span(token)
        if ent is not None:
            return ent.text.removeprefix("the ").removeprefix("The ")
    if head.pos_ == "PRON" and (
        phrase.casefold() == head.lower_ or RELATIVE_WORDS & set(phrase.lower().split())
    ):
        return None  # "Some said", "Others said", "some of whom": no name
    phrase = ASIDE.split(phrase, maxsplit=1)[0]
    if head.pos_ == "PROPN":
        first = head
        while first.i > 0 and first.nbor(-1).pos_ == "PROPN" and first.nbor(-1).dep_ == "compound":
            first = first.nbor(-1)
        return head.doc[first.i : head.i + 1].text
    return phrase


def _may_be(head: Token, entity: Entity, others: bool) -> bool:
    """Whether an epithet may describe the person: a title must fit their own of that title word ("The
    treasurer" is not "Shadow treasurer Hanne Vos"); with someone else named in the sentence, a
    title must not be other than theirs ("New Interior Minister Paul Brandt ... a call from Mira
    Sallow. The Green leader said") and other epithets are too vague."""
    if not is_head(head.text):
        return not others
    word = singular(head.lower_)
    same = _roles_titled(entity, word)
    if same:
        mods = {t.lower_ for t in head.lefts if t.dep_ in ("compound", "amod", "nmod")} & OTHER_OFFICE
        return any(fits_title(r.title, head.text, mods) for r in same)
    return not (entity.roles and others)


def _epithet(head: Token) -> bool:
    """ "the defenceman", "the Swede", "the 26-year-old": a definite subject describing a person by role,
    nationality or age."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    if head.dep_ not in SUBJECT or not definite or head.tag_ not in ("NN", "NNP"):
        return False
    word = singular(head.lower_)
    age = AGE.search(head.doc[head.left_edge.i : head.i + 1].text) is not None
    described = word in titles().persons or word in descriptive_epithets()
    return age or is_head(head.text) or described or head.ent_type_ == "NORP"


def _roles_titled(entity: Entity, word: str) -> list[Role]:
    """The person's roles whose title ends with the word ("Premier", "Finance Minister" for "minister")."""
    return [r for r in entity.roles if r.title.split() and singular(r.title.split()[-1].lower()) == word]


def _ranked_in_place(head: Token) -> bool:
    """ "Europe's biggest drugmaker", "the UK's largest lender": a place's superlative, describing whoever
    was named before."""
    superlative = any(c.tag_ == "JJS" for c in head.children)
    owners = [c for c in head.children if c.dep_ == "poss"]
    return superlative and any(c.ent_type_ in ("GPE", "LOC") or country_of(c.text) for c in owners)


def _other_country(head: Token, org: Entity) -> bool:
    """ "The FBI ... warned by the Russian government": a state body described by its country ("Russian",
    "Canadian"; quote_state_bodies.txt) is not an organisation whose name does not say that country."""
    if head.lemma_.lower() not in word_file("quote_state_bodies.txt"):
        return False  # "Siemens ... The German company said" is Siemens
    places = [c.text for c in head.lefts if c.dep_ in ("amod", "compound") and country_of(c.text)]
    return any(all(country_of(w) != country_of(p) for w in org.name.split()) for p in places)


def _issued_by(document: Token) -> list[Token]:
    """ "In a statement, Health Minister Jane Roe said": the subject of the verb a document is the means
    of (its author)."""
    prep = document.head
    verb = prep.head if document.dep_ == "pobj" and prep.lower_ in ("in", "through") else None
    if verb is None or verb.pos_ != "VERB" or lexicon().get(verb.lemma_.lower()) != "speech":
        return []
    found = subject(verb)
    return [found] if found is not None else []


def _by_someone(child: Token) -> bool:
    """A modifier naming whose a thing is: "his" office, "the Gartner" report, a study "by" Jupiter."""
    return (
        (child.dep_ == "poss" and (child.tag_ == "PRP$" or child.pos_ == "PROPN"))
        or (child.dep_ == "compound" and child.pos_ == "PROPN")
        or (child.dep_ == "prep" and child.lower_ in ("by", "from"))
    )


def _person_like(name: str) -> bool:
    """A name of two or three words opened by an honorific or a given name ("Lord Penhallow")."""
    words = name.split()
    return 2 <= len(words) <= 3 and (words[0].lower() in titles().honorifics or words[0] in given_names())


def _misread_org(entity: Entity) -> bool:
    """ "GlaxoSmithKline" read as a person: one word, no given name, never referred to as he or she."""
    one_word = len(entity.name.split()) == 1 and entity.name not in given_names()
    return entity.type == "PERSON" and one_word and all(m.source != "pronoun" for m in entity.mentions)


def _personal_name(entity: Entity) -> bool:
    """A person, or a name of two or three words opening with a given name or initials ("JK Rowling")."""
    words = entity.name.split()
    opener = words[0] in given_names() or INITIALS.fullmatch(words[0]) is not None
    return entity.type == "PERSON" or len(words) <= 3 and opener and words[-1][:1].isupper()


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_title


def _gender(entity: Entity) -> str | None:
    """ "m" / "f" from the pronouns linked to a person, else from a given name of clear gender."""
    seen = {
        GENDER[m.text.lower()] for m in entity.mentions if m.source == "pronoun" and m.text.lower() in GENDER
    }
    if not seen:
        seen = {given_names().get(entity.name.split()[0], "-")} - {"-"}
    return seen.pop() if len(seen) == 1 else None


def _named_by(head: Token, start: int = 0) -> list[Token]:
    """The head and the words in apposition with it: "Nunes, the ferocious brawler who ..." names the
    brawler, "the spokesman, Daniel Okafor," the spokesman; from `start` on (past a dateline)."""
    found = [head, *(c for c in head.children if c.dep_ == "appos")]
    found += [head.head] if head.dep_ == "appos" and head.head != head else []
    found += _misattached_person(head)
    return [t for t in found if t.idx >= start]


def _in_subject_phrase(token: Token) -> bool:
    """A name inside a subject's phrase: "Yukos" in "said Yukos chief executive Steven Theede", "Multiplex
    Group" in "Shares in Multiplex Group fell"."""
    while token.dep_ in SUBJECT_PHRASE_LINKS and token.head != token:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")


def _misattached_person(head: Token) -> list[Token]:
    """ "The BBC's correspondent in Jakarta, Rachel Harvey, told": a person's name closing the phrase, which
    the parser hung on the place or body before it; a place or a body is never a person, so the name is
    in apposition with the head."""
    if head.pos_ != "NOUN":
        return []
    return [
        t
        for t in head.subtree
        if t.dep_ == "appos"
        and t.ent_type_ == "PERSON"
        and t.head.dep_ == "pobj"
        and t.head.ent_type_ not in ("PERSON", "")
        and t.head.head.head == head
    ]


def _referring(head: Token) -> bool:
    """A he/she or a definite description of a person ("the former finance officer"): who it is comes from
    the text around it."""
    return head.lower_ in GENDER or _epithet(head)


def _bare_partitive(token: Token) -> bool:
    """ "Users report they prefer ... Some suggested ...": a bare "some"/"many" subject speaks for part of
    the group named before (GGT names that group); not "some of the officials", named right there."""
    return token.lower_ in PARTITIVES and token.dep_ in SUBJECT and not any(True for _ in token.children)


def _personal(token: Token) -> bool:
    """A personal, possessive or relative pronoun ("he", "they", "who"); "those", "some" are not."""
    return token.tag_ in ("PRP", "PRP$", "WP", "WP$", "WDT")


def _unnamed_antecedent(pronoun: Token, quoted: list[tuple[int, int]], depth: int = 2) -> Token | None:
    """Who a subject he/she/they/it stands for when no entity was linked: a main-clause subject of its
    sentence before it, else of the nearest earlier sentence with one. For he/she the one such subject,
    when it is a person noun ("The governor's press officer would not comment. He said ..."); for
    they/it the nearest one, when it is people or a body of them for they ("Protesters said ... They
    called it a cosmetic fix", "Moreau and Patel ... they said") or a body or a document for it
    ("The report also ... It said"); or the same pronoun again. Subjects inside quotations do not count."""
    if pronoun.dep_ not in SUBJECT or depth == 0:
        return None
    subjects = _nearest_subjects(pronoun, quoted)
    if pronoun.lower_ in PLURAL or _bare_partitive(pronoun):  # people or a body of them, not "attempts"
        candidates = list(map(_counted, _plural_candidates(pronoun, subjects, quoted)))
        for found in candidates:
            if found.lower_ == pronoun.lower_ or found.lower_ in PLURAL:
                return _unnamed_antecedent(found, quoted, depth - 1)
            if _people_or_body(found):
                return found
        return None  # not "Prices rose sharply. They said ...": things do not speak
    if not subjects or (pronoun.lower_ in GENDER and len(subjects) != 1):
        return None
    found = subjects[-1]
    if found.lower_ == pronoun.lower_:
        return _unnamed_antecedent(found, quoted, depth - 1)
    person = is_head(found.text) or singular(found.lemma_.lower()) in titles().persons
    if pronoun.lower_ in NEUTER:  # "The report ... It said", "the committee ... it said"
        document = found.tag_ == "NN" and _document(found)
        return found if document or _definite_body(found) or found.ent_type_ == "ORG" else None
    gender = titles().gender.get(found.lower_, GENDER[pronoun.lower_])  # no "spokeswoman ... He said"
    return found if found.tag_ == "NN" and person and gender == GENDER[pronoun.lower_] else None


def _plural_candidates(pronoun: Token, subjects: list[Token], quoted: list[tuple[int, int]]) -> list[Token]:
    """Whom an open "they" may stand for, nearest first: in its sentence, the main-clause subjects before
    it and the subject of a clause one level below that belongs to the pronoun's verb ("As the rebels
    regrouped ..., they offered", "Mayors said they back ..., they said") or that the pronoun's
    clause belongs to ("staff were bluffing since they had seen"), not one elsewhere ("once
    the ferries resume, they warned"); then the subjects of the sentence before ("Dutch engineers
    tested the dam. The trials, they said, found cracks")."""
    sent = pronoun.sent
    main = {sent.root.i, *(t.i for t in sent.root.children if t.dep_ == "conj")}
    own = [
        t
        for t in sent
        if t.i < pronoun.i
        and t.dep_ in SUBJECT
        and t.head.i not in main
        and t.head.head.i in main
        and pronoun.head in (t.head.head, *t.head.children)  # a clause of the pronoun's verb, or its own
        and not inside(quoted, t.idx)
        and not _said_by(t.head, pronoun)
    ]
    earlier = _nearest_subjects(sent[0], quoted) if subjects and subjects[0].sent == sent else []
    seen = [*reversed(subjects), *reversed(own), *reversed(earlier)]
    return sorted(dict.fromkeys(seen), key=lambda t: (t.sent != sent, -t.i))


def _said_by(clause: Token, pronoun: Token) -> bool:
    """ "Local councils could handle that, they said": the clause is what the pronoun said, whose subject is
    not the pronoun's antecedent, unless that clause reports speech itself ("Mayors said ..., they
    said")."""
    content = clause.head == pronoun.head and clause.dep_ in ("ccomp", "parataxis")
    return content and lexicon().get(clause.lemma_.lower()) is None


def _counted(token: Token) -> Token:
    """ "Hundreds of nurses", "20 of the workers": who a count of people stands for (the nurses)."""
    if token.lemma_.lower() not in quantity_heads() and token.pos_ != "NUM":
        return token
    of = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return next(
        (g for g in of if g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS") and _people_or_body(g)), token
    )


@lru_cache(maxsize=1)
def quantity_heads() -> frozenset[str]:
    """Nouns counting people (newsgraph/data/quote_quantity_heads.txt)."""
    return word_file("quote_quantity_heads.txt")


def _surnames(person: Entity) -> set[str]:
    """What a person may be called by alone: the surname, each part of a hyphenated one
    ("Magnenat-Thalman": "Thalman"), and the entity's aliases."""
    last = person.name.split()[-1]
    return {last, *last.split("-"), *person.aliases} - {""}


# parts of speech that cannot head a speaker phrase: a verb or particle the parser took for its head ("sell")
NOT_NOMINAL = {"VERB", "AUX", "ADP", "ADV", "CCONJ", "SCONJ", "PART", "INTJ", "PUNCT", "SYM"}


def _names_no_one(head: Token) -> bool:
    """Whether an unnamed speaker phrase is positively no one: its head is no noun at all ("sell"), or a
    thing, event or idea ("Cuba's economy grew", "the deal will"; counted: "a quarter of oil prices").
    Any other noun may speak ("the champion said", "Three-quarters said", "The 24-year-old said")."""
    if head.is_title and head.i > head.sent.start:  # a name misread inside the sentence: '"...," May said'
        return False
    if head.pos_ in NOT_NOMINAL:
        return True
    counted = _share_of(head)
    return counted.pos_ == "NOUN" and singular(counted.lemma_.lower()) in thing_nouns()


def _share_of(head: Token) -> Token:
    """ "a quarter of oil prices", "hundreds of rumours": what a count or share counts (the prices)."""
    word = singular(head.lemma_.lower())
    if head.pos_ != "NUM" and word not in quantity_heads() and word not in share_words():
        return head
    of = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return next((g for g in of if g.dep_ == "pobj"), head)


@lru_cache(maxsize=1)
def thing_nouns() -> frozenset[str]:
    """Things, events and ideas that head no speaker (newsgraph/data/quote_thing_nouns.txt)."""
    return word_file("quote_thing_nouns.txt")


@lru_cache(maxsize=1)
def share_words() -> frozenset[str]:
    """Nouns for a share of a group (newsgraph/data/quote_share_words.txt)."""
    return word_file("quote_share_words.txt")


@lru_cache(maxsize=1)
def epithet_nouns() -> frozenset[str]:
    """Roles that, with a nationality, describe a person (newsgraph/data/quote_epithet_nouns.txt)."""
    return word_file("quote_epithet_nouns.txt")


@lru_cache(maxsize=1)
def descriptive_epithets() -> frozenset[str]:
    """Nouns describing a person by occupation or fame (newsgraph/data/quote_descriptive_epithets.txt)."""
    return word_file("quote_descriptive_epithets.txt")


@lru_cache(maxsize=1)
def company_nouns() -> frozenset[str]:
    """Nouns for a company, which a place only describes: "the US firm" (data/quote_company_nouns.txt)."""
    return word_file("quote_company_nouns.txt")


def _people_or_body(found: Token) -> bool:
    """ "Protesters", "Republicans", "the union", "industry groups", "Johnson and Weld": who may be a
    "they"."""
    person = is_head(found.text) or singular(found.lemma_.lower()) in titles().persons
    people = found.tag_ in ("NNS", "NNPS") and (
        person or found.lemma_.lower() == "people" or found.ent_type_ == "NORP"
    )
    return people or _definite_body(found) or _body_plural(found) or _conjoined(found)


def _fitting_title(lead: Token, subject: Token) -> bool:
    """The person named next can be the one the lead described: "one of their frontbenchers" is any
    member; otherwise the name's own title, if it has one, is the lead's ("a senior police officer
    said ... ¶ Chief Minister Jo Li said" are two people)."""
    if lead.lower_ == "one":
        return True
    titles = {singular(t.lemma_.lower()) for t in subject.subtree if t.i != subject.i and is_head(t.text)}
    return not titles or singular(lead.lemma_.lower()) in titles


def _own_phrase(subject: Token) -> list[Token]:
    """The subject's phrase without its prepositional phrases."""
    inner = {t.i for c in subject.children if c.dep_ == "prep" for t in c.subtree}
    return [t for t in subject.subtree if t.i not in inner]


def _lead_kind(head: Token) -> str | None:
    """ "one of their frontbenchers", "a senior official", "a campaign group": a speaker described, not
    named, as a body ("ORG") or else a person ("PERSON"); None for names, pronouns, plurals and documents."""
    if head.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        of = [g for c in head.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        return "PERSON" if of and _person_noun(of[0]) else None
    if head.tag_ != "NN" or _document(head) or not head.is_lower:
        return None
    if singular(head.lemma_.lower()) not in bodies():
        return "PERSON"  # "party treasurer", "the best-loved villain in snooker"
    named = any(t.pos_ == "PROPN" for c in head.lefts for t in c.subtree)  # "Rep. Jo Li's office": named
    return None if named else "ORG"


def _person_noun(token: Token) -> bool:
    word = singular(token.lemma_.lower())
    return is_head(token.text) or is_head(word) or word in titles().persons


def _in_relative(token: Token, top: Token) -> bool:
    """ "the poet whom Ferrand admires": a word inside a relative clause below `top` describes
    something named there; it is not what the statement is about."""
    while token != top and token.head != token:
        if token.dep_ == "relcl":
            return True
        token = token.head
    return False


def _conjoined(token: Token) -> bool:
    """ "Johnson and Weld", "the Teamsters and the Firefighters": a subject joined with another noun."""
    return token.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in token.children
    )


def _definite_body(token: Token) -> bool:
    """ "the union", "the committee", "Trump's campaign": a definite singular noun for an organisation of
    people."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" for c in token.children)
    return token.tag_ == "NN" and definite and token.lower_ in bodies()


def _body_plural(token: Token) -> bool:
    """ "industry groups", "the unions": organisations of people."""
    return token.tag_ == "NNS" and singular(token.lemma_.lower()) in bodies()


@lru_cache(maxsize=1)
def labour_bodies() -> frozenset[str]:
    """Words naming a workers' organisation (newsgraph/data/quote_labour_bodies.txt)."""
    return word_file("quote_labour_bodies.txt")


@lru_cache(maxsize=1)
def not_unions() -> frozenset[str]:
    """Names holding "Union" that is no workers' union (newsgraph/data/quote_not_unions.txt)."""
    return word_file("quote_not_unions.txt")


def _no_union(org: Entity, word: str) -> bool:
    """ "their union" and "the European Union", "Vancity Credit Union", "Union Station": a name holding
    "Union" that is no workers' union (newsgraph/data/quote_not_unions.txt)."""
    name = f" {' '.join(org.name.lower().split())} "
    return word in labour_bodies() and any(f" {n} " in name for n in not_unions())


@lru_cache(maxsize=1)
def bodies() -> frozenset[str]:
    """Nouns for organisations that speak as one: the description heads of the entities stage and
    newsgraph/data/quote_bodies.txt."""
    return frozenset(DESCRIPTION_HEADS) | word_file("quote_bodies.txt")


def _nearest_subjects(pronoun: Token, quoted: list[tuple[int, int]]) -> list[Token]:
    """The main-clause subjects (of the main clause and clauses conjoined with it, not of what was
    said) of the pronoun's sentence before it, else of the nearest earlier sentence with some; for a
    he/she, subjects that stand for no one ("that", "there") do not count ("A spokesman told ... But that
    did not happen. “...,” he said")."""
    impersonal = IMPERSONAL if pronoun.lower_ in GENDER else set()

    def main_subjects(sent: Span, before: int) -> list[Token]:
        main = {sent.root.i, *(t.i for t in sent.root.children if t.dep_ == "conj")}
        return [
            t
            for t in sent
            if t.i < before
            and t.dep_ in SUBJECT
            and t.head.i in main
            and not inside(quoted, t.idx)
            and t.lower_ not in impersonal
        ]

    sent = pronoun.sent
    subjects = main_subjects(sent, pronoun.i)
    while not subjects and sent.start > 0 and pronoun.i - sent.start < LOOKBACK_TOKENS:
        sent = pronoun.doc[sent.start - 1].sent
        subjects = main_subjects(sent, sent.end)
    return subjects


def _entity_span(token: Token):
    if token.ent_type_ not in NAMED:
        return None
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)


@lru_cache(maxsize=1)
def document_nouns() -> frozenset[str]:
    """Nouns for documents that speak for their author (newsgraph/data/quote_documents.txt)."""
    return word_file("quote_documents.txt")


@lru_cache(maxsize=1)
def record_nouns() -> frozenset[str]:
    """Records that speak only for an organisation owning them (newsgraph/data/quote_record_nouns.txt)."""
    return word_file("quote_record_nouns.txt")


def _name_part_of(token: Token, head: Token) -> bool:
    """A proper noun written before a maker's name and part of it ("Fox" of "Fox News poll")."""
    return token.pos_ == "PROPN" and token.dep_ == "compound" and token.head in (head, head.head)


def _document(token: Token) -> bool:
    """A noun for a document, by lemma ("reports") or by form (the plural "figures", not "the figure")."""
    return token.lemma_.lower() in document_nouns() or token.lower_ in document_nouns()


def is_document(token: Token) -> bool:
    """A speaker phrase headed by a document noun ("its figures", "a report that ...")."""
    return token.pos_ == "NOUN" and _document(_antecedent(token))


@lru_cache(maxsize=1)
def presupposing_marks() -> frozenset[str]:
    """Subordinators of clauses a speaker presupposes (newsgraph/data/quote_presupposing_marks.txt)."""
    return word_file("quote_presupposing_marks.txt")


def _author(head: Token) -> Token:
    """The author a document speaks for: "her statement said" -> her, "a release from the union" ->
    union, "the Gartner report" -> Gartner; the organisation named in a body's description ("the
    Dunmore Gazette newspaper"); any other speaker stays."""
    lemma = head.lemma_.lower()
    if head.pos_ == "PROPN" and _document(head):  # "the city's Street Needs Assessment"
        owners = [c for c in head.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")]
        return owners[0] if owners else head
    if head.pos_ == "NOUN" and lemma in OCCASIONS and not _document(head):  # "Doe gave an interview noting"
        return _issuer(head) or head
    if head.pos_ != "NOUN" or not _document(head) and lemma not in bodies():
        return head
    # "a Fox News poll", "a University of Texas/Texas Tribune poll" (a name with "of": a nominal modifier)
    named = [
        c for c in head.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.ent_type_ == "ORG"
    ]
    if named:
        return named[-1]
    if not _document(head):
        return head
    for child in head.children:
        if child.dep_ == "poss" and child.ent_type_ not in ("DATE", "TIME"):  # not "Thursday's report"
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "for") and child.i > head.i:
            found = next((g for g in child.children if g.dep_ == "pobj"), None)
            # "a study for security firm Preventon": made for a firm named as one, who speaks through it;
            # not "a report for Parliament", "a study for Christmas"
            if found is not None and (child.lower_ != "for" or _named_firm(found)):
                return found
    return _issuer(head) or _poster(head) or head


def _acronym(token: Token) -> bool:
    """ "FEC records", "IRS filings": an organisation's initials the tagger may take for a common noun
    and the recogniser miss; the entities stage links them to the organisation spelled out."""
    return token.text.isupper() and token.text.isalpha() and len(token.text) > 1


def _poster(message: Token) -> Token | None:
    """ "Jo Li tweeted on Friday. The tweet said ...", "The band announced it on Instagram. A statement
    said ...": a message (quote_messages.txt) with no author of its own, opening its sentence as the
    subject, is by the subject of the sentence just before when that sentence's main verb puts a message
    out (quote_posting_verbs.txt, or the message's own verb: "tweeted" for "the tweet"). Judges keep
    a message described by a clause of its own as written."""
    sent = message.sent
    if sent.start == 0 or message.dep_ not in SUBJECT or message.lemma_.lower() not in messages():
        return None
    if any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in sent[: message.left_edge.i - sent.start]):
        return None  # not the sentence's opening subject
    if any(c.dep_ in ("acl", "relcl") for c in message.children):
        return None  # "A letter sent to Jo Li said": described by a clause of its own, which names no author
    verb = message.doc[sent.start - 1].sent.root
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in posting_verbs() | {message.lemma_.lower()}:
        return None
    found = subject(verb)
    return found if found is not None and found.pos_ in ("PROPN", "NOUN", "PRON") else None


@lru_cache(maxsize=1)
def kind_words() -> frozenset[str]:
    """Name endings that say what kind of body an organisation is (newsgraph/data/quote_kind_words.txt)."""
    return word_file("quote_kind_words.txt")


@lru_cache(maxsize=1)
def messages() -> frozenset[str]:
    """Nouns for a message someone puts out (newsgraph/data/quote_messages.txt)."""
    return word_file("quote_messages.txt")


def _spells_out(short: list[str], full: list[str]) -> bool:
    """ "Lib Dems" / "Liberal Democrats", "Gen Dynamics" / "General Dynamics": word for word the same or
    a short opening of it, at least one word shortened."""
    if len(short) != len(full):
        return False
    pairs = [(w.removesuffix("s") if len(w) > 3 else w, f) for w, f in zip(short, full, strict=True)]
    shortened = [len(w) <= SHORT_WORD and len(f) > len(w) and f.startswith(w) for w, f in pairs]
    return any(shortened) and all(
        cut or w == f.removesuffix("s") or w == f for (w, f), cut in zip(pairs, shortened, strict=True)
    )


def _named_firm(found: Token) -> bool:
    """ "security firm Preventon": an organisation's name after a word for a body within its phrase."""
    before = found.doc[found.left_edge.i : found.i]
    return found.ent_type_ == "ORG" and any(t.lemma_.lower() in bodies() and not t.ent_type_ for t in before)


def _issuer(document: Token) -> Token | None:
    """ "The ministry issued a statement saying ...", "Doe gave an interview noting ...", "an email sent out
    by Doe", "a statement the ministry released", "a poll carried out by Acme", "the study was compiled by
    Acme": whoever put the document out or made it (by a verb of newsgraph/data/quote_issuing_verbs.txt)
    speaks through it; a "by" agent only when it names someone."""
    verbs = [document.head] if document.dep_ in ("dobj", "nsubjpass") else []
    verbs += [c for c in document.children if c.dep_ in ("acl", "relcl")]
    for verb in verbs:
        lemma = verb.lemma_.lower()  # "sent out" as "send"; "carry" only as "carry out", not "carried by"
        forms = {lemma, *(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt")}
        if verb.pos_ != "VERB" or not forms & issuing_verbs():
            continue
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agents:
            return _named_agent(agents[0])
        found = subject(verb)
        if found is None or found.lower_ in IMPERSONAL - NEUTER or found.tag_ in ("WDT", "WP"):
            continue  # "there", "which" (the document itself); "it" may be the organisation
        return _antecedent(found)  # "the ministry, which issued a statement saying"
    return None


def _named_agent(agent: Token) -> Token | None:
    """A maker's "by" agent that names someone: an organisation, person or place ("researchers at Leeds
    University" for the university), a name the recogniser missed, "her", or a definite noun ("the union");
    not a date ("collected by March") or "two councils"."""
    if agent.ent_type_ or agent.pos_ in ("PROPN", "PRON"):
        return agent if agent.ent_type_ in ("", "ORG", "PERSON", "GPE") else None
    at = [g for c in agent.children if c.lower_ in ("at", "from") for g in c.children if g.dep_ == "pobj"]
    if at and at[0].ent_type_ in ("ORG", "GPE"):
        return at[0]
    return agent if any(c.lower_ == "the" for c in agent.children) else None


@lru_cache(maxsize=1)
def posting_verbs() -> frozenset[str]:
    """Verbs putting out a message the next sentence quotes (newsgraph/data/quote_posting_verbs.txt)."""
    return word_file("quote_posting_verbs.txt")


@lru_cache(maxsize=1)
def issuing_verbs() -> frozenset[str]:
    """Verbs putting out a document (newsgraph/data/quote_issuing_verbs.txt)."""
    return word_file("quote_issuing_verbs.txt")


def _antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for ("Adeyemi, who said ..." -> Adeyemi; "Halvorsen, who warned ...
    and who has long wanted ..." -> Halvorsen: a relative clause conjoined with the first one)."""
    clause = token.head
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    # the first clause opens with the same relative word: not "the raid that killed ... and who hoped"
    same = clause == token.head or any(c.lower_ == token.lower_ for c in clause.children)
    return clause.head if token.lower_ in RELATIVE and clause.dep_ == "relcl" and same else token


def _fuller_description(head: Token) -> str | None:
    """ "The transport scrutiny committee issued ... But the committee said": a bare "the committee" is the
    body named more fully as a subject in the DESCRIPTION_SENTENCES before (the model missed the name)."""
    bare = all(c.dep_ == "det" for c in head.children)
    if not bare or not any(c.lower_ == "the" for c in head.children):
        return None
    first = head.sent
    for _ in range(FULLER_SENTENCES):
        first = head.doc[first.start - 1].sent if first.start > 0 else first
    for token in reversed(head.doc[first.start : head.sent.start]):
        if token.lower_ == head.lower_ and token.dep_ in ("nsubj", "nsubjpass"):
            lefts = [t for t in token.lefts if t.dep_ in ("compound", "amod", "nmod", "npadvmod")]
            words = [w for t in lefts for w in t.subtree if w.dep_ != "det"]
            return " ".join([*(t.text for t in words), token.text]) if words else None
    return None


def _occasion(prep: Token) -> bool:
    """ "a ministry official at a hearing on Friday": where the speaker spoke, not who they are."""
    if prep.dep_ != "prep" or prep.lower_ not in OCCASION_PREPOSITIONS:
        return False
    return any(c.dep_ == "pobj" and c.lemma_.lower() in OCCASIONS for c in prep.children)


def _phrase(head: Token) -> tuple[int, int]:
    """Char span of the speaker phrase: the head with its modifiers and appositions ("rights activist Jane
    Doe", "Okoro, the head of Clean Rivers Now", "He"), without relative clauses."""
    if _personal(head):
        return head.idx, head.idx + len(head.text)
    charged = agent_charge(head)

    def clause(c: Token) -> bool:  # "those involved" is one phrase, "those warning that ..." is not
        short = head.pos_ == "PRON" and c.right_edge.i - c.left_edge.i < SHORT_PARTICIPLE
        examples = c.dep_ == "prep" and c.lower_ in EXAMPLES  # "leftist parties, including ..."
        occasion = head.pos_ == "NOUN" and _occasion(c)  # not "those in the industry"
        # "regulators of misleading investors", "Doe for saying ...": what the speaker did is no part of them
        charge = c.dep_ == "prep" and any(g == charged or object_for(g) == head for g in c.children)
        return c.dep_ == "relcl" or c.dep_ == "acl" and not short or examples or occasion or charge

    # a relative clause deeper in the phrase ends it too: "sources familiar with the talks who were not
    # authorized to speak"
    ends = [c for c in head.rights if clause(c)]
    ends += [t for t in head.subtree if t.i > head.i and t.dep_ == "relcl" and t.head != head]
    cut = min((c.left_edge.i for c in ends), default=head.right_edge.i + 1)
    tokens = [t for t in head.doc[head.left_edge.i : cut] if not t.is_space]
    if len(tokens) > MAX_PHRASE or any(t.is_quote for t in tokens):  # a misparse: keep the core
        tokens = [t for t in head.doc[head.left_edge.i : head.i + 1] if not t.is_space]
    # a finite verb is never inside a speaker phrase before its head
    finite = [n for n, t in enumerate(tokens) if t.i < head.i and t.tag_ in FINITE]
    tokens = tokens[finite[-1] + 1 :] if finite else tokens  # a misparse took in the cue ("said Jane Doe")
    while len(tokens) > 1 and tokens[-1].is_punct and not tokens[-1].is_right_punct:
        tokens.pop()
    while len(tokens) > 1 and tokens[0].is_punct and not tokens[0].is_left_punct:
        tokens.pop(0)
    tokens = tokens or [head]  # a parse whose clause ends cut before the head
    return _hyphen_start(tokens[0]).idx, tokens[-1].idx + len(tokens[-1].text)


def _hyphen_start(first: Token) -> Token:
    """ "Its co-chair said", parsed as three subjects "co", "-", "chair": the phrase opens with the
    first part's own phrase ("Its co"), not at "chair"."""
    doc = first.doc
    while first.i >= 2 and hyphen_joined(doc[first.i - 2]) and doc[first.i - 2].is_alpha:
        first = doc[first.i - 2].left_edge
    return first


@lru_cache(maxsize=1)
def postnominals() -> frozenset[str]:
    """Honours and offices written after a name (newsgraph/data/quote_postnominals.txt)."""
    return word_file("quote_postnominals.txt")


def canonical_name(ctx: Context, speaker: Speaker) -> str | None:
    """The speaker's full name as the article gives it: no honours ("Petra Lindqvist QC"), and a bare surname
    the entities stage left alone completed from its first full mention ("Dimitra Karagianni")."""
    name = speaker.name
    if not name:
        return name
    entity = ctx.analysis.entity(speaker.entity) if speaker.entity else None
    written = ctx.text[speaker.start : speaker.end] if speaker.start is not None else ""
    if written.endswith(f"-{name}") and HYPHEN_HEAD.fullmatch(written[: -len(name) - 1]):
        return written  # "Winn-Dixie" read as "Dixie"
    person = entity.type == "PERSON" if entity else name.split()[0] in given_names() or _person_like(name)
    if not person and (full := spelled_out(name, ctx.text, ctx.analysis.entities)):
        return full  # "PBO" -> "Parliamentary Budget Officer"
    if not person and (longer := _named_on(written, name) or _joint_name(written, name)):
        return longer
    if name.lower() in kind_words() and name[:1].isupper() and written == name:  # "Police said", not "police"
        return _only_named_kind(ctx, name) or name  # and no person "Valley Police"
    if " " not in name and name[:1].isupper() and (entity is None or entity.type == "PERSON"):
        name = _given_name_before(ctx, name) or name
    if person and " " in name and GENERATION_AFTER.search(ctx.text):
        # the fullest form keeps "Jr.": "Harris said" after "Harry B. Harris Jr."
        suffixed = re.search(rf"\b{re.escape(name)} {GENERATION}", ctx.text)
        name = suffixed.group(0) if suffixed else name
    return without_postnominals(name).lstrip(LEADING_MARKS).rstrip(TRAILING_MARKS) or None


# a generational suffix is part of a person's name ("Martin Luther King Jr.", "John Roe III")
GENERATION = r"(?:Jr\.|Sr\.|Jr\b|Sr\b|II\b|III\b|IV\b)"
GENERATION_AFTER = re.compile(f" {GENERATION}")  # a cheap test before a name's own pattern is compiled
HYPHEN_HEAD = re.compile(r"[A-Z][\w.]*")  # "Winn" of "Winn-Dixie"

# no name opens with a list item's bullet glued to it ("-Lynn Vavreck") or ends in a dash or a comma;
# a closing dot or parenthesis may belong to the name ("Jr.", "PML(N)")
LEADING_MARKS = "-‐–—•*·>,;: "
TRAILING_MARKS = "-‐–—,;: "


def _only_named_kind(ctx: Context, word: str) -> str | None:
    """ "Kestrel County Police searched ... Police said": a bare body word written alone is the one
    organisation of the article whose name ends in it (capitalised words before it, which the recogniser
    may miss or mistype); when two forces are named, neither."""
    found = set()
    for token in (t for t in ctx.doc if t.text == word):
        start = token.i
        while start > 0 and _name_word(ctx.doc[start - 1]):
            start -= 1
        found |= {ctx.doc[start : token.i + 1].text} if start < token.i else set()
    return found.pop() if len(found) == 1 else None


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_title and token.ent_type_ not in ("DATE", "TIME")


# a capitalised name of up to five words ("University of Texas", "ABC News")
NAME_PART = r"[A-Z][\w.&'’-]*(?: (?:of |and |& )?[A-Z][\w.&'’-]*){0,4}"

# "Lloyds of London", "UN Economic Commission for Latin America": capitalised words after "of"/"for"
NAMED_ON = re.compile(rf"(?:of|for) (?:the )?{NAME_PART}")


def _joint_name(written: str, name: str) -> str | None:
    """ "an ABC News/Washington Post poll", "a University of Texas/Texas Tribune poll": a poll or study made
    jointly is named by both makers, joined by the slash as written (GGT writes it so)."""
    if "/" not in written:
        return None
    part = rf"(?:{NAME_PART}|{re.escape(name)})"
    for found in re.finditer(rf"(?<![\w/]){part}(?:/{part})+", written):
        joint = re.sub(r"^(?:A|An|The) ", "", found.group(0))  # "A CNN/ORC poll" opening a sentence
        if name in joint.split("/"):
            return joint
    return None


def _named_on(written: str, name: str) -> str | None:
    """The speaker phrase as written when it is the organisation's name continued by "of"/"for" and
    capitalised words the recogniser read as a place of its own."""
    written = written.removeprefix("the ").removeprefix("The ")
    if not all(w[:1].isupper() for w in name.split()) or is_role_word(name.split()[-1]):
        return None  # "a new survey for the Herald", "the MP for Dunmore West"
    rest = written.removeprefix(name + " ")
    return written if rest != written and NAMED_ON.fullmatch(rest) else None


def _given_name_before(ctx: Context, surname: str) -> str | None:
    """ "Dimitra Karagianni, who ..." earlier in the article: the given name the model read as part
    of a person's name right before the surname, the first time it appears."""
    if is_head(surname):
        return None  # "The Premier said" after "Alberta Premier Jo Doe": a title is no surname
    for found in re.finditer(rf"(?<=\w )\b{re.escape(surname)}\b", ctx.text):
        span = ctx.doc.char_span(*found.span())
        if span is None or len(span) != 1 or span[0].i == 0:
            continue
        token = span[0]
        given = token.nbor(-1)
        named = given.ent_type_ == "PERSON" or given.text in given_names()
        place = given.ent_type_ in ("GPE", "LOC", "NORP", "FAC")
        person = named or given.dep_ == "compound" and given.head.i == token.i and not place
        if given.pos_ == "PROPN" and given.is_title and person and not is_role_word(given.text):
            return f"{_hyphenated(given)} {surname}"
    return None


def _hyphenated(given: Token) -> str:
    """ "Jean-François", which the tokenizer splits at the hyphen: the whole given name."""
    doc, i = given.doc, given.i
    joined = i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_
    return doc[i - 2 : i + 1].text if joined and doc[i - 2].is_title else given.text


def without_postnominals(name: str) -> str:
    """ "Petra Lindqvist QC" -> "Petra Lindqvist": a canonical name carries no honours (as GGT writes it);
    at least a two-word name stays."""
    words = name.split()
    while len(words) > 2 and words[-1].strip(",.") in postnominals() and words[-2][:1].isupper():
        words.pop()
        words[-1] = words[-1].rstrip(",")
    return " ".join(words) if len(words) < len(name.split()) else name
