"""A death told a few sentences after a police firing, beating or killing, with no agent named (issue
5, IndiaPoliceEvents KILL): "One man was killed on the spot", "the boy killed in the incident", "the
dead included a woman", "one of them died of head injuries". It is police's when nobody else used
violence and no other harm (stampede, blast, accident) was told since, at the same scene; a death that
does not refer to the act ("a trader was killed") only in the sentence right after it. Not after a
mob's stabbing, other shooters or warning shots. Passages are our own, written for these tests
(the negatives include the invented counter-examples of the review of this carry-over)."""

from __future__ import annotations

import pytest
from event_sentences import police_kills

# (earlier sentences of an article, the sentence judged)
KILLS = [
    # any death with no cause of its own, in the sentence right after the police firing
    (
        "The police opened fire on villagers who had blocked the rail track at Umreth.",
        "One man was killed on the spot, the collector said.",
    ),
    # further back, a death that refers to the act: "the incident", "the dead", "one of them", a toll
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
    # a pronoun: the one who dies was told before (the beating's victim)
    (
        "Two constables beat a rickshaw puller with lathis outside the Lal Bagh station on Sunday. "
        "Passers-by took him to a nursing home.",
        "He died there on Monday morning, his wife said.",
    ),
    # a bare toll counts the deaths of the police firing told before, "death toll" too
    (
        "The police fired on farmers blocking the highway at Bardoli on Sunday. Traffic stayed held up "
        "till the evening.",
        "The toll rose to two on Monday.",
    ),
    (
        "The police fired on farmers blocking the highway at Bardoli on Sunday. Traffic stayed held up "
        "till the evening.",
        "The death toll rose to two on Monday.",
    ),
    # "the firing" refers back to the only firing the article named, a police one
    (
        "The state ordered an inquiry into the police firing at the mill gate. Union leaders called the "
        "firing a blot on the administration.",
        "Those killed in the firing were all mill hands, the union said.",
    ),
    # ... also when it was named more than three sentences back and nobody else used violence since
    (
        "Police opened fire on a procession of tenants outside the collectorate at Dhule. The tenants "
        "had marched from six villages. Their leaders met the collector on Tuesday. The talks failed. "
        "The tenants' union called a bandh for Friday.",
        "Those killed in the firing were all farm hands, the union said.",
    ),
    # a name or a figure of speech is no other harm: "Ram" (a name), "talks collapsed"
    (
        "Police opened fire on pilgrims near the Ram temple gate in Sitapur. Curfew was clamped on the town.",
        "The dead included two priests.",
    ),
    (
        "The police fired on weavers blocking the road at Malegaon on Sunday. Talks with the mill owners "
        "collapsed in the evening.",
        "The toll rose to three on Monday.",
    ),
    (
        "The state ordered an inquiry into the police firing at Dhanbad. Supporters of Ram Lal Verma "
        "staged a sit-in.",
        "Those killed in the firing were miners.",
    ),
    # the mob's arson is what the police fired on, no other killer
    (
        "Police fired on the crowd after a mob set fire to a truck in the bazaar.",
        "Three persons were killed.",
    ),
    # a place told with the death alone is not another scene: a part of the act's town, or the act
    # named none
    (
        "Police opened fire on stone-pelters in Anantnag.",
        "Two persons were killed in Nowhatta.",
    ),
    (
        "Police opened fire on the marchers.",
        "Two persons were killed in Lucknow.",
    ),
    # minimal pairs of the negatives below: no stampede, lynching or other scene told
    (
        "Police opened fire to disperse the crowd at the fair. People ran in panic.",
        "Four people were killed in the firing.",
    ),
    (
        "The police lathi-charged a crowd outside the temple. Dozens were hurt.",
        "One of them died of head injuries on Wednesday.",
    ),
    (
        "Police shot at a wanted robber in Thane on Monday.",
        "A woman was killed in the firing.",
    ),
]

NOT_KILLS = [
    # a bomb went off, a building fell, a truck rammed a bus in the act's own sentence or since
    (
        "Police fired on the crowd after a bomb exploded in the bazaar.",
        "One person died.",
    ),
    (
        "Police fired on the crowd after a bomb exploded in the bazaar.",
        "Two persons were killed.",
    ),
    (
        "Police opened fire on hawkers at the market on Monday. Later an old building collapsed near "
        "the market.",
        "The dead included two children.",
    ),
    (
        "Police opened fire to disperse the crowd at the mela. A truck rammed a tempo near the gate.",
        "The dead included two children.",
    ),
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
    # a death two sentences on that does not refer to the act, in another town
    (
        "Police opened fire on stone-pelting protesters in Srinagar on Monday. Five were injured.",
        "A trader was killed in Sopore later in the day.",
    ),
    # a natural death elsewhere
    (
        "Police opened fire on stone-pelting protesters in Srinagar on Monday. Five were injured.",
        "Former minister Ghulam Lone died at his home in Sopore.",
    ),
    # "the incident" is the road accident told since
    (
        "Police fired on protesters at the toll plaza on Monday. Later a truck rammed a bus near the plaza.",
        "The man killed in the incident was identified as Ravi Patel.",
    ),
    # a stampede, a bomb blast told since: "the dead" are theirs
    (
        "Police opened fire to disperse the crowd at the fair. A stampede followed near the gate.",
        "The dead included two children.",
    ),
    (
        "Police fired tear gas at protesters in the old city on Friday. Hours later a bomb went off in a "
        "crowded bazaar.",
        "The dead included two children.",
    ),
    (
        "Police opened fire to disperse the crowd at the fair. People ran in panic.",
        "Four people were killed in the stampede.",
    ),
    # police were shot at, not shooting
    (
        "Police came under fire from unidentified men near the village. Shops were shut.",
        "Those killed in the firing were villagers.",
    ),
    # others shot since the police firing, told with other verbs
    (
        "The police fired on a procession near the mill. The union called a strike. The strike shut the "
        "mills. Talks failed on Tuesday. Unidentified men later sprayed bullets on a bus in another "
        "district.",
        "Those killed in the firing were all passengers.",
    ),
    (
        "The police opened fire on a mob at the market. Later militants attacked a bus on the highway.",
        "Those killed in the firing were passengers.",
    ),
    # rioters set a bus on fire after the police firing
    (
        "Police opened fire on rioters in the old city. Rioters set fire to a bus.",
        "Two passengers were killed in the fire.",
    ),
    # a killing in another town on another day, right after a police killing
    (
        "Police shot dead a wanted robber in Thane on Monday.",
        "A woman was killed in Kalyan on Tuesday.",
    ),
    (
        "Police shot dead a wanted robber in Thane on Monday.",
        "In another incident, a woman was killed in Kalyan.",
    ),
    # a lynching elsewhere; a house collapse
    (
        "The police lathi-charged a crowd outside the temple. Elsewhere a man was lynched by villagers.",
        "One of them died of head injuries on Wednesday.",
    ),
    (
        "Police beat up a vendor outside the station on Monday. The vendor filed a complaint.",
        "In Kalyan, a woman was killed on the spot when her house collapsed.",
    ),
    (
        "Police opened fire on a mob in Godhra. Curfew was imposed.",
        "Elsewhere, a pilgrim died of a heart attack at Ambaji.",
    ),
    # a bare death two sentences on may be anyone's
    (
        "Police opened fire on a mob in Godhra. Curfew was imposed.",
        "An elderly man died in hospital on Friday.",
    ),
]


@pytest.mark.parametrize(("context", "sentence"), KILLS)
def test_death_after_police_force(context: str, sentence: str):
    assert police_kills(f"{context} {sentence}", sentence), sentence


@pytest.mark.parametrize(("context", "sentence"), NOT_KILLS)
def test_death_not_police(context: str, sentence: str):
    assert not police_kills(f"{context} {sentence}", sentence), sentence
