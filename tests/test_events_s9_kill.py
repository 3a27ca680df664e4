"""A death told a few sentences after a police firing, beating or killing, with no agent named (issue
5, IndiaPoliceEvents KILL): "One man was killed on the spot", "the boy killed in the incident", "the
dead included a woman", "one of them died of head injuries". It is police's when nobody else used
violence since; not after a mob's stabbing, other shooters or warning shots. Passages are our own,
written for these tests."""

from __future__ import annotations

import pytest
from event_sentences import police_kills

# (earlier sentences of an article, the sentence judged)
KILLS = [
    (
        "The police opened fire on villagers who had blocked the rail track at Umreth. Traffic on the "
        "line was held up for six hours.",
        "One man was killed on the spot, the collector said.",
    ),
    (
        "Police resorted to firing when protesters gheraoed the dairy office at Anand on Monday. A "
        "curfew was clamped on the town in the evening.",
        "The man killed in the incident was identified as Ramesh Vaghela, 40.",
    ),
    (
        "The police fired on a procession of weavers near the mill gate on Friday. The weavers had "
        "been on strike for a month.",
        "The dead included a woman and her son.",
    ),
    (
        "The police lathi-charged a crowd of fishermen outside the port office on Tuesday. Dozens "
        "were beaten and taken to hospital.",
        "One of them died of head injuries on Wednesday.",
    ),
    (
        "Members of the Rapid Action Force fired live rounds at a mob near the bus depot. The mob had "
        "ignored the warnings.",
        "A vendor died after a bullet hit him in the neck.",
    ),
    # a bare toll counts the deaths of the police firing told before
    (
        "The police fired on farmers blocking the highway at Bardoli on Sunday. Traffic stayed held up "
        "till the evening.",
        "The toll rose to two on Monday.",
    ),
    # "the firing" refers back to the only firing the article named, a police one
    (
        "The state ordered an inquiry into the police firing at the mill gate. Union leaders called the "
        "firing a blot on the administration.",
        "Those killed in the firing were all mill hands, the union said.",
    ),
]

NOT_KILLS = [
    # others shot in the sentence before; police fired only in the air
    (
        "Gunmen fired at the crowd from a terrace and the police fired in the air.",
        "A boy was killed by a bullet.",
    ),
    # police and private firing both told: the bullets are nobody's in particular
    (
        "The police opened fire at two places and private firing was reported from the old city.",
        "Six persons died of bullet wounds.",
    ),
    # the mob's stabbing is told after the police firing
    (
        "The police opened fire on a mob near the station. The mob had earlier stabbed a tailor.",
        "The tailor died in hospital on Friday.",
    ),
    # the firing the article named was private firing
    (
        "The state ordered an inquiry into the private firing at the mill gate. Union leaders called the "
        "firing a blot on the administration.",
        "Those killed in the firing were all mill hands, the union said.",
    ),
    # a mob stabbed people after the police firing: the toll may be theirs
    (
        "The police fired on a mob at the bus stand. Later a mob stabbed three traders in the market.",
        "The toll rose to two on Monday.",
    ),
    # a policeman's death: police are the victims, not the killers
    (
        "The police opened fire on smugglers near the border post. The smugglers fired back and fled.",
        "A constable hit in the exchange died in hospital.",
    ),
]


@pytest.mark.parametrize(("context", "sentence"), KILLS)
def test_death_after_police_force(context: str, sentence: str):
    assert police_kills(f"{context} {sentence}", sentence), sentence


@pytest.mark.parametrize(("context", "sentence"), NOT_KILLS)
def test_death_not_police(context: str, sentence: str):
    assert not police_kills(f"{context} {sentence}", sentence), sentence
