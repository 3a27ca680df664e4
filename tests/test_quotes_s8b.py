"""Speakers in BBC/Canadian-news style (invented sentences): the article's main organisation behind
"the company said", documents and posts whose author is the previous sentence's subject, "they" for a
group named before, nested attributions, and one statement kept as one quote."""

from __future__ import annotations

import pytest
from quote_lookup import speaker_name

from newsgraph.model import Analysis, Quote
from newsgraph.pipeline import analyze_text

# (text, words inside the statement, the speaker's canonical name). Written before running the code.
ORG_SALIENCE = [
    (
        "Unilever is to cut 1,500 jobs in Europe, the consumer goods giant said on Tuesday. The firm, which "
        "makes Dove soap, has been under pressure from investors. Rival Nestle announced similar cuts last "
        "month. The company said the changes would save £500m a year.",
        "would save £500m",
        "Unilever",
    ),
    (
        "Tesco profits rise despite price war\n\nTesco has reported a 10% rise in annual profits. Analysts "
        "at Barclays had expected a smaller gain. The supermarket said shoppers were returning to its "
        "stores.",
        "shoppers were returning",
        "Tesco",
    ),
    (
        "Air Canada will resume flights to Tel Aviv next month. Air Canada had paused the route in the "
        "spring. WestJet suspended its own service in October. The airline said safety reviews had been "
        "completed.",
        "safety reviews had been completed",
        "Air Canada",
    ),
    (
        "Rolls-Royce has won a £2bn contract to supply engines. Rolls-Royce shares rose 4% on the news. "
        "Airbus declined to comment. The company said the order would secure 800 jobs in Derby.",
        "secure 800 jobs",
        "Rolls-Royce",
    ),
    (
        "Hydro-Québec says it will raise rates by 3% next year. Hydro-Québec blamed higher costs. Ontario's "
        "Hydro One froze its rates in June. The utility said customers would see the change in April.",
        "customers would see the change",
        "Hydro-Québec",
    ),
    pytest.param(
        "Barclays has been fined £40m by the Financial Conduct Authority. The bank said it accepted the "
        "findings in full.",
        "accepted the findings",
        "Barclays",
        marks=pytest.mark.xfail(reason="the model recognises no organisation in 'Barclays'", strict=True),
    ),
]
DOCUMENTS = [
    (
        "Prime Minister Mark Carney tweeted about the talks on Friday. The tweet said the call had been "
        "productive.",
        "the call had been productive",
        "Mark Carney",
    ),
    (
        "The Metropolitan Police tweeted an update on Sunday evening. The tweet said two men had been "
        "arrested.",
        "two men had been arrested",
        "Metropolitan Police",
    ),
    (
        "Greenpeace put out a statement shortly after the ruling. The statement said the decision was a "
        "victory for the Arctic.",
        "a victory for the Arctic",
        "Greenpeace",
    ),
    (
        "Toronto Mayor Olivia Chow posted on social media on Tuesday night. The post said the city would "
        "not back down.",
        "would not back down",
        "Olivia Chow",
    ),
    (
        "Coldplay announced the cancellation on Instagram. A statement said the singer was recovering from "
        "an illness.",
        "recovering from an illness",
        "Coldplay",
    ),
    (
        "The RCMP issued an update on Thursday. The statement said officers had found the missing hiker.",
        "found the missing hiker",
        "RCMP",
    ),
]
GROUPS = [
    (
        "Hundreds of nurses gathered outside the Scottish Parliament on Wednesday. They said staffing "
        "levels had become dangerous.",
        "staffing levels had become dangerous",
        "~nurses",
    ),
    (
        "The protesters blocked the bridge for three hours. They said they would return next week.",
        "would return next week",
        "~protesters",
    ),
    (
        "Officials at the health board met on Monday. They said the ward would reopen in spring.",
        "the ward would reopen",
        "~officials",
    ),
    (
        "Residents of the street have complained for years about flooding. They told the BBC the council "
        "had ignored them.",
        "the council had ignored them",
        "~residents",
    ),
    (
        "Teachers in Alberta walked off the job on Monday. Speaking outside the legislature, they said "
        "class sizes were out of control.",
        "class sizes were out of control",
        "~teachers",
    ),
    (
        "Police were called to the house at 03:00 GMT. They said a 34-year-old man had been arrested.",
        "a 34-year-old man had been arrested",
        "~police",
    ),
]
NESTED = [
    (
        "The minister was warned about the risks, the Globe and Mail reported, citing sources.",
        "warned about the risks",
        "Globe and Mail",
    ),
    (
        "Finance critic Mary Doyle spoke at the conference. The contrast, said Doyle, would be stark.",
        "would be stark",
        "Mary Doyle",
    ),
    (
        "The company plans to close the plant, Reuters reported, according to two people familiar with "
        "the matter.",
        "close the plant",
        "Reuters",
    ),
    (
        "Any deal, said Chief Ahmed Stoney of the Cree Nation, must respect treaty rights.",
        "must respect treaty rights",
        "Ahmed Stoney",
    ),
    (
        "The figures, the Office for National Statistics said, showed the economy shrank by 0.1%.",
        "the economy shrank",
        "Office for National Statistics",
    ),
    (
        "Premier Doug Ford's government will cut the tax, CBC News reported, according to sources.",
        "will cut the tax",
        "CBC News",
    ),
]
ONE_STATEMENT = [
    (
        "Health Secretary Wes Streeting said the plan would fail and that costs would rise.",
        "costs would rise",
        "Wes Streeting",
    ),
    (
        "Rishi Sunak visited a school in Kent. He told reporters the election would be close, adding that "
        "he was confident.",
        "the election would be close",
        "Rishi Sunak",
    ),
    (
        "Dr Theresa Tam said the risk remained low, but warned that cases could rise over the winter.",
        "the risk remained low",
        "Theresa Tam",
    ),
    (
        'The decision was "deeply disappointing", said Jane Hill, the charity\'s chief executive, who added '
        'that it would "cost lives".',
        "deeply disappointing",
        "Jane Hill",
    ),
    (
        "According to Statistics Canada, the jobless rate rose to 7.1% in October.",
        "the jobless rate rose",
        "Statistics Canada",
    ),
    (
        'Conservative leader Pierre Poilievre said the budget was "a disaster" and that Canadians "deserve '
        'better".',
        "a disaster",
        "Pierre Poilievre",
    ),
]
CASES = ORG_SALIENCE + DOCUMENTS + GROUPS + NESTED + ONE_STATEMENT


def _holding(a: Analysis, words: str) -> list[Quote]:
    at = a.text.index(words)
    return [q for q in a.quotes if q.start <= at < q.end]


def _bare(name: str) -> str:
    name = name.lower()
    return name[4:] if name.startswith("the ") else name


def right_speaker(quote: Quote | None, want: str) -> bool:
    """The exact canonical name, or for a group ("~nurses") a name with that group noun."""
    got = speaker_name(quote) if quote else None
    if not got:
        return False
    if want.startswith("~"):
        return want[1:] in got.lower().split()
    return _bare(got) == _bare(want)


def speaker_of(text: str, words: str) -> Quote | None:
    found = _holding(analyze_text(text), words)
    return min(found, key=lambda q: q.end - q.start) if found else None


def _want(case) -> str:
    return case.values[2] if hasattr(case, "values") else case[2]


@pytest.mark.parametrize(("text", "words", "want"), CASES, ids=[_want(c) for c in CASES])
def test_the_speaker_is_the_one_a_reader_would_name(text: str, words: str, want: str) -> None:
    quote = speaker_of(text, words)
    assert right_speaker(quote, want), (want, speaker_name(quote) if quote else None)


@pytest.mark.parametrize(("text", "words", "want"), ONE_STATEMENT, ids=[c[2] for c in ONE_STATEMENT])
def test_one_statement_is_not_split_into_overlapping_quotes(text: str, words: str, want: str) -> None:
    found = sorted(_holding(analyze_text(text), words), key=lambda q: q.start)
    assert found
    assert all(b.start >= a.end for a, b in zip(found, found[1:], strict=False)), [q.text for q in found]


def test_a_message_after_its_unnamed_posters_tweets_is_theirs():
    a = analyze_text(
        "Nurses at the clinic, members of the health union, run their own account. On Tuesday they posted "
        "that every bed was taken. A post on Sunday said the ward had been closed."
    )
    assert right_speaker(speaker_of(a.text, "the ward had been closed"), "~union")


def test_a_message_after_another_kind_of_sentence_stays_as_written():
    a = analyze_text("Jo Li won the vote on Friday. A statement said the count was fair.")
    assert speaker_name(_holding(a, "the count was fair")[0]) == "A statement"


def test_a_speaking_they_is_the_plural_subject_before():
    text = "The delegates at the gala were sceptical. They said the speech had been too long."
    assert right_speaker(speaker_of(text, "the speech had been too long"), "~delegates")


def test_a_headline_quote_after_a_colon_is_one_quote():
    a = analyze_text("Headlines this week:\n\nJo Li: ‘We Will Win the Vote in the Spring.’")
    found = _holding(a, "Win the Vote")
    assert len(found) == 1 and speaker_name(found[0]) == "Jo Li"


def test_a_message_with_a_clause_of_its_own_stays_as_written():
    a = analyze_text(
        "The council has contacted both stallholders. A letter sent to Jo Li said his licence would not be "
        "renewed."
    )
    assert speaker_name(_holding(a, "would not be renewed")[0]) == "A letter"


@pytest.mark.parametrize(
    ("text", "words", "want"),
    [
        ("The mayor, who resigned on Friday, said Jo Li, a councillor, had lied.", "had lied", "The mayor"),
        (
            "The coach, asked about the injury, said Smith, the captain, would miss the final.",
            "miss the final",
            "The coach",
        ),
        (
            "The president replied to the question. A message said the talks were over.",
            "talks were over",
            "A message",
        ),
    ],
)
def test_over_broad_rules_keep_the_written_speaker(text: str, words: str, want: str) -> None:
    """The inverted-name, message-poster and plural-they rules leave these speakers as written."""
    assert speaker_name(speaker_of(text, words)) == want


def test_things_do_not_speak():
    quote = speaker_of("Prices rose sharply in March. They said the rise would last.", "the rise would last")
    assert quote is not None and quote.speaker is not None and quote.speaker.entity is None
    assert speaker_name(quote) in (None, "They")
