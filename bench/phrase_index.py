"""Write newsum/data/chrome_phrases.index.json: how each default chrome pattern is filed.

Usage:
  python bench/phrase_index.py           # rewrite the file after editing chrome_phrases.txt
  python bench/phrase_index.py --check   # exit 1 when the file is out of date

newsum files every phrase pattern in its rule index under the text a line must open with or
hold (newsum/chrome/rules.py). Reading the filings from this file saves parsing hundreds of
patterns each time a process starts; tests/test_chrome.py fails while the file is stale.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from newsum.chrome.rules import FILINGS_FILE, filings_json

OUT = Path(__file__).resolve().parent.parent / "newsum" / "data" / FILINGS_FILE


def main(argv: Sequence[str] | None = None) -> int:
    """Rewrite (or with --check, compare) the filings file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is current")
    args = parser.parse_args(argv)
    text = filings_json()
    current = OUT.exists() and OUT.read_text(encoding="utf-8") == text
    if args.check:
        print(f"{OUT.name}: {'current' if current else 'out of date'}")
        return 0 if current else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - 3} patterns)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
