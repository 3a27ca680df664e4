"""Places stage: toponyms resolved to GeoNames records, using the article's own context."""

from __future__ import annotations

import pytest

from newsgraph.model import Analysis
from newsgraph.pipeline import analyze_text
from newsgraph.places import gazetteer

KARACHI = 1174872
HYDERABAD_SINDH = 1176734
HYDERABAD_TELANGANA = 1269843


def places_named(analysis: Analysis, text: str):
    return [p for p in analysis.places if p.text == text]


def test_karachi_resolves_to_the_city_in_sindh(karachi_analysis):
    found = places_named(karachi_analysis, "Karachi")
    assert found
    assert all(p.geonameid == KARACHI and p.admin1_name == "Sindh" and p.country == "PK" for p in found)
    entity = karachi_analysis.entity(found[0].entity)
    assert entity is not None and entity.place["geonameid"] == KARACHI
    assert entity.country == "PAK"


@pytest.mark.parametrize("name,iso2", [("Pakistan", "PK"), ("China", "CN"), ("India", "IN")])
def test_countries_resolve_to_country_records(karachi_analysis, name, iso2):
    found = places_named(karachi_analysis, name)
    assert found
    country = gazetteer.country(iso2)
    assert all(p.feature == "country" and p.geonameid == country.geonameid for p in found)


def test_pok_follows_the_alias_policy(karachi_analysis):
    found = places_named(karachi_analysis, "PoK")
    assert found and all(p.feature == "admin1" and p.name == "Azad Kashmir" for p in found)


def test_nothing_from_related_link_lines(karachi_analysis):
    text = karachi_analysis.text
    read_lines = []
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.startswith("Read:"):
            read_lines.append((offset, offset + len(line)))
        offset += len(line)
    assert len(read_lines) == 4
    assert not [p for p in karachi_analysis.places if any(s <= p.start < e for s, e in read_lines)]
    assert "Gilgit-Baltistan" not in {p.text for p in karachi_analysis.places}


def test_offsets_point_at_the_text(karachi_analysis):
    assert karachi_analysis.places
    assert all(karachi_analysis.text[p.start : p.end] == p.text for p in karachi_analysis.places)


def test_written_qualifier_picks_the_smaller_namesake():
    a = analyze_text(
        "Floods cut off Hyderabad, Sindh on Monday. Officials in Hyderabad said camps were full."
    )
    assert {p.geonameid for p in places_named(a, "Hyderabad")} == {HYDERABAD_SINDH}


def test_article_context_picks_the_namesake():
    pakistan = analyze_text(
        "Traders in Karachi and Hyderabad closed their shops on Monday as the Sindh government "
        "announced a new tax. Police in Hyderabad arrested twelve people."
    )
    india = analyze_text(
        "The Telangana government said on Monday that Hyderabad would host the summit. "
        "Delegates will also visit Warangal."
    )
    assert {p.geonameid for p in places_named(pakistan, "Hyderabad")} == {HYDERABAD_SINDH}
    assert {p.geonameid for p in places_named(india, "Hyderabad")} == {HYDERABAD_TELANGANA}


def test_place_inside_a_facility_name_is_a_place():
    a = analyze_text("Journalists protested outside the Karachi Press Club on Tuesday.")
    found = places_named(a, "Karachi")
    assert found and found[0].geonameid == KARACHI


def test_organisation_named_after_a_country_is_only_a_modifier():
    a = analyze_text("The Pakistan Peoples Party held a rally on Sunday.")
    assert [(p.name, p.feature, p.form) for p in a.places] == [("Pakistan", "country", "modifier")]
    party = next(e for e in a.entities if "Peoples Party" in e.name)
    assert party.place is None  # the party belongs to Pakistan; it is not a place


def test_place_forms():
    a = analyze_text(
        "Karachi police arrested two men on Monday. Pakistani officials said the men were taken to a "
        "jail in Karachi."
    )
    forms = {(p.text, p.form): p.geonameid for p in a.places}
    assert forms.get(("Karachi", "modifier")) == KARACHI
    assert forms.get(("Karachi", "name")) == KARACHI
    pakistani = [p for p in a.places if p.text == "Pakistani"]
    assert pakistani and (pakistani[0].form, pakistani[0].feature, pakistani[0].country) == (
        "demonym",
        "country",
        "PK",
    )


def test_dateline_gives_the_story_its_region():
    a = analyze_text("CORSICANA — A woman was sentenced on Friday. The case was heard in Athens last year.")
    athens = places_named(a, "Athens")
    assert athens and (athens[0].country, athens[0].admin1_name) == ("US", "Texas")
    assert places_named(a, "CORSICANA")[0].admin1_name == "Texas"


def test_state_abbreviation_qualifies_a_city():
    a = analyze_text("ATHENS, Ga. — The county commission met on Tuesday. Athens officials said taxes stay.")
    assert {(p.country, p.admin1_name) for p in places_named(a, "Athens")} == {("US", "Georgia")}


def test_street_is_placed_in_the_town_the_text_names():
    a = analyze_text(
        "Police closed Darby Street in Dublin, Ohio, on Monday after a water main broke. "
        "The Wall Street Journal reported the closure."
    )
    street = places_named(a, "Darby Street")
    assert street and (street[0].geonameid, street[0].feature) == (None, "other")
    assert (street[0].country, street[0].admin1_name) == ("US", "Ohio")
    assert street[0].lat is not None
    assert not [p for p in a.places if "Wall" in p.text]


def test_small_town_typed_otherwise_is_a_place_when_the_article_backs_it():
    a = analyze_text(
        "The fire started in Grovetown, Ga., on Sunday. Firefighters from Augusta and Martinez fought "
        "it, and Grovetown police said nobody was hurt."
    )
    grovetown = places_named(a, "Grovetown")
    assert len(grovetown) == 2
    assert {(p.country, p.admin1_name) for p in grovetown} == {("US", "Georgia")}
    person = analyze_text("Dwight Marshall spoke on Monday in Dallas. Marshall said the plan would fail.")
    assert not places_named(person, "Marshall")


def test_wording_marks_legislators_homes_and_counties():
    a = analyze_text(
        "Sen. Tony Sertich, DFL-Chisholm, said the bill would pass. Minnesota lawmakers met in St. Paul. "
        "Schools in Clarke and Oconee counties in Georgia closed."
    )
    chisholm = places_named(a, "Chisholm")
    assert chisholm and (chisholm[0].country, chisholm[0].admin1_name) == ("US", "Minnesota")
    counties = {p.text: (p.name, p.feature, p.admin1_name) for p in a.places}
    assert counties.get("Oconee") == ("Oconee County", "admin2", "Georgia")
    assert counties.get("Clarke") == ("Clarke County", "admin2", "Georgia")


def test_legislator_home_ending_a_sentence_or_named_like_a_lake():
    a = analyze_text(
        "Minnesota lawmakers met in St. Paul on Monday. The motion came from Rep. Torrey Westrom, "
        "R-Elbow Lake, and was backed by Rep. Tony Sertich, DFL-Chisholm."
    )
    found = {p.text: (p.country, p.admin1_name, p.form) for p in a.places}
    assert found.get("Elbow Lake") == ("US", "Minnesota", "name")
    assert found.get("Chisholm") == ("US", "Minnesota", "name")
    assert not [p for p in a.places if p.text.startswith("R-")]


def test_place_after_a_direction_in_an_organisation_name():
    a = analyze_text("Students at Northern Illinois University in DeKalb raised money for the food bank.")
    illinois = places_named(a, "Illinois")
    assert illinois and illinois[0].feature == "admin1" and illinois[0].form == "modifier"


def test_places_joined_by_a_hyphen_and_one_name_one_sense():
    a = analyze_text(
        "The river will crest in Fargo-Moorhead on Friday. A Russian-American crew flew from Kazakhstan. "
        "Later in Fargo officials met. FARGO residents were told to leave."
    )
    found = {(p.text, p.country) for p in a.places}
    assert {("Fargo", "US"), ("Moorhead", "US"), ("Russian", "RU"), ("American", "US")} <= found
    fargo = [p for p in a.places if p.text.casefold() == "fargo"]
    assert len(fargo) == 3 and all(p.admin1_name == "North Dakota" for p in fargo)


def test_role_word_typed_as_a_place_is_none():
    a = analyze_text(
        "CHARLESTON, S.C. - Police in Charleston arrested a man, Public Information Officer Charles "
        "Francis said."
    )
    assert not places_named(a, "Officer")
    charleston = places_named(a, "Charleston")
    assert charleston and all(p.country == "US" for p in charleston)


def test_place_after_of_or_de_in_a_longer_name():
    a = analyze_text(
        "The lecture was held at the Law School of the University of Pennsylvania last week. "
        "She hopes to watch the Tour de France next summer."
    )
    state = places_named(a, "Pennsylvania")
    assert any(p.feature == "admin1" and p.admin1_name == "Pennsylvania" for p in state)
    assert any(p.feature == "country" and p.country == "FR" for p in places_named(a, "France"))


def test_indian_legislatures_are_not_the_libyan_city() -> None:
    a = analyze_text("Congress MPs protested in the Rajya Sabha on Tuesday before the Lok Sabha adjourned.")
    assert all(p.country != "LY" for p in a.places)
    assert {"Rajya Sabha", "Lok Sabha"} <= {e.name for e in a.entities if e.type == "ORG"}


def test_state_postal_codes_only_after_a_town() -> None:
    indian = analyze_text("The SC on Monday stayed the arrests. The court said no arrest should be made.")
    assert not any(p.name == "South Carolina" for p in indian.places)  # "SC" is the Supreme Court
    us = analyze_text("The senator flew to Columbia, SC on Monday.")
    assert any(p.name == "South Carolina" for p in us.places)


def test_union_government_and_honours_are_no_places() -> None:
    indian = analyze_text("The Union health ministry in New Delhi is looking into the matter.")
    assert {p.country for p in indian.places} == {"IN"}  # not Union, New Jersey
    honours = analyze_text(
        "Mrs Patel, appointed Companion of the Order of the Bath last year, moved to Leeds."
    )
    assert [p.name for p in honours.places] == ["Leeds"]
