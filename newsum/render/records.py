"""The JSON record of each view, built from Result.to_dict (the one serialiser)."""

from __future__ import annotations

from typing import Any

from newsum.models import SCHEMA_VERSION, Result
from newsum.render import View

# Keys of the `facts` view: the facts and what identifies the article.
_FACTS_KEYS = ("schema_version", "source", "title", "author", "published", "facts", "error")


def record(result: Result, view: View) -> dict[str, Any]:
    """The JSON object for one result in the given view."""
    if view == "clean":
        return clean_record(result)
    full = result.to_dict(explain=view == "explain")
    if view == "facts":
        return {key: full[key] for key in _FACTS_KEYS}
    return full


def clean_record(result: Result) -> dict[str, Any]:
    """The `newsum clean --format json` object: metadata, body and what was removed."""
    return {
        "schema_version": SCHEMA_VERSION,
        "source": result.source,
        "title": result.title,
        "author": result.author,
        "published": result.published,
        "body": result.body if result.ok else None,
        "removed": [
            {"line": r.line_no, "reason": r.reason, "text": r.text} for r in result.removed
        ],
        "error": result.error,
    }
