"""newsum: summarise saved news articles offline."""

__version__ = "0.1.0"
