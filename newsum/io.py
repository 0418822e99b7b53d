"""Inputs and outputs: paths, directories and stdin to text; atomic writes. Nothing else."""

from __future__ import annotations

import codecs
import os
import re
import secrets
import stat
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from fnmatch import fnmatch
from pathlib import Path
from typing import TextIO

from newsum.errors import InputError, OutputError

STDIN = "-"
# Extensions taken when a directory is given; other files are ignored.
ARTICLE_SUFFIXES = frozenset({".txt", ".html", ".htm", ".md"})
# Above this share of control characters a decoded file is treated as binary.
MAX_CONTROL_SHARE = 0.05
# Control characters (Unicode category Cc) other than tab, newline, vertical tab and form feed;
# one regex scan instead of a per-character category lookup (7x faster on the BBC corpus).
CONTROL = re.compile(r"[\x00-\x08\x0d-\x1f\x7f-\x9f]")
# Among equally clean decodings, prefer Windows-1252: browsers read "latin-1" pages as it,
# and it is what saved English news pages are when they are not UTF-8 (£ as A3, smart quotes).
WESTERN_ENCODINGS = ("cp1252", "latin_1", "iso8859_15")
CHAOS_TOLERANCE = 0.01
# Temporary files of atomic writes are named ".<name>.<random><TEMP_SUFFIX>".
TEMP_SUFFIX = ".tmp"
# A file that is UTF-8 but for a few stray bytes (a truncated character, a pasted cp1252 quote)
# stays UTF-8: detection on such bytes picks mac_roman or cp866 and garbles every "£".
MAX_BAD_UTF8_BYTES = 8
# Character pairs that UTF-8 read as Windows-1252 leaves behind ("Â£" for "£", "â€™" for "’").
MOJIBAKE_MARKERS = ("Â", "Ã", "â€")
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


def walk_articles(
    root: str, patterns: Sequence[str] = (), exclude: Iterable[str] = ()
) -> Iterator[str]:
    """Article files under `root`, recursively, in sorted order.

    Symlinked folders are followed once each (a loop back to a folder already walked is
    skipped); folders in `exclude` (an output folder inside the input) are not entered.
    `patterns` are shell globs matched against the file name or the path under `root`;
    without them, the article suffixes are taken.
    """
    skip = {_folder_id(path) for path in exclude if os.path.isdir(path)}
    seen = {_folder_id(root)}
    for folder, dirs, files in os.walk(root, followlinks=True):
        dirs[:] = [d for d in sorted(dirs) if _first_visit(os.path.join(folder, d), seen, skip)]
        for name in sorted(files):
            path = os.path.join(folder, name)
            if is_article(os.path.relpath(path, root), patterns) and not _is_special(path):
                yield path


def _is_special(path: str) -> bool:
    """True for a FIFO, socket or device found in a folder: reading one could block forever.

    A path that cannot be examined (a dangling link) is kept, so it is reported, not dropped.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode)


def is_article(relative: str, patterns: Sequence[str] = ()) -> bool:
    """True when a file under the input folder is one to process."""
    name = os.path.basename(relative)
    if not patterns:
        return Path(name).suffix.lower() in ARTICLE_SUFFIXES
    posix = Path(relative).as_posix()
    return any(fnmatch(name, p) or fnmatch(posix, p) for p in patterns)


def _folder_id(path: str) -> tuple[int, int]:
    """A folder's identity whatever path leads to it (device and inode)."""
    info = os.stat(path)
    return info.st_dev, info.st_ino


def _first_visit(path: str, seen: set[tuple[int, int]], skip: set[tuple[int, int]]) -> bool:
    """True (and remembered) for a folder not met yet and not excluded; unreadable: False."""
    try:
        folder = _folder_id(path)
    except OSError:
        return False
    if folder in seen or folder in skip:
        return False
    seen.add(folder)
    return True


def read_bytes(source: str, max_bytes: int) -> bytes:
    """Read a file (or stdin for `-`), refusing inputs larger than `max_bytes`."""
    if source == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        data = _read_file(source, max_bytes)
    return check_size(data, source, max_bytes)


def check_size(data: bytes, source: str, max_bytes: int) -> bytes:
    """The data, or an InputError naming --max-bytes when there is too much of it."""
    if len(data) > max_bytes:
        raise InputError(
            named(source, f"larger than {max_bytes:,} bytes; raise the limit with --max-bytes")
        )
    return data


def _read_file(source: str, max_bytes: int) -> bytes:
    """Read at most `max_bytes + 1` bytes of a file, with friendly errors."""
    try:
        with open(source, "rb") as handle:
            return handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(named(source, "no such file; check the path")) from None
    except IsADirectoryError:
        raise InputError(named(source, "directory holds no .txt, .html or .md files")) from None
    except PermissionError:
        raise InputError(named(source, "permission denied; check the file's permissions")) from None
    except OSError as exc:
        raise InputError(named(source, f"cannot be read ({exc.strerror or exc})")) from None


def named(path: str, problem: str) -> str:
    """A one-line message about a file: its printable name, then the problem."""
    return f"{display_name(path)}: {problem}"


def display_name(path: str) -> str:
    """A path safe to print on one line: undecodable bytes and control characters escaped."""
    text = path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode() for ch in text)


def decode(data: bytes, source: str) -> str:
    """Bytes to text: a BOM wins, then UTF-8 (mending a few bad bytes), then detection."""
    text = _decode_bom(data)
    if text is None:
        text = _decode_utf8(data)
    if text is None:
        text = _decode_detected(data, source)
    text = text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    if _looks_binary(text):
        raise _binary(source)
    return _repair(text)


def _repair(text: str) -> str:
    """Compose accents (NFC) and undo double-encoded UTF-8 ("Â£", "â€™") with ftfy."""
    if any(marker in text for marker in MOJIBAKE_MARKERS):
        import ftfy  # deferred: only text that shows the telltale pairs pays for it

        text = ftfy.fix_encoding(text)
    return unicodedata.normalize("NFC", text)


def _decode_bom(data: bytes) -> str | None:
    """Decode by byte-order mark, if there is one."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    return None


def _decode_utf8(data: bytes) -> str | None:
    """UTF-8, with the odd invalid byte read as Windows-1252; None when it is not UTF-8."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    bad = data.decode("utf-8", "replace").count("\ufffd")
    if bad > max(MAX_BAD_UTF8_BYTES, len(data) // 1000):
        return None
    return data.decode("utf-8", "newsum-cp1252")


def _cp1252_byte(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: an invalid UTF-8 byte becomes its Windows-1252 character."""
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start:error.end]
    return bad.decode("cp1252", "replace"), error.end


codecs.register_error("newsum-cp1252", _cp1252_byte)


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
    return len(CONTROL.findall(sample)) / len(sample) > MAX_CONTROL_SHARE


def _binary(source: str) -> InputError:
    """The error for an input that is not text."""
    return InputError(named(source, "looks like a binary file, not an article; give a text file"))


def read_text(source: str, max_bytes: int) -> str:
    """Read and decode one input."""
    return decode(read_bytes(source, max_bytes), source)


def write_atomic(path: str, text: str) -> None:
    """Write `text` to `path` through a temporary file and a rename, so no half file is left."""
    with atomic_writer(path) as handle:
        write_text(handle, text, path)


def write_text(handle: TextIO, text: str, path: str) -> None:
    """Write to an output file, a full disk or a vanished folder becoming an OutputError."""
    try:
        handle.write(text)
    except OSError as exc:
        raise OutputError(named(path, f"cannot write ({exc.strerror or exc})")) from None


@contextmanager
def atomic_writer(path: str) -> Iterator[TextIO]:
    """A text handle on a temporary file that replaces `path` only when the block completes.

    On any exception, Ctrl-C included, the temporary file is removed and `path` is untouched.
    The temporary name is chosen before the try block and the file created inside it, so no
    moment exists when an interruption could leave the temporary file behind.
    """
    target = Path(path)
    tmp = target.parent / f".{target.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}"
    in_block = False  # errors of the caller's block pass through unchanged
    try:
        with open(tmp, "x", encoding="utf-8") as handle:
            in_block = True
            yield handle
            in_block = False
        os.replace(tmp, target)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and not in_block:
            raise OutputError(named(path, f"cannot write ({exc.strerror or exc})")) from None
        raise


def make_folder(path: str) -> None:
    """Create a folder and its parents, with a friendly error."""
    try:
        os.makedirs(path, exist_ok=True)
    except OSError as exc:
        problem = f"cannot create this folder ({exc.strerror or exc})"
        raise OutputError(named(path, problem)) from None


def remove_temporaries(folder: str) -> int:
    """Delete temporary files an earlier, killed run left under `folder`; return how many."""
    removed = 0
    for parent, _dirs, files in os.walk(folder):
        for name in files:
            if name.startswith(".") and name.endswith(TEMP_SUFFIX):
                Path(parent, name).unlink(missing_ok=True)
                removed += 1
    return removed
