"""The offline GeoNames gazetteer: names, aliases, demonyms and codes resolve to the right records."""

from __future__ import annotations

from newsgraph.places import gazetteer


def test_lookup_ignores_accents_and_case():
    best = gazetteer.lookup("Muzaffarabad")[0]
    assert best.name == "Muzaffarābād"
    assert (best.country, best.admin1_name) == ("PK", "Azad Kashmir")
    assert gazetteer.lookup("KARACHI")[0].geonameid == 1174872


def test_karachi_is_a_city_in_sindh():
    karachi = gazetteer.lookup("Karachi")[0]
    assert (karachi.feature, karachi.country, karachi.admin1_name) == ("city", "PK", "Sindh")
    assert 24 < karachi.lat < 26 and 66 < karachi.lon < 68


def test_countries_rank_before_same_named_towns():
    for name, iso2 in [("China", "CN"), ("India", "IN"), ("Pakistan", "PK")]:
        best = gazetteer.lookup(name)[0]
        assert (best.feature, best.country) == ("country", iso2)
        assert best.geonameid == gazetteer.country(iso2).geonameid
    assert any(c.feature == "city" and c.country == "MX" for c in gazetteer.lookup("China"))


def test_admin1_records_have_names_and_positions():
    sindh = gazetteer.admin1("PK", "05")
    assert sindh.name == "Sindh" and sindh.feature == "admin1"
    assert 23 < sindh.lat < 29 and 66 < sindh.lon < 72  # mean of Sindh's towns lies in Sindh
    assert gazetteer.lookup("Sindh")[0].geonameid == sindh.geonameid


def test_aliases_resolve_to_their_records():
    pok = gazetteer.lookup("Pakistan occupied Kashmir")[0]
    assert (pok.feature, pok.country, pok.name) == ("admin1", "PK", "Azad Kashmir")
    assert gazetteer.lookup("PoK")[0] == pok
    assert gazetteer.lookup("U.S.")[0].geonameid == gazetteer.country("US").geonameid
    assert gazetteer.lookup("Calif.")[0].name == "California"


def test_counties_and_regions_are_entries():
    parish = gazetteer.lookup("Rapides Parish")[0]
    assert (parish.feature, parish.country, parish.admin1_name) == ("admin2", "US", "Louisiana")
    assert parish.geonameid is None  # ADM2 come without GeoNames ids
    assert gazetteer.lookup("Middle East")[0].feature == "region"


def test_demonyms_name_countries():
    assert gazetteer.demonym("Pakistani") == "PK"
    assert gazetteer.demonym("Indian") == "IN"
    assert gazetteer.demonym("Pakistanis") == "PK"
    assert gazetteer.demonym("Karachi") is None


def test_demonyms_name_their_places():
    assert gazetteer.demonym_place("Pakistanis").geonameid == gazetteer.country("PK").geonameid
    sindh = gazetteer.demonym_place("Sindhis")
    assert (sindh.feature, sindh.country, sindh.name) == ("admin1", "PK", "Sindh")
    assert gazetteer.demonym_place("Texan").name == "Texas"
    assert gazetteer.demonym_place("Kurds") is None  # a people of several countries
    assert gazetteer.demonym_place("Karachi") is None


def test_country_codes():
    assert gazetteer.country_iso3("PK") == "PAK"
    assert gazetteer.country_iso2("IND") == "IN"
    assert gazetteer.country_iso3("XX") is None


def test_place_names_need_an_official_name():
    assert gazetteer.is_place_name("Karachi", min_population=100_000)
    assert not gazetteer.is_place_name("Khan")  # only an alternate name of some towns
    assert not gazetteer.is_place_name("Maryam")


def test_regions_within_one_country_carry_it():
    darfur = next(c for c in gazetteer.lookup("Darfur") if c.feature == "region")
    assert darfur.country == "SD"
    assert next(c for c in gazetteer.lookup("Balkans") if c.feature == "region").country is None
