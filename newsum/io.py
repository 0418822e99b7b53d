"""Inputs and outputs: paths, directories and stdin to text; atomic writes. Nothing else."""

from __future__ import annotations

import codecs
import os
import sys
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsum.errors import InputError, OutputError

STDIN = "-"
# Extensions taken when a directory is given; other files are ignored.
ARTICLE_SUFFIXES = frozenset({".txt", ".html", ".htm", ".md"})
# Above this share of control characters a decoded file is treated as binary.
MAX_CONTROL_SHARE = 0.05
# Among equally clean decodings, prefer Windows-1252: browsers read "latin-1" pages as it,
# and it is what saved English news pages are when they are not UTF-8 (£ as A3, smart quotes).
WESTERN_ENCODINGS = ("cp1252", "latin_1", "iso8859_15")
CHAOS_TOLERANCE = 0.01
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def expand_inputs(paths: Iterable[str]) -> list[str]:
    """Turn the paths given into input names: files as given, directories walked in order.

    A directory with no articles stays in the list as itself, so reading it reports the problem
    as that input's error while the other inputs are still processed.
    """
    found: list[str] = []
    for path in paths:
        articles = list(walk_articles(path)) if path != STDIN and os.path.isdir(path) else []
        found.extend(articles or [path])
    return found


def walk_articles(root: str) -> Iterator[str]:
    """Article files under `root`, recursively, in sorted order; symlinked folders not followed."""
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs.sort()
        for name in sorted(files):
            if Path(name).suffix.lower() in ARTICLE_SUFFIXES:
                yield os.path.join(folder, name)


def read_bytes(source: str, max_bytes: int) -> bytes:
    """Read a file (or stdin for `-`), refusing inputs larger than `max_bytes`."""
    if source == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        data = _read_file(source, max_bytes)
    if len(data) > max_bytes:
        raise InputError(
            f"{source}: larger than {max_bytes:,} bytes; raise the limit with --max-bytes"
        )
    return data


def _read_file(source: str, max_bytes: int) -> bytes:
    """Read at most `max_bytes + 1` bytes of a file, with friendly errors."""
    try:
        with open(source, "rb") as handle:
            return handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(f"{source}: no such file; check the path") from None
    except IsADirectoryError:
        raise InputError(f"{source}: directory holds no .txt, .html or .md files") from None
    except PermissionError:
        raise InputError(f"{source}: permission denied; check the file's permissions") from None
    except OSError as exc:
        raise InputError(f"{source}: cannot be read ({exc.strerror or exc})") from None


def decode(data: bytes, source: str) -> str:
    """Bytes to text: a BOM wins, then strict UTF-8, then charset-normalizer's detection."""
    text = _decode_bom(data)
    if text is None:
        text = _decode_utf8(data)
    if text is None:
        text = _decode_detected(data, source)
    text = text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    if _looks_binary(text):
        raise _binary(source)
    return text


def _decode_bom(data: bytes) -> str | None:
    """Decode by byte-order mark, if there is one."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    return None


def _decode_utf8(data: bytes) -> str | None:
    """Decode strict UTF-8, or None when the bytes are not UTF-8."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _decode_detected(data: bytes, source: str) -> str:
    """Decode with the encoding charset-normalizer finds most likely."""
    from charset_normalizer import from_bytes  # deferred: only non-UTF-8 inputs pay for it

    matches = list(from_bytes(data))
    if not matches:
        raise _binary(source)
    least_chaos = min(m.chaos for m in matches)
    calm = [m for m in matches if m.chaos <= least_chaos + CHAOS_TOLERANCE]
    preferred = [m for m in calm if m.encoding in WESTERN_ENCODINGS]
    return str((preferred or calm)[0])


def _looks_binary(text: str) -> bool:
    """True when too many characters are control codes (other than whitespace)."""
    sample = text[:65536]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ch not in "\n\t\f\v" and unicodedata.category(ch) == "Cc")
    return controls / len(sample) > MAX_CONTROL_SHARE


def _binary(source: str) -> InputError:
    """The error for an input that is not text."""
    return InputError(f"{source}: looks like a binary file, not an article; give a text file")


def read_text(source: str, max_bytes: int) -> str:
    """Read and decode one input."""
    return decode(read_bytes(source, max_bytes), source)


def write_atomic(path: str, text: str) -> None:
    """Write `text` to `path` through a temporary file and a rename, so no half file is left."""
    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"{path}: cannot write here ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, target)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
        raise
