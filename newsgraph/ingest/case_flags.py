"""The flags of the capitalisation repair (ingest/casing.py), in a module of their own: the anatomy
stage reads them, and casing itself depends on the spaCy model, which depends on the anatomy patterns."""

CASE_RESTORED = "text was all lower case: capitalisation restored (same length, offsets)"
UPPER_CASE_RESTORED = "text was all upper case: capitalisation restored (same length, offsets)"
