"""Event coding benchmarks (issue 5) on ../shared/eval/events and ../shared/corpora.

    python benchmarks/events.py [--only plover,plover-style,plover-style2,plover-style3,plover-style4,
                                        plover-style5,plover-style6,plover-style7,plover-style8,plover-style9,
                                        plover-style10,plover-style11,plover-style12,plover-style13,
                                        plover-style14,plover-style15,plover-style16,plover-style17,
                                        plover-style18,plover-style19,plover-style20,plover-style21,plover-style22,
                                        cameo-codes,petrarch-patterns,petr2,petr2unit,ipe,
                                        police-kill,police-kill-real,case,precision,conflibert,
                                        conflibert-types,speed]
                                [--split tune|report] [--limit N] [--show]

* plover  PLOVER gold-standard records (reporting set): PLOVER type accuracy against
          `event_current`, source and target actor match, per-class counts. The scored event is the
          one whose trigger overlaps the gold EVT markup, else the sentence's main event (`main`:
          its main clause reports it; then the most confident). An actor matches when its span
          overlaps a gold actor's span, or (gold actor not in the sentence) its country code equals
          the gold code.
* plover-style  our own tuning proxy for the PLOVER GSR: benchmarks/plover_style_sentences.jsonl,
          259 invented one-event wire-style sentences in the style of the CAMEO manual examples
          (every PLOVER type and the verbal-statement phrasings of CAMEO roots 02-20; ps214-ps265 in
          the manual's reporting frames: "said Tuesday", "has warned", "will release ..., a spokesman
          said"), each labelled with its current PLOVER type, the source actor's words and the event
          words before our output on them was looked at, plus 6 controls without a PLOVER event
          (CAMEO 01 comments, hypothetical acts). Blind figures before any tuning on it: type 0.857,
          source 0.861, 33 sentences without any event. Scored like `plover` (the event whose
          trigger overlaps the event words, else the main event): type accuracy, source actor match
          (span overlap), sentences without any event, controls left without events; `--show` lists
          every error.
* cameo-codes  benchmarks/cameo_code_sentences.jsonl: 285 invented wire-style sentences, one for
          every code of newsgraph/data/cameo_codes.tsv (two for the commonest leaf of each root 02-20),
          each labelled with the code, its PLOVER type from that table, the source actor's words and
          the event words before our output on them was looked at, plus 11 controls without a
          political event (weather, markets, sport, a forecast). Scored exactly like `plover-style`.
          Blind figures before any tuning on it: type 0.839, source 0.842, 40 sentences
          without any event, controls 10/11 left empty. After the blind run two labels that broke the
          PLOVER definitions were corrected (cc055 a pardon, CAMEO 056: CONCEDE, not SUPPORT; cc078 a
          resignation, 0831: RETREAT, mode resign); under them the blind type accuracy is 0.846.
* plover-style2  benchmarks/plover_style2_sentences.jsonl (session 13): 200 invented, harder
          manual-style wire sentences (p2s001-p2s200), 188 events in the GSR's class mix (AGREE 22 ...
          COOPERATE 3) and 12 controls (CAMEO 01 comments, negated or hypothetical acts, other senses):
          long titled or apposed sources, demonyms, compound sources, sources after the verb, passives,
          nominal events ("Seoul's rejection of the offer"), infinitive complements, conditional
          threats, 1990s wording. Labelled by the PLOVER definitions before our output on them was
          looked at; scored exactly like `plover-style`. Blind figures: type 0.782, source 0.766, 33
          sentences without any event, controls 11/12 left empty. Two labels first followed the PLOVER
          definitions and were set to the table cameo_codes.tsv in session 14 (p2s166 an apology:
          CONCEDE -> SUPPORT, CAMEO 055; p2s167 a declared ceasefire: CONCEDE -> RETREAT, 0871);
          p2s125 "charged X with" is ACCUSE by the definition, 173 (COERCE) in the table.
* plover-style3  benchmarks/plover_style3_sentences.jsonl (session 14): 220 invented wire sentences
          (p3s001-p3s220) written blind by a fresh helper who saw neither our code nor any data: 206
          events weighted to the GSR classes we code worst (ACCUSE 30 with 10 investigations,
          THREATEN 22, COERCE 20, RETREAT 15, SANCTION 15, CONCEDE 13, REQUEST 13, REJECT 13, CONSULT
          11, AGREE 11, MOBILIZE 10, ASSAULT 10, PROTEST 8, SUPPORT 6, AID 5, COOPERATE 4) and 14
          controls, labelled with the current PLOVER type, source, target and event words. Scored
          exactly like `plover-style`. Blind figures on the session-13 code: type 0.738, source
          0.786, 40 sentences without any event, controls 14/14 left empty. After the blind run eight
          labels were set to the table cameo_codes.tsv (types follow the CAMEO code; the class counts
          above are the blind ones): p3s103, p3s110, p3s111, p3s115 (declared lifting, easing or
          withdrawal, CAMEO 035x) CONCEDE -> AGREE; p3s105, p3s108, p3s113 (apology, regret, remorse,
          055) CONCEDE -> SUPPORT; p3s106 (declared ceasefire, 0871) CONCEDE -> RETREAT.
* plover-style4  benchmarks/plover_style4_sentences.jsonl (session 17): 210 invented manual-style
          sentences (p4s001-p4s210) written blind by a fresh helper who saw only the CAMEO table and the
          PLOVER definitions (no code, no data, no earlier set): 200 events in the GSR's legacy class mix
          (AGREE 24, REQUEST 20, REJECT 20, ASSAULT 20 half of it fighting, THREATEN 18, PROTEST 16,
          ACCUSE 16 with 6 investigations, COERCE 11, RETREAT 9, SANCTION 9, SUPPORT 7, CONCEDE 7,
          CONSULT 7, AID 7, MOBILIZE 5, COOPERATE 4) and 10 controls, each with its CAMEO code; where
          the definitions and the table disagree the table was followed. Blind figures on the
          session-16 code: type 0.790, source 0.785, 35 sentences without any event, controls 8/10
          left empty. Tuned on from then on.
* plover-style5  benchmarks/plover_style5_sentences.jsonl (session 17): 210 more (p5s001-p5s210) by
          another fresh helper under the same rules, asked for wider grammar (fronted phrases, relative
          clauses, second-hand reports, idioms): 200 events in the same mix and 10 controls. Blind
          figures: session-16 code type 0.730, source 0.735, 46 without any event, controls 9/10; the
          session-17 code as it stood when the set arrived (after the style-3/4 work) 0.750, 0.765,
          42, 10/10. Tuned on from then on.
* plover-style6  benchmarks/plover_style6_sentences.jsonl (session 17): 210 more (p6s001-p6s210) by a
          third fresh helper, written plainer, as manuals do, with about a third hard items (idioms, the
          actor far from the verb, events in relative clauses, third-party reports). Blind figures:
          session-16 code type 0.765, source 0.780, 37 without any event, controls 8/10; the code as it
          stood after the style-5 work 0.780, 0.795, 33, 8/10.
* plover-style7  benchmarks/plover_style7_sentences.jsonl (session 17): 210 more (p7s001-p7s210) by a
          fourth fresh helper who worked through the CAMEO table code by code, manual-style. Blind
          figures: session-16 code type 0.785, source 0.805, 38 without any event, controls 9/10; the
          code as it stood after the style-6 work 0.825, 0.845, 31, 9/10.
* plover-style8  benchmarks/plover_style8_sentences.jsonl (session 19): 300 more (p8s001-p8s300) by two
          fresh helpers who saw only the CAMEO table and the PLOVER definitions: 282 events in the GSR's
          class mix (each half: AGREE 17, REQUEST 15, REJECT 15, ASSAULT 14, THREATEN 13, PROTEST 12,
          ACCUSE 11, COERCE 8, RETREAT 6, SANCTION 6, SUPPORT 5, CONCEDE 5, CONSULT 5, AID 4, MOBILIZE
          3, COOPERATE 2) and 18 controls; one half 1990s wire leads on the Middle East, the Balkans,
          the former Soviet Union and Africa, the other codebook-style sentences from 1995-2005 Asia,
          Latin America and South Asia stressing hard grammar. Blind figures: session-18 final code
          type 0.872, source 0.876, 32 without any event, controls 14/18; the session-19 code when the
          set arrived 0.879, 0.883, 30, 14/18.
* plover-style9  benchmarks/plover_style9_sentences.jsonl (session 19): 300 more (p9s001-p9s300) by two
          fresh helpers under the same rules: p9s001-150 statements of intention, promise, refusal,
          readiness and condition (AGREE 40, THREATEN 30, REJECT 30, REQUEST 15, CONCEDE 10, SUPPORT 5,
          RETREAT 5, SANCTION 5, 10 controls), p9s151-300 sentences whose source is hard to find (after
          the verb, in a "by" phrase, an owner, apposed, coordinated, a capital, a demonym, an unnamed
          group, a pronoun) in the GSR mix with 10 controls. Blind figures: session-18 code type 0.693,
          source 0.732, 65 without any event, controls 19/20; the session-19 code when it arrived 0.700,
          0.736, 63, 19/20 (the hardest proxy so far, near the GSR's level).
* plover-style10  benchmarks/plover_style10_sentences.jsonl (session 20): 300 more by two fresh helpers
          under the same rules (they saw only the CAMEO table and the PLOVER definitions), aimed at the
          material classes: p10s001-150 edited codebook-style examples with places, tolls and crowd
          sizes (ACCUSE 28, ASSAULT 26, COERCE 22, SANCTION 18, RETREAT 18, CONCEDE 8, CONSULT 8,
          MOBILIZE 8, AID 6, COOPERATE 4, 4 controls), p10s151-300 the same classes told in hard
          grammar (nouns with light verbs, owned and passive acts, actors after the verb, in "by"
          phrases, capitals, demonyms; ACCUSE 26, ASSAULT 26, COERCE 22, RETREAT 18, SANCTION 18,
          THREATEN 10, MOBILIZE 8, CONSULT 6, CONCEDE 6, AID 4, COOPERATE 2, 4 controls). Blind
          figures on the session-19 final code: type 0.651, source 0.644, 84 without any event,
          controls 8/8 (the hardest proxy so far; halves 0.692 / 0.705 and 0.610 / 0.582). Fixes were
          made from the second half only; the first half arrived after them (0.699 / 0.712 then).
* plover-style11  benchmarks/plover_style11_sentences.jsonl (session 21): 300 more by two fresh helpers
          under the same rules, in the GSR's legacy class mix (p11s001-150 wire style with passives,
          appositions, capitals and conditions; p11s151-300 late "by" agents, long subjects, "one of",
          coordinated actors, nominalisations), 16 controls. Blind figures on the session-20 code: type
          0.863, source 0.866, 33 without any event; on the code it met (after the first round of
          session-21 fixes, before its sentences were seen) 0.870 / 0.877.
* plover-style12  benchmarks/plover_style12_sentences.jsonl (session 22): 300 more by two fresh helpers
          under the same rules, aimed at the GSR's weakest classes (ACCUSE, ASSAULT, COERCE, REQUEST,
          THREATEN, RETREAT, SANCTION, REJECT, CONCEDE), wire style with the event in nouns and idioms
          and the source in "by" phrases, appositions, capitals and offices (p12a: Africa, Middle
          East, Europe; p12b: Asia, Americas, former Soviet Union), 16 controls. Rounds 1 and 2 of the
          session-22 fixes were made from the first halves (p12a001-075, p12b001-075) only; the second
          halves' misses were then listed once and round 3 used them. Blind figures on the session-21
          code: type 0.644, source 0.637 (first halves 0.634 / 0.641, second halves 0.655 / 0.634);
          second halves after round 2, still unseen: 0.690 / 0.655.
* plover-style13  benchmarks/plover_style13_sentences.jsonl (session 22): 300 more by two fresh helpers
          under the same rules, in the GSR's legacy class mix (p13a: 1990s Reuters/AFP, p13b: 2000s
          AP/AFP/Xinhua), 14 controls. It arrived after the first round of session-22 fixes. Blind
          figures on the session-21 code: type 0.790, source 0.801; on the code it met 0.804 / 0.815.
          Round 2 fixes were made from p13a001-150 and p13b001-075; p13b076-150 was unseen until its
          misses were listed once after round 2 (0.718 / 0.746 blind, 0.732 / 0.761 after round 2).
* plover-style14  benchmarks/plover_style14_sentences.jsonl (session 22): 200 more by two fresh helpers
          under the same rules, in the GSR's weakest classes (ACCUSE, COERCE, RETREAT, SANCTION,
          CONCEDE, REQUEST, THREATEN, ASSAULT, REJECT), plain wire sentences (p14a) and short leads
          with capitals, offices and noun events (p14b), 12 controls. It arrived after the third round
          of session-22 fixes. Blind figures on the session-21 code: type 0.798, source 0.840; on the
          code it met 0.814 / 0.851. Fixes were then made from p14a001-050 and p14b001-050 only;
          p14a051-100 and p14b051-100 were never looked at.
* plover-style15  benchmarks/plover_style15_sentences.jsonl (session 23): 300 more by two fresh helpers
          under the same rules, in the GSR's class mix: p15a codebook-style wire sentences, p15b the
          same with hard sources (long titles, appositions, capitals, compound and vague actors,
          passives, speakers after the clause, light-verb nouns), 4 controls. Blind figures on the
          session-22 code: p15a 0.973 / 0.959 and 0.946 / 0.946 (halves), p15b 0.892 / 0.838 and
          0.757 / 0.784. Fixes were made from p15a001-075 and p15b001-075 first; p15b076-150 was
          listed after the first round (unchanged by it); p15a076-150 was never looked at.
* plover-style16  benchmarks/plover_style16_sentences.jsonl (session 23): 300 more by two fresh helpers
          under the same rules, in the GSR's class mix: p16a hard sources in conflicts away from the
          Middle East and the Balkans, p16b hard event wordings (nouns with light verbs, idioms, rare
          verbs, passives, participles, reported speech), 4 controls. It arrived after the first round
          of session-23 fixes. Blind figures on the session-22 code: p16a 0.878 / 0.851 and 0.851 /
          0.824, p16b 0.851 / 0.838 and 0.716 / 0.743; on the code it met 0.905 / 0.878, 0.865 / 0.838,
          0.851 / 0.838 and 0.730 / 0.757. Fixes were then made from p16a001-075 and p16b001-075 only;
          p16a076-150 and p16b076-150 were never looked at.
* plover-style17  benchmarks/plover_style17_sentences.jsonl (session 23): one sentence per CAMEO code (265,
          020 to 2042) by two fresh helpers under the same rules, each worded without the obvious verb
          of the code's name (synonyms, idioms, light verbs, passives), no controls: a test of the
          lexicon's reach. Blind figures on the session-22 code: p17a 0.571 / 0.571 and 0.629 / 0.657
          (halves), p17b 0.429 / 0.524 and 0.548 / 0.677. Fixes were made from p17a_1 and p17b_1
          (p17a001-070, p17b001-063) only; the second halves were never looked at.
* plover-style18  benchmarks/plover_style18_sentences.jsonl (session 24): one sentence per CAMEO code again
          (265), p18a the odd rows of cameo_codes.tsv and p18b the even ones, by two fresh helpers under
          the same rules, in codebook-example or wire style with varied structure (passives,
          appositions, attributions after the clause, light verbs), about half with the code's plainest
          verb; no controls. Blind figures on the session-23 code: p18a 0.887 / 0.887, p18b 0.871 /
          0.886. Each file was split by id parity before any sentence was read: fixes were made from
          the odd ids (p18a_1 0.896 / 0.910, p18b_1 0.879 / 0.894 blind); the even ids were never looked
          at (p18a_2 0.879 / 0.864, p18b_2 0.864 / 0.879 blind).
* plover-style19  benchmarks/plover_style19_sentences.jsonl (session 26): 300 wire sentences in the style of
          the CAMEO codebook examples (p19s001-p19s300, 219 codes), weighted to the GSR classes we code
          worst (ACCUSE 36, REQUEST 30, COERCE 28, THREATEN 28, REJECT 28, ASSAULT 26, SANCTION 24,
          RETREAT 22, CONCEDE 18, ...), written and labelled by the cameo_codes.tsv table by a fresh helper
          who saw no code and no data; no controls. Blind figures on the session-25 code: 0.890 / 0.900
          (type accuracy 0.847 on the odd ids, 0.933 on the even ones). Fixes were made from the odd ids
          only; the even ids were never looked at. Resignations are labelled CONCEDE here (the table's
          0831); we code them RETREAT, mode resign, by the PLOVER manual.
* plover-style20  benchmarks/plover_style20_sentences.jsonl (session 27): 300 more sentences in the style
          of the CAMEO codebook examples and wire reports (p20s001-p20s300, 228 codes), weighted to the
          GSR classes we code worst (ACCUSE 34 with 11 investigations, REQUEST 30, REJECT, THREATEN,
          COERCE and ASSAULT 28 each, SANCTION 22, ...), with passives, late sources, nominal events and
          idioms, written and labelled by the cameo_codes.tsv table by a fresh helper who saw no code
          and no data; no resignations, no controls. Blind figures on the session-26 code: 0.837 / 0.860
          (type accuracy 0.827 on the odd ids, 0.847 on the even ones). Fixes were made from the odd
          ids only; the even ids were never looked at.
* plover-style21  benchmarks/plover_style21_sentences.jsonl (session 28): 300 more sentences in the style
          of the CAMEO codebook examples and 1990s-2000s wire leads (p21s001-p21s300), weighted to the GSR
          classes we code worst (ACCUSE 40 with 12 investigations, REQUEST 34, COERCE 30, REJECT and
          ASSAULT 28, THREATEN 26, RETREAT 24, SANCTION 22, ...), a third plain, a third with wire
          framing, a third harder (passives, late sources, nominal events, idioms, a minor second
          clause), no main verb used more than 4 times, written and labelled by the cameo_codes.tsv
          table by a fresh helper who saw no code and no data; no controls. Blind figure on the
          session-27 code: 0.887 / 0.907. Its whole error list was read (no half kept unseen).
* plover-style22  benchmarks/plover_style22_sentences.jsonl (session 28): 300 sentences in the style of
          codebook examples and 1990s agency copy (p22s001-p22s300), 15-35 words, sources often titles,
          bodies, demonyms or capitals, 40% with attribution framing, 30% nominal or light-verb events,
          20% passive or with a late doer (ACCUSE 36, REQUEST 32, REJECT 30, COERCE 28, ...), by a
          fresh helper who saw no code and no data; no controls. Blind figures on the session-28 code
          before it was read: 0.857 / 0.887 (type accuracy 0.880 on the odd ids, 0.833 on the even
          ones). Fixes were made from the odd ids only; the even ids were never looked at.
* petrarch-patterns  benchmarks/petrarch_pattern_sentences.jsonl (session 18): wire sentences that
          realise the verb patterns of the PETRARCH-2 CAMEO verb dictionary (openeventdata/petrarch2,
          petrarch2/data/dictionaries/CAMEO.2.0.txt, MIT licence; the `pattern` field names the line),
          written and labelled by fresh helpers who saw only that dictionary, our CAMEO table and the
          PLOVER definitions, at most 2-3 patterns per verb block, plus controls that use the same
          verbs in other senses. Round 1 (pp1-pp4) and round 2 (pq1-pq4) each cover the whole
          dictionary; round 2 avoided round 1's patterns. Scored exactly like `plover-style`; blind
          figures in docs/benchmarks.md.
* petr2   PETR-2 GSR (tuning set): share of gold codings whose CAMEO root / full code we produce
          for the sentence; no-event sentences left without events; on the codings whose root we
          produce, source/target actor match by an event of that root: country (first three letters
          of the code, "---" for none) and country + sector (the first six letters; IGO as a whole).
* petr2unit  PETRARCH2 unit-test records (regression only): share of expected codings whose CAMEO
          root we produce for the record's text, and no-event records left without events. The
          records use fictional actors and PETRARCH's test dictionaries (some codes are not CAMEO),
          so the figure only tracks changes.
* ipe     IndiaPoliceEvents sentence-level P/R/F1 (default split: report) for
          ARREST = a COERCE event with CAMEO 173, mode arrest, whose agent is police or security
          forces (sector COP/MIL) or unstated (a passive "were arrested"), and
          KILL = an ASSAULT event by police/security forces (COP/MIL) that is fatal (a killing word
          is tied to its trigger in the parse: "killed in police firing"). An event counts for
          every sentence holding its trigger or one of its evidence triggers; for KILL only when that
          sentence itself reports deaths (DEATH_WORD): a merged mention that only says police fired is
          the FORCE label, not KILL.
* police-kill  our own tuning proxy for IndiaPoliceEvents KILL: benchmarks/police_kill_sentences.jsonl,
          160 invented one-sentence crime/riot reports in the style of Indian newspapers (some all lower
          case), 90 police killings in varied phrasings (police firing, encounters, custody and lathi-charge
          deaths, RAF/SRP/CRPF/ATS/crime branch agents, the agent clauses away from the death) and 70 near
          misses (mob or rioter killings, police victims, blasts, accidents, injuries only, denials,
          threats, probes, arrests), each labelled kill/arrest by the IPE definitions before our output on
          them was looked at. Sentence-level P/R/F1 for KILL and ARREST scored as for `ipe`; `--show`
          lists every error. Blind figures before any tuning on it: KILL P 0.975 R 0.856 F1 0.911
          (tp 77, fp 2, fn 13), ARREST P 1.000 R 0.900 F1 0.947. Rows pk161-pk194 (34, added later,
          labelled blind the same way: 15 killings, 9 arrests): a gerund subject told by its toll ("firing
          by the police claimed three lives"), a bare death in the sentence after a police shooting or
          lathi-charge (a row of two sentences names the one judged in "sentence"), police booked or
          named in a case for a killing (a killing by the IPE question "did police kill someone?"; a
          booking is an arrest, as IPE labels it), "rounded up 12 others", sentences the parser leaves
          without a subject, and near misses; blind on those rows: KILL R 7/15 (fp 0), ARREST R 3/9 (fp 0).
          Rows pk195-pk234 (40, labelled blind the same way: 25 killings, 1 arrest): encounters with named
          police units, custodial and lock-up deaths, "succumbed to bullet injuries", "fell to police
          bullets", deaths in the sentence after police firing or a lathi-charge, counts as words, lower
          case, and near misses (police killed by militants, a stampede, a lynching police watched, "police
          said two were killed in the clash", denied and hypothetical deaths); blind on those rows: KILL
          P 1.000 R 0.800 F1 0.889 (tp 20, fp 0, fn 5), ARREST 1/1. Rows pk235-pk264 (30, labelled blind
          the same way: 20 killings, 0 arrests): killings taken for granted in hedged or questioned
          clauses ("the police firing, in which three died, was unprovoked, villagers alleged"), a
          bullet "fired from a police rifle", "hit by policemen's lathis", deaths "in police action",
          "when police opened fire", and near misses (rioting deaths before police fired, denials,
          inquiries with no death, police killed by others); blind on those rows: KILL P 1.000 R 0.600
          F1 0.750 (tp 12, fp 0, fn 8). Rows pk265-pk301 (37, labelled blind the same way: 21 killings,
          0 arrests) carry a "context": the earlier sentences of an invented article, analysed with
          the row as one text, the row's "text" (its last sentence) alone judged. They tell a death with
          no agent two or more sentences after a police firing, encounter, lathi-charge or custodial
          killing ("the dead included", "killed in the incident", "those killed in the firing", "one of
          them died of head injuries", a toll), and near misses (mob and militant killings, accidents,
          police victims, a fire not a firing, deaths where others shot or police fired in the air);
          blind on those rows: KILL P 0.818 R 0.429 F1 0.562 (tp 9, fp 2, fn 12), printed apart.
          Rows pk452-pk490 (39, labelled blind the same way: 22 killings, 2 arrests): tolls in a
          relative or appositive clause on a police act and near misses on a stampede, clash or blast;
          deaths at a police station or in a lock-up without "custody" and natural deaths there;
          partitive victims of police pellets, firing or caning and of rioters or a blast; deaths whose
          stated cause is not police force (drowned while fleeing, crushed in a stampede after a
          lathi-charge, a fall while chased), labelled no killing, since IPE asks "did police kill
          someone?" and the sentence names another cause; police as victims, bystanders in crossfire
          with the killer unstated, and deaths in police firing denied or called a rumour; blind on
          those rows (the code before any work on them): KILL P 0.917 R 0.500 F1 0.647 (tp 11, fp 1,
          fn 11), ARREST 2/2. After the work (deaths on police premises of someone held there;
          bystanders in crossfire; victims hurt by another cause): KILL P 0.923 R 0.545 F1 0.686
          (tp 12, fp 1, fn 10); rows pk001-pk451 and the IPE tune split unchanged. Rows pk491-pk526 (36,
          labelled blind the same way: 25 killings, 1 arrest) in the style of 2002 riot reports: tolls
          "in police firing rose to N", partitive victims "hit in the firing (by the SRP)", bodies of
          people killed in police firing, "found hanging in the lock-up", "died there" after a police
          station named with a custody step, "leaving five dead", "fell dead", "lost their lives when",
          "bullet wounds sustained in police firing", "eliminated in an encounter", "whose death in
          police firing", "the deceased, NAME, was hit", "died after being beaten by a police party",
          "a stray police bullet", "firing left two dead", and near misses (clash deaths before police
          came, a toll of communal violence, a policeman found hanging at home, bodies of mob victims,
          hit but alive, a lynching, a police victim, a heart attack in the panic, a fall while
          fleeing a raid, the army called out after a mob killing); blind: KILL P 1.000 R 0.800 F1
          0.889 (tp 20, fp 0, fn 5); after the work all 36 right. DEATH_WORD counts "found hanging" and
          "the deceased" as death words since then.
* police-kill-real  benchmarks/police_kill_real.jsonl: 87 real sentences mined from unlabelled text
          (indian-news, bbc-news, CASE 2021 tune split; sentences naming police or security forces and
          a death word, near misses included), stored as {corpus, id, start, end, kill} only (the text
          is read from ../shared), labelled kill yes/no by the IPE KILL definition (police or security
          forces killed someone, custodial deaths included) before our output on them was looked at:
          17 kills. Scored like `police-kill` on the sentence found again in the analysed text (rows
          whose sentence is not found are counted and listed, not scored); `--show` lists every error.
          Blind: KILL P 0.733 R 0.647 F1 0.688 (tp 11, fp 4, fn 6); after session 12's work: P 0.765
          R 0.765 F1 0.765 (tp 13, fp 4, fn 4). Label correction after seeing output, on review:
          bbc-business-330 ("lives were lost in clashes with the police", no killer stated) is no
          clear police killing by IPE's definition, now kill=false (16 kills); with the review's
          fixes: P 0.750 R 0.750 F1 0.750 (tp 12, fp 4, fn 4).
* case    CASE 2021 task 2 (default split: report): accuracy and macro/micro F1 per subtask
          under the CASE_CLASS mapping below, from the snippet's main event (as for plover).
* precision  the hand-judged samples benchmarks/event_precision_*.jsonl -> precision per file (all
          events and above confidence thresholds). Each sample is 50 events drawn by
          benchmarks/event_sample.py from corpus articles no earlier round used (indian-news, BBC
          politics, india-police-events), then judged by hand: correct = the PLOVER type fits, the
          sentence asserts (or a quoted speaker claims) that it happened, and no stated actor span
          or country is wrong. Only ids, offsets, codes and the judgement are stored, never article
          text. A round's errors are studied for the next round's fixes, so only the newest round
          measures code that was not tuned on it.
* conflibert  ConfliBERT CAMEO *train* files (tuning only): quad-class accuracy of the main
          event (as for plover) against cameo_class/train.tsv labels 1-4 (label 0, neutral statements, is
          not scored), and source/target match on cameo_ner/train.txt (tokens joined by spaces;
          the main event's actor overlaps a gold S / T span; R counts for both); `--show` lists every
          quad sentence left without any event, then every missed span with the scored event's
          trigger, type and actors.
* conflibert-types  fine PLOVER type accuracy of the main event on
          benchmarks/conflibert_train_plover.jsonl: 200 non-neutral cameo_class/train.tsv sentences
          (seeded sample, random.Random(5)) labelled by hand with one current PLOVER type each
          (definitions of plover_legacy_to_current.md, CAMEO->PLOVER as in cameo_codes.tsv) before
          our output on them was looked at; and benchmarks/conflibert_train_plover2.jsonl: 200 more
          (random.Random(6) over the non-neutral lines not in the first set), labelled the same way
          after the first set had been tuned on (blind accuracy on it before any tuning: 0.870). Each
          set is scored separately. Only the train.tsv line index, quad label and type are
          stored. benchmarks/conflibert_train_plover3.jsonl: 150 more (random.Random(7) over the
          non-neutral lines in neither earlier set), labelled the same way before our output on them
          was looked at, plus "source": the words of the sentence naming the doer of the main event
          ("" when none); on it the source match (the main event's actor1 overlaps those words,
          over the rows with a labelled source) is printed too. Blind figures on set 3 before any
          tuning: type accuracy 0.900 (0.907 after correcting one label, line 105, from ASSAULT to
          COERCE: CAMEO 192 "occupy territory" is COERCE/seize in cameo_codes.tsv), source 0.905.
          After tuning on it and a review of the rules: type 0.927, source 0.899 (line 558's
          rescue teams now read as aid, whose agency is in no actor table, so the event is dropped).
          benchmarks/conflibert_train_plover4.jsonl: 150 more (random.Random(8) over the non-neutral
          lines in none of sets 1-3, stratified by quad label: 50 each of quads 1 and 2, 25 each of 3
          and 4, so that the cooperation types are better represented), labelled the same way with type
          and source before our output on them was looked at. Blind figures on set 4: type accuracy
          0.833, source 0.871 (n=147), 15 sentences without any event (line 6's source "Nigerian Air
          Force" is missed only because the actor is its bracketed acronym "NAF"). After tuning on it:
          type 0.900, source 0.912, 10 sentences without any event.
          Prints accuracy, the share where any event has the type, per-type counts and the
          commonest confusions (gold -> predicted, "none" = no event); `--show` lists every error
          (on set 3 also every source miss).
* speed   the events stage's share of pipeline time on 150 articles of ../shared/corpora.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterable

from _shared import CORPORA, EVAL, REPO, read_jsonl

from newsgraph.events.detect import KILL_WORDS
from newsgraph.model import Analysis, Article, Event
from newsgraph.pipeline import analyze_many

EVENTS = EVAL / "events"
SECURITY = {"COP", "MIL"}


def analyses(records: Iterable[dict], timings: dict | None = None) -> Iterable[tuple[dict, Analysis]]:
    records = list(records)
    arts = [
        Article(id=str(r["id"]), text=r["text"], published=r.get("published") or r.get("date"))
        for r in records
    ]
    errors = 0
    for rec, res in zip(records, analyze_many(arts, timings=timings), strict=True):
        if isinstance(res, Analysis):
            yield rec, res
        else:
            errors += 1
    if errors:
        print(f"  ({errors} of {len(records)} records could not be analysed and are skipped)")


def _rank(e: Event) -> tuple[bool, float]:
    """The event a sentence-level coder takes: the main clause's first, then the most confident."""
    return e.main, e.confidence


def _overlaps(a: tuple[int, int], b: tuple[int | None, int | None]) -> bool:
    return b[0] is not None and a[0] < b[1] and b[0] < a[1]


def _actor_match(actor, gold: list[dict] | None) -> bool:
    if actor is None or not gold:
        return False
    return any(
        _overlaps((actor.start, actor.end), (g["start"], g["end"]))
        or (g["start"] is None and actor.country and actor.country == g["country"])
        for g in gold
    )


def plover(limit: int | None) -> None:
    # "All date fields are set to 2000-01-01" (original/plover/PLOVER_GSR_CAMEO_readme.tex): a
    # placeholder, not the publication date, so the sentences are analysed without one
    recs = [{**r, "date": None} for r in read_jsonl(EVENTS / "plover_gsr.jsonl")][:limit]
    per_class: dict[str, Counter] = defaultdict(Counter)
    src = tar = n_tar = empty = 0
    for rec, a in analyses(recs):
        empty += not a.events
        evt = [(s["start"], s["end"]) for s in rec["spans"] if s["role"] == "EVT"]
        pred = _scored_event(a, evt)
        gold = rec["event_current"]
        per_class[gold]["n"] += 1
        per_class[gold]["ok"] += pred is not None and pred.plover == gold
        src += pred is not None and _actor_match(pred.actor1, rec["source"])
        if rec["target"]:
            n_tar += 1
            tar += pred is not None and _actor_match(pred.actor2, rec["target"])
    n = sum(c["n"] for c in per_class.values())
    ok = sum(c["ok"] for c in per_class.values())
    print(
        f"PLOVER GSR (n={n}): type accuracy {ok / n:.3f}; source actor match {src / n:.3f}; "
        f"target actor match {tar / max(n_tar, 1):.3f} (n={n_tar}); sentences without any event {empty}"
    )
    for cls, c in sorted(per_class.items(), key=lambda kv: -kv[1]["n"]):
        print(f"  {cls:10s} {c['ok']:3d}/{c['n']:3d}")


def _scored_event(a: Analysis, evt: list[tuple[int, int]]) -> Event | None:
    """The event whose trigger (or an evidence trigger) overlaps the gold event words, else the main one."""
    hit = next(
        (
            e
            for e in a.events
            for t in [e.trigger, *(x.trigger for x in e.evidence)]
            if any(_overlaps((t.start, t.end), s) for s in evt)
        ),
        None,
    )
    return hit or max(a.events, key=_rank, default=None)


def _word_span(text: str, words: str | None) -> tuple[int | None, int | None]:
    start = text.find(words) if words else -1
    return (start, start + len(words)) if start >= 0 else (None, None)


def scored_sentence(
    a: Analysis, text: str, event: str | None, source: str | None
) -> tuple[Event | None, bool]:
    """The event scored for a labelled sentence (see `_scored_event`) and whether its source actor
    overlaps the labelled source words."""
    pred = _scored_event(a, [_word_span(text, event)])
    actor = pred.actor1 if pred else None
    return pred, actor is not None and _overlaps((actor.start, actor.end), _word_span(text, source))


def plover_style(
    limit: int | None,
    show: bool,
    name: str = "plover_style_sentences.jsonl",
    label: str = "PLOVER-style proxy",
) -> None:
    recs = list(read_jsonl(REPO / "benchmarks" / name))[:limit]
    bad = [r["id"] for r in recs if any(r[k] and r[k] not in r["text"] for k in ("source", "event"))]
    if bad:
        print(f"  (source/event words not in the text: {', '.join(bad)})")
    per_class: dict[str, Counter] = defaultdict(Counter)
    confusions: Counter = Counter()
    src = empty = controls = controls_empty = 0
    for rec, a in analyses(recs):
        if rec["plover"] is None:
            controls += 1
            controls_empty += not a.events
            if show and a.events:
                print(f"  {rec['id']}: control -> {[e.plover for e in a.events]} | {rec['text']}")
            continue
        empty += not a.events
        pred, src_ok = scored_sentence(a, rec["text"], rec["event"], rec["source"])
        gold = rec["plover"]
        per_class[gold]["n"] += 1
        got = pred.plover if pred else "none"
        per_class[gold]["ok"] += got == gold
        actor = pred.actor1 if pred else None
        src += src_ok
        if got != gold:
            confusions[(gold, got)] += 1
        if show and (got != gold or not src_ok):
            trig = f"{pred.trigger.text!r} {pred.cameo}" if pred else ""
            print(
                f"  {rec['id']}: {gold} -> {got} {trig} src={actor.text if actor else None!r} | {rec['text']}"
            )
    n = sum(c["n"] for c in per_class.values())
    ok = sum(c["ok"] for c in per_class.values())
    print(
        f"{label} (n={n}): type accuracy {ok / max(n, 1):.3f}; source actor match "
        f"{src / max(n, 1):.3f}; sentences without any event {empty}; controls without events "
        f"{controls_empty}/{controls}"
    )
    by_size = sorted(per_class.items(), key=lambda kv: -kv[1]["n"])
    print("  " + ", ".join(f"{t} {c['ok']}/{c['n']}" for t, c in by_size))
    print("  confusions: " + ", ".join(f"{g}->{p} {v}" for (g, p), v in confusions.most_common(12)))


def _show_petr2_miss(rec: dict, a: Analysis) -> None:
    golds = ", ".join(f"{g['code'][:2]}/{g['code']}" for g in rec["events"])
    ours = "; ".join(
        f"{e.trigger.text!r} {e.plover} {e.cameo} main={e.main} conf={e.confidence:.2f}" for e in a.events
    )
    print(f"  {rec['id']}: gold {golds} -> {ours or 'no event'} | {rec['text']}")


def petr2(limit: int | None, show: bool) -> None:
    recs = list(read_jsonl(EVENTS / "petr2_gsr.jsonl"))[:limit]
    n = root = code = empty_ok = n_empty = 0
    actors: Counter = Counter()
    for rec, a in analyses(recs):
        if rec["noevents"]:
            n_empty += 1
            empty_ok += not a.events
        missed = False
        for gold in rec["events"]:
            n += 1
            same_root = [e for e in a.events if e.cameo_root == gold["code"][:2]]
            root += bool(same_root)
            missed |= not same_root
            code += any(e.cameo == gold["code"] for e in a.events)
            for role, attr in (("source", "actor1"), ("target", "actor2")):
                ours = [_petr_code(getattr(e, attr)) for e in same_root]
                actors[f"{role} country"] += any(c[:3] == gold[role][:3] for c in ours)
                actors[f"{role} code"] += any(c[:6] == gold[role][:6] for c in ours)
        if show and missed:
            _show_petr2_miss(rec, a)
    print(
        f"PETR-2 GSR (tuning, {n} codings): CAMEO root match {root / n:.3f}; code match {code / n:.3f}; "
        f"no-event sentences kept empty {empty_ok}/{n_empty}"
    )
    print(
        f"  actor codes on the {root} root-matched codings: "
        + ", ".join(f"{k} {v / max(root, 1):.3f}" for k, v in sorted(actors.items()))
    )


def _petr_code(actor) -> str:
    """Our actor as a PETRARCH code: country ("---" when unstated) + sector; IGO as such."""
    if actor is None:
        return ""
    if actor.sector == "IGO":
        return "IGO"
    return (actor.country or "---") + (actor.sector or "")


def _unit_records() -> list[dict]:
    """Records of PETR.UnitTest.records.xml (not well-formed XML for a parser: read by pattern)."""
    path = EVENTS / "original" / "petrarch2" / "PETR.UnitTest.records.xml"
    recs = []
    for m in re.finditer(
        r'<Sentence [^>]*id\s*=\s*"([^"]+)"[^>]*>(.*?)</Sentence>', path.read_text(encoding="utf-8"), re.S
    ):
        text = re.search(r"<Text>(.*?)</Text>", m.group(2), re.S)
        if text is None:
            continue
        codes = re.findall(r'eventcode="([^"]+)"', m.group(2))
        recs.append({"id": m.group(1), "text": " ".join(text.group(1).split()), "codes": codes})
    return recs


def petr2unit(limit: int | None) -> None:
    recs = _unit_records()[:limit]
    n = root = empty_ok = n_empty = 0
    for rec, a in analyses(recs):
        if not rec["codes"]:
            n_empty += 1
            empty_ok += not a.events
        for code in rec["codes"]:
            n += 1
            root += any(e.cameo_root == code[:2] for e in a.events)
    print(
        f"PETRARCH2 unit tests (regression, {len(recs)} records, {n} codings): CAMEO root match "
        f"{root / max(n, 1):.3f}; no-event records kept empty {empty_ok}/{n_empty}"
    )


def is_police_arrest(e: Event) -> bool:
    return (
        e.plover == "COERCE"
        and e.cameo == "173"
        and e.mode == "arrest"
        and (e.actor1 is None or e.actor1.sector in SECURITY)
    )


# A sentence reports a killing when it holds one of the events stage's killing words (any inflection):
# a merged mention that only reports the shooting ("police opened fire") says police used force.
DEATH_WORD = re.compile(
    rf"\b(?:{'|'.join(sorted(KILL_WORDS))})(?:s|es|d|ed|ing)?\b|\bdying\b"
    r"|\bgunned down\b"  # the doubled consonant the suffixes above miss
    r"|\bf[ae]ll(?:en)? to [\w ]*bullets?\b"  # "fell to police bullets"
    # how the body was found ("found hanging in the lock-up"), "the deceased"
    r"|\bfound hanging\b|\bdeceased\b",
    re.IGNORECASE,
)


def is_police_kill(e: Event) -> bool:
    return e.plover == "ASSAULT" and e.actor1 is not None and e.actor1.sector in SECURITY and e.fatal


def _outcome(gold: bool, pred: bool) -> str:
    return "tp" if gold and pred else "fp" if pred else "fn" if gold else "tn"


def _prf(tp: int, fp: int, fn: int) -> str:
    p = tp / max(tp + fp, 1)
    r = tp / max(tp + fn, 1)
    f = 2 * p * r / max(p + r, 1e-9)
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp}, fp {fp}, fn {fn})"


def ipe(split: str, limit: int | None, show: bool = False) -> None:
    labels = {
        r["id"]: r
        for r in read_jsonl(CORPORA / "india-police-events.labels.jsonl")
        if r["suggested_split"] == split
    }
    docs = [d for d in read_jsonl(CORPORA / "india-police-events.jsonl") if d["id"] in labels][:limit]
    counts = {k: Counter() for k in ("ARREST", "KILL")}
    for doc, a in analyses(docs):
        for sent in labels[doc["id"]]["sentences"]:
            s, e = sent["start"], sent["end"]

            def inside(ev: Event, s=s, e=e) -> bool:
                spans = [ev.trigger] + [x.trigger for x in ev.evidence]
                return any(s <= t.start < e for t in spans)

            deaths = bool(DEATH_WORD.search(a.text, s, e))
            pred = {
                "ARREST": any(is_police_arrest(ev) and inside(ev) for ev in a.events),
                "KILL": deaths and any(is_police_kill(ev) and inside(ev) for ev in a.events),
            }
            for k in counts:
                gold = k in sent["labels"]
                counts[k][_outcome(gold, pred[k])] += 1
                if show and split == "tune" and gold != pred[k]:  # never list the report split
                    evs = "; ".join(f"{v.plover} {v.cameo} {v.trigger.text!r}" for v in a.events if inside(v))
                    print(f"  {doc['id']} {k} {'miss' if gold else 'false'}: {a.text[s:e]!r} [{evs}]")
    for k, c in counts.items():
        print(f"IndiaPoliceEvents {split} ({len(docs)} docs) {k}: {_prf(c['tp'], c['fp'], c['fn'])}")


def police_kill(limit: int | None, show: bool) -> None:
    rows = [_with_context(r) for r in read_jsonl(REPO / "benchmarks" / "police_kill_sentences.jsonl")][:limit]
    counts = {k: Counter() for k in ("kill", "arrest")}
    in_context = Counter()  # the rows with a context, scored apart for KILL
    for rec, a in analyses(rows):
        # a row of several sentences is judged on the one named, as IPE labels each sentence (found
        # case-blind from the end: the pipeline may restore the case of an all lower-case text)
        s = a.text.lower().rindex(rec["sentence"].lower()) if "sentence" in rec else 0
        e = s + len(rec["sentence"]) if "sentence" in rec else len(a.text)

        def inside(ev: Event, s=s, e=e) -> bool:
            return any(s <= t.start < e for t in [ev.trigger, *(x.trigger for x in ev.evidence)])

        pred = {
            "kill": bool(DEATH_WORD.search(a.text, s, e))
            and any(is_police_kill(v) and inside(v) for v in a.events),
            "arrest": any(is_police_arrest(v) and inside(v) for v in a.events),
        }
        for k, c in counts.items():
            gold = rec[k]
            c[_outcome(gold, pred[k])] += 1
            if k == "kill" and "context" in rec:
                in_context[_outcome(gold, pred[k])] += 1
            if show and gold != pred[k]:
                evs = "; ".join(f"{e.plover} {e.cameo} {e.trigger.text!r}" for e in a.events)
                print(f"  {rec['id']} {k.upper()} {'miss' if gold else 'false'}: {rec['text']} [{evs}]")
    for k, c in counts.items():
        print(f"Police-kill sentences ({len(rows)}) {k.upper()}: {_prf(c['tp'], c['fp'], c['fn'])}")
    if in_context:
        c = in_context
        print(f"  of which rows with a context ({sum(c.values())}) KILL: {_prf(c['tp'], c['fp'], c['fn'])}")


REAL_SOURCES = {
    "indian-news": CORPORA / "indian-news.jsonl",
    "bbc-news": CORPORA / "bbc-news.jsonl",
    "case": EVAL / "events" / "case2021_task2.jsonl",
}


def police_kill_real(limit: int | None, show: bool) -> None:
    rows = list(read_jsonl(REPO / "benchmarks" / "police_kill_real.jsonl"))[:limit]
    wanted = {(r["corpus"], r["id"]) for r in rows}
    docs = {
        (name, str(d["id"])): {"id": f"{name}|{d['id']}", "text": d["text"]}
        for name, path in REAL_SOURCES.items()
        for d in read_jsonl(path)
        if (name, str(d["id"])) in wanted and (name != "case" or d.get("split") == "tune")
    }
    found = {rec["id"]: (rec["text"], a) for rec, a in analyses(list(docs.values()))}
    c: Counter = Counter()
    for r in rows:
        raw, a = found[f"{r['corpus']}|{r['id']}"]
        # the pipeline may clean the text (quotes, spaces): find the stored sentence again
        sentence = raw[r["start"] : r["end"]].strip()
        s = a.text.find(sentence)
        s = s if s >= 0 else a.text.find(sentence[:40])
        if s < 0:  # not scored: a row whose sentence is lost says nothing of the coder
            c["unfound"] += 1
            print(f"  {r['corpus']} {r['id']} sentence not found: {sentence[:200]!r}")
            continue
        e = s + len(sentence)

        def inside(ev: Event, s=s, e=e) -> bool:
            return any(s <= t.start < e for t in [ev.trigger, *(x.trigger for x in ev.evidence)])

        pred = bool(DEATH_WORD.search(a.text, s, e)) and any(
            is_police_kill(v) and inside(v) for v in a.events
        )
        c[_outcome(r["kill"], pred)] += 1
        if show and r["kill"] != pred:
            print(f"  {r['corpus']} {r['id']} KILL {'miss' if r['kill'] else 'false'}: {sentence[:200]!r}")
    print(
        f"Police-kill real sentences ({len(rows) - c['unfound']} scored, {c['unfound']} not found) KILL: "
        f"{_prf(c['tp'], c['fp'], c['fn'])}"
    )


def _with_context(rec: dict) -> dict:
    """A row with a "context" (earlier sentences of an invented article) is analysed as the whole
    article and judged on its last sentence, "text"."""
    if "context" not in rec:
        return rec
    return {**rec, "text": f"{rec['context']} {rec['text']}", "sentence": rec["text"]}


# Our events -> CASE 2021 task 2 classes (documented mapping; first matching rule wins). ACLED
# sub-event types that our coding cannot tell apart are split by a few lexical cues of the snippet
# (CHEM_CUES, VIOLENT_PROTEST_CUES, "grenade"), never by snippet ids.
ARMED = {"MIL", "COP", "REB", "INS", "UAF", "SEP", "SPY"}
CHEM_CUES = ("chemical", "sarin", "chlorine", "mustard", "nerve agent", "poison gas", "toxic gas")
VIOLENT_PROTEST_CUES = (
    "violent",
    "clash",
    "riot",
    "stone",
    "rocks",
    "torch",
    "set fire",
    "vandal",
    "molotov",
    "petrol bomb",
)


def _protest_class(events: list[Event], low: str) -> str:
    security_force = any(
        x.plover == "ASSAULT" and x.actor1 is not None and x.actor1.sector in ("COP", "MIL") for x in events
    )
    modes = {x.mode for x in events}
    if security_force or "crowd-control" in modes:
        return "FORCE_AGAINST_PROTEST"
    if "arrest" in modes:
        return "PROTEST_WITH_INTER"
    violent = modes & {"riot", "vandalize"} or any(
        x.plover == "ASSAULT" and not (x.actor1 and x.actor1.sector in ("COP", "MIL")) for x in events
    )
    return "VIOL_DEMONSTR" if violent or any(c in low for c in VIOLENT_PROTEST_CUES) else "PEACE_PROTEST"


def _assault_class(e: Event, events: list[Event], low: str) -> str:
    if any(c in low for c in CHEM_CUES):
        return "CHEM_WEAP"
    by_mode = {
        "aerial": "AIR_STRIKE",
        "drone": "AIR_STRIKE",
        "heavy-weapons": "ART_MISS_ATTACK",
        "suicide-attack": "SUIC_BOMB",
        "explosives": "REM_EXPLOS",
        "abduct": "ABDUCT_DISSAP",
        "sexual": "SEX_VIOL",
        "destroy": "PROPERTY_DISTRUCT",
        "unconventional": "CHEM_WEAP",
    }
    if e.mode in by_mode:
        return by_mode[e.mode]
    # ACLED: a clash is between two armed, organised sides; an attack targets civilians
    armed_target = any(
        x.actor2 is not None and x.actor2.sector in ARMED for x in events if x.plover == "ASSAULT"
    )
    return "ARMED_CLASH" if e.cameo_root == "19" or armed_target else "ATTACK"


def case_class(events: list[Event], text: str) -> str:
    if not events:
        return "OTHER"
    low = text.lower()
    e = max(events, key=_rank)
    plovers = {x.plover for x in events}
    if "grenade" in low and "ASSAULT" in plovers:
        return "GRENADE"
    if "PROTEST" in plovers and e.plover in ("PROTEST", "ASSAULT", "COERCE"):
        return _protest_class(events, low)
    if e.mode == "crowd-control":
        return "FORCE_AGAINST_PROTEST"
    if e.plover == "COERCE":
        if e.mode == "arrest":
            return "ARREST"
        if e.cameo == "192":
            gov = e.actor1 is not None and e.actor1.sector in ("GOV", "MIL", "COP")
            return "GOV_REGAINS_TERIT" if gov else "NON_STATE_ACTOR_OVERTAKES_TER"
        return "DISR_WEAP" if e.mode == "seize" else "CHANGE_TO_GROUP_ACT"
    if e.plover == "ASSAULT":
        return _assault_class(e, events, low)
    if e.plover in ("AGREE", "SUPPORT") and e.cameo in ("057", "0871", "030", "036", "037"):
        return "AGREEMENT"
    if e.plover == "RETREAT":
        return "AGREEMENT" if e.mode == "ceasefire" else "NON_VIOL_TERRIT_TRANSFER"
    if e.plover in (
        "CONSULT",
        "SUPPORT",
        "AGREE",
        "COOPERATE",
        "AID",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "SANCTION",
        "THREATEN",
        "CONCEDE",
    ):
        return "DIPLO"
    return "OTHER"


def case(split: str, limit: int | None) -> None:
    recs = [r for r in read_jsonl(EVENTS / "case2021_task2.jsonl") if r["split"] == split][:limit]
    pairs = [(r["label"], case_class(a.events, r["text"]), r["subtask"]) for r, a in analyses(recs)]
    for subtask in (1, 2, 3):
        labels_in = {g for g, _, s in pairs if s <= subtask}
        scored = [(g, p) for g, p, s in pairs if s <= subtask]
        acc = sum(g == p for g, p in scored) / max(len(scored), 1)
        f1s = []
        tp_all = fp_all = fn_all = 0
        for lab in labels_in:
            tp = sum(g == p == lab for g, p in scored)
            fp = sum(p == lab and g != lab for g, p in scored)
            fn = sum(g == lab and p != lab for g, p in scored)
            tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
            f1s.append(2 * tp / max(2 * tp + fp + fn, 1))
        micro = 2 * tp_all / max(2 * tp_all + fp_all + fn_all, 1)
        print(
            f"CASE 2021 task 2 {split} subtask<={subtask} (n={len(scored)}): accuracy {acc:.3f}, "
            f"macro-F1 {sum(f1s) / max(len(f1s), 1):.3f}, micro-F1 {micro:.3f}"
        )


def precision() -> None:
    for path in sorted((REPO / "benchmarks").glob("event_precision_*.jsonl")):
        rows = list(read_jsonl(path))
        if not rows or any(r["judgement"] is None for r in rows):
            print(f"{path.name}: not judged yet")
            continue
        for threshold in (0.0, 0.7, 0.85):
            kept = [r for r in rows if r["confidence"] >= threshold]
            ok = sum(r["judgement"] == "correct" for r in kept)
            print(
                f"{path.name}: precision {ok / max(len(kept), 1):.3f} "
                f"(confidence >= {threshold}, n={len(kept)})"
            )


CONFLIBERT = EVENTS / "original" / "conflibert"


def _conll_sentences(path) -> Iterable[tuple[str, dict[str, list[tuple[int, int]]]]]:
    """(text, {"S": spans, "T": spans}) per CoNLL sentence; tokens joined by single spaces."""
    words: list[tuple[str, str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.strip():
            tok, _, tag = line.strip().rpartition(" ")
            words.append((tok, tag))
            continue
        if not words:
            continue
        text, spans, pos = "", {"S": [], "T": []}, 0
        for tok, tag in words:
            start = pos + (1 if text else 0)
            text = f"{text} {tok}" if text else tok
            pos = start + len(tok)
            role = tag[2:]
            for key in ("S", "T") if role == "R" else (role,) if role in ("S", "T") else ():
                if tag.startswith("B-") or not spans[key]:
                    spans[key].append((start, pos))
                else:
                    spans[key][-1] = (spans[key][-1][0], pos)
        yield text, spans
        words = []


def _train_rows() -> list[tuple[str, str]]:
    """(sentence, quad label) per line of cameo_class/train.tsv (line index = list index)."""
    text = (CONFLIBERT / "cameo_class" / "train.tsv").read_text(encoding="utf-8")
    return [tuple(line.rstrip("\r").rsplit("\t", 1)) for line in text.splitlines()]


def conflibert(limit: int | None, show: bool = False) -> None:
    recs = [
        {"id": f"c{i}", "text": row[0], "label": int(row[1])}
        for i, row in enumerate(_train_rows())
        if len(row) == 2 and row[1] in "1234"
    ]
    recs = recs[:limit]
    ok = found = 0
    for rec, a in analyses(recs):
        best = max(a.events, key=_rank, default=None)
        found += best is not None
        ok += best is not None and best.quad_class == rec["label"]
        if show and best is None:
            print(f"  {rec['id']} quad {rec['label']} no event | {rec['text']}")
    print(
        f"ConfliBERT train quad class (n={len(recs)}): accuracy {ok / max(len(recs), 1):.3f}, "
        f"sentences with an event {found}"
    )
    ner = [
        {"id": f"n{i}", "text": t, "spans": sp}
        for i, (t, sp) in enumerate(_conll_sentences(CONFLIBERT / "cameo_ner" / "train.txt"))
    ][:limit]
    src = tar = n_src = n_tar = 0
    for rec, a in analyses(ner):
        best = max(a.events, key=_rank, default=None)
        for key, actor_of in (("S", "actor1"), ("T", "actor2")):
            if not rec["spans"][key]:
                continue
            actor = getattr(best, actor_of) if best else None
            hit = actor is not None and any(_overlaps((actor.start, actor.end), s) for s in rec["spans"][key])
            if key == "S":
                n_src, src = n_src + 1, src + hit
            else:
                n_tar, tar = n_tar + 1, tar + hit
            if show and not hit:
                _show_ner_miss(rec, key, best)
    print(
        f"ConfliBERT train NER (n={len(ner)}): source match {src / max(n_src, 1):.3f} (n={n_src}), "
        f"target match {tar / max(n_tar, 1):.3f} (n={n_tar})"
    )


def _show_ner_miss(rec: dict, key: str, best: Event | None) -> None:
    """One line per missed S / T span: the gold spans, the scored event's trigger, type and actors."""
    text = rec["text"]
    gold = " | ".join(text[s:e] for s, e in rec["spans"][key])
    if best is None:
        print(f"  {rec['id']} {key} miss, no event: gold [{gold}] | {text}")
        return
    a1, a2 = (f"[{a.text}]" if a else "-" for a in (best.actor1, best.actor2))
    print(
        f"  {rec['id']} {key} miss: gold [{gold}] | {best.trigger.text!r} {best.plover} {best.cameo} "
        f"actor1 {a1} actor2 {a2} | {text}"
    )


CONFLIBERT_TYPE_SETS = (
    "conflibert_train_plover.jsonl",
    "conflibert_train_plover2.jsonl",
    "conflibert_train_plover3.jsonl",
    "conflibert_train_plover4.jsonl",
)


def conflibert_types(limit: int | None, show: bool) -> None:
    for name in CONFLIBERT_TYPE_SETS:
        _conflibert_types(name, limit, show)


def _conflibert_types(name: str, limit: int | None, show: bool) -> None:
    rows = _train_rows()
    gold = list(read_jsonl(REPO / "benchmarks" / name))[:limit]
    recs = [{"id": f"t{g['line']}", "text": rows[g["line"]][0], **g} for g in gold]
    per_type: dict[str, Counter] = defaultdict(Counter)
    confusions: Counter = Counter()
    anywhere = src_ok = src_n = 0
    for rec, a in analyses(recs):
        best = max(a.events, key=_rank, default=None)
        pred = best.plover if best else "none"
        per_type[rec["plover"]]["n"] += 1
        per_type[rec["plover"]]["ok"] += pred == rec["plover"]
        anywhere += any(e.plover == rec["plover"] for e in a.events)
        src_hit = _source_hit(rec, best)
        if src_hit is not None:
            src_n, src_ok = src_n + 1, src_ok + src_hit
        if show and (pred != rec["plover"] or src_hit is False):
            trig = f"{best.trigger.text!r} {best.cameo}" if best else ""
            a1 = f" actor1 [{best.actor1.text}]" if best and best.actor1 else " actor1 -"
            gold_src = f" gold source [{rec['source']}]{a1}" if src_hit is False else ""
            print(f"  line {rec['line']}: {rec['plover']} -> {pred} {trig}{gold_src} | {rec['text']}")
        if pred != rec["plover"]:
            confusions[(rec["plover"], pred)] += 1
    n = sum(c["n"] for c in per_type.values())
    ok = sum(c["ok"] for c in per_type.values())
    empty = sum(v for (_, pred), v in confusions.items() if pred == "none")
    print(
        f"ConfliBERT train PLOVER types, {name} (n={n}): accuracy {ok / max(n, 1):.3f}; "
        f"any event of the gold type {anywhere / max(n, 1):.3f}; sentences without any event {empty}"
    )
    if src_n:
        print(f"  source actor match {src_ok / src_n:.3f} (n={src_n} with a labelled source)")
    by_size = sorted(per_type.items(), key=lambda kv: -kv[1]["n"])
    print("  " + ", ".join(f"{t} {c['ok']}/{c['n']}" for t, c in by_size))
    print("  confusions: " + ", ".join(f"{g}->{p} {v}" for (g, p), v in confusions.most_common(12)))


def _source_hit(rec: dict, best: Event | None) -> bool | None:
    """Does the main event's actor1 overlap the labelled source words? None = not labelled."""
    words = rec.get("source")
    if not words:
        return None
    actor = best.actor1 if best else None
    if actor is None:
        return False
    # a name said twice: the actor may be either mention of it
    starts = [m.start() for m in re.finditer(re.escape(words), rec["text"])]
    return any(_overlaps((actor.start, actor.end), (s, s + len(words))) for s in starts)


def speed(n: int = 150) -> None:
    docs = [d for d in read_jsonl(CORPORA / "indian-news.jsonl") if not d.get("duplicate_of")][:n]
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    list(analyses(docs, timings))
    total = time.perf_counter() - t0
    stages = sum(timings.values())
    ev = timings.get("events", 0.0)
    print(
        f"Speed ({len(docs)} indian-news articles): total {total:.1f}s, spaCy+ingest ~{total - stages:.1f}s, "
        f"all stages {stages:.1f}s, events stage {ev:.2f}s = {ev / total:.1%} of pipeline time, "
        f"{ev / max(total - stages, 1e-9):.1%} of spaCy time"
    )


# Our own labelled sentence sets, scored alike (`plover_style`), in the order they are printed.
STYLE_SETS = {
    "plover-style": ("plover_style_sentences.jsonl", "PLOVER-style proxy"),
    "cameo-codes": ("cameo_code_sentences.jsonl", "CAMEO-code sentences"),
    "petrarch-patterns": ("petrarch_pattern_sentences.jsonl", "PETRARCH-2 pattern sentences"),
    **{
        f"plover-style{n}": (f"plover_style{n}_sentences.jsonl", f"PLOVER-style set {n}")
        for n in range(2, 23)
    },
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="plover,petr2,ipe,case,precision,speed")
    ap.add_argument("--split", default="report")
    ap.add_argument("--limit", type=int)
    ap.add_argument(
        "--show",
        action="store_true",
        help="conflibert (NER misses), conflibert-types, plover-style, plover-style2, plover-style3, "
        "plover-style4, plover-style5, plover-style6, plover-style7, plover-style8, plover-style9, "
        "plover-style10, plover-style11, plover-style12, plover-style13, plover-style14, plover-style15, "
        "plover-style16, plover-style17, plover-style18, plover-style19, plover-style20, plover-style21, "
        "plover-style22, "
        "cameo-codes, petrarch-patterns, petr2, "
        "police-kill, police-kill-real, ipe (tune split only): "
        "list every error",
    )
    args = ap.parse_args()
    parts = set(args.only.split(","))
    if "plover" in parts:
        plover(args.limit)
    for part, (name, label) in STYLE_SETS.items():
        if part in parts:
            plover_style(args.limit, args.show, name, label)
    if "petr2" in parts:
        petr2(args.limit, args.show)
    if "petr2unit" in parts:
        petr2unit(args.limit)
    if "ipe" in parts:
        ipe(args.split, args.limit, args.show)
    if "police-kill" in parts:
        police_kill(args.limit, args.show)
    if "police-kill-real" in parts:
        police_kill_real(args.limit, args.show)
    if "case" in parts:
        case(args.split, args.limit)
    if "precision" in parts:
        precision()
    if "conflibert" in parts:
        conflibert(args.limit, args.show)
    if "conflibert-types" in parts:
        conflibert_types(args.limit, args.show)
    if "speed" in parts:
        speed()


if __name__ == "__main__":
    main()
