"""Session 30 entity types: streets named after a title word are places, and names whose shares the
article mentions are companies, not people. Invented text."""

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze


def entities(text: str) -> dict[str, str]:
    return {e.name: e.type for e in analyze(Article(id="t", text=text)).entities}


def test_titled_streets_are_no_people():
    found = entities(
        "Dr. Anika Sharma runs a walk-in clinic on Queen Street. A second one opened near King Street West "
        "last year, and police closed Prince Road after a crash outside it."
    )
    people = {name for name, kind in found.items() if kind == "PERSON"}
    assert people == {"Anika Sharma"}, found


def test_people_called_street_stay_people():
    found = entities(
        "Mayor Andy Street said the buses would run late. Mr Street added that fares would not rise."
    )
    assert found.get("Andy Street") == "PERSON", found


@pytest.mark.parametrize("club", ["Leeds Rovers", "Norwich Albion"])
def test_a_name_with_shares_is_a_company(club):
    text = (
        f"{club} revealed on Sunday that it had received a new offer. Shares in {club} rose 3%. "
        "The club said it would consider the bid."
    )
    result = analyze(Article(id="t", text=text))
    assert {e.name: e.type for e in result.entities}.get(club) == "ORG"
    assert [q.speaker.name for q in result.quotes if q.text.startswith("it would consider")] == [club]


def test_a_person_holding_shares_stays_a_person():
    found = entities(
        "Donald Trump said he would sell his casino stake. Trump's shares fell 5% on Monday, and he said "
        "the price was too low."
    )
    assert found.get("Donald Trump") == "PERSON", found
