"""Quotes: the speaker resolved to the canonical full name the article gives: a surname or a pronoun
to the person first named in full, a lead's unnamed speaker to whom the next sentence names, a
he/she whose own statement names the person it was linked to to someone else, an open "they" to
the group it stands for, a second "and who ..." to the person of the first, and an epithet to the one
person the sentence before introduced."""

from __future__ import annotations

import pytest
from quote_lookup import speaker_in

from newsgraph.model import Analysis
from newsgraph.pipeline import analyze_text

TEXTS = {
    "full_name": (
        "Jeff Traeger, president of the Retail Workers Union, spoke to reporters on Monday.\n\n"
        '"This is unacceptable," Traeger said. He said members would vote next week.'
    ),
    "lead_person": (
        "The Pirate Party expects to win more seats than ever, one of its councillors has claimed.\n\n"
        "Housing spokeswoman Ellen Marsh said members hoped to gain ground in the coastal towns."
    ),
    "lead_other": (
        "A senior official said the dam could burst.\n\nPrime Minister Tom Ruiz visited the site on Monday."
    ),
    "lead_body": (
        "The union representing 3,000 nurses said talks had failed.\n\n"
        "Allied Nurses Guild president Carla Mendes said members would strike on Friday."
    ),
    "own_words": (
        "Manager Olaf Brandt left the club on Tuesday. Chairman Hugo Kessler defended the decision. "
        '"Money played no part in this," he said. He also rejected claims that Brandt had been paid a '
        "large sum to leave."
    ),
    "they_clause": (
        "As the nurses gathered outside the hospital on Monday, they said staffing levels were unsafe."
    ),
    "they_before": (
        "Campaign aides met donors in Denver on Tuesday. Fundraising was slow, and they said the race "
        "was tightening."
    ),
    "relative": (
        "Senator Ann Ruiz, who last year threatened to block the budget, and who has long argued that "
        "taxes are too high, spoke on Monday."
    ),
    "epithet": (
        "People cheered after Zoe Marten announced her engagement. The actress said she was thrilled."
    ),
}


@pytest.fixture(scope="module")
def analyses() -> dict[str, Analysis]:
    return {key: analyze_text(text) for key, text in TEXTS.items()}


def test_surname_and_pronoun_are_the_full_name(analyses):
    assert speaker_in(analyses["full_name"], "This is unacceptable") == "Jeff Traeger"
    assert speaker_in(analyses["full_name"], "members would vote") == "Jeff Traeger"


def test_a_leads_unnamed_speaker_is_whom_the_next_sentence_names(analyses):
    assert speaker_in(analyses["lead_person"], "more seats than ever") == "Ellen Marsh"


def test_a_lead_speaker_is_no_one_the_next_sentence_only_mentions(analyses):
    # the prime minister visits, he does not speak: the official stays unnamed
    assert speaker_in(analyses["lead_other"], "the dam could burst") == "A senior official"


def test_a_leads_body_is_the_one_named_in_the_next_speakers_phrase(analyses):
    assert speaker_in(analyses["lead_body"], "talks had failed") == "Allied Nurses Guild"


def test_he_who_names_the_linked_person_is_someone_else(analyses):
    # no one denies reports about themselves by name: "he" is the director, not the coach
    assert speaker_in(analyses["own_words"], "Brandt had been paid") == "Hugo Kessler"


def test_they_is_the_group_of_a_clause_of_its_verb(analyses):
    name = speaker_in(analyses["they_clause"], "staffing levels were unsafe")
    assert name is not None and "nurses" in name.lower()


def test_they_is_the_group_of_the_sentence_before(analyses):
    name = speaker_in(analyses["they_before"], "the race was tightening")
    assert name is not None and "aides" in name.lower()


def test_an_epithet_is_the_person_the_sentence_before_introduced(analyses):
    assert speaker_in(analyses["epithet"], "she was thrilled") == "Zoe Marten"


def test_a_second_relative_clause_is_the_same_persons(analyses):
    assert speaker_in(analyses["relative"], "taxes are too high") == "Ann Ruiz"
