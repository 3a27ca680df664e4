"""Typed model of one analysed article, matching ../shared/CONTRACT.md (v1).

Every extracted item carries `start`/`end`: Python str offsets (end exclusive) into
`Analysis.text`. Fields beyond the contract are additions, never renames.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Item(BaseModel):
    """Base for all output objects: strict field names, no silent extras."""

    model_config = ConfigDict(extra="forbid")


class Span(Item):
    start: int
    end: int
    text: str


# --- anatomy -------------------------------------------------------------------------------

BlockKind = Literal[
    "body", "subheading", "related_link", "social_embed", "credit", "dateline", "byline", "boilerplate"
]


class Block(Item):
    kind: BlockKind
    start: int
    end: int


class SocialEmbed(Item):
    platform: Literal["twitter", "facebook", "instagram", "youtube", "other"]
    author: str | None = None
    handle: str | None = None
    date: str | None = None
    hashtags: list[str] = Field(default_factory=list)
    start: int
    end: int
    text_start: int
    text_end: int


class RelatedLink(Item):
    title: str
    start: int
    end: int


class Credit(Item):
    agency: str
    start: int
    end: int


class Anatomy(Item):
    blocks: list[Block] = Field(default_factory=list)
    social_embeds: list[SocialEmbed] = Field(default_factory=list)
    related_links: list[RelatedLink] = Field(default_factory=list)
    credits: list[Credit] = Field(default_factory=list)
    # additions
    datelines: list[Span] = Field(default_factory=list)
    bylines: list[Span] = Field(default_factory=list)


# --- entities ------------------------------------------------------------------------------

EntityType = Literal[
    "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "LANGUAGE"
]


class Mention(Item):
    start: int
    end: int
    text: str
    # addition: how the mention was found (ner, gazetteer, alias, acronym, surname, pronoun, ...)
    source: str | None = None


class Role(Item):
    title: str
    organization: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    start: int
    end: int


class Entity(Item):
    id: str
    name: str
    type: EntityType
    mentions: list[Mention] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    place: dict | None = None
    # additions
    country: str | None = None  # ISO3 the entity belongs to, when the article or a gazetteer says


# --- quotes --------------------------------------------------------------------------------


class Speaker(Item):
    entity: str | None = None
    name: str | None = None
    start: int | None = None
    end: int | None = None


class Quote(Item):
    id: str
    kind: Literal["direct", "indirect", "mixed"]
    start: int
    end: int
    text: str
    speaker: Speaker | None = None
    cue: Span | None = None
    channel: Literal["tweet"] | None = None


# --- places, dates, amounts ----------------------------------------------------------------


class Place(Item):
    start: int
    end: int
    text: str
    geonameid: int | None = None
    name: str
    feature: Literal["country", "admin1", "admin2", "city", "region", "other"]
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    admin1_name: str | None = None
    lat: float | None = None
    lon: float | None = None
    entity: str | None = None
    # addition: how the text names the place: "name" ("in Karachi"), "demonym" ("Pakistani" -> Pakistan),
    # "modifier" (a name qualifying something else: "Karachi police", "London-based", "Sindh government")
    form: Literal["name", "demonym", "modifier"] = "name"


class DateMention(Item):
    start: int
    end: int
    text: str
    value: str | None = None
    range: list[str] | None = None
    # addition: GDELT-style resolution (day, month, year, range)
    resolution: str | None = None


class Amount(Item):
    start: int
    end: int
    text: str
    value: float
    approximate: bool = False
    object: str | None = None
    kind: Literal["count", "money", "percent", "duration", "other"] = "count"
    claimed_by: str | None = None
    # addition: ISO 4217 currency for money, unit for durations
    unit: str | None = None


# --- events --------------------------------------------------------------------------------


class Actor(Item):
    entity: str | None = None
    text: str
    start: int
    end: int
    code: str | None = None
    country: str | None = None  # ISO3
    sector: str | None = None


class EventPlace(Item):
    geonameid: int | None = None
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class EventCount(Item):
    value: float
    approximate: bool = False
    object: str | None = None


class Evidence(Item):
    """Addition: one more sentence that reports the same event (in-article dedup)."""

    trigger: Span
    sentence: tuple[int, int]


class Event(Item):
    id: str
    plover: str
    cameo: str
    cameo_root: str
    quad_class: int
    goldstein: float
    actor1: Actor | None = None
    actor2: Actor | None = None
    trigger: Span
    sentence: dict[str, int]
    date: str | None = None
    place: EventPlace | None = None
    count: EventCount | None = None
    claimed_by: str | None = None
    confidence: float
    # additions
    mode: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    fatal: bool = False  # an ASSAULT whose sentence reports people killed
    main: bool = True  # reported by its sentence's main clause, not a relative or adverbial one


# --- flags and the article -----------------------------------------------------------------


class Flag(Item):
    kind: Literal["name_variant", "figure_conflict", "other"]
    message: str
    spans: list[list[int]] = Field(default_factory=list)


class Analysis(Item):
    id: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    language: str = "en"
    text: str
    anatomy: Anatomy = Field(default_factory=Anatomy)
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    flags: list[Flag] = Field(default_factory=list)
    # addition: authors from HTML metadata or byline
    authors: list[str] = Field(default_factory=list)

    def entity(self, entity_id: str | None) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)


class ErrorRecord(Item):
    """What a record that cannot be analysed yields (contract: `{"id", "error"}`)."""

    id: str
    error: str


class Article(BaseModel):
    """One input article after ingest, before analysis."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    authors: list[str] = Field(default_factory=list)
    language: str = "en"
    flags: list[Flag] = Field(default_factory=list)
