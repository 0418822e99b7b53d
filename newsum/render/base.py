"""What the human-readable renderers share: skip failures, separate results, flush each."""

from __future__ import annotations

from typing import TextIO

from newsum.models import Result
from newsum.render import View


class HumanRenderer:
    """Writes one successful result at a time; failures are reported on stderr by the caller."""

    def __init__(self, out: TextIO, view: View) -> None:
        self.out, self.view = out, view
        self.count = 0

    def begin(self) -> None:
        """Nothing precedes the first result."""

    def add(self, result: Result) -> None:
        """Write one result, preceded by a separator when it is not the first."""
        if not result.ok:
            return
        if self.count:
            self.separate()
        self.write(result)
        self.out.flush()
        self.count += 1

    def end(self) -> None:
        """Nothing follows the last result."""

    def separate(self) -> None:
        """Mark the boundary between two results."""
        raise NotImplementedError

    def write(self, result: Result) -> None:
        """Write one result."""
        raise NotImplementedError
