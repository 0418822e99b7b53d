"""Typed errors; each message tells the user what went wrong and what to do."""

from __future__ import annotations


class NewsumError(Exception):
    """Base of every error newsum reports to the user."""


class InputError(NewsumError):
    """An input could not be read or decoded (a file problem, not a bug)."""


class EmptyArticleError(NewsumError):
    """An input held no article text once chrome was removed."""


class RulesError(NewsumError):
    """A user-supplied chrome rules file is invalid."""


class OutputError(NewsumError):
    """An output could not be written."""
