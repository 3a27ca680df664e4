"""Police killings (issue 5, IndiaPoliceEvents KILL), session 12: a beating "by a police team/party"
(a listed unit a police word names is the force; not "police informers", no sports team), a killing
in a simple past "after" clause under a plain "will" main clause, "the deceased, NAME, was hit" (by
no one, a bullet or the police) when police fired, "two of the protesters hit in the firing (by the
SRP) died" (the struck are no shooters), a held person "found hanging in the lock-up", "he died
there" after a police station was named with a custody step and no nearer place, "hours after he
was picked up for questioning", a death by bullets when the shooting's targets used no gun ("fired
on a mob attacking a temple"), deaths when police "broke up" a protest, a toll in a "which" clause
hung on the act's place ("the police firing at Amreli, which claimed four lives"), a simple past
killing a colon closes before a future clause ("...: the government will order a probe"), a suspect
who "died there" after being brought to the station. Near misses kept
out: a custody step of someone else ("his son was picked up") or the dead questioning someone, a
death there of a stated cause, "there" after a nearer place (court, home, hospital, a village), an
accused at the station who is not the dead, a sports defeat by a team, police informers or army
deserters as beaters, "the deceased" hit by a truck or stone, a sweeper found dead in the lock-up,
a policeman found hanging at home, a stabbing among the targets before a death with no cause, a
"which" clause on the mob fired at, deaths in clashes with the police (the killer not stated), a
past "after" clause under "would" or speech, "only after" or a negated main clause, police clashing
with a commission or a ministry, a bullet with its own non-police shooter ("fired by rioters",
"from a rioter's gun"), tear gas as the police act, "died there" after a release, of a relative or
after a named place.
Passages are our own, written for these tests."""

from __future__ import annotations

import pytest
from event_sentences import police_kills

# (earlier sentences of an article, the sentence judged)
KILLS = [
    # a police unit as the "by" agent of a beating
    ("", "In Anand, a man died after being beaten by a police party that was chasing a mob."),
    ("", "A vendor died after being beaten by a police team near the bus stand."),
    # a simple past "after" clause under a plain future ("will") is a fact
    ("", "The assembly will meet in a special session on Friday after two farmers were shot dead by police."),
    # "the deceased" as the title of a named subject
    ("", "The deceased, Irfan Qureshi, was hit by a bullet when the police fired at a mob near the fort."),
    # the struck, misparsed as the subject of "hit"
    ("", "Two of the protesters hit in the firing by the SRP at Kalol died in hospital on Friday."),
    (
        "Policemen fired on weavers at Mau on Sunday. Officials said the weavers were armed.",
        "Two of the weavers hit in the firing died on Monday.",
    ),
    # a lock-up holds only the held
    ("", "A labourer was found hanging in the lock-up of the Vatva police station on Monday morning."),
    # "died there" after the police station and a custody step
    (
        "Salim Shaikh, 30, was picked up by the Kalupur police on Tuesday and taken to the police station "
        "for questioning.",
        "He died there the next morning, and his relatives alleged that he had been beaten.",
    ),
    (
        "",
        "Two days after he was brought to the Sector 9 police station, an accused in a theft died there.",
    ),
    # a custody step of the dead in an "after" clause ("questioning", also tagged a verb)
    ("", "Mohan Lal, 45, died at the Daryapur police station hours after he was picked up for questioning."),
    # a bullet death after a shooting at targets who used no gun
    (
        "Police opened fire on a mob attacking a shrine at Karwar. A tailor was hit in the chest.",
        "He succumbed to the bullet wound late at night.",
    ),
    # a toll in a "which" clause the parser hung on the place of the act
    ("", "The police firing at Amreli, which claimed four lives, was condemned by all parties."),
    # a protest broken up by police, with deaths
    ("", "Two persons were killed when the police broke up a protest at Kalupur."),
    ("", "Three students lost their lives when troops broke up a sit-in near the campus."),
    # "there" after the station with a word for the held as the dead, in the same sentence
    (
        "",
        "Two days after he was brought to the Sector 9 police station, a suspect in a theft case died there.",
    ),
    # a simple past clause a colon closes is a fact of its own
    ("", "Two protesters were killed after police opened fire: the government will order a probe."),
    # the shooting's targets used no gun: a bullet death is the police's
    (
        "Police opened fire on a mob attacking a shrine at Dariapur. A tailor was hit in the chest.",
        "He succumbed to the bullet wound.",
    ),
]

NOT_KILLS = [
    # a custody step of someone else, a stated cause
    (
        "Ramesh went to the Sector 7 police station to lodge a complaint about his son's arrest.",
        "He died there.",
    ),
    ("Ramesh was taken to the Sector 7 police station for questioning.", "He died there of a heart attack."),
    (
        "Ramesh's son was picked up by the Shahpur police and taken to the police station for questioning.",
        "He died there the next morning.",
    ),
    ("", "A man died at the Daryapur police station hours after his son was picked up for questioning."),
    ("", "A man died at the Daryapur police station after questioning his neighbour about a theft."),
    # a policeman found hanging at home
    ("", "A head constable was found hanging at his residence in the police quarters at Shahibaug."),
    # a stabbing by the mob before a death with no cause
    (
        "Police opened fire on a mob that was stabbing a man at Karwar. A tailor was hit in the chest.",
        "He died late at night.",
    ),
    # a "which" clause on the mob the police fired at
    ("", "The police fired at the mob at Kalupur, which had killed two men."),
    # a "break up" of no protest, and clash deaths before the police came
    ("", "The police broke up a gang of car thieves in Vatva."),
    # deaths in clashes with the police, the killer not stated
    ("", "At the dam site, three villagers lost their lives during clashes with the police."),
    # "there" after a nearer place than the police station
    (
        "The accused was taken to the police station and produced in court.",
        "He then went to his village and died there.",
    ),
    (
        "Police arrested him and took him to the Vatva police station.",
        "He later returned home and died there.",
    ),
    (
        "Police arrested him and took him to the Sector 5 police station.",
        "He was transferred to the civil hospital and died there.",
    ),
    # an accused named at the station who is not the dead
    (
        "Ramesh, a lawyer, went to the Vatva police station to meet an accused in a theft case.",
        "He collapsed and died there.",
    ),
    # a "by" agent named by a police or army word that is no force unit, or a sports team
    ("", "He died after being beaten by police informers."),
    ("", "A youth died after being beaten by army deserters in a brawl."),
    ("", "A man died after being beaten by an army team in the hockey semi-final."),
    # "the deceased" hit by something else while police fired
    ("", "The deceased, Ramesh Patel, was hit by a truck when the police fired at the mob."),
    ("", "The deceased, Ramesh Patel, was hit by a stone when the police fired tear gas at the mob."),
    ("", "The deceased was hit by a truck when the police fired at the mob."),
    # "the deceased" hit by a bullet with a shooter of its own other than police
    ("", "The deceased, Ramesh Patel, was hit by a bullet fired by rioters when police fired at the mob."),
    ("", "The deceased, Irfan, was hit by a bullet from a rioter's gun when the police fired at the mob."),
    # a bullet death after police fired on a mob, when the victim's sentences name another shooter or
    # the police fired only tear gas
    (
        "Police opened fire on a mob attacking a shrine. A tailor was hit by a bullet fired from a rooftop"
        " by rioters.",
        "He succumbed to the bullet wound.",
    ),
    (
        "Police opened fire on a mob attacking a shrine. A rioter fired at the crowd and a tailor was hit.",
        "He succumbed to the bullet wound.",
    ),
    (
        "Police fired tear gas at a mob attacking a shop. A tailor was hit in the chest.",
        "He succumbed to the bullet wound.",
    ),
    # "died there" after a release, or of someone other than the one taken, or after a named place
    (
        "Police took him to the Vatva police station for questioning.",
        "He was released on bail and died there a week later.",
    ),
    (
        "Police took him to the Vatva police station for questioning.",
        "He was released the next day and died there two weeks later.",
    ),
    (
        "Police took him to the Vatva police station for questioning.",
        "He was let off the next day and died there a week later.",
    ),
    (
        "Police picked him up and took him to the Vatva police station for questioning.",
        "His mother reached Ahmedabad and died there.",
    ),
    # a job that brings people to the lock-up
    ("", "A sweeper was found dead in the lock-up of the Vatva police station."),
    (
        "",
        "Two persons were killed in clashes at Kalupur before the police arrived and dispersed the mobs.",
    ),
]


@pytest.mark.parametrize(("before", "sentence"), KILLS)
def test_police_killing_found(before: str, sentence: str) -> None:
    assert police_kills(f"{before} {sentence}".strip(), sentence), sentence


@pytest.mark.parametrize(("before", "sentence"), NOT_KILLS)
def test_no_police_killing(before: str, sentence: str) -> None:
    assert not police_kills(f"{before} {sentence}".strip(), sentence), sentence


def test_a_police_team_beating_has_the_police_as_agent() -> None:
    kills = police_kills("A man died after being beaten by a police team.")
    assert kills and kills[0].actor1.text == "police team" and kills[0].actor1.sector == "COP"


def test_a_sports_defeat_by_a_team_is_no_beating() -> None:
    from event_sentences import events_of

    assert not [
        e for e in events_of("Brazil were beaten by a strong team from Spain.") if e.plover == "ASSAULT"
    ]


def test_the_srp_is_the_shooter_not_the_protesters() -> None:
    kills = police_kills(
        "Two of the protesters hit in the firing by the SRP at Kalol died in hospital on Friday."
    )
    assert kills and kills[0].actor1.text == "SRP"


def test_a_police_chief_clashing_with_a_minister_is_still_a_war_of_words() -> None:
    from event_sentences import event_on

    assert (
        event_on("The former police chief clashed with the minister over the transfers.", "clashed").cameo
        == "111"
    )


def test_a_past_after_clause_under_would_or_speech_is_no_fact() -> None:
    from event_sentences import events_of

    for text, trigger in [
        ("Under the plan, troops would withdraw after the hostages were freed.", "freed"),
        ("He said rebels would attack the town after the army withdrew.", "withdrew"),
        # "only after" makes it a condition; a negated main clause asserts nothing either
        ("Rebels will surrender only after the army withdrew from the valley.", "withdrew"),
        ("Rebels will not lay down arms after the army withdrew from the valley.", "withdrew"),
    ]:
        assert not [e for e in events_of(text) if e.trigger.text == trigger and e.plover == "RETREAT"], text


def test_police_clashing_with_a_commission_is_no_assault() -> None:
    from event_sentences import event_on

    for text in (
        "The state police clashed with the Election Commission over the deployment of forces.",
        # a ministry or government office bears no arms: a clash "over" something with it is verbal
        "The city police clashed with the home ministry over the probe.",
    ):
        assert event_on(text, "clashed").plover != "ASSAULT", text


def test_police_clashing_with_protesters_over_a_route_is_still_an_assault() -> None:
    from event_sentences import event_on

    assert (
        event_on("Police clashed with protesters over the route of the march.", "clashed").plover == "ASSAULT"
    )


def test_the_by_agent_of_an_attack_the_struck_were_hit_in_is_its_doer() -> None:
    from event_sentences import event_on

    event = event_on("Two of the people hit in the attack by the militants died.", "attack")
    assert event.actor1 is not None and event.actor1.text == "militants"
