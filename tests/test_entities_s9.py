"""A title word that opens a company's name ("General", "Premier") makes no person of the rest."""

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("General Dynamics said on Friday it had won a navy contract worth $2bn.", "General Dynamics"),
        ("Premier Foods said its biscuit sales fell in the spring.", "Premier Foods"),
        ("General Motors will shut its van plant next year, the carmaker said.", "General Motors"),
    ],
)
def test_title_word_opening_a_company_name(text: str, company: str) -> None:
    result = analyze(Article(id="t", text=text))
    names = {e.name: e.type for e in result.entities}
    assert company in names and names[company] != "PERSON"
    assert not any(t == "PERSON" for t in names.values())


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Premier Dana Whitlock said the new toll bridge would open in May.", "Dana Whitlock"),
        ("General Tomas Reyna told reporters the convoy had reached the border.", "Tomas Reyna"),
    ],
)
def test_title_before_a_person_still_stripped(text: str, person: str) -> None:
    result = analyze(Article(id="t", text=text))
    assert person in {e.name for e in result.entities if e.type == "PERSON"}
