"""Reading text files of unknown origin: encoding and CSV delimiter detection.

Exports come from Outlook on an Italian Windows (Windows-1252, semicolons), from Google
(UTF-8, commas), from Excel "Unicode text" (UTF-16, tabs) and from Macs (UTF-8 with BOM).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice, pairwise

from crm_app.domain.errors import DomainError, Message

DELIMITERS = (",", ";", "\t")


# What charset-normalizer may choose from once the bytes do not look Western: East Asian
# and the non-Latin scripts of the offices' contacts.
CANDIDATES = ["cp932", "euc_jp", "gb18030", "big5", "cp949", "cp1251", "koi8_r", "cp1253",
              "cp1255", "cp1256", "cp1252"]
SHOWN_LINES = 5


@dataclass
class Decoded:
    text: str
    encoding: str
    note: str = ""  # how it was chosen, for the preview
    warnings: list[str] = field(default_factory=list)


def _looks_western(data: bytes) -> bool:
    """Western text has lone accented letters between ASCII ones ("Müller", "Qualité");
    CJK and Cyrillic are runs of high bytes. Short Latin text fools charset detectors."""
    high = [i for i, b in enumerate(data[:200_000]) if b >= 0x80]
    if not high:
        return True
    paired = sum(1 for a, b in pairwise(high) if b == a + 1)
    return paired * 2 < len(high)


def legacy_codec(data: bytes) -> str:
    """The encoding of bytes that are not UTF-8: Western text as Windows-1252, East Asian and
    other scripts by charset-normalizer."""
    if _looks_western(data):
        return "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=CANDIDATES).best()
    return str(best.encoding) if best is not None else "cp1252"


def codec_label(codec: str) -> str:
    return {"cp1252": "windows-1252", "cp932": "shift_jis (cp932)",
            "cp949": "euc-kr (cp949)"}.get(codec, codec.replace("_", "-"))


def _mixed(data: bytes) -> Decoded | None:
    """A UTF-8 file with a few lines in another encoding (a record pasted from an old
    export): each line decoded on its own, so one Latin-1 byte garbles only its line."""
    lines = data.split(b"\n")
    good_non_ascii = 0
    bad: list[int] = []
    decoded: list[str | None] = []
    for number, raw in enumerate(lines, start=1):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            bad.append(number)
            decoded.append(None)
            continue
        good_non_ascii += not raw.isascii()
        decoded.append(text)
    if not good_non_ascii or len(bad) > good_non_ascii:
        return None
    codec = legacy_codec(b"\n".join(lines[n - 1] for n in bad))
    text = "\n".join(t if t is not None else lines[i].decode(codec, errors="replace")
                     for i, t in enumerate(decoded))
    shown = ", ".join(str(n) for n in bad[:SHOWN_LINES]) + (" ..." if len(bad) > 5 else "")
    note = f"UTF-8 with {len(bad)} line(s) in {codec_label(codec)}: line {shown}"
    return Decoded(text, "utf-8", note,
                   [f"{len(bad)} line(s) were not UTF-8 and were read as {codec_label(codec)} "
                    f"(line {shown}); check them"])


def decode_file(data: bytes, override: str | None = None) -> Decoded:
    """Text of a file: BOMs first, then UTF-16 without BOM, UTF-8 (line by line when a few
    lines are not), then charset-normalizer's guess. `override` (--encoding) wins."""
    if override:
        try:
            codecs.lookup(override)
        except LookupError:
            raise DomainError("unknown encoding {value!r} (e.g. utf-8, windows-1252, "
                              "shift_jis, gb18030)", value=override) from None
        result = Decoded(data.decode(override, errors="replace").lstrip("\ufeff"), override,
                         "chosen, not detected")
    else:
        result = _detect(data)
    return _clean(result)


def _detect(data: bytes) -> Decoded:
    if data.startswith(codecs.BOM_UTF8):
        return Decoded(data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"),
                       "utf-8-sig", "byte order mark")
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return Decoded(data[len(bom):].decode(name, errors="replace"), "utf-16",
                           "byte order mark")
    sample = data[:4000]
    if sample and sample.count(0) > len(sample) // 4:
        # ASCII text in UTF-16 has a NUL in every other byte; its side tells the byte order.
        even_nuls = sample[0::2].count(0)
        odd_nuls = sample[1::2].count(0)
        if min(even_nuls, odd_nuls) < max(even_nuls, odd_nuls) // 8:
            name = "utf-16-be" if even_nuls > odd_nuls else "utf-16-le"
            return Decoded(data.decode(name, errors="replace"), name, "no byte order mark")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if data.lstrip()[:6].upper() == b"BEGIN:":
        # vCard/iCalendar writers fold at 75 bytes, sometimes inside a UTF-8 character;
        # unfolding (what the parsers do anyway) puts the character together again
        unfolded = re.sub(rb"\r?\n[ \t]", b"", data)
        try:
            return Decoded(unfolded.decode("utf-8"), "utf-8",
                           "a character was split by line folding")
        except UnicodeDecodeError:
            pass
    mixed = _mixed(data)
    if mixed is not None:
        return mixed
    codec = legacy_codec(data)
    return Decoded(data.decode(codec, errors="replace"), codec_label(codec),
                   "not UTF-8; detected" if codec != "cp1252" else "not UTF-8")


def refuse_binary(text: str) -> None:
    """A binary file is refused before any parser sees it: judged on its first 4,000
    characters (control characters, NULs and replacement characters)."""
    head = text[:4000]
    control = sum(1 for c in head if (ord(c) < 32 and c not in "\t\n\r\f\x00")
                  or c == "\ufffd" or 0x7f <= ord(c) < 0xa0)
    if head and (control + head.count("\x00")) > max(8, len(head) // 20):
        raise DomainError("this is not a text file (it holds binary data); nothing imported")


def _clean(result: Decoded) -> Decoded:
    """NUL bytes out (with a warning); a binary file refused before any parser sees it."""
    text = result.text
    refuse_binary(text)
    nuls = text.count("\x00")
    if nuls:
        result.text = text.replace("\x00", "")
        result.warnings.append(Message("{count} NUL byte(s) removed from the file",
                                          count=nuls))
    return result


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name), as decode_file() chooses them."""
    result = decode_file(data)
    return result.text, result.encoding


def sniff_delimiter(text: str) -> str:
    """The delimiter of a CSV text: the one that splits the first lines most consistently."""
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    if not lines:
        return ","
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        pass
    header = lines[0]
    counts = {d: header.count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def printable(text: str, limit: int = 80) -> str:
    """Text from a file made safe for a one-line message: no control characters."""
    clean = "".join(c if c.isprintable() else " " for c in text)
    return " ".join(clean.split())[:limit]


def _swallowed(cells: list[str], columns: int, delimiter: str) -> bool:
    """A quoted cell holding whole rows: a stray quote ate the lines after it."""
    for cell in cells:
        if "\n" in cell:
            inner = cell.split("\n")[1:]
            if any(line.count(delimiter) >= max(2, columns - 1) for line in inner):
                return True
    return False


def iter_rows(text: str) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """(header, rows one at a time as (line number, cells)) of a CSV text; see rows_of()."""
    return rows_of(io.StringIO(text, newline=""))


class _Counted:
    """Lines passed through to csv.reader, counting the quotes seen so far."""

    def __init__(self, lines: Iterable[str]) -> None:
        self.lines = iter(lines)
        self.quotes = 0

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = next(self.lines)
        self.quotes += line.count('"')
        return line


def rows_of(lines: Iterable[str]) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """(header, rows one at a time as (line number, cells)) of CSV lines (with their line
    ends); blank rows are skipped. Rows are not kept, so a big export streams. A quote that
    is never closed refuses the whole file (it would turn the rest into one garbage row)."""
    source = iter(lines)
    sample = list(islice(source, 20))
    delimiter = sniff_delimiter("".join(sample))
    counted = _Counted(chain(sample, source))
    reader = csv.reader(counted, delimiter=delimiter)
    header: list[str] | None = None
    start = 1
    try:
        for cells in reader:
            start = reader.line_num + 1
            if any(c.strip() for c in cells):
                header = [c.strip().strip("\ufeff") for c in cells]
                break
    except csv.Error as exc:
        raise DomainError("line {line}: not a readable CSV file ({reason})",
                          line=reader.line_num, reason=printable(str(exc))) from None
    if header is None:
        raise DomainError("the file is empty: no header row found")

    def unclosed(line: int) -> DomainError:
        return DomainError("line {line}: a quote (\") opened here is never closed properly, "
                           "so the rows after it would be read as one; fix the quote, nothing "
                           "was imported", line=line)

    def rows(start: int) -> Iterator[tuple[int, list[str]]]:
        assert header is not None
        waiting: tuple[int, list[str]] | None = None  # one row behind: is it the last?
        try:
            for cells in reader:
                if any(c.strip() for c in cells):
                    if _swallowed(cells, len(header), delimiter):
                        raise unclosed(start)
                    if waiting is not None:
                        yield waiting
                    waiting = (start, cells)
                start = reader.line_num + 1
        except csv.Error as exc:
            raise DomainError("line {line}: not a readable CSV file ({reason})",
                              line=reader.line_num, reason=printable(str(exc))) from None
        if waiting is not None:
            if counted.quotes % 2 == 1 and any("\n" in c for c in waiting[1]):
                raise unclosed(waiting[0])
            yield waiting

    return header, rows(start)


def read_rows(text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """(header, [(line number, cells)]) of a CSV text; see iter_rows()."""
    header, rows = iter_rows(text)
    return header, list(rows)
