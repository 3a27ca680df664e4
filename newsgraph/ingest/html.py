"""HTML to article text and metadata with trafilatura, keeping embedded social posts.

trafilatura drops embeds that sit in containers it treats as page furniture (class "embed",
"social", ...). We read the posts from the page ourselves and put back any it dropped, after the
paragraph that precedes them in the page (or at the end), in the shape news text has when the post
is copied from a page: "post text — Name (@handle) Month D, YYYY", which the anatomy stage
recognises as a social_embed block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.html
import trafilatura
from lxml import etree

_EMBEDS = {
    "twitter": "//blockquote[contains(@class, 'twitter-tweet') or contains(@class, 'twitter-video')]",
    "instagram": "//blockquote[contains(@class, 'instagram-media')]",
    "facebook": "//blockquote[contains(@class, 'fb-xfbml-parse-ignore')]",
    "youtube": "//iframe[contains(@src, 'youtube') and contains(@src, '/embed/')]",
}
_SIGNATURE_DASH = re.compile(r"\s*[—–]\s*(?=[^—–]*\(@\w{1,15}\)[^—–]*$)")
_UTF8_PARSER = lxml.html.HTMLParser(encoding="utf-8")
_YOUTUBE_ID = re.compile(r"/embed/([\w-]{6,})")
_INSTAGRAM_NOISE = re.compile(r"^(?:View this post on Instagram\s*)+", re.IGNORECASE)
_KEY_CHARS = 40  # a post's opening, to tell whether trafilatura kept it
_ANCHOR_CHARS = 200  # the end of the text before a post, to find where it goes
_NO_TEXT = {"script", "style", "noscript", "template"}


@dataclass
class Extracted:
    text: str
    title: str | None = None
    date: str | None = None
    authors: list[str] = field(default_factory=list)
    url: str | None = None
    sitename: str | None = None


class NoText(ValueError):
    """The page has no article text."""


def extract(html: str) -> Extracted:
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True)
    if doc is not None and (doc.text or "").strip():
        out = Extracted(
            text=doc.text.strip(),
            title=doc.title or None,
            date=doc.date or None,
            authors=[a.strip() for a in (doc.author or "").split(";") if a.strip()],
            url=doc.url or None,
            sitename=doc.sitename or None,
        )
    else:  # trafilatura found no main content: fall back to all the page's visible text
        _, text, _ = trafilatura.baseline(html)
        if not text.strip():
            raise NoText("no article text found in the HTML")
        out = Extracted(text=text.strip())
    _restore_posts(html, out)
    return out


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _restore_posts(html: str, out: Extracted) -> None:
    try:  # bytes with an explicit encoding: lxml would otherwise trust the page's (stale) declarations
        tree = lxml.html.fromstring(html.encode("utf-8"), parser=_UTF8_PARSER)
    except (etree.ParserError, ValueError):
        return
    for platform, xpath in _EMBEDS.items():
        for el in tree.xpath(xpath):
            post = _post_line(platform, el)
            if post and _key(post) not in _collapse(out.text):
                out.text = _insert_after(out.text, _anchor(el), post)


def _post_line(platform: str, el: etree._Element) -> str:
    if platform == "youtube":
        m = _YOUTUBE_ID.search(el.get("src", ""))
        return f"https://www.youtube.com/watch?v={m.group(1)}" if m else ""
    text = _collapse("".join(el.itertext()))
    if platform == "twitter":
        text = _SIGNATURE_DASH.sub(" — ", text)
    elif platform == "instagram":
        text = _INSTAGRAM_NOISE.sub("", text)
    return text


def _key(post: str) -> str:
    return _collapse(post)[:_KEY_CHARS]


def _anchor(el: etree._Element) -> str:
    """The last words of the text that precedes the embed in the page, to find its place."""
    node = el
    while node is not None:
        for sib in node.itersiblings(preceding=True):
            content = "" if sib.tag in _NO_TEXT or not isinstance(sib.tag, str) else sib.text_content()
            text = _collapse(content + (sib.tail or ""))
            if text:
                return text[-_ANCHOR_CHARS:]
        node = node.getparent()
        if node is not None and node.text and node.text.strip():
            return _collapse(node.text)[-_ANCHOR_CHARS:]
    return ""


def _insert_after(text: str, anchor: str, post: str) -> str:
    at = text.find(anchor) if anchor else -1
    if at < 0:
        return f"{text}\n{post}"
    line_end = text.find("\n", at + len(anchor))
    if line_end < 0:
        return f"{text}\n{post}"
    return f"{text[:line_end]}\n{post}{text[line_end:]}"
