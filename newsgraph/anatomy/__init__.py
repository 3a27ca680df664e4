"""News anatomy: split the text into blocks (body, subheading, related-link lines, embedded social
posts, wire credits, datelines, bylines, boilerplate) and mark those that are not facts of the
article (context.NON_FACT_BLOCKS) with ctx.exclude().

Blocks cover the non-blank paragraphs (lines) of the text, whitespace trimmed; a paragraph may be
split into several blocks (a dateline prefix, a trailing "(PTI)" credit, a post or an "ALSO READ"
link run into a long paragraph). Conventions: SocialEmbed.handle keeps its "@" and hashtags keep
their "#", exactly as in the text. A "This story is from <date>" line is boilerplate, but its date
becomes the article's `published` date when none was given.

Hand-written because no maintained library segments plain news text into these parts
(trafilatura and its kin work on HTML and drop, rather than label, link lines and embeds);
the patterns themselves are data: newsgraph/data/anatomy_patterns.toml, anatomy_agencies.tsv.
"""

from __future__ import annotations

import re
from itertools import islice

from newsgraph.anatomy.patterns import Patterns, load, month_date_iso
from newsgraph.context import NON_FACT_BLOCKS, Context
from newsgraph.ingest.case_flags import CASE_RESTORED, UPPER_CASE_RESTORED
from newsgraph.model import Anatomy, Block, Credit, RelatedLink, SocialEmbed, Span

_PARAGRAPH = re.compile(r"[^\r\n]+")
_URL_ONLY = re.compile(r"(?:https?://|www\.)\S+")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s*(?=[A-Z#@\"“])")
# a headline run into the next sentence with no space ("most wantedThe police"), in texts whose
# paragraph breaks were lost
_RUN_ON = re.compile(r"(?<=[a-z?!])(?=[A-Z][a-z])")
_TIMESTAMP = re.compile(r"\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\b")  # live-blog entry times, "8.11am BST"
_AGENCY_SPLIT = re.compile(r"\s*(?:,|/|&|\band\b)\s*", re.IGNORECASE)
_NAME_SPLIT = re.compile(r"\s*(?:,|&|\band\b)\s*")
_STOP_PUNCT = frozenset(".!?:;,\"”’')…")
_TWEET_CHARS = 280
# posts or link cues run into one paragraph that we look at, at most (real pages have a handful)
_MAX_INLINE = 50

# a block cut out of a body paragraph: kind, start, end, and the post or link it records
_Cut = tuple[str, int, int, SocialEmbed | RelatedLink | None]


def run(ctx: Context) -> None:
    """Fill ctx.analysis.anatomy and mark non-fact blocks with ctx.exclude()."""
    restored = any(f.message in (CASE_RESTORED, UPPER_CASE_RESTORED) for f in ctx.analysis.flags)
    reader = _Reader(ctx.text, load(), ctx.analysis.anatomy, restored)
    reader.read()
    if reader.published and not ctx.analysis.published:
        ctx.analysis.published = reader.published
    if reader.authors and not ctx.analysis.authors:
        ctx.analysis.authors = reader.authors
    for block in ctx.analysis.anatomy.blocks:
        if block.kind in NON_FACT_BLOCKS:
            ctx.exclude(block.start, block.end)
    for start, end in reader.excluded:
        ctx.exclude(start, end)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class _Reader:
    """One pass over the paragraphs of one text."""

    def __init__(self, text: str, pats: Patterns, anatomy: Anatomy, restored: bool = False) -> None:
        self.text, self.p, self.an = text, pats, anatomy
        self.published: str | None = None
        self.authors: list[str] = []
        self.excluded: list[tuple[int, int]] = []  # spans inside non-excluded blocks (dateline agency)
        self.body_seen = False
        self.restored = restored  # capitalisation restored: datelines read as in lower-case text

    def read(self) -> None:
        paragraphs = [_trim(self.text, *m.span()) for m in _PARAGRAPH.finditer(self.text)]
        paragraphs = [(s, e) for s, e in paragraphs if e > s]
        for i, (s, e) in enumerate(paragraphs):
            self.paragraph(s, e, is_last=i == len(paragraphs) - 1)

    def add(self, kind: str, start: int, end: int) -> None:
        start, end = _trim(self.text, start, end)
        if end > start:
            self.an.blocks.append(Block(kind=kind, start=start, end=end))  # type: ignore[arg-type]
            self.body_seen |= kind == "body"

    # --- one paragraph -----------------------------------------------------------------------

    def paragraph(self, s: int, e: int, is_last: bool) -> None:
        line = self.text[s:e]
        if len(line) <= self.p.max_post_chars and self.social(s, e, line):
            return
        if self.related(s, e, line) or self.boilerplate(s, e, line) or self.credit(s, e, line):
            return
        if self.byline(s, e, line):
            return
        s = self.dateline(s, e, line)
        if s >= e:
            return
        if not is_last and self.is_subheading(self.text[s:e]):
            self.add("subheading", s, e)
            return
        self.body(s, e)

    def social(self, s: int, e: int, line: str) -> bool:
        for platform, sig in self.p.signatures.items():
            if self.p.markers[platform] not in line:
                continue
            m = None
            for m in sig.finditer(line):  # noqa: B007 - the last signature is the one that counts
                pass
            if m and not line[m.end() :].strip(" .\t"):
                self.add_post(platform, s, s + m.start(), s + m.end(), m)
                return True
        if len(line) > 300:
            return False
        for platform, url in self.p.post_urls.items():
            m = url.search(line)
            if m:
                user = m.groupdict().get("user")
                self.record_post(platform, s, e, s, e, None, handle=f"@{user}" if user else None)
                self.add("social_embed", s, e)
                return True
        return False

    def add_post(self, platform: str, text_start: int, sig_start: int, end: int, m: re.Match) -> None:
        """A post whose signature spans [sig_start, end); its text runs from text_start."""
        start = text_start
        text_start, text_end = _trim(self.text, text_start, sig_start)
        blocks = self.an.blocks
        if text_end == text_start and blocks and blocks[-1].kind in {"body", "subheading"}:
            # the signature is a paragraph of its own: the post text is the paragraph before it
            prev = blocks.pop()
            start, text_start, text_end = prev.start, prev.start, prev.end
            self.body_seen = any(b.kind == "body" for b in blocks)
        self.record_post(platform, start, end, text_start, text_end, m)
        self.add("social_embed", start, end)

    def record_post(
        self, platform: str, start: int, end: int, text_start: int, text_end: int, m: re.Match | None,
        handle: str | None = None,
    ) -> None:  # fmt: skip
        self.an.social_embeds.append(self.make_post(platform, start, end, text_start, text_end, m, handle))

    def make_post(
        self, platform: str, start: int, end: int, text_start: int, text_end: int, m: re.Match | None,
        handle: str | None = None,
    ) -> SocialEmbed:  # fmt: skip
        author = date = None
        if m:
            author = (m.group("author") or "").strip() or None
            handle = m.groupdict().get("handle")
            date = month_date_iso(m.group("date")) if m.group("date") else None
        return SocialEmbed(
            platform=platform, author=author, handle=handle, date=date,  # type: ignore[arg-type]
            hashtags=self.p.hashtag.findall(self.text, text_start, text_end),
            start=start, end=end, text_start=text_start, text_end=text_end,
        )  # fmt: skip

    def related(self, s: int, e: int, line: str) -> bool:
        m = self.p.related.match(line)
        if m:
            title = m.group("title").strip(" \t|:-–—>»")
            if len(title) > self.p.max_title_chars:
                return False
            if not any(c.isalnum() for c in title):
                self.add("boilerplate", s, e)  # a dangling "ALSO READ |" with no headline
                return True
        elif _URL_ONLY.fullmatch(line):
            title = line
        else:
            return False
        self.an.related_links.append(RelatedLink(title=title, start=s, end=e))
        self.add("related_link", s, e)
        return True

    def boilerplate(self, s: int, e: int, line: str) -> bool:
        for pat in self.p.boilerplate:
            m = pat.match(line)
            if m:
                date = m.groupdict().get("date")
                if date and not self.published:
                    self.published = month_date_iso(date)
                self.add("boilerplate", s, e)
                return True
        return False

    def credit(self, s: int, e: int, line: str) -> bool:
        if len(line) > 300:
            return False
        agencies: list[str] = []
        if self.p.credit_reporting.fullmatch(line):
            agencies = [self.p.reporting_agency]
        else:
            for pat in self.p.credit_paragraph:
                m = pat.fullmatch(line)
                if m:
                    agencies = self.agencies(m.group("agency"))
                    break
        if not agencies:
            return False
        self.add_credits(agencies, s, e)
        self.add("credit", s, e)
        return True

    def agencies(self, names: str) -> list[str]:
        return [self.p.agency(n) for n in _AGENCY_SPLIT.split(names) if n.strip()]

    def add_credits(self, agencies: list[str], start: int, end: int) -> None:
        for agency in agencies:
            self.an.credits.append(Credit(agency=agency, start=start, end=end))

    def byline(self, s: int, e: int, line: str) -> bool:
        if len(line) > self.p.byline_max_chars:
            return False
        m = self.p.byline.match(line)
        if not m:
            return False
        self.an.bylines.append(Span(start=s, end=e, text=line))
        names = _NAME_SPLIT.split(m.group("names"))
        self.authors += [
            n for n in names if self.p.byline_name.fullmatch(n) and n.lower() not in self.p.agencies
        ]
        self.add("byline", s, e)
        return True

    def dateline(self, s: int, e: int, line: str) -> int:
        """Mark a dateline prefix of an opening paragraph; return where the rest starts."""
        if self.body_seen:
            return s
        m = self.p.capitalised_dateline(line)
        if not m and (line[:1].islower() or self.restored):
            m = self.p.lower_dateline(line)
        if not m:
            return s
        end = s + m.end()
        _, span_end = _trim(self.text, s, end)
        self.an.datelines.append(Span(start=s, end=span_end, text=self.text[s:span_end]))
        self.add("dateline", s, end)
        agency = m.groupdict().get("agency")
        if agency:
            a_start, a_end = s + m.start("agency") - 1, s + m.end("agency") + 1  # with its parentheses
            self.add_credits([self.p.agency(agency)], a_start, a_end)
            self.excluded.append((a_start, a_end))
        return end

    def is_subheading(self, line: str) -> bool:
        p = self.p
        return (
            len(line) <= p.subheading_max_chars
            and (line[0].isupper() or line[0].isdigit())
            and line[-1] not in _STOP_PUNCT
            and len(line.split()) <= p.subheading_max_words
            and ". " not in line
            and sum(c.isalpha() for c in line) * 2 >= len(line.replace(" ", ""))
            and not _TIMESTAMP.match(line)
        )

    # --- body paragraphs, with whatever is run into them ----------------------------------------

    def body(self, s: int, e: int) -> None:
        credit_start = self.trailing_credit(s, e)
        body_end = e if credit_start is None else credit_start
        cuts = sorted(self.inline_posts(s, body_end) + self.inline_links(s, body_end), key=lambda c: c[1])
        pos = s
        for kind, start, end, item in cuts:
            if start < pos:
                continue  # overlaps an earlier cut
            self.add("body", pos, start)
            self.add(kind, start, end)
            if isinstance(item, SocialEmbed):
                self.an.social_embeds.append(item)
            elif item is not None:
                self.an.related_links.append(item)
            pos = end
        self.add("body", pos, body_end)
        if credit_start is not None:
            self.add("credit", credit_start, e)

    def trailing_credit(self, s: int, e: int) -> int | None:
        """Find "... he said. (PTI)" / "- Reuters" / "(Reporting by ...)" closing a paragraph and
        record its credits; return where it starts."""
        line = self.text[s:e]
        m = self.p.credit_trailing.search(line)
        agencies = self.agencies(m.group("agency") or m.group("agency2")) if m else []
        start = s + m.start() if m else e
        if not m and line.endswith(")"):
            open_at = line.rfind("(")
            before = line[:open_at].rstrip()
            if (
                open_at > 0
                and before[-1:] in _STOP_PUNCT
                and self.p.credit_reporting.fullmatch(line[open_at:])
            ):
                agencies, start = [self.p.reporting_agency], s + open_at
        if not agencies:
            return None
        start, _ = _trim(self.text, start, e)
        self.add_credits(agencies, start, e)
        return start

    def inline_posts(self, s: int, e: int) -> list[_Cut]:
        """Posts run into a paragraph: each ends with its signature and starts at most a tweet's
        length before it, at the first sentence start found there."""
        cuts: list[_Cut] = []
        if self.text.find(self.p.markers["twitter"], s, e) < 0:
            return cuts
        prev_end = s
        for m in islice(self.p.signatures["twitter"].finditer(self.text, s, e), _MAX_INLINE):
            sig_start = m.start()
            start = max(prev_end, sig_start - _TWEET_CHARS)
            prev_end = m.end()
            b = _SENTENCE_END.search(self.text, start, sig_start)
            if b and b.end() < sig_start:
                start = b.end()
            elif start > s:  # no sentence start: begin at a word, not inside one
                space = self.text.find(" ", start, sig_start)
                start = space + 1 if space >= 0 else start
            text_start, text_end = _trim(self.text, start, sig_start)
            post = self.make_post("twitter", text_start, m.end(), text_start, text_end, m)
            cuts.append(("social_embed", text_start, m.end(), post))
        return cuts

    def inline_links(self, s: int, e: int) -> list[_Cut]:
        cuts: list[_Cut] = []
        cues = list(islice(self.p.related_inline.finditer(self.text, s, e), _MAX_INLINE))
        for i, m in enumerate(cues):
            title_start = m.end()
            limit = cues[i + 1].start() if i + 1 < len(cues) else e
            j = _RUN_ON.search(self.text, title_start + 15, min(limit, title_start + self.p.max_title_chars))
            if (
                m.group().strip().lower().startswith("related")
                and limit - title_start <= 4 * self.p.max_title_chars
            ):
                title_end = limit  # a list of headlines runs to the paragraph's end
            elif j:
                title_end = j.start()
            elif limit - title_start <= self.p.max_title_chars:
                title_end = limit
            else:
                continue
            start, _ = _trim(self.text, m.start(), title_end)
            title = self.text[title_start:title_end].strip()
            link = RelatedLink(title=title, start=start, end=title_end) if title else None
            cuts.append(("related_link" if title else "boilerplate", start, title_end, link))
        return cuts
