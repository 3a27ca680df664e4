"""Quotes: direct, indirect and mixed statements with their cue and their canonical speaker."""

from __future__ import annotations

import pytest
from quote_lookup import quote_with

from newsgraph.model import Analysis, Quote
from newsgraph.pipeline import analyze_text


def speaker_text(analysis: Analysis, quote: Quote) -> str:
    assert quote.speaker is not None and quote.speaker.start is not None
    return analysis.text[quote.speaker.start : quote.speaker.end]


# --- the canonical example -----------------------------------------------------------------


def test_offsets_ids_and_texts_agree(karachi_analysis):
    quotes = karachi_analysis.quotes
    assert [q.id for q in quotes] == [f"Q{n}" for n in range(1, len(quotes) + 1)]
    for q in quotes:
        assert karachi_analysis.text[q.start : q.end] == q.text
        if q.cue:
            assert karachi_analysis.text[q.cue.start : q.cue.end] == q.cue.text


def test_maryams_partial_quote_is_one_mixed_quote(karachi_analysis):
    quote = quote_with(karachi_analysis, "a man screaming his defeat")
    assert quote.kind == "mixed"
    assert "they must have seen" in quote.text
    assert quote.speaker.name == "Maryam Nawaz" and quote.speaker.entity is not None
    assert quote.cue.text.startswith("told")
    assert len([q for q in karachi_analysis.quotes if "screaming his defeat" in q.text]) == 1


def test_pronoun_speaker_resolves_to_the_diplomat(karachi_analysis):
    quote = quote_with(karachi_analysis, "pretends to speak for human beings")
    assert quote.kind == "indirect"
    assert speaker_text(karachi_analysis, quote) == "He"
    assert "Vimarsh" in quote.speaker.name
    diplomat = karachi_analysis.entity(quote.speaker.entity)
    assert diplomat is not None and "Vimarsh" in diplomat.name


def test_the_tweet_is_a_quote_of_its_author(karachi_analysis):
    tweet = quote_with(karachi_analysis, "100s of 1000s attending Karachi jalsa")
    assert tweet.channel == "tweet" and tweet.kind == "direct"
    assert tweet.speaker.name == "Amjad Ayub Mirza"
    assert "Amjad Ayub Mirza (@" not in tweet.text  # the attribution line is not the post
    mirza = karachi_analysis.entity(tweet.speaker.entity)
    assert mirza is not None and mirza.name == "Amjad Ayub Mirza"


def test_indirect_statements_of_mirza(karachi_analysis):
    seats = quote_with(karachi_analysis, "PTI had won 14 seats")
    assert seats.kind == "indirect" and seats.text.startswith("that PTI had won")
    assert seats.speaker.name == "Amjad Ayub Mirza"
    assert speaker_text(karachi_analysis, seats) == "Mirza"
    assert seats.cue.text == "said"
    tweeted = quote_with(karachi_analysis, "will damage the credibility of the UN body")
    assert tweeted.cue.text == "tweeted" and tweeted.speaker.name == "Amjad Ayub Mirza"
    coup = quote_with(karachi_analysis, "nothing but a coup against Imran Khan")
    assert coup.speaker.entity == seats.speaker.entity


def test_lost_is_part_of_a_statement_not_a_quote_of_its_own(karachi_analysis):
    assert not [q for q in karachi_analysis.quotes if q.text.strip("“”\"' ") == "lost"]
    lost = quote_with(karachi_analysis, "has “lost” Karachi")
    assert lost.kind in ("mixed", "indirect") and lost.cue.text == "said"
    assert "activist" in speaker_text(karachi_analysis, lost)


def test_scare_quoted_phrase_inside_paraphrase_is_mixed(karachi_analysis):
    mask = quote_with(karachi_analysis, "pernicious mask")
    assert mask.kind == "mixed" and mask.text.startswith("that Pakistan is using")
    assert "Vimarsh" in mask.speaker.name


def test_group_speaker_without_entity(karachi_analysis):
    lauded = quote_with(karachi_analysis, "the provincial government for its virus containment")
    assert lauded.speaker.name == "opposition leaders" and lauded.speaker.entity is None


def test_nothing_from_read_lines(karachi_analysis):
    text = karachi_analysis.text
    read_lines = [(i, text.index("\n", i)) for i in range(len(text)) if text.startswith("Read:", i)]
    assert read_lines
    for q in karachi_analysis.quotes:
        assert not any(q.start < e and s < q.end for s, e in read_lines), q.text


def test_amount_in_the_tweet_is_mirzas_claim(karachi_analysis):
    crowd = next(a for a in karachi_analysis.amounts if a.text.startswith("100s of 1000s"))
    mirza = quote_with(karachi_analysis, "100s of 1000s").speaker.entity
    assert mirza is not None and crowd.claimed_by == mirza
    reporters = next(a for a in karachi_analysis.amounts if a.text.startswith("thousands"))
    assert reporters.claimed_by is None  # "thousands of people protested" is the reporter's voice


# --- constructions, on small made-up texts -------------------------------------------------


def only_quote(text: str) -> tuple[Analysis, Quote]:
    analysis = analyze_text(text)
    assert len(analysis.quotes) == 1, [q.text for q in analysis.quotes]
    return analysis, analysis.quotes[0]


def test_straight_quote_with_speaker_after_the_quote():
    analysis, quote = only_quote(
        '"We will rebuild the bridge by March," said Maria Lopez, the mayor of Tarrow.'
    )
    assert quote.kind == "direct" and quote.text == "We will rebuild the bridge by March"
    assert quote.cue.text == "said" and quote.speaker.name == "Maria Lopez"


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("“", "”"), ("«", "»"), ("'", "'"), ("‘", "’")],
    ids=["curly", "guillemet", "single", "curly-single"],
)
def test_quotation_marks(opening, closing):
    text = f"Ahmed Karimi told reporters: {opening}The talks have failed and we are going home.{closing}"
    analysis, quote = only_quote(text)
    assert quote.kind == "direct" and quote.text == "The talks have failed and we are going home."
    assert quote.speaker.name == "Ahmed Karimi" and quote.cue.text.startswith("told")


def test_quote_spanning_paragraphs_with_repeated_opening_mark():
    text = (
        "The governor spoke for an hour on Tuesday.\n\n"
        "“We have made mistakes in the past and we have learnt from them,” said Lena Ortiz. "
        "“The budget is balanced.\n\n"
        "“It will stay balanced as long as I am in office.”\n\n"
        "The session then closed."
    )
    analysis = analyze_text(text)
    spanning = quote_with(analysis, "The budget is balanced.")
    assert "as long as I am in office" in spanning.text
    assert spanning.speaker.name == "Lena Ortiz"
    assert not [q for q in analysis.quotes if "session then closed" in q.text]


def test_nested_quote_stays_inside_the_outer_one():
    analysis, quote = only_quote(
        "\"He looked at me and said 'never again' before he left the room,\" said Anna Berg."
    )
    assert "'never again'" in quote.text and quote.speaker.name == "Anna Berg"


def test_floating_quote_continues_the_previous_speaker():
    analysis = analyze_text(
        '"We are ready," said coach Tom Reed. '
        '"The team has trained hard all winter and we expect to win."\n\n'
        '"Nobody will stop us this time, not even the champions from the north."'
    )
    assert [q.speaker.name for q in analysis.quotes] == ["Tom Reed"] * 3
    assert analysis.quotes[1].cue is None


def test_passive_quoted_as_saying():
    analysis, quote = only_quote("The finance minister was quoted as saying that the talks had failed.")
    assert quote.kind == "indirect" and quote.text == "that the talks had failed"
    assert speaker_text(analysis, quote) == "The finance minister"


def test_according_to_a_group():
    analysis, quote = only_quote("According to police officials, the suspect fled the city on Monday night.")
    assert quote.text == "the suspect fled the city on Monday night"
    assert quote.speaker.name == "police officials" and quote.speaker.entity is None
    assert quote.cue.text == "According to"


def test_reporting_verb_without_that_and_pronoun_speaker():
    analysis = analyze_text(
        "Sara Qureshi addressed the rally in Lahore on Sunday. "
        "She said the government would fall within a month."
    )
    quote = quote_with(analysis, "the government would fall within a month")
    assert speaker_text(analysis, quote) == "She" and quote.speaker.name == "Sara Qureshi"


def test_apposition_speaker_resolves_to_the_name():
    analysis = analyze_text("The spokesman, Daniel Okafor, said that the factory would close in June.")
    quote = quote_with(analysis, "the factory would close in June")
    assert quote.speaker.name == "Daniel Okafor"


def test_dash_introducer_and_transcript_lines():
    analysis = analyze_text(
        "Readers sent their views on the debate.\n\n"
        "Maria Gonzalez ― “The moderators lost control of the evening early on.”\n\n"
        "Senator Mike Pence spoke to Fox on Sunday.\n\n"
        "PENCE: Well, look, the campaign is doing very well in Ohio this week.\n\n"
        "UPDATE: The interview ended at noon."
    )
    assert quote_with(analysis, "The moderators lost control").speaker.name == "Maria Gonzalez"
    ohio = quote_with(analysis, "doing very well in Ohio")
    assert "Pence" in ohio.speaker.name and ohio.cue.text == ":"
    assert not [q for q in analysis.quotes if "interview ended" in q.text]


def test_titles_and_scare_quotes_are_not_statements():
    analysis = analyze_text(
        "She read the novel “The Long Road Home” on the train. The so-called “reform” changed nothing."
    )
    assert analysis.quotes == []


def test_unbalanced_mark_does_not_swallow_the_article():
    text = (
        'The mayor opened the meeting with a stray mark " and then talked about roads.\n\n'
        "Residents complained about the noise.\n\n"
        '"The bridge will open in May," said Ali Khan, the city engineer.'
    )
    analysis = analyze_text(text)
    assert not [q for q in analysis.quotes if "Residents complained" in q.text]
    bridge = quote_with(analysis, "The bridge will open in May")
    assert bridge.speaker.name == "Ali Khan" and bridge.text == "The bridge will open in May"


def test_stray_mark_in_a_one_paragraph_article_stops_at_its_sentence():
    analysis = analyze_text(
        'Officials met on Monday " to plan the works. Ali Khan said that the bridge will open in May. '
        "Sara Lee said that the ring road will stay closed until June."
    )
    assert quote_with(analysis, "the bridge will open in May").speaker.name == "Ali Khan"
    assert quote_with(analysis, "the ring road will stay closed").speaker.name == "Sara Lee"
    assert not [q for q in analysis.quotes if "plan the works" in q.text]


@pytest.mark.parametrize("text", ["", '"', "“”", "'\n\"\n«", '"""' * 50, "said said said"])
def test_degenerate_texts_do_not_crash(text):
    analysis = analyze_text(text)
    for q in analysis.quotes:
        assert analysis.text[q.start : q.end] == q.text


def test_a_document_speaks_for_its_author():
    analysis = analyze_text(
        "The union represents 2,000 paramedics in Nova Scotia.\n"
        "A release from the union said the wait times were unsafe for patients.\n"
        "Health Minister Jane Morrow visited the hospital on Friday. "
        "Her statement said the province would hire more staff."
    )
    assert quote_with(analysis, "wait times were unsafe").speaker.name == "the union"
    hire = quote_with(analysis, "would hire more staff")
    assert hire.speaker.name == "Jane Morrow" and hire.speaker.entity is not None


def test_framing_participle_is_not_a_statement_of_its_own():
    a = analyze_text("Speaking to reporters in Lagos, the governor said the curfew would end on Monday.")
    assert [q.text for q in a.quotes] == ["the curfew would end on Monday"]


def test_cue_opening_the_next_paragraph_does_not_take_the_quote_before_it():
    a = analyze_text(
        "Dr. Helen Marsh studies glaciers at the polytechnic.\n\n"
        '"The fastest melting we measure is at the edges of the ice sheet," Marsh said.\n\n'
        '"A glacier is a slow river, and what it loses in summer it rarely wins back."\n\n'
        "This steady loss of ice also explains the rising lakes downstream."
    )
    quote = quote_with(a, "a slow river")
    assert quote.speaker is not None and quote.speaker.name == "Helen Marsh"


def test_quotation_paragraph_continues_the_person_the_paragraph_before_is_about():
    a = analyze_text(
        "Firefighters say engines reach farms too slowly across the valley.\n\n"
        "Owen Pritchard admits that in this case, two barns burned down.\n\n"
        "“I can’t prove the late engine cost them their barns, but it surely didn’t help.”"
    )
    quote = quote_with(a, "late engine")
    assert quote.speaker is not None and quote.speaker.name == "Owen Pritchard"


def test_floating_quotation_after_a_paragraph_about_a_thing_has_no_speaker():
    a = analyze_text(
        "The new library will have four reading rooms when it opens in the spring.\n\n"
        "“We thought the plans were a little confusing, since they kept mentioning other libraries.”"
    )
    quote = quote_with(a, "a little confusing")
    assert quote.speaker is None or quote.speaker.name is None


def test_speaker_after_the_verb_when_the_quotation_tail_parses_as_a_subject():
    a = analyze_text(
        "The race is tight in the county.\n\n“The mayor’s team is in crisis mode. Total crisis mode,” said "
        "Rosa Kettering, a Lakeside-based chair of the Northern Tenants and Renters Alliance."
    )
    assert quote_with(a, "Total crisis mode").speaker.name == "Rosa Kettering"


def test_organisation_speaking_as_it_is_the_organisation():
    a = analyze_text(
        "Northgate Water Authority would not answer most of the council's questions about the contract. "
        "“We are required to protect the privacy of every customer,” it said in a statement."
    )
    quote = quote_with(a, "required to protect")
    assert quote.speaker.name == "Northgate Water Authority" and quote.speaker.entity is not None


# --- attributions beyond reporting verbs (PolNeAR-style) ----------------------------------


def test_as_clause_attributes_the_main_clause():
    a = analyze_text("As Senator Dana Whitfield noted, those voters will give the governor a second look.")
    quote = quote_with(a, "those voters will give the governor a second look")
    assert quote.speaker.name == "Dana Whitfield" and quote.cue.text == "noted"


def test_poll_findings_are_attributed_to_the_poll():
    a = analyze_text(
        "A new Quinnipiac University poll found Sanders leading by 15 points.\n\n"
        "In a new Marist survey, 31 percent of voters picked the senator."
    )
    found = quote_with(a, "Sanders leading by 15 points")
    assert "poll" in speaker_text(a, found)
    survey = quote_with(a, "31 percent of voters picked the senator")
    assert "survey" in speaker_text(a, survey) and survey.cue.text == "In"


def test_the_object_of_a_reporting_verb_is_what_was_said():
    a = analyze_text("Governor Alma Ruiz noted the rule in an interview last week.")
    quote = quote_with(a, "the rule")
    assert quote.kind == "indirect" and quote.speaker.name == "Alma Ruiz"
    b = analyze_text("Mayor Tom Fisk called the police after the break-in.")
    assert b.quotes == []  # calling the police is an act, not a statement


def test_name_misread_between_quotation_and_cue():
    a = analyze_text("“We will find whoever started this fire,” Dayton fire Chief Rhonda Bail said Tuesday.")
    assert speaker_text(a, quote_with(a, "We will find whoever")).endswith("Rhonda Bail")


def test_dash_and_name_after_a_quotation_sign_it():
    a = analyze_text(
        "Listeners called in after the speech.\n\n"
        "“She has never had to pay a rent bill in her life.” ― Marisol Ortega "
        "“Maybe someone should hand her a calculator.” ― Gavin Threlkeld."
    )
    assert quote_with(a, "pay a rent bill").speaker.name == "Marisol Ortega"
    assert quote_with(a, "hand her a calculator").speaker.name == "Gavin Threlkeld"


def test_transcript_line_inside_a_quotation():
    a = analyze_text(
        "Senator Mike Pence spoke to Fox News host Chris Wallace on Sunday.\n\n"
        '"PENCE: Well, look, the campaign is doing very well in Ohio this week.'
    )
    assert quote_with(a, "doing very well in Ohio").speaker.name == "Mike Pence"


def test_possessor_of_a_claim_is_its_source():
    a = analyze_text("Reporters checked Mayor Fiona Grant's claim that crime had fallen by half.")
    quote = quote_with(a, "crime had fallen by half")
    assert quote.speaker.name == "Fiona Grant" and quote.cue.text == "claim"


def test_agent_of_a_passive_stance_is_its_source():
    a = analyze_text("The new highway plan is supported by the Farmers Union of Alberta.")
    quote = quote_with(a, "The new highway plan")
    assert "Farmers Union" in speaker_text(a, quote)


def test_lead_sentence_after_a_wire_dateline_is_used():
    a = analyze_text(
        "Senate panel weighs budget\n\n"
        "DENVER (Reuters) - Senator Laura Whitfield, speaking to reporters on Monday, said the budget "
        "would pass.\n\nShe added that talks would go on."
    )
    quote = quote_with(a, "the budget would pass")
    assert quote.speaker.name == "Laura Whitfield"
    assert "DENVER" not in speaker_text(a, quote)
    assert quote_with(a, "talks would go on").speaker.entity == quote.speaker.entity


def test_speaker_with_a_middle_initial_keeps_the_full_name():
    a = analyze_text("Sen. Walter J. Pruitt (R-Ohio) said the committee would subpoena the records today.")
    assert quote_with(a, "subpoena the records").speaker.name == "Walter J. Pruitt"


def test_cue_without_parsed_subject_takes_the_name_before_its_apposition():
    a = analyze_text(
        "Worried by the flooding in Vermont, Senator Ruth Abernathy, the committee chair, said that she had "
        "phoned the governor on Wednesday."
    )
    assert quote_with(a, "phoned the governor").speaker.name == "Ruth Abernathy"


def test_name_and_apposition_after_a_quotation_before_an_unlisted_verb():
    a = analyze_text(
        "Sales slipped.\n\n“The firm booked the biggest warranty charge in its history because of the "
        "recall,” Anton Varga, the company’s then-chief financial officer, mentioned in a blog post."
    )
    assert quote_with(a, "biggest warranty charge").speaker.name == "Anton Varga"


def test_speaker_after_an_inverted_verb_is_the_first_name_no_possessor():
    a = analyze_text(
        'The rally began.\n\n"It is high time this city had a mayor who listens," exhorted '
        "Owen Platt's introducer, singer Tara Vell.\n\n"
        '"The depot will stay shut until May," said a spokeswoman for Marlow Freight.'
    )
    assert quote_with(a, "high time").speaker.name == "Tara Vell"
    spokeswoman = quote_with(a, "depot will stay shut").speaker
    assert spokeswoman is not None and spokeswoman.name != "Marlow Freight"


def test_quotation_inside_a_view_is_the_inner_speakers():
    a = analyze_text(
        "The hearing got so tangled over which clause meant what that Mayor Ines Calder said, "
        '"Someone should hand out dictionaries in here."'
    )
    quote = quote_with(a, "hand out dictionaries")
    assert quote.kind == "direct" and quote.speaker.name == "Ines Calder"
    assert len([q for q in a.quotes if "dictionaries" in q.text]) == 1


def test_capitalised_title_phrase_names_its_holder_but_a_spokesman_is_not_his_boss():
    a = analyze_text(
        "After a rowdy town hall, Speaker of the House Rep. Dora Whitlock (R-OH) said “those remarks do not "
        "belong in this chamber.”\n\nA spokesman for Sen. Brian Castell said the vote was off."
    )
    assert quote_with(a, "do not belong in this chamber").speaker.name == "Dora Whitlock"
    spokesman = quote_with(a, "the vote was off").speaker
    assert spokesman is not None and spokesman.name != "Brian Castell"


def test_floating_quotation_follows_the_person_who_takes_up_the_narrative():
    a = analyze_text(
        '"The other parties have failed to compete there," said Craig Dunmore, editor of a local '
        'newsletter.\n\nProfessor Dianne Holloway agreed. "Voters are running out of patience with all '
        'of them."'
    )
    assert quote_with(a, "running out of patience").speaker.name == "Dianne Holloway"


def test_aside_in_a_quotes_paragraph_does_not_take_over_its_speaker():
    a = analyze_text(
        "“Who is really wasting money here?” said Owen Fairley, borrowing a phrase Mark Tobin has applied "
        "to the mayor, during a briefing at city hall. “The council built nothing this year.”"
    )
    assert quote_with(a, "council built nothing").speaker.name == "Owen Fairley"


def test_two_apostrophes_mark_a_quotation():
    analysis, quote = only_quote("''We will win this seat,'' said Ruth Calloway, the party's candidate.")
    assert quote.text == "We will win this seat"
    assert quote.speaker.name == "Ruth Calloway"


def test_names_and_colons_on_one_line_introduce_their_own_quotations():
    a = analyze_text(
        'Both want the dam rebuilt.\n\nCarter: "Our aim is to rebuild it in two years, not to patch it." '
        'Walsh: "The plan is to replace the whole structure."'
    )
    assert quote_with(a, "Our aim").speaker.name == "Carter"
    assert quote_with(a, "The plan").speaker.name == "Walsh"
    assert not any("The plan" in q.text for q in a.quotes if "Our aim" in q.text)


def test_verb_right_before_a_quotation_reports_it():
    a = analyze_text(
        "Soil scientists were divided.\n\nTed Norwood, head of a farm laboratory, praised "
        '"the admission that nobody, so far, has a complete map of the problem."'
    )
    assert quote_with(a, "complete map of the problem").speaker.name == "Ted Norwood"


def test_dash_line_after_a_quotation_paragraph_signs_it():
    a = analyze_text(
        'Promises reviewed this month.\n\n"I will ask my staff about the file. I have not read it, but I '
        'will certainly ask them."\n\n- Marta Quinlan.\n\nQuinlan has been asking for months.'
    )
    assert quote_with(a, "certainly ask them").speaker.name == "Marta Quinlan"


def test_inverted_speaker_ends_its_noun_phrase():
    a = analyze_text(
        'The debate ended late.\n\n"Debate recap: the best night of the whole campaign," tweeted Rubio '
        "spokesman Alex Conlan."
    )
    quote = quote_with(a, "best night")
    assert quote.speaker.name == "Alex Conlan"
    assert not speaker_text(a, quote).startswith("tweeted")


def test_they_after_a_definite_body_speaks_for_it():
    a = analyze_text(
        "Teachers are stretched thin.\n\nTo draw attention to the shortage, the union ran radio adverts last "
        "spring. On Tuesday, they said only one substitute teacher was left in the district."
    )
    assert quote_with(a, "one substitute teacher").speaker.name == "the union"


def test_a_cue_with_a_colon_introduces_the_quotation_after_it():
    a = analyze_text(
        'The couple feared the backlash.\n\n"We are refugees," Mina Farouk said. "We are not criminals." '
        'Omar Farouk said: "The attack was the work of killers. We ourselves are running from them."'
    )
    assert quote_with(a, "We are not criminals").speaker.name == "Mina Farouk"
    assert quote_with(a, "running from them").speaker.name == "Omar Farouk"


def test_it_after_a_document_speaks_for_it_and_they_after_a_pair_for_both():
    a = analyze_text(
        "The inspectors finished their work.\n\nThe report also described staff leaving with sensitive "
        "files. It said managers had hidden the breaches from the board.\n\n"
        "Marta Quill and Owen Brack toured the valley towns last week. Voters recognised them at every stop, "
        "they said."
    )
    assert quote_with(a, "hidden the breaches").speaker.name == "The report"
    pair = quote_with(a, "recognised them").speaker
    assert pair.name == "Marta Quill and Owen Brack" and pair.entity is None


def test_it_after_a_thing_has_no_speaker():
    a = analyze_text(
        "The bridge reopened on Monday.\n\nThe new span cost far more than planned. It said little about the "
        "delays, the council complained."
    )
    assert quote_with(a, "It said little about the delays").speaker.name == "the council"
    assert "The new span" not in {q.speaker.name for q in a.quotes if q.speaker}


def test_an_unfamiliar_surname_after_an_inverted_cue_is_the_speaker():
    a = analyze_text(
        "The kitchen staff grew.\n\n“We have two cooks who understand the old oven,” said Tolliver, "
        "explaining the menu."
    )
    assert quote_with(a, "understand the old oven").speaker.name == "Tolliver"


def test_speaker_parsed_as_apposition_of_a_fronted_phrase():
    a = analyze_text(
        "At Pine Hollow, where a season pass costs $3,000, Marta Sayle, the resort's manager, "
        "suggested that the losses of its competitors came from bad planning."
    )
    assert quote_with(a, "bad planning").speaker.name == "Marta Sayle"


def test_an_unnamed_groups_view_between_quotations_does_not_take_them_over():
    a = analyze_text(
        '"The storms are coming more often now," said Irena Volkova, a climate scientist.\n\n'
        "For villages like Bellhaven, which has just cleared its fourth drift of the month, people shouldn't "
        "expect to store their sleds before April.\n\n"
        '"We will be digging out far more often than our parents ever did."'
    )
    assert quote_with(a, "digging out far more often").speaker.name == "Irena Volkova"


def test_a_copula_before_a_quotation_does_not_report_it():
    a = analyze_text(
        "The presenters came in late on Sunday.\n\nThe two shared one microphone, and they’re “the last "
        "two comedians in the city who haven’t been sued over a joke.”"
    )
    quote = quote_with(a, "the last two comedians")
    assert quote.cue is None and quote.speaker is None


def test_a_fronted_clause_does_not_take_the_quotation_after_the_cue():
    a = analyze_text(
        "Councillor Lena Morrow spoke at the depot on Friday.\n\n“We can trim the budget a great deal,” she "
        "said. When shown the ministry’s claim that no survey had been done, she said, “I’ve never claimed "
        "there was a survey.”"
    )
    quote = quote_with(a, "never claimed there was a survey")
    assert quote.speaker.name == "Lena Morrow"
    assert quote.cue.text == "said"


def test_a_count_in_a_temporal_clause_of_a_reported_statement_is_no_claim():
    text = (
        "Opposition leader Hamid Qureshi said that the government had lost the city after thousands of "
        "people marched on Sunday. He said that 50,000 supporters would join the next rally."
    )
    analysis = analyze_text(text)
    marched = next(a for a in analysis.amounts if a.text.startswith("thousands"))
    claimed = next(a for a in analysis.amounts if a.text.startswith("50,000"))
    assert marched.claimed_by is None
    assert claimed.claimed_by is not None and analysis.entity(claimed.claimed_by).name == "Hamid Qureshi"
