"""Precision fixes from judged round 19 and the tuning sample s99 (session 9), on invented sentences:
"hails from" read as praise, a vigil the police keep read as a protest, "must be hurt" read as a
demand, traffic policing read as a mobilisation, "para-military" read as Pará (Brazil), a group name
ending in a country ("X-e-Pakistan") read as the state, a remanding magistrate lost to "police
custody"; the accused of a rejected charge, the people whose release is asked, the critics a plan is
defended against and a dead man's body withheld taken for recipients; "rebel" before a party's MLAs
made the party's sector, a VHP vice-president coded government, a reported future joined to the
speaker's own act, and a TV channel whose country only its apposition states; plus the near
relatives that keep their event."""

from __future__ import annotations

import pytest

from newsgraph.model import Analysis, Article, Event
from newsgraph.pipeline import analyze_many

TEXTS = {
    "hails_from": "The new party chief hails from the hill district of Rampur.",
    "hailed": "The party chief hailed the court's verdict on the land dispute.",
    "police_vigil": "Police have set up a special vigil at the bus stands where clashes took place.",
    "candle_vigil": "Hundreds of students held a candlelight vigil outside the parliament to protest.",
    "must_be_hurt": (
        "Union leader Ravi Das met reporters in Patna on Monday. He alleged that the rival unions must be"
        " hurt since they were using the wage row to mislead the workers."
    ),
    "must_be_punished": "The union leader said that the rioters must be punished.",
    "traffic": (
        "The traffic police deploy constables on bikes at crossings where motorists are likely to jump"
        " signals."
    ),
    "troops": "The government deployed troops along the border on Sunday.",
    "para_military": (
        "thousands of para-military and police personnel have been deployed in the town of barmer after"
        " the clashes."
    ),
    "linked_name": (
        "Some 20 hardline groups have joined to form Tehreek-e-Pakistan, which has demonstrated across"
        " the country."
    ),
    "remand": "On Tuesday a judicial magistrate remanded Ravi Kumar to ten days of police custody.",
    "charges": "The home minister dismissed all charges of the army's complicity in the killings.",
    "release": "The bishop has called for the release of the remaining prisoners at the camp.",
    "defended": "The minister defended the scheme against criticism from his own backbenchers.",
    "body_withheld": "Police refused to hand over the militant's body to the villagers for burial.",
    "students_body": "The government rejected the demands of the students' body.",
    "rebel_mlas": (
        "Police guarded the homes of six rebel Congress MLAs. Congress supporters protested against the"
        " defectors outside the BJP office in Surat on Monday."
    ),
    "vice_president": (
        "VHP vice-president Giriraj Mehta led the march to the temple. Mehta and 40 others were arrested"
        " at the district border."
    ),
    "said_and_attacked": (
        "The prime minister said Labour would set out new plans on housing in the coming weeks and"
        " attacked the Tory proposals."
    ),
    "apposed_country": (
        "NEW DELHI: Pakistan's state television channel, PTV, aired old footage of the riots. Officials"
        " said PTV had been accused of false propaganda by India."
    ),
}


@pytest.fixture(scope="module")
def analyses() -> dict[str, Analysis]:
    return {a.id: a for a in analyze_many([Article(id=k, text=t) for k, t in TEXTS.items()])}


def _of(a: Analysis, plover: str) -> list[Event]:
    return [e for e in a.events if e.plover == plover]


def _text(a: Analysis, actor) -> str:
    return TEXTS[a.id][actor.start : actor.end] if actor else ""


def test_hails_from_is_no_praise(analyses):
    assert not _of(analyses["hails_from"], "SUPPORT")
    assert _of(analyses["hailed"], "SUPPORT")


def test_vigil_kept_by_police_is_no_protest(analyses):
    assert not _of(analyses["police_vigil"], "PROTEST")
    assert _of(analyses["candle_vigil"], "PROTEST")


def test_must_be_hurt_is_no_demand(analyses):
    assert not _of(analyses["must_be_hurt"], "REQUEST")
    assert _of(analyses["must_be_punished"], "REQUEST")


def test_traffic_policing_is_no_mobilisation(analyses):
    assert not _of(analyses["traffic"], "MOBILIZE")
    assert _of(analyses["troops"], "MOBILIZE")


def test_para_military_is_not_brazilian(analyses):
    (deployed,) = _of(analyses["para_military"], "MOBILIZE")
    assert deployed.actor1 is not None and deployed.actor1.sector == "COP"
    assert deployed.actor1.country != "BRA"


def test_group_name_ending_in_a_country_is_no_state(analyses):
    events = analyses["linked_name"].events
    assert all(e.cameo != "114" for e in events)  # no official complaint by Pakistan
    assert all(e.actor1 is None or e.actor1.country != "PAK" for e in events)


def test_remanding_magistrate_is_the_agent(analyses):
    a = analyses["remand"]
    arrests = _of(a, "COERCE")
    assert arrests
    assert all(e.actor1 is not None and e.actor1.sector == "JUD" for e in arrests)


def test_accused_of_a_rejected_charge_is_no_target(analyses):
    (rejected,) = _of(analyses["charges"], "REJECT")
    assert "army" not in _text(analyses["charges"], rejected.actor2)


def test_people_to_be_released_are_not_asked(analyses):
    (request,) = _of(analyses["release"], "REQUEST")
    assert "prisoners" not in _text(analyses["release"], request.actor2)


def test_critics_are_not_the_ones_supported(analyses):
    (support,) = _of(analyses["defended"], "SUPPORT")
    assert "backbenchers" not in _text(analyses["defended"], support.actor2)


def test_rebel_mlas_do_not_make_the_party_rebels(analyses):
    (protest,) = _of(analyses["rebel_mlas"], "PROTEST")
    assert protest.actor1 is not None and protest.actor1.sector != "REB"


def test_vice_president_of_a_group_is_not_government(analyses):
    (arrest,) = _of(analyses["vice_president"], "COERCE")
    assert arrest.actor2 is not None and arrest.actor2.sector != "GOV"


def test_past_act_joined_to_a_reported_future_is_the_speakers(analyses):
    a = analyses["said_and_attacked"]
    (attack,) = _of(a, "ACCUSE")
    assert "prime minister" in _text(a, attack.actor1)


def test_apposition_states_the_channels_country(analyses):
    a = analyses["apposed_country"]
    (accused,) = _of(a, "ACCUSE")
    assert _text(a, accused.actor2) == "PTV"
    assert accused.actor2.country == "PAK"


def test_body_withheld_is_no_party(analyses):
    (refusal,) = _of(analyses["body_withheld"], "REJECT")
    assert "body" not in _text(analyses["body_withheld"], refusal.actor2)
    (rejected,) = _of(analyses["students_body"], "REJECT")
    assert "students" in _text(analyses["students_body"], rejected.actor2)  # a body of people is a party
