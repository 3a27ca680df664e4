"""Ingest: every input type, stdin, directories, encodings, languages, and bad input that must
yield error records instead of exceptions."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from newsgraph.ingest import read_paths
from newsgraph.ingest.article import MAX_CHARS
from newsgraph.model import Article, ErrorRecord
from newsgraph.pipeline import analyze_text

REPO = Path(__file__).resolve().parents[1]
EXAMPLE_TXT = REPO / "examples" / "nairobi-rally.txt"
EXAMPLE_HTML = REPO / "examples" / "nairobi-rally.html"
KARACHI = REPO.parent / "shared" / "examples" / "karachi-rally.txt"


def read(*paths: Path | str, published: str | None = None, stdin: bytes | None = None) -> list:
    stream = io.BytesIO(stdin) if stdin is not None else None
    return list(read_paths([str(p) for p in paths], published, stdin=stream))


def one(*paths: Path | str, **kw) -> Article | ErrorRecord:
    (item,) = read(*paths, **kw)
    return item


# --- plain text -------------------------------------------------------------------------------


def test_txt_text_is_the_input_unchanged(tmp_path: Path) -> None:
    raw = "\n\n  Leading blank lines,\ttabs,  double  spaces\r\nCRLF “curly” — dashes …\u00a0nbsp  \n\n\n"
    path = tmp_path / "story.txt"
    path.write_bytes(raw.encode("utf-8"))
    article = one(path)
    assert isinstance(article, Article)
    assert article.id == "story"
    assert article.text == raw
    assert article.text.encode("utf-8") == path.read_bytes()


def test_karachi_example_reads_unchanged() -> None:
    article = one(KARACHI, published="2020-10-19")
    assert article.text == KARACHI.read_text(encoding="utf-8")
    assert (article.id, article.language, article.published) == ("karachi-rally", "en", "2020-10-19")
    assert article.flags == []


def test_cp1252_file_decodes(tmp_path: Path) -> None:
    text = "Café owners said the “new rules” would cost them £500 a month – far more than they expected.\n"
    path = tmp_path / "cafe.txt"
    path.write_bytes(text.encode("cp1252"))
    article = one(path)
    assert article.text == text
    assert any("not UTF-8" in f.message and "cp1252" in f.message for f in article.flags)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig"])
def test_byte_order_marks(tmp_path: Path, encoding: str) -> None:
    text = "Ministers met in Zürich on Friday to discuss the naïve plan.\n"
    path = tmp_path / "bom.txt"
    path.write_bytes(text.encode(encoding))  # both codecs write a BOM; it is not part of the text
    article = one(path)
    assert article.text == text
    assert article.flags == []


def test_mojibake_is_flagged_not_changed(tmp_path: Path) -> None:
    text = "the planned â€˜rath yatraâ€™, even as a token event, would break the court's order."
    path = tmp_path / "moji.txt"
    path.write_text(text, encoding="utf-8")
    article = one(path)
    assert article.text == text
    (flag,) = article.flags
    assert "mis-decoded" in flag.message
    assert text[flag.spans[0][0] : flag.spans[0][1]] == "â€˜"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El gobierno anunció hoy nuevas medidas económicas para el país, según el ministro de Hacienda.",
            "es",
        ),
        ("Die Regierung hat heute neue Maßnahmen angekündigt, sagte der Minister in Berlin am Montag.", "de"),
        ("भारत सरकार ने आज नई आर्थिक नीतियों की घोषणा की, वित्त मंत्री ने संसद में कहा।", "hi"),
        ("Police arrested two men near the venue on Sunday, a spokesman said.", "en"),
        ("PTI chief said the jalsa in Karachi was a success for party workers.", "en"),
    ],
)
def test_language(tmp_path: Path, text: str, language: str) -> None:
    path = tmp_path / "lang.txt"
    path.write_text(text, encoding="utf-8")
    article = one(path)
    assert article.language == language
    assert article.text == text  # non-English text is flagged, never altered


# --- HTML -------------------------------------------------------------------------------------


def test_html_example_text_metadata_and_tweet() -> None:
    article = one(EXAMPLE_HTML)
    assert article.id == "nairobi-rally"
    assert article.title == "Thousands march in Nairobi over food prices"
    assert article.published == "2023-03-12"
    assert article.authors == ["Example Daily Staff"]
    text = article.text
    assert "Home | World" not in text and "All rights reserved" not in text  # page furniture dropped
    # the tweet sits in a container trafilatura drops: it is put back, in place, in post form
    tweet = "— Grace Achieng (@GraceAchiengKE) March 12, 2023"
    assert tweet in text
    assert text.index("chairman Samuel Keter") < text.index(tweet) < text.index("Read: Opposition Alliance")
    # the story itself is the same as the plain-text example
    for paragraph in EXAMPLE_TXT.read_text(encoding="utf-8").split("\n\n")[1:5]:
        assert paragraph.strip() in text


def test_html_embeds_from_other_platforms(tmp_path: Path) -> None:
    para = "<p>Rescue teams reached the flooded valley on {}, officials said, as the river kept rising.</p>"
    page = (
        "<html><body><article>" + "".join(para.format(d) for d in ("Monday", "Tuesday", "Wednesday"))
        + '<div class="social-embed"><blockquote class="instagram-media"><a>View this post on Instagram</a>'
        + "<p>A post shared by River Watch (@riverwatch) on Oct 19, 2020 at 5:03am PDT</p></blockquote></div>"
        + "<p>The army sent boats and helicopters to the worst-hit villages in the district.</p>"
        + '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe></article></body></html>'
    )  # fmt: skip
    path = tmp_path / "flood.html"
    path.write_text(page, encoding="utf-8")
    lines = one(path).text.split("\n")
    assert lines[3] == "A post shared by River Watch (@riverwatch) on Oct 19, 2020 at 5:03am PDT"
    assert lines[4].startswith("The army sent boats")
    assert lines[5] == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"


def test_broken_html_still_gives_text(tmp_path: Path) -> None:
    path = tmp_path / "broken.htm"
    path.write_text(
        "<html><body><div><p>The bridge collapsed on Tuesday after heavy rain, the mayor said.<p>Two cars "
        "fell into the river<b>and <i>one driver was rescued by fishermen from the nearby village.",
        encoding="utf-8",
    )
    article = one(path)
    assert isinstance(article, Article)
    assert "The bridge collapsed on Tuesday" in article.text


def test_html_with_declared_charset(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="windows-1252"></head><body><p>Café owners said the “new rules” cost £500.'
    )
    path = tmp_path / "cp.html"
    path.write_bytes(page.encode("cp1252"))
    assert "Café owners said the “new rules” cost £500." in one(path).text


# --- JSONL ------------------------------------------------------------------------------------


def test_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    text_a = "Hello from the first record.\r\n  Kept exactly, said the mayor on Sunday.  "
    lines = [
        json.dumps(
            {"id": "a", "text": text_a, "published": "Oct 18, 2020", "url": "https://x.test/a", "extra": 1}
        ),
        "{not json",
        json.dumps([1, 2]),
        "",
        json.dumps({"html": "<p>An article sent as HTML, long enough to be kept by the extractor.</p>"}),
        json.dumps({"id": 7, "text": "", "title": "empty"}),
        json.dumps(
            {"id": "b", "text": "A record with an ISO timestamp.", "published": "2021-03-14T10:00:00Z"}
        ),
        json.dumps({"id": "c", "text": 42}),
        json.dumps({"id": "d", "text": "No date here.", "published": "sometime soon"}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(path, published="2020-01-01")
    assert [i.id for i in items] == [
        "a",
        "batch.jsonl:2",
        "batch.jsonl:3",
        "batch.jsonl:5",
        "7",
        "b",
        "c",
        "d",
    ]
    a, bad_json, not_object, from_html, empty, b, not_string, d = items
    assert a.text == text_a and a.published == "2020-10-18" and a.url == "https://x.test/a"
    assert "invalid JSON" in bad_json.error and "line 2" in bad_json.error
    assert "JSON object" in not_object.error
    assert from_html.text.startswith("An article sent as HTML") and from_html.published == "2020-01-01"
    assert isinstance(empty, ErrorRecord)
    assert b.published == "2021-03-14"
    assert "string" in not_string.error
    assert d.published == "2020-01-01" and "not understood" in d.flags[0].message


def test_jsonl_invalid_utf8_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"id": "x", "text": "caf\xe9"}\n{"id": "y", "text": "A fine line."}\n')
    x, y = read(path)
    assert isinstance(x, ErrorRecord) and "UTF-8" in x.error
    assert y.text == "A fine line."


def test_shared_corpus_records_keep_their_ids_and_text() -> None:
    path = REPO.parent / "shared" / "corpora" / "indian-news.jsonl"
    items = read(path)
    first = json.loads(path.open(encoding="utf-8").readline())
    assert len(items) == 494 and all(isinstance(i, Article) for i in items)
    assert (items[0].id, items[0].text, items[0].published) == (first["id"], first["text"], "2017-08-03")


# --- stdin, directories, ids ------------------------------------------------------------------


def test_stdin_text_and_html() -> None:
    text = "Plain text from a pipe.\nSecond line, kept as is.\n"
    article = one("-", stdin=text.encode("utf-8"))
    assert (article.id, article.text) == ("stdin", text)
    page = b"<!DOCTYPE html><html><body><p>An HTML page piped in, with a paragraph of real text.</p></body>"
    assert one("-", stdin=page).text == "An HTML page piped in, with a paragraph of real text."
    assert isinstance(one("-", stdin=b""), ErrorRecord)


def test_directory_recursion_and_unique_ids(tmp_path: Path) -> None:
    (tmp_path / "b" / "deeper").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text("Story A is about the budget.", encoding="utf-8")
    (tmp_path / "b" / "a.txt").write_text("Another story called A, about the rain.", encoding="utf-8")
    (tmp_path / "b" / "deeper" / "c.HTML").write_text(
        "<p>Story C arrives as an HTML page here.</p>", encoding="utf-8"
    )
    (tmp_path / "b" / "deeper" / "d.jsonl").write_text(
        '{"id": "d1", "text": "Story D1."}\n', encoding="utf-8"
    )
    (tmp_path / "b" / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / ".git" / "e.txt").write_text("hidden", encoding="utf-8")
    items = read(tmp_path)
    assert [i.id for i in items] == ["a", "a-2", "c", "d1"]
    assert [i.text[:7] for i in items] == ["Story A", "Another", "Story C", "Story D"]


# --- bad input --------------------------------------------------------------------------------


def test_bad_inputs_give_error_records(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\t\n")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "nul.txt").write_bytes(b"text with a \x00 NUL byte in the middle of it")
    (tmp_path / "nothing.html").write_text("<html><head><script>var x = 1;</script></head></html>")
    (tmp_path / "emptydir").mkdir()
    paths = [*(tmp_path / n for n in ("empty.txt", "blank.txt", "binary.txt", "nul.txt", "nothing.html")),
             tmp_path / "emptydir", tmp_path / "missing.txt"]  # fmt: skip
    items = read(*paths)
    assert all(isinstance(i, ErrorRecord) for i in items), items
    errors = [i.error for i in items]
    assert errors[0] == errors[1] == "empty text"
    assert "binary" in errors[2] and "binary" in errors[3]
    assert "no article text" in errors[4]
    assert "no .txt" in errors[5]
    assert "no such file" in errors[6]


def test_huge_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("word " * (MAX_CHARS // 5 + 1), encoding="utf-8")
    item = one(path)
    assert isinstance(item, ErrorRecord) and "limit" in item.error


def test_errors_do_not_stop_the_batch(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("A good story about the harvest.", encoding="utf-8")
    items = read(tmp_path / "missing.txt", tmp_path / "good.txt")
    assert isinstance(items[0], ErrorRecord) and items[1].text == "A good story about the harvest."


def test_mis_decoded_punctuation_is_repaired_for_analysis() -> None:
    text = (
        "â€œWe will not let the temple plan go ahead,â€\ufffd the chief minister, Narendra Modi, "
        "told reporters in Gandhinagar. The CafÃ© owner said Modiâ€™s plan was â€˜illegalâ€™."
    )
    analysis = analyze_text(text)
    assert len(analysis.text) == len(text)
    (quote, *_) = analysis.quotes
    assert analysis.text[quote.start : quote.end] == "We will not let the temple plan go ahead"
    assert quote.speaker and quote.speaker.name == "Narendra Modi"
    messages = [f.message for f in analysis.flags]
    assert any("repaired" in m for m in messages)
    (left,) = [f for f in analysis.flags if "kept unchanged" in f.message]  # "Ã©" is a letter: not repaired
    assert text[left.spans[0][0] : left.spans[0][1]] == "Ã©"
