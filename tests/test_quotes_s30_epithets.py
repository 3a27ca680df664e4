"""Speakers named by an apposition the parser misplaced, and epithets for a person or company named before
(session 30). Invented passages."""

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import analyze


def speakers(text: str) -> dict[str, str | None]:
    """Each quote's opening words -> its speaker's canonical name."""
    result = analyze(Article(id="t", text=text))
    return {q.text[:25]: (q.speaker.name if q.speaker else None) for q in result.quotes}


def speaker_of(text: str, words: str) -> str | None:
    found = [name for opening, name in speakers(text).items() if words in opening]
    assert len(found) == 1, speakers(text)
    return found[0]


# (passage, words opening the statement, its speaker)
CASES = {
    "name hung on a place": (
        "The Herald's correspondent in Lisbon, Joana Matos, told listeners that the strike was likely "
        "to spread to the ports.",
        "the strike",
        "Joana Matos",
    ),
    "body named in apposition": (
        "A Dutch firm that makes bicycle locks is looking to raise money on the stock market. "
        "The firm, Dunmoor, said that it hoped to sell two million shares.",
        "it hoped",
        "Dunmoor",
    ),
    "epithet for a subject named in apposition": (
        "Many organisers were unconvinced. One of the founders of the 2019 campaign, Tomas Brandt, said the "
        "mayor's plan would at least test their ideas. “Clearly the council has gone the other way,” said "
        "the former adviser to Governor Karen Lutz.",
        "Clearly the council",
        "Tomas Brandt",
    ),
    "people of a subordinate clause leave the epithet to the subject": (
        "Former presidential candidate Walter Brennan, who on Monday endorsed Ellen Park, said Tuesday he "
        "agrees with Park's housing plan. The Ohio senator said the plan was long overdue.",
        "the plan was long",
        "Walter Brennan",
    ),
    "company described by its country": (
        "On the civilian front, Boeing announced a deal with a Canadian parts maker to build wing panels. "
        "The US company also said it had agreed to sell 12 planes to a new budget airline.",
        "it had agreed",
        "Boeing",
    ),
    "company named inside a subject phrase": (
        "Shares in Tarvik Holdings, which is building a new bridge in Bergen, fell 19% after a profit "
        "warning. The Norwegian firm said it would only break even this year.",
        "it would only",
        "Tarvik Holdings",
    ),
    "company of the executive quoted before": (
        "“We are fighting for the future of this business,” said Norvale Foods chief executive Jan Berg. "
        "The company added it would appeal against the ruling.",
        "it would appeal",
        "Norvale Foods",
    ),
    "pronoun after a title subject": (
        "Manitoba Premier Ruth Okafor says her government will merge two school boards. “Parents want "
        "fewer layers,” Ms. Okafor told reporters.\n"
        "The Premier said no teacher would lose a job, though she acknowledged some office posts would go.",
        "some office posts",
        "Ruth Okafor",
    ),
    "apposition over the title holder named before": (
        "Tom Varga, the lobby group's chief economist until 2019, now teaches in Leeds. "
        "“Rates have done their job,” said the group's new chief economist, Lena Stroud.",
        "Rates have done",
        "Lena Stroud",
    ),
    "another holder of the title, named in apposition": (
        "Dan Moran, a former radio host, now presents a show on Harbour TV. He said the channel gives him "
        "freedom. Another Harbour TV host, Abby Lane, said the new schedule was a mistake.",
        "the new schedule",
        "Abby Lane",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_speaker(case):
    text, words, expected = CASES[case]
    assert speaker_of(text, words) == expected


@pytest.mark.parametrize("epithet", ["The billionaire businesswoman", "The shipping tycoon"])
def test_descriptive_epithet_for_a_person_named_earlier(epithet):
    text = (
        "Lena Ortiz built a shipping empire before entering politics. Voters in the port city were divided "
        "on her bid. Ortiz is touring the docks in Harwich this week with her campaign staff. "
        f"{epithet} said that new tariffs would hurt the town."
    )
    assert speaker_of(text, "new tariffs") == "Lena Ortiz"


def test_company_placed_in_another_country_is_not_the_one_described():
    text = (
        "Fiat, Italy's largest private employer, did not comment. Fiat recently ended its alliance with "
        "a rival. The US firm said it would pay $2bn to leave the agreement."
    )
    assert speaker_of(text, "it would pay") != "Fiat"
