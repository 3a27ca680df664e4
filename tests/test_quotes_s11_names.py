"""Speaker names (invented sentences, each rule with near misses where it must not fire): a document speaks
for the author named with it by a verb that made it ("a poll carried out by X", "the study was compiled by
X") or by a name in front of it ("the X report"), a lead's "according to a survey" for the author the next
sentence names; a lead's unnamed body for the body of that kind named next; "Police said" is no person
"Valley"; a name with "and" inside cut by the recogniser; "both banks" for the two banks named together."""

from __future__ import annotations

import pytest
from quote_lookup import speaker_at

# (text, words inside the statement, the speaker's canonical name)
AUTHORED = [
    (
        "A poll carried out by Brightwater Research found that two in three cyclists ride to work daily.",
        "ride to work daily",
        "Brightwater Research",
    ),
    (
        "The study was compiled by the Fenwick Institute and published on Monday. Rents have doubled in "
        "ten years. The study found that young tenants spend half their income on housing.",
        "half their income",
        "Fenwick Institute",
    ),
    (
        "Most nurses skip lunch at least once a week, according to a poll.\n\nA survey by the Pennine "
        "Health Trust found that night staff were hit hardest.",
        "skip lunch",
        "Pennine Health Trust",
    ),
    (
        "Ferris United have rejected a bid for their captain. The Sunday Herald report claimed that the "
        "striker would leave in January.",
        "leave in January",
        "Sunday Herald",
    ),
    # a document made by someone, then "it"
    (
        "The report was published by the Fenwick Institute on Monday. It said that councils should build "
        "more flats.",
        "build more flats",
        "Fenwick Institute",
    ),
    # two makers speak together
    (
        "A poll conducted by the Ashby Centre and the Holt Foundation found that nurses work longer hours "
        "than a decade ago.",
        "longer hours",
        "Ashby Centre and Holt Foundation",
    ),
]

NEAR_MISSES = [
    # the agent reacts to the document: no author
    ("A report criticised by ministers said the rail scheme had failed.", "had failed", "A report"),
    (
        "The survey, welcomed by the Dunmore Trust, found that most parents read to their children.",
        "read to their children",
        "The survey",
    ),
    # an unnamed author keeps the document as written
    (
        "The report was drawn up by two councils. It said that the bridge needed urgent repairs.",
        "urgent repairs",
        "The report",
    ),
    # a place is no publication; another survey has another author
    (
        "Exports of wool rose last year, according to a study in Canada. Farmers said prices were stable.",
        "Exports of wool",
        "a study in Canada",
    ),
    (
        "Fewer people are buying newspapers, according to a study.\n\nAnother survey by the Halden "
        "Institute found that radio was also in decline.",
        "buying newspapers",
        "a study",
    ),
    # a lead document whose next sentence names no author stays as written
    (
        "Exports of wool rose last year, according to a report.\n\nFarmers in Wales said prices were stable.",
        "Exports of wool",
        "a report",
    ),
    (
        "Most pupils walk to school, according to a poll.\n\nA survey by two charities found that fewer "
        "children now cycle.",
        "walk to school",
        "a poll",
    ),
    (
        "Crop yields fell by a fifth, according to a study in Kenya published on Friday.",
        "Crop yields",
        "a study in Kenya",
    ),
    (
        "Fewer banks lend to farmers, according to a study in the European Union.",
        "lend to farmers",
        "a study in the European Union",
    ),
    ("The March report said the hospital had ignored warnings.", "ignored warnings", "The March report"),
    # one body's report quoted by another: the one speaking
    (
        "A report published by the Fenwick Institute was attacked by the Marlow Trust, which said the "
        "figures were out of date.",
        "out of date",
        "Marlow Trust",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), AUTHORED + NEAR_MISSES)
def test_document_speaker(text: str, words: str, name: str) -> None:
    assert speaker_at(text, words) == name


# A lead's unnamed body is the body of that kind the next sentence names as its subject, even when that
# sentence does not have it speak; a body of another kind, or a person, is not.
LEAD_BODIES = [
    (
        "A group of councillors has demanded that pavement parking be banned.\n\nThe Safer Streets Group met "
        "in Leeds on Tuesday.",
        "pavement parking",
        "Safer Streets Group",
    ),
    (
        "A union has demanded that night shifts at three ports be scrapped.\n\nThe Dockworkers Union of "
        "Wales will ballot its members next week.",
        "night shifts",
        "Dockworkers Union of Wales",
    ),
    (
        "A committee of MPs has warned that the prison service ignores complaints.\n\nThe Prison Reform "
        "Group held a vigil outside the jail on Friday.",
        "ignores complaints",
        "A committee of MPs",
    ),
    (
        "A senior official has warned that the dam could fail.\n\nThe Wessex Water Board approved repairs "
        "last month.",
        "the dam could fail",
        "A senior official",
    ),
]

# "Police said" with a force named before: not a person "Valley" completed from the force's name.
FORCES = [
    (
        "Officers from Thames Valley Police searched the woods near Henley on Sunday. Police said a man had "
        "been arrested.",
        "a man had been arrested",
        "Police",
    ),
    (
        "Dimitra Karagianni, who runs the bakery, opened a second shop. Karagianni said trade was good.",
        "trade was good",
        "Dimitra Karagianni",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), LEAD_BODIES + FORCES)
def test_lead_body_and_force(text: str, words: str, name: str) -> None:
    assert speaker_at(text, words) == name


# A name with "and" inside that the recogniser cut at the "and"; not two bodies or a body and a person.
COORDINATED = [
    (
        "Trawler crews face new limits on their catch.\n\nThe Scottish Panel on Fishing and Farming met in "
        "Oban on Friday. It argued that quotas must be cut.",
        "quotas must be cut",
        "Scottish Panel on Fishing and Farming",
    ),
    (
        "The Ministry of Defence and Corvan Systems signed the contract on Monday. Corvan Systems said the "
        "first ships would be ready in 2012. The ministry said the deal would save money.",
        "save money",
        "Ministry of Defence",
    ),
    (
        "Talks between the Department of Transport and Selwyn Park broke down on Friday. The department "
        "said that no new meeting had been set.",
        "no new meeting",
        "Department of Transport",
    ),
    (
        "The University of Leeds and Unilever will build a laboratory. The University of Leeds said the work "
        "would start in June.",
        "start in June",
        "University of Leeds",
    ),
    (
        "Criticism came from the Department of Health and Helen Marsh. The department said that waiting "
        "lists were falling.",
        "waiting lists",
        "Department of Health",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), COORDINATED)
def test_coordinated_name(text: str, words: str, name: str) -> None:
    assert speaker_at(text, words) == name


# "Both banks said": the two bodies of that kind named together before; not a pair of the other kind.
BOTH = [
    (
        "Banks such as Barclays and Lloyds have raised mortgage rates. Barclays raised its rate on Monday. "
        "Both banks expect that lending will slow.",
        "lending will slow",
        "Barclays and Lloyds",
    ),
    (
        "Priya Das and Owen Lake run a cafe in Leeds. Both firms said that trade had slowed.",
        "trade had slowed",
        "Both firms",
    ),
    (
        "Ravi Mehta met Carla Ruiz in Madrid. Both sides said that the talks had been useful.",
        "talks had been useful",
        "Both sides",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), BOTH)
def test_both(text: str, words: str, name: str) -> None:
    assert speaker_at(text, words) == name


def test_both_people_not_the_shops() -> None:
    text = (
        "Priya Das and Owen Lake run a cafe in Leeds. Greggs and Pret sell coffee nearby. Both women said "
        "that trade had slowed."
    )
    assert speaker_at(text, "trade had slowed") != "Greggs and Pret"
