"""JSON (one object, or an array for several inputs) and JSON Lines."""

from __future__ import annotations

import json
from typing import TextIO

from newsum.models import Result
from newsum.render import View
from newsum.render.records import record


class JsonRenderer:
    """Streams records; in an array each one waits only until the next decides its comma."""

    def __init__(self, out: TextIO, view: View, lines: bool, many: bool) -> None:
        self.out, self.view, self.lines, self.many = out, view, lines, many
        self.pending: str | None = None

    def begin(self) -> None:
        """Open the array when several inputs go to one JSON document."""
        if self.many and not self.lines:
            self.out.write("[\n")

    def add(self, result: Result) -> None:
        """Write one record (error records included: they are data too)."""
        data = record(result, self.view)
        if self.lines:
            self.out.write(json.dumps(data, ensure_ascii=False) + "\n")
        elif not self.many:
            self.out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        else:
            self._flush_pending(",\n")
            self.pending = _indent(json.dumps(data, ensure_ascii=False, indent=2))
        self.out.flush()

    def end(self) -> None:
        """Close the array."""
        if self.many and not self.lines:
            self._flush_pending("\n")
            self.out.write("]\n")

    def _flush_pending(self, after: str) -> None:
        """Write the held-back array item followed by `after`."""
        if self.pending is not None:
            self.out.write(self.pending + after)
            self.pending = None


def _indent(text: str) -> str:
    """Indent a JSON document by two spaces to nest it inside the array."""
    return "\n".join("  " + line for line in text.splitlines())
