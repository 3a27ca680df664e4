"""Toponym mentions of an article: the spans the places stage tries to put on the map."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from newsgraph.entities.lexicon import titles
from newsgraph.places import gazetteer
from newsgraph.places.candidates import candidates

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsgraph.context import Context

PLACE_TYPES = {"GPE", "LOC", "FAC"}
# Names the model typed otherwise that are still places when the gazetteer knows them well enough:
# ORG/NORP spans ("Karachi" as ORG) need an official place name (a city of this size at least);
# PERSON spans only a several-word division name ("Rapides Parish", "Sri Lanka"): "Georgia", "Jordan" are
# people too.
MISTYPED_MIN_POPULATION = {"ORG": 100_000, "NORP": 100_000, "PRODUCT": 100_000, "EVENT": 100_000}
AREA_FEATURES = {"country", "admin1", "region"}
DIVISION_WORDS = {"county", "parish", "province", "district", "township", "borough", "governorate"}
EMBEDDING_TYPES = {"ORG", "FAC", "PERSON", "EVENT", "PRODUCT"}
# A demonym ("Pakistani", "Israelis") names its country under any label but LANGUAGE ("speaks German").
NOT_DEMONYM_TYPES = {"LANGUAGE"}
# Dependencies by which a name qualifies the noun it hangs on ("Karachi police", "Sindh government").
MODIFIER_DEPS = {"compound", "amod", "nmod"}
# Names that belong to a place when they open with its name or demonym ("Karachi police", "Indian Army");
# people ("George Bush", "Nadia Moayyad") and events or products are no mention of the place.
BELONGING_TYPES = {"ORG", "FAC"}
MAX_NAME_TOKENS = 4
# Words before a place name in an organisation's name that are not part of the place's
DIRECTION_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}
DIRECTION_WORDS |= {"northeast", "northwest", "southeast", "southwest", "metro", "greater", "upper", "lower"}
DIRECTION_WORDS |= {"northeastern", "northwestern", "southeastern", "southwestern"}
# Weak toponyms (Toponym.weak): names of these types, naming a record of these kinds.
WEAK_TYPES = {"PERSON", "ORG", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART"}
WEAK_FEATURES = {"city", "admin2", "admin1"}
# Cities this large are famous enough to be places when the model left them untyped, or when they
# open an organisation's name without being named as a place elsewhere in the article (a typed
# organisation name is the stronger hint: tuned on LGL, 100k -> 50k gave recall +0.007, precision -0.002).
UNTYPED_MIN_POPULATION = 100_000
EMBEDDED_MIN_POPULATION = 50_000
# "Sen. Tony Sertich, DFL-Chisholm", "(R-Ocilla)": a US legislator's party and home district or town.
# The name may end the sentence ("D-Monongalia.") or run into a dash the text garbled ("DFL-Chisholm â").
_DESIGNATION = re.compile(
    r"(?:(?<=, )|(?<=\())(?:D|R|I|DFL)-([A-Z][a-z]+\.?(?: [A-Z][a-z]+)?)"
    r"(?=[,;)]|\.(?:\s|$)|\s+(?:and\b|[^\w\s]|[\u00c0-\u00ff]\s))"
)
# "Fargo-Moorhead", "Otter Tail/Grant": names joined by a hyphen, dash or slash (not "Wilkes-Barre", a name)
_COMPOUND = re.compile(r"\w[-/\u2013]\s?\w|\w-\s")
_COMPOUND_PART = re.compile(r"[^-/\u2013]+")
_COUNTY_ABBREVIATION = re.compile(r"([A-Z][\w'.]+(?: [A-Z][\w'.]+)?) Co\.?")
_LIST_NAME = r"[A-Z][\w'.]+(?: [A-Z][\w'.]+)?"
_DIVISION_LIST = re.compile(rf"\b((?:{_LIST_NAME}(?:, | and |, and |/))+{_LIST_NAME}) (counties|parishes)\b")
_LIST_SEPARATOR = re.compile(_LIST_NAME)
# A name written next to the next toponym ("Hyderabad, Sindh", "Hyderabad (Sindh)") is qualified by it.
_QUALIFIER_GAP = re.compile(r"\s*(?:,|\(|in)\s*")
# "in Delano", "near Ridge Farm", "outside Calais": a preposition that places what follows
_LOCATIVE = re.compile(r"\b(?:in|near|outside|around)\s+$")
_POSSESSIVE = re.compile(r"(?:['\u2019]s?)$")
# "CORSICANA — A Henderson County woman ...", "HUDSON -- Officials ...": a capitalised dateline at the
# start of the text, a line or a sentence, then an optional ", State" and a dash.
_CAPS_DATELINE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?]\s))([A-Z][A-Z.'\- ]*[A-Z.])(?:,\s+[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)?"
    r"(?:\s+(?:\u2014|\u2013|--?)\s|:\s)"
)


@dataclass
class Toponym:
    start: int
    end: int
    text: str
    entity: str | None = None
    label: str = "GPE"
    name: str = ""  # what to look up: the entity's full name for a short form ("Walker" of "Walker County")
    qualifier: Toponym | None = None  # the toponym written right after it as "X, Q"
    dateline: bool = False  # the story's dateline: where it was filed
    form: str = "name"  # model.Place.form: "name", "demonym" or "modifier"
    local: bool = False  # a street-level or natural feature the gazetteer lacks ("Main Street")
    # a name that is a place only if the article's other places back it: a small town typed PERSON or ORG,
    # or left untyped ("Grovetown", "Glen Carbon"), kept when it lies among them (places.resolve)
    weak: bool = False
    # the wording says it is a place ("D-Kanawha" of a legislator, "Clarke and Oconee counties"): a weak
    # toponym backed by the article's ADM1 or country, near its other places or not
    hint: bool = False
    # written after a locative preposition ("in Parkers Prairie", "near Ridge Farm"): a weak toponym so
    # cued is backed by the article's ADM1 without being near its other places, else by its main country
    cued: bool = False


@lru_cache(maxsize=1)
def facility_words() -> frozenset[str]:
    """Words that make a place name at the start of an organisation or facility name a place mention."""
    return frozenset(w.strip().casefold() for w in gazetteer.data_lines("geo_facility_words.txt"))


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """Titles and nouns for people ("officer", "mayor", "resident"; the entities stage's title table)
    that also name some small town: never a place alone."""
    table = titles()
    return table.heads | table.persons


# A word of a feature's name: capitalised, or an ordinal or initial ("40th Avenue", "N. High St.").
_NAME_WORD = r"(?:[A-Z](?:\.[A-Z])*\.|[A-Z][\w'\u2019-]*|\d+(?:st|nd|rd|th))"
# Capitalised words that open a sentence or a clause rather than a feature's name ("The Main Street").
LEADING = {"the", "a", "an", "on", "in", "at", "of", "from", "to", "near", "and", "or", "by", "off"}


@lru_cache(maxsize=1)
def _local_feature_pattern() -> re.Pattern[str]:
    """Regex of street-level and natural feature names (newsgraph/data/geo_local_features.tsv)."""
    words: dict[str, list[str]] = {"after": [], "before": [], "number": []}
    for word, position in (line.split("\t") for line in gazetteer.data_lines("geo_local_features.tsv")):
        words[position].append(re.escape(word).replace("\\ ", " "))

    def alt(position: str) -> str:
        return "|".join(sorted(words[position], key=len, reverse=True))

    after = rf"(?:{_NAME_WORD}[ \t]+){{1,3}}(?:{alt('after')})(?!\w)"
    before = rf"(?:{alt('before')})(?:[ \t]+the)?[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}"
    number = rf"(?:{alt('number')})[ -]\d{{1,3}}[A-Z]?\b"
    return re.compile(rf"\b(?:{number}|{after}|{before})")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a trailing possessive or whitespace from a span ("Pakistan's" -> "Pakistan")."""
    chunk = text[start:end].rstrip()
    match = _POSSESSIVE.search(chunk)
    if match and match.start() > 0:
        chunk = chunk[: match.start()]
    return start, start + len(chunk)


def _mistyped_place(text: str, label: str) -> bool:
    """A span the model typed ORG, NORP or PERSON that is nevertheless a place name."""
    if label == "PERSON":
        # "Sri Lanka" typed PERSON: a several-word country, ADM1 or region name is no person's
        words = text.casefold().split()
        best = next(iter(gazetteer.lookup(text)), None)
        if len(words) < 2 or best is None:
            return False
        return words[-1] in DIVISION_WORDS or (best.match != "alt" and best.feature in AREA_FEATURES)
    min_population = MISTYPED_MIN_POPULATION.get(label)
    return min_population is not None and gazetteer.is_place_name(text, min_population)


def _weak_name(text: str) -> bool:
    """A capitalised name some town, county or ADM1 officially bears, whatever its size."""
    return text[:1].isupper() and any(
        c.match != "alt" and c.feature in WEAK_FEATURES for c in gazetteer.lookup(text)
    )


def _place_prefix(
    ctx: Context, tokens: list[Token], known: set[str], weak: bool = False
) -> tuple[int, int] | None:
    """Character span of the longest leading run of tokens, capitalised, that is a place name well
    known (EMBEDDED_MIN_POPULATION) or named as a place elsewhere in the article (`known` keys):
    "Energy Department" and "White House" stay organisations though Energy, IL and White, GA exist.
    A leading direction is part of it only when the whole is a place's name ("West Yorkshire Police",
    but "Northern Illinois University" -> "Illinois"). `weak`: any place name (see Toponym.weak)."""
    if len(tokens) > 1 and tokens[0].lower_ in DIRECTION_WORDS:
        return _name_run(ctx, tokens, known, weak, direction=True) or _name_run(ctx, tokens[1:], known, weak)
    return _name_run(ctx, tokens, known, weak)


def _name_run(
    ctx: Context, tokens: list[Token], known: set[str], weak: bool, direction: bool = False
) -> tuple[int, int] | None:
    """See _place_prefix; with `direction`, only a run of two or more tokens the gazetteer names
    itself (no reading as its base name)."""
    for n in range(min(len(tokens), MAX_NAME_TOKENS), 1 if direction else 0, -1):
        run = tokens[:n]
        if not run[0].is_title and not run[0].is_upper:
            return None
        text = ctx.text[run[0].idx : run[-1].idx + len(run[-1])]
        # "Guernsey County Court": a division's full name, however small, before any shorter name in it
        division = n > 1 and run[-1].lower_ in DIVISION_WORDS and gazetteer.is_place_name(text)
        known_place = gazetteer.normalize(text) in known and gazetteer.is_place_name(text)
        famous = gazetteer.is_place_name(text, EMBEDDED_MIN_POPULATION)
        if division or known_place or famous or (weak and _weak_name(text)):
            return run[0].idx, run[-1].idx + len(run[-1])
    return None


def _embedded(
    ctx: Context, tokens: list[Token], known: set[str], label: str, weak: bool = False
) -> tuple[int, int, str] | None:
    """The place inside an organisation or facility name, with its form: "Karachi Press Club" ->
    "Karachi" (a facility there: "name"), "City Council of Alexandria" -> "Alexandria"; "Karachi
    police", "Texas Department of Health", "Pakistan Peoples Party" -> a "modifier" (the place the
    organisation belongs to); "Pakistani Taliban" -> "Pakistani" (a "demonym"). `weak`: any place
    name, after "of" in any organisation's name too ("University of Rochester")."""
    if tokens[0].lower_ == "the":
        tokens = tokens[1:]
    words = [t.lower_ for t in tokens]
    for i, word in enumerate(words[1:], 1):  # "Hospital of the University of Pennsylvania", "Tour de France"
        if word not in {"of", "de"}:
            continue
        after = tokens[i + 2 :] if words[i + 1 : i + 2] == ["the"] else tokens[i + 1 :]
        if found := _place_prefix(ctx, after, known, weak):
            facility = any(w in facility_words() for w in words[:i])
            return (*found, "name" if facility else "modifier")
    belongs = label in BELONGING_TYPES
    if belongs and tokens[0].is_title and gazetteer.demonym_place(tokens[0].text):
        return tokens[0].idx, tokens[0].idx + len(tokens[0]), "demonym"
    # an event belongs where it is held ("Nashville Film Festival", "Iraq War")
    belongs = belongs or label == "EVENT"
    found = _place_prefix(ctx, tokens[:-1], known, weak)
    if found is None:
        return None
    # whatever follows a division's name is the division's ("Douglas County Road", "Rapides Parish Fire")
    division = ctx.text[found[0] : found[1]].casefold().split()[-1] in DIVISION_WORDS
    if division or any(t.lower_ in facility_words() for t in tokens if t.idx >= found[1]):
        return (*found, "name")
    return (*found, "modifier") if belongs else None


def _from_doc(ctx: Context) -> list[Toponym]:
    """Toponyms from the model's entities (used until the entities stage fills its own)."""
    known = {gazetteer.normalize(e.text) for e in ctx.doc.ents if e.label_ in PLACE_TYPES}
    found = []
    for ent in ctx.doc.ents:
        found += _spans(ctx, ent.start_char, ent.end_char, ent.label_, None, known)
    return found


def _from_entities(ctx: Context) -> list[Toponym]:
    places = [e for e in ctx.analysis.entities if e.type in PLACE_TYPES]
    known = {gazetteer.normalize(m.text) for e in places for m in e.mentions}
    # the model's own place type where the entities stage made a place name a person or organisation
    # ("Mansfield", "Goose Creek" gathered under a PERSON entity of the same name, "Monroe" under "Monroe
    # Mayor Robert Routson"), not where it is a person's surname ("Clinton" of "Bill Clinton")
    raw = {(e.start_char, e.end_char): e.label_ for e in ctx.doc.ents if e.label_ in {"GPE", "LOC"}}
    found = []
    for ent in ctx.analysis.entities:
        for m in ent.mentions:
            if m.source in {"pronoun", "description"}:  # "it", "the city"
                continue
            one_name = gazetteer.normalize(ent.name) == gazetteer.normalize(m.text)
            leading = one_name or gazetteer.normalize(ent.name).startswith(gazetteer.normalize(m.text) + " ")
            if ent.type not in PLACE_TYPES and leading and (m.start, m.end) in raw:
                found += _spans(ctx, m.start, m.end, raw[m.start, m.end], None, known)
                continue
            for t in _spans(ctx, m.start, m.end, ent.type, ent.id, known):
                if t.weak and ent.type == "PERSON" and not one_name:
                    continue  # a person's surname ("Marshall" of "John Marshall")
                # a short form ("Walker" of "Walker County") means the full name
                short = len(t.text) < len(ent.name)
                if short and t.label == ent.type and gazetteer.lookup(ent.name):
                    t.name = ent.name
                found.append(t)
    # place names the model typed that the entities stage kept in no entity or only a part of in another
    # type's ("Edward Island" as a person of "Prince Edward Island")
    spans = [(m.start, m.end, e.type) for e in ctx.analysis.entities for m in e.mentions]
    typed = {(e.start_char, e.end_char): e.label_ for e in ctx.doc.ents if e.label_ in {"GPE", "LOC", "NORP"}}
    for (start, end), label in typed.items():
        inside = [(s, e, kind) for s, e, kind in spans if s < end and start < e]
        lost = all(
            start <= s and e <= end and (s, e) != (start, end) and kind not in PLACE_TYPES
            for s, e, kind in inside
        )
        if ctx.text[start].isupper() and lost:
            found += _spans(ctx, start, end, label, None, known)
    return found


def _spans(
    ctx: Context, start: int, end: int, label: str, entity: str | None, known: set[str]
) -> list[Toponym]:
    """The toponyms one typed name mention gives: itself, or a place inside it. `known`: normalised
    names the article types as places."""
    start, end = _trim(ctx.text, start, end)
    # "Loudon Co. man": a county where the article's other places back it ("Crane Co." is a company)
    if (county := _COUNTY_ABBREVIATION.fullmatch(ctx.text, start, end)) and gazetteer.lookup(
        name := f"{county.group(1)} County"
    ):
        return [Toponym(start, end, ctx.text[start:end], entity, "GPE", name=name, weak=True)]
    text = ctx.text[start:end]
    # "Webb-Lawton" is a person's surname
    compound = _COMPOUND.search(text) and label != "PERSON" and not gazetteer.lookup(text)
    parts = _compound_parts(ctx, start, end, label, entity, known) if compound else []
    if parts and not gazetteer.demonym_place(text):
        return parts
    first = text.split(" ", 1)[0]
    norp_demonym = label == "NORP" and " " in text and gazetteer.demonym_place(first)
    if norp_demonym and not gazetteer.demonym_place(text):
        # "American Indians": the people of a place, named by its demonym
        return [Toponym(start, start + len(first), first, entity, label, form="demonym")]
    # a place name typed as a whole with what it names ("Henderson County Jail" as GPE) holds one
    unknown_place = label in {"GPE", "LOC"} and not gazetteer.lookup(text)
    if label in EMBEDDING_TYPES or unknown_place:
        span = ctx.doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) > 1 and (inner := _embedded(ctx, list(span), known, label)):
            s, e, form = inner
            return [Toponym(s, e, ctx.text[s:e], entity, "FAC", form=form)]
    text = ctx.text[start:end]
    if gazetteer.demonym_place(text):  # "German", "Sindhis": the place, named by its people's adjective
        return (
            [] if label in NOT_DEMONYM_TYPES else [Toponym(start, end, text, entity, label, form="demonym")]
        )
    if label in {"GPE", "LOC"} or _mistyped_place(text, "ORG" if label == "FAC" else label):
        return [Toponym(start, end, text, entity, label)]
    return _weak_spans(ctx, start, end, label, entity, known)


def _compound_parts(
    ctx: Context, start: int, end: int, label: str, entity: str | None, known: set[str]
) -> list[Toponym]:
    """The places joined in a hyphenated or slashed name that is no place name itself: "Fargo-Moorhead",
    "Russian-American", "non-Russians", "Otter Tail/Grant", "Greenbrier-Pocahontas County". A part
    typed as a place by the model's label, well known, or named as a place in the article is one; any
    other town's name is a weak toponym."""
    found = []
    for m in _COMPOUND_PART.finditer(ctx.text, start, end):
        s, e = _trim(ctx.text, m.start(), m.end())
        part = ctx.text[s:e]
        # "based" of "Kabul-based", "non" of "non-Russians", a party's initial ("D-Iowa City")
        if not part[:1].isupper() or len(part) < 2:
            continue
        if label == "NORP" and not gazetteer.demonym_place(part):
            return []  # a people's compound name ("African-Americans") names no place
        if gazetteer.demonym_place(part):
            found.append(Toponym(s, e, part, entity, label, form="demonym"))
        elif gazetteer.lookup(part) and (
            label in {"GPE", "LOC"}
            or gazetteer.normalize(part) in known
            or gazetteer.is_place_name(part, EMBEDDED_MIN_POPULATION)
        ):
            found.append(Toponym(s, e, part, entity, "GPE"))
        elif label in WEAK_TYPES | {"GPE", "LOC"} and _weak_name(part):
            found.append(Toponym(s, e, part, entity, "GPE", weak=True))
    if any(not t.weak for t in found):  # joined to a place, a town's name is one ("Fargo-Moorhead")
        for t in found:
            t.hint = t.weak
    return found


def _weak_spans(
    ctx: Context, start: int, end: int, label: str, entity: str | None, known: set[str]
) -> list[Toponym]:
    """Weak toponyms (Toponym.weak) of a name mention the strong rules rejected: the name itself,
    or a place name inside an organisation's or facility's."""
    if label not in WEAK_TYPES:
        return []
    text = ctx.text[start:end]
    if _weak_name(text):
        return [Toponym(start, end, text, entity, label, weak=True)]
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if label not in EMBEDDING_TYPES or span is None or len(span) < 2:
        return []
    if inner := _embedded(ctx, list(span), known, label, weak=True):
        s, e, form = inner
        return [Toponym(s, e, ctx.text[s:e], entity, "FAC", form=form, weak=True)]
    return []


def _untyped(ctx: Context) -> list[Toponym]:
    """Place names no typed mention covers: runs of capitalised proper nouns (not in a hashtag or
    handle) that officially name a country, ADM1, county or region, or a city of
    UNTYPED_MIN_POPULATION (the small model misses many), or weakly any place; and demonyms."""
    covered = bytearray(len(ctx.text) + 1)  # characters inside a typed mention
    spans = [(m.start, m.end) for e in ctx.analysis.entities for m in e.mentions]
    for start, end in spans + [(e.start_char, e.end_char) for e in ctx.doc.ents]:
        covered[start:end] = b"\x01" * (end - start)
    tokens = list(ctx.doc)
    is_name = [
        t.pos_ == "PROPN"
        and (t.is_title or t.is_upper)
        and not covered[t.idx]
        and not (t.i and tokens[t.i - 1].text.endswith(("#", "@")))
        for t in tokens
    ]
    found, i = [], 0
    while i < len(tokens):
        run = 0
        while run < MAX_NAME_TOKENS and i + run < len(tokens) and is_name[i + run]:
            run += 1
        for n in range(run, 0, -1):  # longest name first
            start, end = tokens[i].idx, tokens[i + n - 1].idx + len(tokens[i + n - 1])
            text = ctx.text[start:end]
            strong = gazetteer.is_place_name(text, UNTYPED_MIN_POPULATION)
            if strong or _weak_name(text):
                found.append(Toponym(start, end, text, label="GPE", weak=not strong))
                i += n - 1
                break
        i += 1
    # demonyms the model left untyped ("Czechs", "Ohioans")
    words = (t for t in tokens if t.is_title and not covered[t.idx] and t.pos_ in {"ADJ", "NOUN", "PROPN"})
    found += [
        Toponym(t.idx, t.idx + len(t), t.text, label="NORP", form="demonym")
        for t in words
        if gazetteer.demonym_place(t.text)
    ]
    return found


def _local_features(ctx: Context) -> list[Toponym]:
    """Streets, roads, rivers, lakes and parks the gazetteer lacks ("Darby Street", "Highway 19",
    "Lake Lanier"), but not inside a longer name ("Wall Street Journal", "Main Street Bank") and not
    when the gazetteer knows the name ("Rhode Island", "Green Bay")."""
    found = []
    for m in _local_feature_pattern().finditer(ctx.text):
        start, end = m.span()
        while (space := ctx.text.find(" ", start, end)) > 0 and ctx.text[start:space].lower() in LEADING:
            start = space + 1
        text = ctx.text[start:end]
        if text.endswith(".") and not _abbreviated(text):  # a sentence's full stop
            text = text[:-1]
        end = start + len(text)
        follows = ctx.text[end : end + 2]
        if len(follows) == 2 and follows[0] == " " and follows[1].isupper():
            continue
        # "Virginia L. Lane" is a person
        if not gazetteer.is_place_name(text) and not re.search(r"\b[A-Z]\. \w+$", text):
            found.append(Toponym(start, end, text, label="LOC", local=True))
    return found


def _hinted(ctx: Context) -> list[Toponym]:
    """Names the wording marks as places: a US legislator's home ("Rep. X, D-Kanawha", "(R-Ocilla)")
    and names listed before "counties" or "parishes" ("Clarke, Madison and Oconee counties")."""
    found = []
    for m in _DESIGNATION.finditer(ctx.text):
        found.append(Toponym(m.start(1), m.end(1), m.group(1), label="GPE", weak=True, hint=True))
    for m in _DIVISION_LIST.finditer(ctx.text):
        kind = "County" if m.group(2) == "counties" else "Parish"
        for name in _LIST_SEPARATOR.finditer(m.group(1)):
            start = m.start(1) + name.start()
            text = name.group()
            end = start + len(text)
            found.append(Toponym(start, end, text, label="GPE", name=f"{text} {kind}", weak=True, hint=True))
    return found


def _same_names(ctx: Context, found: list[Toponym]) -> list[Toponym]:
    """Other capitalised occurrences of names the article reads as places where the model typed them
    otherwise or not at all ("Augusta native" beside "formerly of Augusta", "RICHLAND"): one name keeps
    one sense in an article. Not in a person's full name ("Washington" of "George Washington")."""
    strong = [t for t in found if not (t.weak or t.local) and t.form != "demonym"]
    names = {t.text for t in strong if t.text[:1].isupper()}
    if not names:
        return []
    people = [e for e in ctx.analysis.entities if e.type == "PERSON" and " " in e.name]
    personal = [(m.start, m.end) for e in people for m in e.mentions]
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    same = []
    for m in re.finditer(rf"(?<![\w.-])(?:{alternatives})(?![\w-])", ctx.text, re.IGNORECASE):
        start, end = m.span()
        if ctx.text[start].isupper() and not any(s <= start < e for s, e in personal):
            same.append(Toponym(start, end, m.group(), None, "GPE"))
    return same


def _era(ctx: Context, t: Toponym) -> bool:
    """True for "BC" after a year ("250 B.C."), not British Columbia."""
    before = ctx.text[max(0, t.start - 6) : t.start]
    return t.text.replace(".", "") in {"BC", "BCE"} and bool(re.search(r"\d\s*$", before))


def _honour(ctx: Context, t: Toponym) -> bool:
    """True for the name in an order of chivalry ("Officer of the Order of Merit"), no place."""
    return _ORDER_OF.search(ctx.text, max(0, t.start - 16), t.start) is not None


_ORDER_OF = re.compile(r"\bOrder of (?:the )?$")


def _abbreviated(text: str) -> bool:
    """True when a name ends in an abbreviation whose dot belongs to it ("Main St.")."""
    return bool(re.search(r"\b(?:St|Rd|Ave|Dr|Blvd|Pkwy|Mt)\.$", text))


def _datelines(ctx: Context) -> list[Toponym]:
    """Place names in datelines: those anatomy found, and "CORSICANA — ..." at a sentence start
    (datelines run into a headline's line, which anatomy reads as body)."""
    found = []
    for m in _CAPS_DATELINE.finditer(ctx.text):
        if gazetteer.is_place_name(m.group(1)):
            found.append(Toponym(m.start(1), m.end(1), m.group(1), label="GPE", dateline=True))
    for span in ctx.analysis.anatomy.datelines:
        name = span.text.split(",")[0].strip(" -—–:")
        if name and gazetteer.is_place_name(name):
            start = span.start + span.text.index(name)
            found.append(Toponym(start, start + len(name), name, label="GPE", dateline=True))
    return found


def _is_modifier(ctx: Context, t: Toponym) -> bool:
    """A name qualifying the noun after it ("Karachi police", "Sindh government") or a hyphenated
    compound ("London-based", "US-led"): the place something belongs to rather than a location."""
    if ctx.text.startswith("-", t.end) and ctx.text[t.end + 1 : t.end + 2].isalpha():
        return True
    span = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return (
        root.dep_ in MODIFIER_DEPS
        and root.head.i >= span.end
        and root.head.pos_ in {"NOUN", "PROPN"}
        and not root.head.ent_type_
    )


def _rank(t: Toponym) -> int:
    """Strength of a reading: one the wording marks as a place ("Clarke" of "Clarke and Oconee
    counties" is Clarke County), a gazetteer name, a weak one, a street-level feature."""
    return 3 if t.local else 2 if t.weak and not t.hint else 0 if t.hint else 1


def _bare_state_code(ctx: Context, t: Toponym) -> bool:
    """A US state's postal code stands for the state only after a town ("Columbia, SC"); alone, "SC" is
    as likely the Supreme Court and "PM" a prime minister."""
    if len(t.text) != 2 or not t.text.isupper() or ctx.text[: t.start].rstrip().endswith(","):
        return False
    found = candidates(t.text)
    return bool(found) and all(c.country == "US" and c.feature == "admin1" for c in found)


def toponyms(ctx: Context) -> list[Toponym]:
    """Candidate toponyms in text order, outside excluded blocks, each with its qualifier."""
    found = _from_entities(ctx) if ctx.analysis.entities else _from_doc(ctx)
    found += _untyped(ctx)
    datelines = _datelines(ctx)
    at_dateline = {(t.start, t.end) for t in datelines}
    for t in found:
        t.dateline = (t.start, t.end) in at_dateline
    found += datelines
    # a name the gazetteer cannot read gives way to the other readings of its words; a role word the
    # model typed as a place ("Chief Health Officer" -> Officer, a town in Australia) is none (an acronym
    # may be: "MP" is Madhya Pradesh)
    found = [t for t in found if t.weak or t.form == "demonym" or candidates(t.name or t.text)]
    found = [t for t in found if t.text.isupper() or t.text.lower() not in role_words()]
    found = [t for t in found if not _era(ctx, t) and not _bare_state_code(ctx, t) and not _honour(ctx, t)]
    found += _same_names(ctx, found)
    hinted = _hinted(ctx)
    # a legislator's home is no street ("R-Elbow Lake" read as "Lake" feature with the party prefix)
    local = [t for t in _local_features(ctx) if not any(h.start < t.end and t.start < h.end for h in hinted)]
    found += hinted + local
    unique: dict[tuple[int, int], Toponym] = {}
    for t in sorted(found, key=_rank):  # of two readings of one span the strongest stays
        if t.end > t.start and not ctx.is_excluded(t.start, t.end):
            unique.setdefault((t.start, t.end), t)
    result = []
    for t in sorted(unique.values(), key=lambda t: (t.start, t.start - t.end)):  # longest first
        if not result or t.start >= result[-1].end:  # a name inside a longer one is part of it
            result.append(t)
    for t in result:
        t.name = t.name or t.text
        if t.form == "name" and not t.dateline and not t.local and not t.hint and _is_modifier(ctx, t):
            t.form = "modifier"
        t.cued = t.form == "name" and _LOCATIVE.search(ctx.text, max(0, t.start - 8), t.start) is not None
    for left, right in zip(result, result[1:], strict=False):
        if _QUALIFIER_GAP.fullmatch(ctx.text[left.end : right.start]):
            left.qualifier = right
    return result
