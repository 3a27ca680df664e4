"""Recall rows and rules of session s10: commitments to an act and readiness for talks (AGREE), vetoes
of a decision (REJECT), the speaker behind "her country's backing", and the main event of a sentence
whose act is done to another event; each with a near miss. All sentences are invented."""

from __future__ import annotations

from newsgraph.pipeline import analyze_text


def _events(text: str) -> list[tuple[str, str, str | None]]:
    a = analyze_text(text, published="2024-05-02")
    return [
        (e.plover, e.trigger.text, a.text[e.actor1.start : e.actor1.end] if e.actor1 else None)
        for e in a.events
    ]


def _agreements(text: str) -> list[str | None]:
    return [src for plover, trig, src in _events(text) if plover == "AGREE" and trig.startswith("commit")]


def test_a_state_committed_to_an_act_states_its_intent():
    text = "The Uruguayan cabinet is committed to reopening the river port by spring."
    assert any(src and "cabinet" in src for src in _agreements(text))


def test_a_reported_commitment_keeps_the_committed_party_as_source():
    text = "The Zambian premier said his government was committed to paying the nurses on time."
    assert any(src and "government" in src for src in _agreements(text))


def test_a_reaffirmed_commitment_to_act_is_an_agreement():
    text = "Portugal reaffirmed its commitment to train the Mozambican coast guard."
    assert any(src == "Portugal" for src in _agreements(text))


def test_committed_to_a_place_a_person_or_a_crime_is_no_commitment():
    assert not _agreements("The singer was committed to a private clinic in March.")
    assert not _agreements("The mayor is committed to her neighbours in the valley.")
    assert not _agreements("Two brothers committed a string of burglaries in the suburb.")
    assert not _agreements("The ministry restated its commitment to the old pension scheme.")


def _main(text: str) -> list[str]:
    a = analyze_text(text, published="2024-05-02")
    return [e.plover for e in a.events if e.main]


def test_an_event_that_another_act_is_done_to_is_not_the_main_event():
    main = _main("The Bolivian government denounced a march by truckers who blocked a bridge.")
    assert "ACCUSE" in main and "PROTEST" not in main


def test_one_attack_told_twice_stays_main():
    a = analyze_text("Border guards fired tear gas at the stone-throwing youths.", published="2024-05-02")
    gas = [e for e in a.events if "tear gas" in e.trigger.text]
    assert gas and all(e.main for e in gas)


def _sources(text: str, plover: str) -> list[str | None]:
    return [src for p, _, src in _events(text) if p == plover]


def test_a_pledge_of_her_countrys_backing_is_the_ministers():
    text = "Iceland's trade minister pledged her country's full backing for the fisheries accord."
    sources = _sources(text, "SUPPORT")
    assert sources and all(src and "minister" in src for src in sources)


def test_a_reaffirmed_commitment_of_his_nation_is_the_envoys():
    text = "The Tunisian envoy reaffirmed his nation's commitment to train the border police."
    assert any(src and "envoy" in src for src in _sources(text, "AGREE"))


def test_an_apology_of_her_country_welcomed_is_not_the_welcomers():
    text = "The opposition leader welcomed her country's apology to the stranded sailors."
    assert all(src is None or "leader" not in src for src in _sources(text, "CONCEDE"))


def test_a_junta_open_to_dialogue_states_an_intent():
    text = "The Guinean junta said on Friday it was open to dialogue with the trade unions."
    assert any(src and "junta" in src for src in _sources(text, "AGREE"))


def test_open_to_passengers_or_criticism_is_no_agreement():
    assert not _sources("The ferry terminal is open to passengers again after the strike.", "AGREE")
    assert not _sources("The governor said the budget was open to criticism.", "AGREE")


def test_blocking_the_adoption_of_a_text_is_a_veto():
    events = _events("Slovakia blocked the adoption of the summit communique.")
    assert ("REJECT", "blocked", "Slovakia") in events


def test_a_landslide_blocking_passage_is_no_veto():
    assert not _sources("A mudslide blocked the passage of buses along the coast road.", "REJECT")
