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
        "Wales are still chasing the championship.\n\n"
        'Wing Rhodri Vaughan says the side can still finish top. "We know the second half was sloppy," '
        "said Vaughan.\n\n"
        'Defiant Matt Rowe insists he enjoys being the underdog. "It is a strange comparison," Rowe said.\n'
    ),
    "party": "Tory Dominic Whitcombe branded the plan scandalous. Labour rejected the claim.\n",
    "honours": (
        "The head of the Bar Council, Edward Pennington QC warned that the reforms could push witnesses "
        'out of court. "Who will speak up for tenants once legal aid is gone?"'
    ),
    "peer": (
        "Lord Penwith, the senior judge, said the guidelines were fair. Sir Malcolm Brierley said the "
        "game was scrappy.\n"
    ),
    "initials": (
        "The thriller topped the charts within a day of its release date being revealed by PD Harrowgate's "
        "publisher.\n\nHarrowgate said she had finished the book on Tuesday.\n"
    ),
    "first_mention": (
        "Dimitris Karavangelis, who coached the Cypriot squad at the championships, also gave evidence at "
        'the hearing. "I trust the panel will be fair," said Karavangelis.'
    ),
    "split_party": (
        "The Liberal Democrats gained ground in the survey. The Liberal Democrats say they fear the cut is "
        "the first of many."
    ),
    "group": (
        "The tax plan was opposed in the past by rural parties, including Mr Okafor's Farmers Party. "
        "Governor Okafor later backed it."
    ),
    "aside": (
        "Of those surveyed, most cycled to work every week. A small number, 12%, said they would never give "
        "up their cars."
    ),
    # --- which statement a quotation belongs to
    "lost": (
        "Jon Rivera won the rowing final in Lucerne on Sunday.\n\n"
        '"The only goal was to win gold again," Rivera said. It was never about beating one crew in '
        "particular. I'm just glad to have the medal, and now I want to rest and then train even "
        'harder."\n'
    ),
    "run_together": (
        'Council leader Mary Collins wrote to the two councillors.\n\nShe said: "We have spoken to our '
        'lawyers and may go to court over this. "We would rather you thought again and gave back the '
        'allowances." Mr Harold Finch said the rules applied to the council just as they did to any club.'
    ),
    "finished": (
        "Opposition leader Michael Hargreaves said the budget would hurt renters.\n\n"
        '"This government is splitting the country in two," he said. "Renters are squeezed by rising bills. '
        'The quiet middle is footing the bill." '
        "The government has announced plans to sell 40 state buildings.\n"
    ),
    "finished_named_after": (
        '"We do not want all our money on one kind of battery," Brightway chief executive Paul Ormond '
        'said. "Whatever the market does next, we will be ready." Carvello, meanwhile, says it will '
        "stick with hydrogen."
    ),
    "relayed": (
        "Firefighters in the valley say engines are too often slow.\n\n"
        '"Crews waited 40 minutes," said Owen Pritchard of the firefighters union.\n\n'
        "According to the fire service, the ten-minute goal is met in 85 per cent of calls but "
        "Pritchard says that's not what crews are finding.\n"
    ),
    "question": (
        "Singer Tom Baxter spoke to reporters on Monday.\n\nAsked whether the festival should have cancelled "
        'his concert he said: "I can\'t tell you whether they were right to pull it. "My songs are about '
        'working people and nobody can say otherwise."'
    ),
    "participle": (
        'Lord Whitby urged voters to back his party. "I doubt people in these towns will pass up the '
        'chance to punish the government." He denied the strategy was cynical, insisting the party had wide '
        "support."
    ),
    "quoted_as_saying": (
        'A court in Idaho jailed the fraudster for six years. "He has been robbing pensioners for a decade," '
        "Reuters quoted prosecutor Helen Markham as saying."
    ),
    "poll": (
        "Cooking duo Sam Fielding and Rob Tanner have been named the most influential chefs on television, "
        "in a poll by food magazine Screen Weekly.\n\nThe pair climbed from eighth place last year."
    ),
}


@pytest.fixture(scope="module")
def analyses() -> dict[str, Analysis]:
    return {key: analyze_text(text) for key, text in TEXTS.items()}


def quote_with(analysis: Analysis, fragment: str) -> Quote:
    return lookup.quote_with(analysis, fragment, shortest=True)


# --- the name's form -----------------------------------------------------------------------------


def test_a_word_opening_the_sentence_is_no_part_of_the_name(analyses):
    """ "Wing Rhodri Vaughan says", "Defiant Matt Rowe insists": a position or an adjective that opens
    the sentence before a name is not the speaker's name."""
    analysis = analyses["opening"]
    assert quote_with(analysis, "second half was sloppy").speaker.name == "Rhodri Vaughan"
    assert quote_with(analysis, "strange comparison").speaker.name == "Matt Rowe"


def test_party_word_is_no_part_of_the_name(analyses):
    assert speaker_in(analyses["party"], "the plan scandalous") == "Dominic Whitcombe"


def test_honours_after_a_name_are_dropped(analyses):
    assert speaker_in(analyses["honours"], "speak up for tenants") == "Edward Pennington"


def test_a_peer_keeps_lord_before_a_lone_surname_but_sir_goes(analyses):
    assert speaker_in(analyses["peer"], "guidelines were fair") == "Lord Penwith"
    assert speaker_in(analyses["peer"], "game was scrappy") == "Malcolm Brierley"


def test_surname_of_a_name_opened_by_initials(analyses):
    assert speaker_in(analyses["initials"], "finished the book") == "PD Harrowgate"


def test_bare_surname_completed_from_first_mention(analyses):
    assert speaker_in(analyses["first_mention"], "panel will be fair") == "Dimitris Karavangelis"


def test_split_party_name_is_the_full_one(analyses):
    assert speaker_in(analyses["split_party"], "fear the cut") == "Liberal Democrats"


def test_group_phrase_ends_before_its_members(analyses):
    assert speaker_in(analyses["group"], "in the past") == "rural parties"


def test_aside_ends_an_unnamed_speaker_phrase(analyses):
    assert speaker_in(analyses["aside"], "never give up") == "A small number"


# --- which statement a quotation belongs to ----------------------------------------------------


def test_first_person_before_a_lone_closing_mark_continues_the_speaker(analyses):
    """The opening mark of the quotation's second part was lost: "I" is still the rower speaking."""
    quote = quote_with(analyses["lost"], "train even harder")
    assert quote.speaker is not None and quote.speaker.name == "Jon Rivera"


def test_paragraphs_run_together_stay_one_quotation(analyses):
    analysis = analyses["run_together"]
    assert speaker_in(analysis, "gave back the allowances") == "Mary Collins"
    assert speaker_in(analysis, "the rules applied") == "Harold Finch"


def test_a_finished_quotation_is_not_reported_by_the_next_sentence(analyses):
    """ "... footing the bill." The government has announced plans": the government announced the plans, the
    quotation goes on from the leader quoted before it."""
    quote = quote_with(analyses["finished"], "quiet middle")
    assert quote.speaker is not None and quote.speaker.name == "Michael Hargreaves"
    plans = [q for q in analyses["finished"].quotes if q.speaker and q.speaker.name == "The government"]
    assert all("quiet middle" not in q.text for q in plans)


def test_finished_quotation_is_not_the_next_sentences_statement(analyses):
    """ "... we will be ready." Carvello, meanwhile, says": the quotation stays with the chief executive."""
    assert speaker_in(analyses["finished_named_after"], "Whatever the market does next") == "Paul Ormond"


def test_a_coordinated_statement_is_not_part_of_the_relayed_content(analyses):
    analysis = analyses["relayed"]
    relayed = quote_with(analysis, "ten-minute goal")
    assert "Pritchard" not in relayed.text and not relayed.text.endswith("but")
    own = quote_with(analysis, "not what crews are finding")
    assert own.speaker is not None and own.speaker.name == "Owen Pritchard"


def test_reporters_question_is_no_ones_statement(analyses):
    analysis = analyses["question"]
    assert analysis.quotes and all(q.speaker and q.speaker.name == "Tom Baxter" for q in analysis.quotes)
    assert speaker_in(analysis, "My songs are about") == "Tom Baxter"


def test_participle_after_reported_clause_is_the_reporters(analyses):
    analysis = analyses["participle"]
    assert speaker_in(analysis, "wide support") == "Lord Whitby"
    assert speaker_in(analysis, "pass up the chance") == "Lord Whitby"


def test_quoted_as_saying_is_the_quoted_persons(analyses):
    assert speaker_in(analyses["quoted_as_saying"], "robbing pensioners") == "Helen Markham"


def test_poll_naming_winners_is_no_statement(analyses):
    assert "Screen Weekly" not in {speaker_name(q) for q in analyses["poll"].quotes}
