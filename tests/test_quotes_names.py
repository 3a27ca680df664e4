"""Quotes: the speaker's name in its full canonical form (no opening word, party word or honours; a
peer's "Lord" and a name's initials kept; a surname completed from its first mention; a group or
unnamed speaker phrase ending where the name ends), and which statement a quotation belongs to when
the text runs on (a lost or run-together quotation mark, a finished quotation before the next
sentence's verb, a coordinated statement, the reporter's question, "quoted X as saying", a poll)."""

from __future__ import annotations

import pytest
import quote_lookup as lookup
from quote_lookup import speaker_in, speaker_name

from newsgraph.model import Analysis, Quote
from newsgraph.pipeline import analyze_text

TEXTS = {
    # --- the name's form
    "opening": (
        "France are still in the race for the Grand Slam.\n\n"
        'Wing Christophe Dubois says the team can still win the hard way. "We know our display was not '
        'perfect," said Dubois.\n\n'
        'Defiant Matt Rowe insists he is revelling in the pressure. "It is a bizarre analogy," Rowe said.\n'
    ),
    "party": "Tory Dominic Whitcombe branded the plan scandalous. Labour rejected the claim.\n",
    "honours": (
        "The chairman of the Law Society, Edward Pennington QC warned there was a real risk that people "
        'would be driven away. "What is going to happen to young people when they are stopped?"'
    ),
    "peer": (
        "Lord Woolf, the Lord Chief Justice, said the guidelines were fair. Sir Alex Ferguson said the "
        "game was scrappy.\n"
    ),
    "initials": (
        "The new novel topped the charts within hours of its release date being announced by JK Rowling's "
        "publisher.\n\nRowling said she had finished the book on Tuesday.\n"
    ),
    "first_mention": (
        "Yiannis Papadoyiannakis, who led the Greek team at the Games, also testified at the tribunal. "
        '"I believe the tribunal will reach a fair decision," said Papadoyiannakis.'
    ),
    "split_party": (
        "Support for the Liberal Democrats rose in the poll. The Liberal Democrats say they suspect the move "
        "is part of a package of measures."
    ),
    "group": (
        "The reforms were opposed in the past by leftist parties, including Mr Silva's Workers Party. "
        "President Silva later backed them."
    ),
    "aside": (
        "Of those asked, most used a search engine daily. A small number, 17%, said they would not miss "
        "search engines at all."
    ),
    # --- which statement a quotation belongs to
    "lost": (
        "Jon Rivera won the title fight in Los Angeles on Saturday.\n\n"
        '"It was always about being the champion again," Rivera said. It was never about the opponent, '
        "nothing personal. I'm just happy with my belt, and for now I want to go back to the gym and "
        'improve."\n'
    ),
    "run_together": (
        'Council leader Mary Collins wrote to the two members.\n\nShe said: "The council has taken legal '
        'advice and we could take action against you. "We would however like you to reflect on what you '
        'have done and return the seats." Mr Harold Finch said the rules worked in exactly the same way for '
        "the council as for any other body."
    ),
    "finished": (
        "Opposition leader Michael Hargreaves said the plans would hurt working families.\n\n"
        '"Labour are creating two Britains," he said. "They are being squeezed by extra taxes. The forgotten '
        'majority are paying the price." '
        "The government has announced plans to cut 100,000 civil servants.\n"
    ),
    "finished_named_after": (
        '"We want to be sure we are not betting on one technology," Brightway chief executive Paul Ormond '
        'said. "We will not be surprised by any change in the market." Carvello, meanwhile, says it will '
        "focus on diesel engines instead."
    ),
    "relayed": (
        "Paramedics in Nova Scotia say ambulances are too often late.\n\n"
        '"People waited 48 minutes," said Terry Chapman of the paramedics union.\n\n'
        "According to the health agency, the nine-minute target is being met in 90 per cent of cases but "
        "Chapman says that's not what the union is seeing.\n"
    ),
    "question": (
        "Singer Tom Baxter spoke to reporters on Monday.\n\nAsked whether he thought the station should have "
        'aired the show he said: "I don\'t know if they should have had it on television. "My show is about '
        'ordinary people and I defy anyone to say otherwise."'
    ),
    "participle": (
        "Lord Whitby urged voters to back his party. \"I just don't think voters in these seats could resist "
        'the temptation to use their votes against the government." He denied this plan was cynical, '
        "insisting the party had broad appeal."
    ),
    "quoted_as_saying": (
        'A court in Ohio jailed the spammer for nine years. "He has been cheating people for years," '
        "Reuters quoted prosecutor Helen Markham as saying."
    ),
    "poll": (
        "Comedy duo Sam Fielding and Rob Tanner have been named the most powerful people in TV comedy, in "
        "a poll by listings magazine Screen Weekly.\n\nThe pair rose from tenth place last year."
    ),
}


@pytest.fixture(scope="module")
def analyses() -> dict[str, Analysis]:
    return {key: analyze_text(text) for key, text in TEXTS.items()}


def quote_with(analysis: Analysis, fragment: str) -> Quote:
    return lookup.quote_with(analysis, fragment, shortest=True)


# --- the name's form -----------------------------------------------------------------------------


def test_a_word_opening_the_sentence_is_no_part_of_the_name(analyses):
    """ "Wing Christophe Dubois says", "Defiant Matt Rowe insists": a position or an adjective that opens
    the sentence before a name is not the speaker's name."""
    analysis = analyses["opening"]
    assert quote_with(analysis, "display was not perfect").speaker.name == "Christophe Dubois"
    assert quote_with(analysis, "bizarre analogy").speaker.name == "Matt Rowe"


def test_party_word_is_no_part_of_the_name(analyses):
    assert speaker_in(analyses["party"], "the plan scandalous") == "Dominic Whitcombe"


def test_honours_after_a_name_are_dropped(analyses):
    assert speaker_in(analyses["honours"], "young people") == "Edward Pennington"


def test_a_peer_keeps_lord_before_a_lone_surname_but_sir_goes(analyses):
    assert speaker_in(analyses["peer"], "guidelines were fair") == "Lord Woolf"
    assert speaker_in(analyses["peer"], "game was scrappy") == "Alex Ferguson"


def test_surname_of_a_name_opened_by_initials(analyses):
    assert speaker_in(analyses["initials"], "finished the book") == "JK Rowling"


def test_bare_surname_completed_from_first_mention(analyses):
    assert speaker_in(analyses["first_mention"], "fair decision") == "Yiannis Papadoyiannakis"


def test_split_party_name_is_the_full_one(analyses):
    assert speaker_in(analyses["split_party"], "suspect the move") == "Liberal Democrats"


def test_group_phrase_ends_before_its_members(analyses):
    assert speaker_in(analyses["group"], "in the past") == "leftist parties"


def test_aside_ends_an_unnamed_speaker_phrase(analyses):
    assert speaker_in(analyses["aside"], "would not miss") == "A small number"


# --- which statement a quotation belongs to ----------------------------------------------------


def test_first_person_before_a_lone_closing_mark_continues_the_speaker(analyses):
    """The opening mark of the quotation's second part was lost: "I" is still the fighter speaking."""
    quote = quote_with(analyses["lost"], "go back to the gym")
    assert quote.speaker is not None and quote.speaker.name == "Jon Rivera"


def test_paragraphs_run_together_stay_one_quotation(analyses):
    analysis = analyses["run_together"]
    assert speaker_in(analysis, "return the seats") == "Mary Collins"
    assert speaker_in(analysis, "the rules worked") == "Harold Finch"


def test_a_finished_quotation_is_not_reported_by_the_next_sentence(analyses):
    """ "... the price." The government has announced plans": the government announced the plans, the
    quotation goes on from the leader quoted before it."""
    quote = quote_with(analyses["finished"], "forgotten majority")
    assert quote.speaker is not None and quote.speaker.name == "Michael Hargreaves"
    plans = [q for q in analyses["finished"].quotes if q.speaker and q.speaker.name == "The government"]
    assert all("forgotten majority" not in q.text for q in plans)


def test_finished_quotation_is_not_the_next_sentences_statement(analyses):
    """ "... in the market." Carvello, meanwhile, says": the quotation stays with the chief executive."""
    assert speaker_in(analyses["finished_named_after"], "surprised by any change") == "Paul Ormond"


def test_a_coordinated_statement_is_not_part_of_the_relayed_content(analyses):
    analysis = analyses["relayed"]
    relayed = quote_with(analysis, "nine-minute target")
    assert "Chapman" not in relayed.text and not relayed.text.endswith("but")
    own = quote_with(analysis, "not what the union is seeing")
    assert own.speaker is not None and own.speaker.name == "Terry Chapman"


def test_reporters_question_is_no_ones_statement(analyses):
    analysis = analyses["question"]
    assert analysis.quotes and all(q.speaker and q.speaker.name == "Tom Baxter" for q in analysis.quotes)
    assert speaker_in(analysis, "My show is about") == "Tom Baxter"


def test_participle_after_reported_clause_is_the_reporters(analyses):
    analysis = analyses["participle"]
    assert speaker_in(analysis, "broad appeal") == "Lord Whitby"
    assert speaker_in(analysis, "resist the temptation") == "Lord Whitby"


def test_quoted_as_saying_is_the_quoted_persons(analyses):
    assert speaker_in(analyses["quoted_as_saying"], "cheating people") == "Helen Markham"


def test_poll_naming_winners_is_no_statement(analyses):
    assert "Screen Weekly" not in {speaker_name(q) for q in analyses["poll"].quotes}
