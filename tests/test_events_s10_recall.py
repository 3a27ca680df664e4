"""Recall rows and rules of session s10: commitments to an act and readiness for talks (AGREE), vetoes
of a decision (REJECT) and the speaker behind "her nation's backing"; each with a near miss. All
sentences are invented."""

from __future__ import annotations

from newsgraph.pipeline import analyze_text


def _events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    a = analyze_text(text, published="2024-05-02")
    span = lambda actor: a.text[actor.start : actor.end] if actor else None  # noqa: E731
    return [(e.plover, e.trigger.text, span(e.actor1), span(e.actor2)) for e in a.events]


def _sources(text: str, plover: str) -> list[str | None]:
    return [src for p, _, src, _ in _events(text) if p == plover]


def _agreements(text: str) -> list[tuple[str | None, str | None]]:
    return [(s, t) for p, trig, s, t in _events(text) if p == "AGREE" and trig.startswith("commit")]


def test_a_state_committed_to_an_act_states_its_intent():
    text = "The Uruguayan cabinet is committed to reopening the river port by spring."
    assert any(src and "cabinet" in src for src, _ in _agreements(text))


def test_a_commitment_told_around_an_inserted_speaker_is_the_ministrys():
    text = (
        "The Malawian health ministry, its spokeswoman insisted, remains committed to settling the back"
        " pay of striking nurses."
    )
    assert any(src and "ministry" in src for src, _ in _agreements(text))


def test_a_restated_commitment_to_act_is_an_agreement():
    text = "Estonia on Tuesday restated a firm commitment to host another round of border talks."
    assert any(src == "Estonia" for src, _ in _agreements(text))


def test_committed_to_a_place_a_person_or_a_crime_is_no_commitment():
    assert not _agreements("The singer was committed to a private clinic in March.")
    assert not _agreements("The mayor is committed to her neighbours in the valley.")
    assert not _agreements("Two brothers committed a string of burglaries in the suburb.")
    assert not _agreements("The ministry restated its commitment to the old pension scheme.")


def test_counted_people_committed_to_a_task_are_assigned_not_committing():
    for text in (
        "Extra firefighters were committed to guarding the dam after the storm.",
        "Some 300 medics were committed to staffing the field hospitals, the agency said.",
    ):
        assert all(src is None for src, _ in _agreements(text)), text


def test_a_conjunct_of_the_committed_party_is_not_its_target():
    text = "Ms Varga and her deputies were committed to blocking the merger, a rival lawyer alleged."
    found = _agreements(text)
    assert found and all(src and "Varga" in src for src, _ in found)
    assert all(tgt is None or "deputies" not in tgt for _, tgt in found)


def test_a_pledge_of_her_nations_backing_is_the_premiers():
    text = "The deputy premier visited the picket line and pledged her nation's backing to the dockers."
    sources = _sources(text, "SUPPORT")
    assert sources and all(src and "premier" in src for src in sources)


def test_a_renewed_commitment_of_his_nation_is_the_envoys():
    text = (
        "The Tunisian envoy renewed his nation's commitment to rebuild the flooded railway while touring"
        " the delta."
    )
    assert any(src and "envoy" in src for src, _ in _agreements(text))


def test_her_countrys_act_judged_by_someone_else_stays_the_countrys():
    text = "The activist condemned her country's bombing of the border villages."
    sources = _sources(text, "ASSAULT")
    assert sources and all(src and "country" in src and "activist" not in src for src in sources)


def test_a_junta_open_to_dialogue_states_an_intent():
    text = "The Guinean junta said on Friday it was open to dialogue with the trade unions."
    assert any(src and "junta" in src for src in _sources(text, "AGREE"))


def test_open_to_passengers_or_criticism_is_no_agreement():
    assert not _sources("The ferry terminal is open to passengers again after the strike.", "AGREE")
    assert not _sources("The governor said the budget was open to criticism.", "AGREE")


def test_blocking_the_adoption_of_a_text_is_a_veto():
    events = _events("Slovakia blocked the adoption of the summit communique.")
    assert any(p == "REJECT" and trig == "blocked" and src == "Slovakia" for p, trig, src, _ in events)
    assert "REJECT" in [p for p, *_ in _events("Lawmakers in Lima blocked the approval of the mining law.")]


def test_a_landslide_blocking_passage_is_no_veto():
    assert not _sources("A mudslide blocked the passage of buses along the coast road.", "REJECT")


def test_people_stopping_a_physical_passage_or_an_adoption_of_a_child_is_no_veto():
    for text in (
        "Border guards blocked the passage of refugee lorries across the bridge.",
        "Riot police blocked the passage of the pensioners towards the palace.",
        "A family court blocked the adoption of the twins by their grandparents.",
    ):
        assert not _sources(text, "REJECT"), text
