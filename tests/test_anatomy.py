"""News anatomy on the shared Karachi example, the bundled example, short made-up texts, and every
article of the shared corpora (robustness)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from newsgraph import anatomy
from newsgraph.context import Context
from newsgraph.model import Analysis, Article
from newsgraph.nlp import load
from newsgraph.pipeline import analyze_text

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
KARACHI = SHARED / "examples" / "karachi-rally.txt"


def read(text: str, published: str | None = None, tokenize: bool = True) -> Context:
    """Run the anatomy stage alone on a tokenised (not parsed) doc. The stage reads only the text,
    so the corpus run skips even tokenising (`tokenize=False` gives it an empty doc)."""
    ctx = Context(
        article=Article(id="t", text=text),
        doc=load().make_doc(text if tokenize else ""),
        analysis=Analysis(id="t", text=text, published=published),
    )
    anatomy.run(ctx)
    return ctx


def blocks_of(ctx: Context, kind: str) -> list[str]:
    return [ctx.text[b.start : b.end] for b in ctx.analysis.anatomy.blocks if b.kind == kind]


@pytest.fixture(scope="module")
def karachi() -> Context:
    return read(KARACHI.read_text(encoding="utf-8"))


# --- the Karachi example ---------------------------------------------------------------------


def test_karachi_read_lines_are_excluded_related_links(karachi: Context) -> None:
    links = karachi.analysis.anatomy.related_links
    assert [link.title[:30] for link in links] == [
        "Imran Khan's Police Breaks Doo",
        "PDM Leaders Gather In Karachi ",
        "Nawaz Sharif Claims Military, ",
        "Pakistan PM Imran Khan Faces M",
    ]
    for link in links:
        assert karachi.text[link.start : link.end].startswith("Read: ")
        assert karachi.text[link.start : link.end].endswith(link.title)
        assert karachi.is_excluded(link.start, link.end)
    assert len(blocks_of(karachi, "related_link")) == 4


def test_karachi_tweet_is_a_social_embed(karachi: Context) -> None:
    (post,) = karachi.analysis.anatomy.social_embeds
    assert (post.platform, post.author, post.handle, post.date) == (
        "twitter", "Amjad Ayub Mirza", "@AmjadAyubMirza1", "2020-10-18",
    )  # fmt: skip
    assert post.hashtags == ["#KarachiJalsa", "#pakistan"]
    text = karachi.text
    assert text[post.text_start : post.text_end].startswith("100s of 1000s attending Karachi jalsa.")
    assert text[post.text_start : post.text_end].endswith("#KarachiJalsa #pakistan")
    assert text[post.start : post.end].endswith("(@AmjadAyubMirza1) October 18, 2020")
    # the post is a source of claims, not page furniture: later stages still read it
    assert not karachi.is_excluded(post.text_start, post.text_end)
    assert blocks_of(karachi, "social_embed") == [text[post.start : post.end]]


def test_karachi_wire_credit(karachi: Context) -> None:
    (credit,) = karachi.analysis.anatomy.credits
    assert credit.agency == "ANI"
    assert karachi.text[credit.start : credit.end] == "(With ANI inputs)"
    assert karachi.is_excluded(credit.start, credit.end)


def test_karachi_subheading_and_body(karachi: Context) -> None:
    assert blocks_of(karachi, "subheading") == ["Human rights violation"]
    body = blocks_of(karachi, "body")
    assert len(body) == 5
    assert body[0].startswith("A Pakistan occupied Kashmir (PoK) activist said")
    assert not karachi.analysis.anatomy.datelines and not karachi.analysis.anatomy.bylines
    for b in karachi.analysis.anatomy.blocks:
        if b.kind == "body":
            assert not karachi.is_excluded(b.start, b.end)


def test_blocks_cover_every_paragraph_once(karachi: Context) -> None:
    blocks = karachi.analysis.anatomy.blocks
    assert all(a.end <= b.start for a, b in zip(blocks, blocks[1:], strict=False))
    covered = {i for b in blocks for i in range(b.start, b.end)}
    assert all(ch.isspace() for i, ch in enumerate(karachi.text) if i not in covered)


# --- the bundled example ----------------------------------------------------------------------


def test_bundled_example_anatomy() -> None:
    ctx = read((REPO / "examples" / "nairobi-rally.txt").read_text(encoding="utf-8"))
    an = ctx.analysis.anatomy
    assert [d.text for d in an.datelines] == ["NAIROBI:"]
    assert len(an.related_links) == 2
    assert sorted(c.agency for c in an.credits) == ["AFP", "Reuters"]
    (post,) = an.social_embeds
    assert (post.author, post.handle, post.date) == ("Grace Achieng", "@GraceAchiengKE", "2023-03-12")
    assert blocks_of(ctx, "subheading") == ["Arrests near Parliament"]


# --- datelines, bylines, credits on made-up texts -------------------------------------------------


def test_reuters_dateline_and_agency() -> None:
    ctx = read("KARACHI, Oct 18 (Reuters) - Police fired tear gas at protesters on Sunday, officials said.")
    (dateline,) = ctx.analysis.anatomy.datelines
    assert dateline.text == "KARACHI, Oct 18 (Reuters) -"
    assert blocks_of(ctx, "dateline") == ["KARACHI, Oct 18 (Reuters) -"]
    assert blocks_of(ctx, "body") == ["Police fired tear gas at protesters on Sunday, officials said."]
    assert [c.agency for c in ctx.analysis.anatomy.credits] == ["Reuters"]
    reuters = ctx.text.index("Reuters")
    assert ctx.is_excluded(reuters, reuters + 7)
    assert not ctx.is_excluded(0, 7)  # the place of the dateline is a fact


@pytest.mark.parametrize(
    ("text", "dateline", "agency"),
    [
        ("NEW DELHI: The government on Monday announced a new policy.", "NEW DELHI:", None),
        ("Chennai, Sep 14 (PTI) Fire tenders were sent to the harbour.", "Chennai, Sep 14 (PTI)", "PTI"),
        ("WASHINGTON (AP) — The Senate passed the bill late on Friday.", "WASHINGTON (AP) —", "AP"),
        ("lucknow: the committee has sought a ban on the march.", "lucknow:", None),
    ],
)
def test_datelines(text: str, dateline: str, agency: str | None) -> None:
    ctx = read(text)
    assert [d.text for d in ctx.analysis.anatomy.datelines] == [dateline]
    assert [c.agency for c in ctx.analysis.anatomy.credits] == ([agency] if agency else [])


@pytest.mark.parametrize(
    "text",
    [
        "The Samajwadi Party (SP) on Friday once more claimed that officials had rigged the count.",
        "UPDATE: The minister has resigned, his office said.",
        "On Monday, Oct 18, 2020 the party met in the capital.",
        "First paragraph.\n\nLONDON: not a dateline in the second paragraph of a story.",
    ],
)
def test_not_datelines(text: str) -> None:
    ctx = read(text)
    assert ctx.analysis.anatomy.datelines == []
    assert ctx.analysis.anatomy.credits == []


def test_byline() -> None:
    ctx = read("By Jane Doe and John Roe, Reuters\n\nThe central bank raised interest rates on Thursday.")
    (byline,) = ctx.analysis.anatomy.bylines
    assert byline.text == "By Jane Doe and John Roe, Reuters"
    assert ctx.is_excluded(byline.start, byline.end)
    assert ctx.analysis.authors == ["Jane Doe", "John Roe"]
    assert blocks_of(ctx, "body") == ["The central bank raised interest rates on Thursday."]


def test_sentence_starting_with_by_is_not_a_byline() -> None:
    ctx = read("Intro paragraph of the story.\n\nBy Sunday evening, thousands had gathered in the square.")
    assert ctx.analysis.anatomy.bylines == []
    assert ctx.excluded == []


@pytest.mark.parametrize(
    ("text", "credit", "agency"),
    [
        ("Prices rose 3%, the ministry said.\n\n(Reporting by Jane Doe; Editing by John Roe)",
         "(Reporting by Jane Doe; Editing by John Roe)", "Reuters"),
        ("The minister resigned on Friday, his office said. (PTI)", "(PTI)", "PTI"),
        ("The minister resigned on Friday, his office said. - Reuters", "- Reuters", "Reuters"),
        ("The talks ended without a deal.\nAFP", "AFP", "AFP"),
        ("The talks ended.\n\n(With inputs from agencies)", "(With inputs from agencies)", "agencies"),
    ],
)  # fmt: skip
def test_wire_credits(text: str, credit: str, agency: str) -> None:
    ctx = read(text)
    (found,) = ctx.analysis.anatomy.credits
    assert (ctx.text[found.start : found.end], found.agency) == (credit, agency)
    assert ctx.is_excluded(found.start, found.end)
    assert not ctx.is_excluded(0, 10)  # the sentence before the credit stays a fact


def test_party_acronym_is_not_a_credit() -> None:
    ctx = read("Members of the ruling Pakistan Tehreek-e-Insaf (PTI)\n\nThe vote was held on Monday (PTI)")
    assert ctx.analysis.anatomy.credits == []
    assert ctx.excluded == []


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Also Read: Floods displace thousands in Assam", "Floods displace thousands in Assam"),
        ("ALSO READ | Markets fall for a third day", "Markets fall for a third day"),
        ("READ MORE: Court rejects bail plea", "Court rejects bail plea"),
        ("Watch: Minister addresses the rally", "Minister addresses the rally"),
        ("Related: Election dates announced", "Election dates announced"),
        ("READ?50 crore seized from a trader, two held", "?50 crore seized from a trader, two held"),
    ],
)
def test_related_link_variants(line: str, title: str) -> None:
    ctx = read(f"The council met on Monday.\n\n{line}\n\nIt will meet again next week.")
    (link,) = ctx.analysis.anatomy.related_links
    assert link.title == title
    assert ctx.is_excluded(link.start, link.end)
    assert blocks_of(ctx, "body") == ["The council met on Monday.", "It will meet again next week."]


def test_headline_list_closing_a_paragraph_is_excluded() -> None:
    text = (
        "The commission will meet next week, officials said. related stories\u00a0curfew eased in two towns"
        "\u00a0three killed in police firing in the old city\u00a0full coverage: unrest in the state"
    )
    ctx = read(text)
    (link,) = ctx.analysis.anatomy.related_links
    assert link.title.startswith("curfew eased") and link.end == len(text)
    assert ctx.is_excluded(text.index("three killed")) and not ctx.is_excluded(text.index("officials"))


def test_reading_is_not_a_related_link() -> None:
    ctx = read("Read the full statement below.\n\nThe placard read: end the violence now.")
    assert ctx.analysis.anatomy.related_links == []


@pytest.mark.parametrize(
    "text",
    [
        "Copyright law was changed in 2004 after a long campaign",
        "(c) the right of every citizen to a fair hearing",
        "Subscribers to the service will pay more from June.",
    ],
)
def test_sentences_are_not_boilerplate(text: str) -> None:
    ctx = read(f"Intro.\n\n{text}\n\nEnd.")
    assert blocks_of(ctx, "boilerplate") == []
    assert ctx.excluded == []


def test_boilerplate_and_its_date() -> None:
    text = (
        "This story is from June 7, 2004\n\nkanpur: the panel met on tuesday.\n\n"
        "Subscribe to our newsletter for the latest updates\n\nCopyright © 2004 Example Media"
    )
    ctx = read(text)
    assert blocks_of(ctx, "boilerplate") == [
        "This story is from June 7, 2004",
        "Subscribe to our newsletter for the latest updates",
        "Copyright © 2004 Example Media",
    ]
    assert ctx.analysis.published == "2004-06-07"
    assert ctx.is_excluded(0, 10)
    assert read(text, published="2004-06-08").analysis.published == "2004-06-08"  # a given date wins


@pytest.mark.parametrize(
    ("text", "platform", "handle"),
    [
        ("Crowds at the stadium tonight pic.twitter.com/AbC123xyz", "twitter", None),
        ("https://twitter.com/SomeUser/status/1234567890123", "twitter", "@SomeUser"),
        ("Flood relief under way.\nA post shared by River Watch (@riverwatch) on Oct 19, 2020 at 5:03am PDT",
         "instagram", "@riverwatch"),
        ("Our teams are here. Posted by Relief Agency on Monday, October 19, 2020", "facebook", None),
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "youtube", None),
    ],
)  # fmt: skip
def test_other_posts(text: str, platform: str, handle: str | None) -> None:
    (post,) = read(text).analysis.anatomy.social_embeds
    assert (post.platform, post.handle) == (platform, handle)


def test_signature_on_its_own_line_joins_the_post() -> None:
    text = "Two men were held.\n\nHuge crowd today #Rally\n— Some Person (@someperson) March 14, 2021"
    ctx = read(text)
    (post,) = ctx.analysis.anatomy.social_embeds
    assert ctx.text[post.text_start : post.text_end] == "Huge crowd today #Rally"
    assert blocks_of(ctx, "body") == ["Two men were held."]


# --- robustness -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n\t ",
        "“Unbalanced quote, said nobody. (",
        "x" * 200_000,
        "One huge paragraph without a newline. " * 5000,
        "Windows\r\nline\r\nbreaks\r\n\r\nRead: A headline\r\n",
        "\u200b\ufeff#\n@\n— (@) January 1, 2020\n(\n)\n- \n:\nBy\nRead:",
        "ALSO READ " * 300,
        "— Name (@handle) October 18, 2020",
    ],
)
def test_odd_text_never_throws(text: str) -> None:
    ctx = read(text)
    for b in ctx.analysis.anatomy.blocks:
        assert 0 <= b.start < b.end <= len(text)


def test_random_mixtures_of_anatomy_markers_never_throw() -> None:
    pieces = [
        "Read:", "ALSO READ |", "ALSO READ", "(", ")", "—", " - ", "@x", "(@handle)", "#tag", "\n", "\n\n",
        "By ", "Jane Doe", "NEW DELHI:", "KARACHI, Oct 18 (Reuters) -", "(PTI)", "October 18, 2020", "“", "”",
        "pic.twitter.com/x", "said.", "A post shared by", "Posted by", "This story is from", "Copyright ©",
        " ", "x" * 300,
    ]  # fmt: skip
    rng = random.Random(7)
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        ctx = read(text, tokenize=False)
        an = ctx.analysis.anatomy
        spans = [*an.blocks, *an.social_embeds, *an.related_links, *an.credits, *an.datelines, *an.bylines]
        assert all(0 <= x.start <= x.end <= len(text) for x in spans), text


def test_every_corpus_article() -> None:
    """Real news: no exception, blocks ordered and inside the text, and most text stays body."""
    n = body_chars = total_chars = 0
    for path in sorted((SHARED / "corpora").glob("*.jsonl")):
        if path.name.endswith(".labels.jsonl"):
            continue
        for line in path.open(encoding="utf-8"):
            text = json.loads(line)["text"]
            blocks = read(text, tokenize=False).analysis.anatomy.blocks
            assert all(0 <= b.start < b.end <= len(text) for b in blocks)
            assert all(a.end <= b.start for a, b in zip(blocks, blocks[1:], strict=False))
            body_chars += sum(b.end - b.start for b in blocks if b.kind in {"body", "dateline", "subheading"})
            total_chars += len(text.strip())
            n += 1
    assert n > 3000
    assert body_chars / total_chars > 0.95


def test_inline_read_colon_headline_glued_to_a_paragraph_is_a_related_link() -> None:
    text = (
        "Divers reached the stranded crew after nine hours.READ: Man arrested for boat capsize faced three "
        "earlier safety cases?The search went on until dawn."
    )
    analysis = analyze_text(text)
    (link,) = analysis.anatomy.related_links
    assert link.title.startswith("Man arrested for boat capsize")
    assert not any(link.start <= e.trigger.start < link.end for e in analysis.events)  # no arrest from it
    assert "search went on" not in link.title


def test_read_glued_to_a_headline_by_a_symbol_mid_paragraph_is_a_related_link() -> None:
    text = "Two clerks were suspended on Friday. READ?50 crore seized from a trader, police arrest two"
    analysis = analyze_text(text)
    (link,) = analysis.anatomy.related_links
    assert link.title.startswith("?50 crore seized")
    assert [e.trigger.text for e in analysis.events if e.plover == "COERCE"] == []
