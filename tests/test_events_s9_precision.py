"""Precision rules of session 9 and their counter-examples, on invented sentences: "hails from" read
as praise; a vigil kept by the police read as a protest (while one they hold for a slain comrade is
one); "must be <feeling>" read as a demand (while "must not worry" still is one); traffic policing
read as a mobilisation (while troops, or riot police with a traffic word elsewhere, still mobilise);
"para-military" read as Pará (Brazil); a group's linked name ("X-e-Pakistan") read as the state
(while a listed group keeps its country); a remanding magistrate; the accused of a rejected charge,
the people whose release is asked, the critics a plan is defended against and a dead man's body taken
for recipients (while an organisation's "body" stays one); "rebel" before a party's MLAs; a VHP
vice-president; a past act joined to a reported future (not to a modal, nor to a reported force);
and a channel's country stated by its apposition (not a possessive on "largest supplier")."""

from __future__ import annotations

import pytest

from newsgraph.model import Actor, Analysis, Article, Event
from newsgraph.pipeline import analyze_many

TEXTS = {
    "hails_from": "Their newly elected treasurer hails from a fishing village near Korlam.",
    "hailed": "The farmers' federation hailed the tribunal's ruling on the canal dispute.",
    "police_vigil": "Policemen set up a vigil at the ferry ghats in Durgapet after the brawl.",
    "candle_vigil": (
        "Nursing students held a candlelight vigil in front of the assembly building to protest against"
        " the fee rise."
    ),
    "police_candle": (
        "Constables held a candlelight vigil for their slain comrade outside the Kestrel Road station."
    ),
    "must_be_hurt": (
        "Trade unionist Mohan Pillai met reporters at the harbour office on Friday. In his view the"
        " shipowners must be upset, he claimed, since the new wage board had ruled against them."
    ),
    "must_be_punished": "The port union leader said that the looters must be punished.",
    "must_not_worry": "The finance secretary said the state governments must not worry about grants.",
    "must_feel": (
        "The farmers' front said the ministry must feel the anguish of the growers and raise procurement"
        " rates."
    ),
    "traffic": (
        "The traffic wing deploys constables on motorbikes at intersections where motorists tend to run"
        " red lights."
    ),
    "traffic_purpose": "The city police deployed 200 constables to regulate traffic during the festival.",
    "troops": "The defence ministry deployed soldiers along the frontier on Thursday.",
    "riot_police": (
        "Hundreds of riot police in helmets were deployed in the market square before the protest."
    ),
    "troops_traffic": "The army sent troops along the ring road after the riots and traffic was halted.",
    "soldiers_commuters": (
        "Soldiers were deployed across the port city on Tuesday, leaving commuters stuck for hours."
    ),
    "para_military": (
        "Para-military and police units were deployed around the textile mills of Kotwara after Sunday's"
        " riots."
    ),
    "linked_name": (
        "Nearly twenty clerical groups came together last year to create Majlis-e-Pakistan, which has"
        " demonstrated in many towns since."
    ),
    "listed_linked": "Lashkar-e-Taiba, a militant outfit, said it carried out the attack on the depot.",
    "remand": "Magistrate Anita Rao remanded the two smugglers in police custody until Friday.",
    "charges": "The defence secretary rejected every allegation of the navy's involvement in the sinking.",
    "release": "The archbishop demanded the release of the fishermen still held at the naval base.",
    "defended": "The chancellor defended the levy against objections from opposition lawmakers.",
    "backed_against": "The opposition supported the farmers against the government.",
    "body_withheld": "Troops declined to hand over the slain insurgent's body to his family for cremation.",
    "teachers_body": "The cabinet rejected the demands of the teachers' body.",
    "sports_body": "The sports minister met the state's apex cricket body on Tuesday.",
    "statutory_body": "The teachers' union urged the district's statutory body to hold fresh elections.",
    "rebel_mlas": (
        "Armed constables stood outside the bungalows of four rebel Congress MLAs in Bhopal. Angry Congress"
        " workers demonstrated against the turncoats near the BJP office on Wednesday."
    ),
    "vice_president": (
        "VHP vice-president Ramesh Kulkarni led a procession to the shrine. Kulkarni and 25 supporters were"
        " detained near the state border."
    ),
    "said_and_criticised": (
        "The mayor said the Green party would publish a plan on parking next month and criticised the"
        " council's budget."
    ),
    "could_not_control": "Villagers said the constables could not control the crowd and opened fire.",
    "would_not_listen": "Villagers said the soldiers would not listen and fired into the air.",
    "apposed_country": (
        "KARACHI: Pakistan's state television network, PTV, ran old clips of the floods. A minister said"
        " Indian officials had accused PTV of spreading lies."
    ),
    "supplier": (
        "NEW DELHI: The ministry criticised Vantor Aerospace, India's largest supplier of jet engines, over"
        " the delays."
    ),
}


@pytest.fixture(scope="module")
def analyses() -> dict[str, Analysis]:
    return {a.id: a for a in analyze_many([Article(id=k, text=t) for k, t in TEXTS.items()])}


def _of(a: Analysis, plover: str) -> list[Event]:
    return [e for e in a.events if e.plover == plover]


def _text(a: Analysis, actor: Actor | None) -> str:
    return TEXTS[a.id][actor.start : actor.end] if actor else ""


def test_hails_from_is_no_praise(analyses):
    assert not _of(analyses["hails_from"], "SUPPORT")
    assert _of(analyses["hailed"], "SUPPORT")


def test_vigil_kept_by_police_is_no_protest(analyses):
    assert not _of(analyses["police_vigil"], "PROTEST")
    assert _of(analyses["candle_vigil"], "PROTEST")
    (mourning,) = _of(analyses["police_candle"], "PROTEST")  # a candlelight vigil mourns, even by police
    assert "Constables" in _text(analyses["police_candle"], mourning.actor1)


def test_must_be_hurt_is_no_demand(analyses):
    assert not _of(analyses["must_be_hurt"], "REQUEST")
    assert _of(analyses["must_be_punished"], "REQUEST")


def test_feeling_verbs_in_the_active_stay_demands(analyses):
    (worry,) = _of(analyses["must_not_worry"], "REQUEST")
    assert "state governments" in _text(analyses["must_not_worry"], worry.actor2)
    (feel,) = _of(analyses["must_feel"], "REQUEST")
    assert "ministry" in _text(analyses["must_feel"], feel.actor2)


def test_traffic_policing_is_no_mobilisation(analyses):
    assert not _of(analyses["traffic"], "MOBILIZE")
    assert not _of(analyses["traffic_purpose"], "MOBILIZE")
    assert _of(analyses["troops"], "MOBILIZE")


def test_a_traffic_word_outside_the_deployment_keeps_it(analyses):
    for key in ("riot_police", "troops_traffic", "soldiers_commuters"):
        assert _of(analyses[key], "MOBILIZE"), key


def test_para_military_is_not_brazilian(analyses):
    (deployed,) = _of(analyses["para_military"], "MOBILIZE")
    assert deployed.actor1 is not None and deployed.actor1.sector == "COP"
    assert deployed.actor1.country != "BRA"


def test_group_name_ending_in_a_country_is_no_state(analyses):
    a = analyses["linked_name"]
    assert not [e for e in a.events if e.cameo == "114"]  # no official complaint by Pakistan
    (protest,) = _of(a, "PROTEST")
    assert _text(a, protest.actor1) == "Majlis-e-Pakistan"  # the whole name, not "Pakistan"
    assert protest.actor1.country is None


def test_listed_group_with_a_linked_name_keeps_its_country(analyses):
    a = analyses["listed_linked"]
    (attack,) = _of(a, "ASSAULT")
    assert _text(a, attack.actor1) == "Lashkar-e-Taiba"
    assert attack.actor1.country == "PAK" and attack.actor1.sector == "REB"


def test_remanding_magistrate_is_the_agent(analyses):
    arrests = _of(analyses["remand"], "COERCE")
    assert arrests
    assert all(e.actor1 is not None and e.actor1.sector == "JUD" for e in arrests)


def test_accused_of_a_rejected_charge_is_no_target(analyses):
    (rejected,) = _of(analyses["charges"], "REJECT")
    assert "navy" not in _text(analyses["charges"], rejected.actor2)


def test_people_to_be_released_are_not_asked(analyses):
    (request,) = _of(analyses["release"], "REQUEST")
    assert "fishermen" not in _text(analyses["release"], request.actor2)


def test_critics_are_not_the_ones_supported(analyses):
    (support,) = _of(analyses["defended"], "SUPPORT")
    assert "lawmakers" not in _text(analyses["defended"], support.actor2)
    (backing,) = _of(analyses["backed_against"], "SUPPORT")  # any side "against" is opposed, not backed
    assert "government" not in _text(analyses["backed_against"], backing.actor2)


def test_body_withheld_is_no_party(analyses):
    (refusal,) = _of(analyses["body_withheld"], "REJECT")
    assert "body" not in _text(analyses["body_withheld"], refusal.actor2)
    (rejected,) = _of(analyses["teachers_body"], "REJECT")
    assert "teachers" in _text(analyses["teachers_body"], rejected.actor2)  # a body of people is a party


def test_an_organisations_body_is_a_party(analyses):
    (met,) = _of(analyses["sports_body"], "CONSULT")
    assert "cricket body" in _text(analyses["sports_body"], met.actor2)
    (urged,) = _of(analyses["statutory_body"], "REQUEST")
    assert "statutory body" in _text(analyses["statutory_body"], urged.actor2)


def test_rebel_mlas_do_not_make_the_party_rebels(analyses):
    (protest,) = _of(analyses["rebel_mlas"], "PROTEST")
    assert protest.actor1 is not None and protest.actor1.sector != "REB"


def test_vice_president_of_a_group_is_not_government(analyses):
    (arrest,) = _of(analyses["vice_president"], "COERCE")
    assert arrest.actor2 is not None and arrest.actor2.sector != "GOV"


def test_past_act_joined_to_a_reported_future_is_the_speakers(analyses):
    a = analyses["said_and_criticised"]
    (criticism,) = _of(a, "ACCUSE")
    assert "mayor" in _text(a, criticism.actor1)


def test_past_act_joined_to_a_reported_modal_is_the_reported_subjects(analyses):
    a = analyses["could_not_control"]
    (firing,) = _of(a, "ASSAULT")
    assert _text(a, firing.actor1) == "constables" and firing.actor1.sector == "COP"


def test_past_act_joined_to_a_reported_forces_future_is_the_forces(analyses):
    a = analyses["would_not_listen"]
    (firing,) = _of(a, "ASSAULT")
    assert _text(a, firing.actor1) == "soldiers" and firing.actor1.sector == "MIL"


def test_apposition_states_the_channels_country(analyses):
    a = analyses["apposed_country"]
    (accused,) = _of(a, "ACCUSE")
    assert _text(a, accused.actor2) == "PTV"
    assert accused.actor2.country == "PAK"


def test_a_possessive_on_a_customer_is_no_owner(analyses):
    a = analyses["supplier"]
    (criticism,) = _of(a, "ACCUSE")
    assert "Vantor" in _text(a, criticism.actor2)
    assert criticism.actor2.country != "IND"
