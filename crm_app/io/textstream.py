"""A text file read as a stream of lines, in the encoding textfile.decode_file would choose.

A 620,000-row export is 50 MB of bytes and up to four times that as one Python string; the
table importer reads it line by line instead, so memory does not grow with the file. The
choice of encoding makes the same decisions as decode_file (BOM, UTF-16 without BOM, UTF-8,
UTF-8 with a few lines in another encoding, then a legacy code page) from one pass over the
bytes in blocks, keeping only what the decision needs.
"""

from __future__ import annotations

import codecs
import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from crm_app.domain.errors import DomainError, Message
from crm_app.io.textfile import SHOWN_LINES, codec_label, legacy_codec, refuse_binary

BLOCK = 1 << 20
# Bytes of the lines that are not UTF-8 kept for guessing their encoding (legacy_codec reads
# 200 KB); more would only cost memory.
KEPT_BAD_BYTES = 200_000


@dataclass
class TextSource:
    """How to read one file as text; `lines()` may be called again (preview, then import)."""

    path: Path
    encoding: str  # shown to the user
    codec: str  # what decodes it (for "mixed": the codec of the lines that are not UTF-8)
    note: str = ""
    mixed: bool = False  # UTF-8, line by line, with `codec` for the lines that are not
    skip: int = 0  # bytes of a byte order mark
    size: int = 0
    digest: str = ""  # sha256 of the bytes: an import refuses a file changed since its preview
    warnings: list[str] = field(default_factory=list)

    def lines(self) -> Iterator[str]:
        """Decoded lines with their line ends (what csv.reader wants); NULs removed."""
        with self.path.open("rb") as raw:
            raw.seek(self.skip)
            if self.mixed:
                for line in raw:
                    try:
                        text = line.decode("utf-8")
                    except UnicodeDecodeError:
                        text = line.decode(self.codec, errors="replace")
                    yield text.replace("\x00", "")
                return
            reader = io.TextIOWrapper(raw, encoding=self.codec, errors="replace", newline="")
            for text in reader:
                yield text.replace("\x00", "")

    def changed(self) -> bool:
        return _digest(self.path)[0] != self.digest


def _digest(path: Path) -> tuple[str, int]:
    """(sha256 of the bytes, NUL bytes among them)."""
    digest, nuls = hashlib.sha256(), 0
    with path.open("rb") as raw:
        for block in iter(lambda: raw.read(BLOCK), b""):
            digest.update(block)
            nuls += block.count(0)
    return digest.hexdigest(), nuls


def open_text(path: Path, override: str | None = None) -> TextSource:
    """Decide how to read `path` (one pass over its bytes, in blocks)."""
    size = path.stat().st_size
    with path.open("rb") as raw:
        head = raw.read(4000)
    if override:
        try:
            codec = codecs.lookup(override).name
        except LookupError:
            raise DomainError("unknown encoding {value!r} (e.g. utf-8, windows-1252, "
                              "shift_jis, gb18030)", value=override) from None
        skip = len(codecs.BOM_UTF8) if head.startswith(codecs.BOM_UTF8) and \
            codec.startswith("utf-8") else 0
        source = TextSource(path, override, codec, "chosen, not detected", skip=skip)
    else:
        source = _detect(path, head)
    source.size = size
    source.digest, nuls = _digest(path)
    if nuls and not source.codec.startswith("utf-16"):  # in UTF-16 they are half of ASCII
        source.warnings.append(Message("{count} NUL byte(s) removed from the file",
                                          count=nuls))
    first = "".join(line for _, line in zip(range(40), source.lines(), strict=False))
    refuse_binary(first)
    return source


def _detect(path: Path, head: bytes) -> TextSource:
    if head.startswith(codecs.BOM_UTF8):
        return TextSource(path, "utf-8-sig", "utf-8", "byte order mark",
                          skip=len(codecs.BOM_UTF8))
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return TextSource(path, "utf-16", name, "byte order mark", skip=len(bom))
    if head and head.count(0) > len(head) // 4:
        even_nuls, odd_nuls = head[0::2].count(0), head[1::2].count(0)
        if min(even_nuls, odd_nuls) < max(even_nuls, odd_nuls) // 8:
            name = "utf-16-be" if even_nuls > odd_nuls else "utf-16-le"
            return TextSource(path, name, name, "no byte order mark")
    good_non_ascii, kept_bytes = 0, 0
    bad: list[int] = []
    kept: list[bytes] = []
    with path.open("rb") as raw:
        for number, line in enumerate(raw, start=1):
            if line.isascii():
                continue
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                bad.append(number)
                if kept_bytes < KEPT_BAD_BYTES:
                    kept.append(line)
                    kept_bytes += len(line)
                continue
            good_non_ascii += 1
    if not bad:
        return TextSource(path, "utf-8", "utf-8")
    if good_non_ascii and len(bad) <= good_non_ascii:
        codec = legacy_codec(b"".join(kept))
        shown = ", ".join(str(n) for n in bad[:SHOWN_LINES]) + (" ..." if len(bad) > 5 else "")
        return TextSource(path, "utf-8", codec,
                          f"UTF-8 with {len(bad)} line(s) in {codec_label(codec)}: line {shown}",
                          mixed=True,
                          warnings=[f"{len(bad)} line(s) were not UTF-8 and were read as "
                                    f"{codec_label(codec)} (line {shown}); check them"])
    with path.open("rb") as raw:
        codec = legacy_codec(raw.read(200_000))
    return TextSource(path, codec_label(codec), codec,
                      "not UTF-8; detected" if codec != "cp1252" else "not UTF-8")
