"""Quotes: the speaker's full canonical name in the patterns news uses to refer back to whom it quotes."""

from __future__ import annotations

import pytest
import quote_lookup as lookup

from newsgraph.model import Analysis, Quote
from newsgraph.pipeline import analyze_text

LOST_OPENING = (
    "Jon Rivera won the title fight in Los Angeles on Saturday.\n\n"
    '"It was always about being the champion again," Rivera said. It was never about the opponent, '
    "nothing personal. I'm just happy with my belt, and for now I want to go back to the gym and improve.\"\n"
)
FINISHED_QUOTE = (
    "Opposition leader Michael Hargreaves said the plans would hurt working families.\n\n"
    '"Labour are creating two Britains," he said. "They are being squeezed by extra taxes. The forgotten '
    'majority are paying the price." '
    "The government has announced plans to cut 100,000 civil servants.\n"
)
EPITHET = (
    "Marcel Dufresne insists there is no chance of history repeating itself on Wednesday.\n\n"
    "Former Chelsea captain Dufresne, who is now playing for a club in Qatar, says there is no comparison "
    'between that side and the current team. "Mentally they are much stronger, even though a lot of their '
    'players are young," the 36-year-old said.\n\n'
    "Hicham Benali will not decide until two weeks before the race. "
    '"If I am to compete in it, it is only if I feel I can win," said the Moroccan, who retires next year.\n'
)
RELAYED = (
    "Paramedics in Nova Scotia say ambulances are too often late.\n\n"
    '"People waited 48 minutes," said Terry Chapman of the paramedics union.\n\n'
    "According to the health agency, the nine-minute target is being met in 90 per cent of cases but "
    "Chapman says that's not what the union is seeing.\n"
)

SPOKESMAN = (
    "A Labour Party spokesman told reporters the party avoided those on the lists. But that did not "
    'happen for other calls. "When we ask which party they will vote for, that is not marketing," he said.\n'
)

OPENING_WORD = (
    "France are still in the race for the Grand Slam.\n\n"
    'Wing Christophe Dubois says the team can still win the hard way. "We know our display was not '
    'perfect," said Dubois.\n\n'
    'Defiant Matt Rowe insists he is revelling in the pressure. "It is a bizarre analogy," Rowe said.\n'
)


def quote_with(analysis: Analysis, fragment: str) -> Quote:
    return lookup.quote_with(analysis, fragment, shortest=True)


@pytest.fixture(scope="module")
def analyses() -> dict[str, Analysis]:
    texts = {
        "lost": LOST_OPENING,
        "finished": FINISHED_QUOTE,
        "epithet": EPITHET,
        "relayed": RELAYED,
        "spokesman": SPOKESMAN,
        "opening": OPENING_WORD,
    }
    return {key: analyze_text(text) for key, text in texts.items()}


def test_first_person_before_a_lone_closing_mark_continues_the_speaker(analyses):
    """The opening mark of the quotation's second part was lost: "I" is still the fighter speaking."""
    quote = quote_with(analyses["lost"], "go back to the gym")
    assert quote.speaker is not None and quote.speaker.name == "Jon Rivera"


def test_a_finished_quotation_is_not_reported_by_the_next_sentence(analyses):
    """ "... the price." The government has announced plans": the government announced the plans, the
    quotation goes on from the leader quoted before it."""
    quote = quote_with(analyses["finished"], "forgotten majority")
    assert quote.speaker is not None and quote.speaker.name == "Michael Hargreaves"
    plans = [q for q in analyses["finished"].quotes if q.speaker and q.speaker.name == "The government"]
    assert all("forgotten majority" not in q.text for q in plans)


def test_epithets_and_a_titled_surname_are_the_full_name(analyses):
    """ "the 36-year-old", "the Moroccan": the person quoted just before, by full name."""
    analysis = analyses["epithet"]
    view = quote_with(analysis, "no comparison")
    assert view.speaker is not None and view.speaker.name == "Marcel Dufresne"
    quote = quote_with(analysis, "Mentally they are much stronger")
    assert analysis.text[quote.speaker.start : quote.speaker.end] == "the 36-year-old"
    assert quote.speaker.name == "Marcel Dufresne" and quote.speaker.entity == view.speaker.entity
    runner = quote_with(analysis, "only if I feel I can win")
    assert analysis.text[runner.speaker.start : runner.speaker.end] == "the Moroccan"
    assert runner.speaker.name == "Hicham Benali"


def test_a_coordinated_statement_is_not_part_of_the_relayed_content(analyses):
    analysis = analyses["relayed"]
    relayed = quote_with(analysis, "nine-minute target")
    assert "Chapman" not in relayed.text and not relayed.text.endswith("but")
    own = quote_with(analysis, "not what the union is seeing")
    assert own.speaker is not None and own.speaker.name == "Terry Chapman"


def test_he_after_an_impersonal_subject_is_the_unnamed_spokesman(analyses):
    """ "But that did not happen" names no one: "he" is the spokesman of the sentence before."""
    quote = quote_with(analyses["spokesman"], "that is not marketing")
    assert quote.speaker is not None and quote.speaker.name == "A Labour Party spokesman"


def test_a_word_opening_the_sentence_is_no_part_of_the_name(analyses):
    """ "Wing Christophe Dubois says", "Defiant Matt Rowe insists": a position or an adjective that opens
    the sentence before a name is not the speaker's name."""
    analysis = analyses["opening"]
    assert quote_with(analysis, "display was not perfect").speaker.name == "Christophe Dubois"
    assert quote_with(analysis, "bizarre analogy").speaker.name == "Matt Rowe"
