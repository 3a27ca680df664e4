"""newsgraph: news articles to structured, provenance-linked knowledge."""

__version__ = "0.1.0"
