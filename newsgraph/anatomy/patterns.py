"""Compiled anatomy patterns, loaded once per process from data/anatomy_patterns.toml and
data/anatomy_agencies.tsv."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
WEEKDAY_RE = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH_DATE = re.compile(r"([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})")


def month_date_iso(text: str) -> str | None:
    """'October 18, 2020' / 'Oct. 18 2020' -> '2020-10-18'; None when not such a date.
    (Only these fixed embed/boilerplate formats reach here, so no general date parser is needed.)"""
    m = _MONTH_DATE.search(text)
    month = MONTHS.get(m.group(1).lower()) if m else None
    if not m or not month or not 1 <= int(m.group(2)) <= 31:
        return None
    return f"{int(m.group(3)):04d}-{month:02d}-{int(m.group(2)):02d}"


@dataclass(frozen=True)
class Patterns:
    related: re.Pattern
    related_inline: re.Pattern
    max_title_chars: int
    boilerplate: list[re.Pattern]
    credit_paragraph: list[re.Pattern]
    credit_reporting: re.Pattern
    reporting_agency: str
    credit_trailing: re.Pattern
    dateline_caps: re.Pattern
    dateline_title: re.Pattern
    dateline_lower: re.Pattern
    not_places: frozenset[str]
    lower_not_places: frozenset[str]
    byline: re.Pattern
    byline_max_chars: int
    byline_name: re.Pattern
    signatures: dict[str, re.Pattern]
    markers: dict[str, str]
    post_urls: dict[str, re.Pattern]
    max_post_chars: int
    hashtag: re.Pattern
    subheading_max_chars: int
    subheading_max_words: int
    agencies: dict[str, str]  # lower-case alias -> canonical name

    def agency(self, name: str) -> str:
        return self.agencies.get(" ".join(name.lower().split()), name.strip())

    def capitalised_dateline(self, line: str) -> re.Match | None:
        """A dateline opening a paragraph: "KABUL, Afghanistan (AP) —", "New Delhi, Aug 2 (PTI)"."""
        m = self.dateline_caps.match(line) or self.dateline_title.match(line)
        return m if m and self._names_place(m, self.not_places) else None

    def dateline_at(self, text: str, start: int) -> re.Match | None:
        """`capitalised_dateline` of the line of `text` that begins at `start` (match offsets from start)."""
        end = text.find("\n", start)
        return self.capitalised_dateline(text[start : None if end < 0 else end])

    def lower_dateline(self, line: str) -> re.Match | None:
        """A dateline of all-lower-case text: "lucknow: the ..."."""
        m = self.dateline_lower.match(line.lower())
        return m if m and self._names_place(m, self.lower_not_places) else None

    def _names_place(self, m: re.Match, stop: frozenset[str]) -> bool:
        """Not UPDATE:, The ..., or an agency name."""
        place = " ".join(m.group("place").split())
        return not (place in stop or place.split()[0] in stop or place.lower() in self.agencies)


def _data(name: str) -> str:
    return files("newsgraph").joinpath("data", name).read_text(encoding="utf-8")


def _agencies() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in _data("anatomy_agencies.tsv").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("canonical\t"):
            continue
        canonical, aliases = line.split("\t")
        for alias in aliases.split("|"):
            table[alias.lower()] = canonical
    return table


def _agency_re(agencies: dict[str, str]) -> str:
    # Longest first so "Associated Press of Pakistan" wins over "Associated Press"; names match
    # as whole words in any case, and short codes only in capitals or lower case, never "Ap"/"Pa".
    names = sorted(agencies, key=len, reverse=True)
    alts = []
    for n in names:
        words = r"\s+".join(re.escape(w) for w in n.split())
        alts.append(f"(?-i:{words.upper()}|{words})" if len(n) <= 4 else f"(?i:{words})")
    return r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])"


@lru_cache(maxsize=1)
def load() -> Patterns:
    cfg = tomllib.loads(_data("anatomy_patterns.toml"))
    agencies = _agencies()
    subst = {"{AGENCY}": _agency_re(agencies), "{MONTH}": MONTH_RE, "{WEEKDAY}": WEEKDAY_RE}

    def fill(p: str) -> str:
        for key, value in subst.items():
            p = p.replace(key, value)
        return p

    def ci(p: str) -> re.Pattern:
        return re.compile(fill(p), re.IGNORECASE)

    rel, cred, dl, by, soc = (cfg[k] for k in ("related_link", "credit", "dateline", "byline", "social"))
    cues = "|".join(rel["cues"])
    caps = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in rel["caps_cues"])
    related = re.compile(
        # "READ?121 crore stolen": an upper-case cue glued to the headline by a (mis-encoded) symbol
        rf"(?:(?i:{cues}){rel['separator']}|(?:{caps})\s+|(?:{caps})\s*$|(?:{caps}|READ)(?=[^\sA-Za-z]))"
        r"(?P<title>.*)",
        re.DOTALL,
    )
    related_inline = re.compile(
        r"(?:(?<=[.!?\"”’)])\s*(?:ALSO READ|READ MORE|Also Read|Also read|Read more|Read More"
        # "... find him.READ: Title?The rescue ...", "READ?121 crore ...": a headline glued in
        r"|READ(?=\s*[|:]|[^\sA-Za-z]))"
        r"|(?<=[a-z])(?:ALSO READ|READ MORE)"
        # a run of headlines closing a paragraph: "… the sources said. Related storiesÂ Title one Â Title two"
        # (its no-break spaces may have been made plain for analysis: ingest/layout.py)
        r"|(?<=[.!?\"”’)])\s*(?i:related\s+stories)(?=\s*[:|\u00a0Â]|\s))\s*[:|\u00a0Â]?\s*"
    )
    name = fill(by["name"])
    byline = re.compile(rf"{by['cue']}\s+(?P<names>{name}(?:\s*(?:,|\band\b|&)\s*{name})*){by['tail']}\s*$")
    return Patterns(
        related=related,
        related_inline=related_inline,
        max_title_chars=rel["max_title_chars"],
        boilerplate=[ci(p) for p in cfg["boilerplate"]["patterns"]],
        credit_paragraph=[ci(p) for p in cred["paragraph"]],
        credit_reporting=ci(cred["reporting"]),
        reporting_agency=cred["reporting_agency"],
        credit_trailing=ci(cred["trailing"]),
        dateline_caps=re.compile(fill(dl["caps"])),
        dateline_title=re.compile(fill(dl["title"])),
        dateline_lower=re.compile(fill(dl["lower"])),
        not_places=frozenset(dl["not_places"]),
        lower_not_places=frozenset(dl["lower_not_places"]),
        byline=byline,
        byline_max_chars=by["max_chars"],
        byline_name=re.compile(name),
        signatures={
            "twitter": re.compile(fill(soc["twitter_signature"])),
            "instagram": re.compile(fill(soc["instagram_signature"])),
            "facebook": re.compile(fill(soc["facebook_signature"])),
        },
        markers=soc["markers"],
        post_urls={
            "twitter": ci(soc["twitter_url"]),
            "youtube": ci(soc["youtube_url"]),
            "instagram": ci(soc["instagram_url"]),
            "facebook": ci(soc["facebook_url"]),
        },
        max_post_chars=soc["max_post_chars"],
        hashtag=re.compile(r"(?<![\w&#/])#(?=\w*[^\W\d_])\w+"),
        subheading_max_chars=cfg["subheading"]["max_chars"],
        subheading_max_words=cfg["subheading"]["max_words"],
        agencies=agencies,
    )
