"""Streets named after a title word are places, not people called "Street" (session 30). Invented text."""

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
