"""Typed name recognition: the spaCy model corrected by lexicons, rules and the article's context."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph import anatomy
from newsgraph.context import Context
from newsgraph.entities.recognize import RawMention, recognize
from newsgraph.model import Analysis, Article
from newsgraph.nlp import load

EXAMPLE = Path(__file__).resolve().parents[1].parent / "shared" / "examples" / "karachi-rally.txt"


def context(text: str, excluded: list[tuple[int, int]] = ()) -> Context:
    ctx = Context(article=Article(id="t", text=text), doc=load()(text), analysis=Analysis(id="t", text=text))
    anatomy.run(ctx)
    for start, end in excluded:
        ctx.exclude(start, end)
    return ctx


def mentions_of(text: str, excluded: list[tuple[int, int]] = ()) -> list[RawMention]:
    return recognize(context(text, excluded))


def types_of(mentions: list[RawMention], surface: str) -> list[str]:
    return [m.type for m in mentions if m.text == surface]


@pytest.fixture(scope="module")
def example() -> tuple[str, list[RawMention]]:
    text = EXAMPLE.read_text(encoding="utf-8")
    return text, mentions_of(text)


def test_offsets_point_at_the_text_and_do_not_overlap(example):
    text, mentions = example
    assert mentions
    for m in mentions:
        assert text[m.start : m.end] == m.text
    for a, b in zip(mentions, mentions[1:], strict=False):
        assert a.end <= b.start


def test_known_city_is_a_place_even_when_the_model_says_org(example):
    _, mentions = example
    karachi = types_of(mentions, "Karachi")
    assert len(karachi) >= 4
    assert set(karachi) == {"GPE"}


def test_platform_is_an_organisation_not_a_person(example):
    _, mentions = example
    assert types_of(mentions, "Twitter") == ["ORG"]


def test_faction_acronyms_keep_their_parentheses(example):
    _, mentions = example
    assert set(types_of(mentions, "PML(N)")) == {"ORG"}
    assert set(types_of(mentions, "JUI(F)")) == {"ORG"}
    assert not any(m.text in {"PML(N", "JUI(F"} for m in mentions)


def test_acronym_and_its_expansion_are_both_organisations(example):
    _, mentions = example
    assert types_of(mentions, "Pakistan Tehreek-e-Insaf") == ["ORG"]
    assert set(types_of(mentions, "PTI")) == {"ORG"}
    assert types_of(mentions, "Pakistan Democratic Movement") == ["ORG"]
    assert "ORG" in types_of(mentions, "United Nations Human Rights Council")


def test_people_are_typed_as_people_without_their_titles(example):
    text, mentions = example
    assert "PERSON" in types_of(mentions, "Imran Khan")
    assert not any("Minister" in m.text for m in mentions if m.type == "PERSON")
    assert set(types_of(mentions, "Maryam Nawaz")) == {"PERSON"}  # the model alone says ORG
    assert "PERSON" in types_of(mentions, "Maulana Fazlur Rehman") + types_of(mentions, "Fazlur Rehman")
    # "Referring to Khan, Maryam told the crowd": short forms of people named earlier
    at = text.index("Referring to Khan")
    short = {m.text: m.type for m in mentions if at <= m.start < at + 40}
    assert short == {"Khan": "PERSON", "Maryam": "PERSON"}


def test_hashtags_are_not_names(example):
    _, mentions = example
    assert not any("Jalsa" in m.text for m in mentions)


def test_edges_are_trimmed():
    mentions = mentions_of("Boris Johnson's government met the United Nations on Monday.")
    assert "PERSON" in types_of(mentions, "Boris Johnson")
    assert "United Nations" in [m.text for m in mentions]
    assert not any(m.text.endswith("'s") or m.text.startswith("the ") for m in mentions)


def test_clubs_named_after_towns_in_results_are_organisations():
    mentions = mentions_of(
        "Premier League results on Saturday:\nLeicester 2 Chelsea 1\nEverton 0 Liverpool 3\n"
    )
    for club in ("Leicester", "Chelsea", "Everton", "Liverpool"):
        assert types_of(mentions, club) == ["ORG"], club


def test_countries_stay_places_in_sports_stories():
    mentions = mentions_of("Japan beat China 2-1 in Tokyo on Sunday.")
    assert types_of(mentions, "Japan") == ["GPE"]
    assert types_of(mentions, "China") == ["GPE"]


def test_all_caps_headline_and_dateline_use_the_body_and_the_gazetteer():
    text = (
        "CRICKET - KENYA STUN CANADA , NEPAL IN SURPRISE WIN .\n"
        "LAHORE, Mar 3 (Reuters) - Kenya opened their campaign with a shock five-wicket win "
        "over Canada on Tuesday.\n"
    )
    mentions = mentions_of(text)
    assert types_of(mentions, "KENYA") == ["GPE"]
    assert types_of(mentions, "CANADA") == ["GPE"]
    assert types_of(mentions, "LAHORE") == ["GPE"]


def test_a_name_typed_once_is_typed_alike_everywhere():
    text = (
        "Nawaz Sharif addressed the rally in Lahore. Sharif said the government had failed. "
        "Later, Sharif left for London."
    )
    mentions = mentions_of(text)
    assert types_of(mentions, "Sharif") == ["PERSON", "PERSON"]


def test_initials_and_honorifics_mark_people():
    mentions = mentions_of("Scorers: R. Pellow 58, T. Anning 4-55. Mr Dieter Halbmayr arrived.")
    assert "PERSON" in types_of(mentions, "R. Pellow")
    assert "PERSON" in types_of(mentions, "T. Anning")
    assert "PERSON" in types_of(mentions, "Dieter Halbmayr")


def test_no_names_from_excluded_blocks():
    text = "Imran Khan spoke in Karachi.\n\nRead: Nawaz Sharif Claims Victory In Lahore\n"
    start = text.index("Read:")
    mentions = mentions_of(text, excluded=[(start, len(text))])
    assert {m.text for m in mentions} == {"Imran Khan", "Karachi"}


def test_lower_case_text_keeps_names_and_finds_known_ones():
    text = (
        "Nawaz Sharif addressed supporters in Lahore on Sunday.\n"
        "later, nawaz sharif told reporters in varanasi that the police had no case against him.\n"
    )
    mentions = mentions_of(text)
    lowered = {m.text: m.type for m in mentions if m.start > text.index("later")}
    assert lowered.get("nawaz sharif") == "PERSON"
    assert lowered.get("varanasi") == "GPE"
    assert "him" not in lowered and "police" not in lowered


@pytest.mark.parametrize(
    "text", ["", " ", "\n\n", "(", "PML(", "Mr", "#", "( )", "U.S.", "Leicester 2", "\u200b"]
)
def test_odd_input_never_crashes(text):
    for m in mentions_of(text):
        assert text[m.start : m.end] == m.text


def test_nationality_before_a_name_is_not_part_of_it():
    mentions = mentions_of("American Marcus Whitfield outran the field in Berlin on Friday.")
    assert "PERSON" in types_of(mentions, "Marcus Whitfield")
    assert "American Marcus Whitfield" not in [m.text for m in mentions]


def test_clubs_in_sports_prose_and_places_elsewhere():
    sports = mentions_of(
        "Durham beat Somerset by 85 runs , taking the last four wickets after tea to go second in the "
        "championship table ."
    )
    assert types_of(sports, "Somerset") == ["ORG"]
    news = mentions_of("Floods cut off villages in Somerset, the Environment Agency said on Monday.")
    assert types_of(news, "Somerset") == ["GPE"]


def test_a_span_trimmed_to_nothing_at_the_end_of_the_text_is_no_crash() -> None:
    from newsgraph.entities.recognize_span import Tokens, _trim

    text = "The letter was signed by a reader from the city,  "
    toks = Tokens(load()(text), text)
    n = len(toks)
    assert _trim(toks, n - 1, n, "PERSON", True)[0] >= n - 1  # emptied, not extended


@pytest.mark.parametrize(
    ("headline", "name", "verb"),
    [
        ("Jane Roe Blasts Council Over Budget Vote", "Jane Roe", "Blasts"),
        ("Sarah Lund Urges Voters To Back Rail Plan", "Sarah Lund", "Urges"),
        (
            "Dan Hollis Calls For Unity After Shooting\nGov. Dan Hollis said the state would heal.",
            "Dan Hollis",
            "Calls",
        ),
    ],
)
def test_a_title_case_headline_verb_ends_the_name_before_it(headline, name, verb):
    mentions = mentions_of(headline)
    assert mentions[0].text == name
    assert not any(verb in m.text for m in mentions)


def test_a_verb_like_word_stays_in_a_name_outside_title_case_lines():
    mentions = mentions_of("Blue Ridge Calls Network said on Monday that profits rose sharply.")
    assert "Blue Ridge Calls Network" in [m.text for m in mentions]


def test_a_verb_like_surname_written_so_in_the_body_stays_in_the_headline_name():
    mentions = mentions_of("Mary Ann Burns Says Farewell To Fans\nMary Ann Burns, 62, retired on Friday.")
    assert [m.text for m in mentions if m.start == 0] == ["Mary Ann Burns"]


@pytest.mark.parametrize("capital", ["Khartoum", "Sanaa", "Yerevan", "Buenos Aires"])
def test_a_capital_that_speaks_is_its_state(capital):
    # wire usage: "Khartoum said" is the Sudanese government, though the model reads a speaker
    mentions = mentions_of(f"{capital} said on Monday it would release the prisoners.")
    assert types_of(mentions, capital) == ["GPE"]


def test_a_speaker_with_a_given_name_shared_by_a_capital_stays_a_person():
    mentions = mentions_of("Jordan said on Monday he would retire after the season.")
    assert types_of(mentions, "Jordan") == ["PERSON"]


@pytest.mark.parametrize("name", ["Preston", "Stanley"])
def test_a_place_name_that_says_he_will_act_is_a_person(name):
    # the model reads a town (or a club); the reported clause's "he" makes the speaker a person
    mentions = mentions_of(f"{name} said he would appeal against the ruling.")
    assert types_of(mentions, name) == ["PERSON"]


def test_a_state_that_speaks_of_someone_stays_a_state():
    mentions = mentions_of("Israel said he was not welcome in the country.")
    assert types_of(mentions, "Israel") == ["GPE"]
