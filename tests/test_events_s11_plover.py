"""Session 11 (PLOVER type and source of the main event), on invented sentences: coordinated strike
nouns share their verb's sense ("carried out drone and artillery strikes against"), also after a
determiner when they list kinds of strike ("the missile and artillery strikes"); a trigger noun that
is the object of a trigger verb is not the main event; an offer of support is a promise (AGREE), an
expression of it stays SUPPORT, lent backing is no loan; rescue or relief teams deployed are aid,
battalions a mobilisation; a subject-control verb lends its subject to a listed-subject trigger
("soldiers started leaving"); people sent on an errand of another kind (an inquiry) are no aid; a
plural noun modifier keeps its plural when the sector is looked up ("rights groups" are a rights
group); a relative pronoun the parser hung on the wrong clause takes no reporter as its antecedent.
Near misses of the review: strikes by workers stay labour strikes, relief troops or ships are a
mobilisation, teams sent to fight an outbreak are aid, a device designed to explode is no explosion,
an offer of support keeps the support (as background), a relative pronoun inside a reported clause
stands for its noun, and the people sent are never the recipient of the aid."""

from __future__ import annotations

import pytest
import spacy
from event_sentences import analyse, one, types
from spacy.tokens import Doc

from newsgraph.events.roles import _antecedent
from newsgraph.model import Event

SENTENCES = {
    # coordinated nouns: the first conjunct carries the shared verb and preposition
    "conj_strikes": "The navy carried out drone and artillery strikes against camps in the desert.",
    "conj_strikes_on": "Border troops launched rocket and mortar strikes on smuggler hideouts.",
    "labour_strikes": "Thousands of teachers held token strikes and rallies across the state.",
    "labour_launch": "Doctors launched protests and strikes against the new hospital law.",
    "labour_carried": "Bus drivers carried out go-slows and strikes against the pay freeze.",
    "labour_mounted": "Nurses' unions launched walkouts and strikes on the pension cuts.",
    "labour_bare_list": "Taxi unions launched city and airport strikes against the new fees.",
    "determined_kinds": "The navy carried out the missile and artillery strikes on the port.",
    # a trigger noun that is the object of a trigger verb is not the main event
    "condemned_crackdown": "Rights groups condemned the crackdown on students in Dhaka.",
    "lent_backing": "The senator lent her backing to the teachers' union.",
    # offering support is a promise; expressing it is support
    "offer_support": "Japan offered naval support to the Philippine coast guard.",
    "offer_support_for": "The party offered its support for the reform bill.",
    "express_support": "The minister expressed support for the striking nurses.",
    # rescue or relief teams sent are aid; battalions are a mobilisation; a relief pitcher is no aid
    "rescue_teams": "Oxfam deployed rescue crews to the flooded districts of Sindh.",
    "relief_teams": "The Red Crescent deployed relief teams to the quake zone.",
    "battalions": "The army deployed two battalions to the border.",
    "pitcher": "The manager deployed his relief pitcher in the ninth inning.",
    "relief_soldiers": "The brigade deployed relief soldiers to the eastern front.",
    "relief_ships": "The coast guard deployed relief ships and patrol boats to the strait.",
    "relief_column": "The commander deployed a relief column to lift the blockade of the city.",
    "search_rescue": "Ankara deployed search and rescue teams to the quake region.",
    # the people sent are not whom the aid is for
    "medics_sent": "The rebels deployed medics to treat their injured comrades.",
    # military deployments are no aid, even with medics among those sent
    "army_medics": "Beijing deployed army medics and engineers to its base in Djibouti.",
    "medics_paratroopers": "The general deployed medics and paratroopers to the airfield near Kharkiv.",
    "divers_marines": "The coast guard dispatched rescue divers and marines to board the seized ferry.",
    "divers_commandos": "The navy deployed rescue divers and commandos to free the seized trawler.",
    # a subject-control verb lends its subject to the trigger
    "began_leaving": "German soldiers started leaving Lithuania on Tuesday.",
    "tourists_leaving": "Tourists began leaving the island before the storm.",
    "want_leave_army": "The soldiers want to leave the army after the war.",
    "designed_explode": "Officials said the bomb was designed to explode on contact.",
    "meant_explode": "The mine was meant to explode under the truck.",
    # a relative pronoun inside a reported clause of its relative clause stands for its noun
    "who_reported": "The rebels, who officials said attacked the convoy, fled to the hills.",
    # an errand of another kind is no aid; an errand of help still is
    "sent_to_probe": "The health ministry sent doctors to question the survivors of the fire.",
    "sent_to_investigate": "The ministry sent a medical team to investigate the cholera deaths at a clinic.",
    "sent_to_help": "The charity sent doctors to help the injured in Gaza.",
    "sent_to_fight": "Cuba sent medical teams to fight the cholera epidemic in Haiti.",
    "sent_to_examine": "The state sent doctors to examine the injured in the chlorine leak at the plant.",
    # a plural modifier keeps its plural when the sector is looked up
    "rights_groups": "Rights groups condemned the detention of three bloggers.",
}


@pytest.fixture(scope="module")
def events() -> dict[str, list[Event]]:
    return analyse(SENTENCES)


def test_coordinated_strike_nouns_are_military(events):
    for key in ("conj_strikes", "conj_strikes_on"):
        assert one(events, SENTENCES, key, "ASSAULT").trigger.text == "strikes"
        assert "PROTEST" not in types(events, key)


def test_labour_strikes_beside_other_nouns_stay_protests(events):
    assert "PROTEST" in types(events, "labour_strikes")
    for key in ("labour_strikes", "labour_launch", "labour_carried", "labour_mounted", "labour_bare_list"):
        assert "ASSAULT" not in types(events, key), SENTENCES[key]
    assert "PROTEST" in types(events, "labour_bare_list")


def test_a_determined_list_of_strike_kinds_is_military(events):
    assert one(events, SENTENCES, "determined_kinds", "ASSAULT").trigger.text == "strikes"
    assert "PROTEST" not in types(events, "determined_kinds")


def test_an_offer_of_support_is_a_promise(events):
    assert [e.plover for e in events["offer_support"] if e.main] == ["AGREE"]
    assert one(events, SENTENCES, "offer_support", "AGREE").actor1.text == "Japan"


def test_an_offer_of_support_keeps_the_support_as_background(events):
    for key in ("offer_support", "offer_support_for"):
        support = one(events, SENTENCES, key, "SUPPORT")
        assert not support.main


def test_expressed_support_stays_support(events):
    assert "SUPPORT" in types(events, "express_support")
    assert "AGREE" not in types(events, "express_support")


def test_rescue_or_relief_teams_sent_are_aid(events):
    for key in ("rescue_teams", "relief_teams"):
        assert "AID" in types(events, key)
        assert "MOBILIZE" not in types(events, key)


def test_search_and_rescue_teams_deployed_are_aid(events):
    assert "AID" in types(events, "search_rescue")
    assert "MOBILIZE" not in types(events, "search_rescue")


def test_relief_troops_ships_or_columns_deployed_are_a_mobilisation(events):
    for key in ("relief_soldiers", "relief_ships", "relief_column"):
        assert "MOBILIZE" in types(events, key), SENTENCES[key]
        assert "AID" not in types(events, key), SENTENCES[key]


def test_military_deployments_are_no_aid(events):
    for key in ("army_medics", "medics_paratroopers", "divers_marines", "divers_commandos"):
        assert "AID" not in types(events, key), SENTENCES[key]
    assert "MOBILIZE" in types(events, "divers_commandos")


def test_the_people_sent_are_not_the_recipient(events):
    aid = one(events, SENTENCES, "medics_sent", "AID")
    assert aid.actor2 is None or "medics" not in aid.actor2.text


def test_battalions_deployed_are_a_mobilisation_and_a_pitcher_no_aid(events):
    assert "MOBILIZE" in types(events, "battalions")
    assert "AID" not in types(events, "battalions")
    assert "AID" not in types(events, "pitcher")


def test_a_control_verb_lends_its_subject(events):
    leave = one(events, SENTENCES, "began_leaving", "RETREAT")
    assert "soldiers" in leave.actor1.text


def test_a_device_designed_to_explode_is_no_explosion(events):
    for key in ("designed_explode", "meant_explode"):
        assert "ASSAULT" not in types(events, key), SENTENCES[key]


def test_a_relative_pronoun_in_a_reported_clause_stands_for_its_noun(events):
    attack = one(events, SENTENCES, "who_reported", "ASSAULT")
    assert attack.actor1 is not None and attack.actor1.text.endswith("rebels")


def test_civilians_or_own_army_left_are_no_withdrawal(events):
    assert "RETREAT" not in types(events, "tourists_leaving")
    assert "RETREAT" not in types(events, "want_leave_army")


def test_an_errand_of_inquiry_is_no_aid(events):
    for key in ("sent_to_probe", "sent_to_investigate"):
        assert "AID" not in types(events, key), SENTENCES[key]
    assert "ACCUSE" in types(events, "sent_to_investigate")


def test_an_errand_of_help_is_aid(events):
    for key in ("sent_to_help", "sent_to_fight", "sent_to_examine"):
        assert "AID" in types(events, key), SENTENCES[key]


def test_the_verb_not_its_object_noun_is_the_main_event(events):
    main = [e for e in events["condemned_crackdown"] if e.main]
    assert [e.plover for e in main] == ["ACCUSE"]
    assert "ASSAULT" in types(events, "condemned_crackdown")  # still told, as background


def test_lent_backing_is_support_not_a_loan(events):
    assert types(events, "lent_backing") == {"SUPPORT"}
    assert [e.plover for e in events["lent_backing"] if e.main] == ["SUPPORT"]


def test_rights_groups_are_a_rights_sector(events):
    accuse = one(events, SENTENCES, "rights_groups", "ACCUSE")
    assert accuse.actor1 is not None and accuse.actor1.sector == "HRI"


def _doc(
    words: list[str], heads: list[int], deps: list[str], tags: list[str], pos: list[str] | None = None
) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_a_misattached_relative_pronoun_takes_no_reporter():
    # "Sales fell, the firm said, amid a strike that hurts output", parsed with "that hurts" as a
    # complement of "said": the relative pronoun must not climb to the reporter "firm"
    words = ["Sales", "fell", ",", "the", "firm", "said", ",", "amid", "a", "strike", "that", "hurts"]
    words += ["output"]
    heads = [1, 5, 5, 4, 5, 5, 5, 5, 9, 7, 11, 5, 11]
    deps = ["nsubj", "ccomp", "punct", "det", "nsubj", "ROOT", "punct", "prep", "det", "pobj"]
    deps += ["nsubj", "ccomp", "dobj"]
    tags = ["NNS", "VBD", ",", "DT", "NN", "VBD", ",", "IN", "DT", "NN", "WDT", "VBZ", "NN"]
    doc = _doc(words, heads, deps, tags)
    assert _antecedent(doc[10]) is None


def test_a_personal_pronoun_still_takes_its_reporter():
    # "the firm said it hurts output": "it" is the firm
    words = ["the", "firm", "said", "it", "hurts", "output"]
    heads = [1, 2, 2, 4, 2, 4]
    deps = ["det", "nsubj", "ROOT", "nsubj", "ccomp", "dobj"]
    tags = ["DT", "NN", "VBD", "PRP", "VBZ", "NN"]
    doc = _doc(words, heads, deps, tags)
    found = _antecedent(doc[3])
    assert found is not None and found.text == "firm"
