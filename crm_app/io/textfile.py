"""Reading text files of unknown origin: encoding and CSV delimiter detection.

Exports come from Outlook on an Italian Windows (Windows-1252, semicolons), from Google
(UTF-8, commas), from Excel "Unicode text" (UTF-16, tabs) and from Macs (UTF-8 with BOM).
"""

from __future__ import annotations

import codecs
import csv
import io

from crm_app.domain.errors import DomainError

DELIMITERS = (",", ";", "\t")


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name). BOMs first, then UTF-16 without BOM, UTF-8, Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(name, errors="replace"), "utf-16"
    sample = data[:4000]
    if sample and sample.count(0) > len(sample) // 4:
        # ASCII text in UTF-16 has a NUL in every other byte; its side tells the byte order.
        even_nuls = sample[0::2].count(0)
        odd_nuls = sample[1::2].count(0)
        name = "utf-16-be" if even_nuls > odd_nuls else "utf-16-le"
        return data.decode(name, errors="replace"), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "windows-1252"


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


def read_rows(text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """(header, [(line number, cells)]) of a CSV text; blank rows are skipped."""
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            if header is None:
                if any(c.strip() for c in cells):
                    header = [c.strip().strip("\ufeff") for c in cells]
            elif any(c.strip() for c in cells):
                rows.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise DomainError(f"line {reader.line_num}: not a readable CSV file ({exc})") from None
    if header is None:
        raise DomainError("the file is empty: no header row found")
    return header, rows
