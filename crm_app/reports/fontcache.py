"""TrueType faces as ReportLab parsed them, kept in the per-user cache between processes.

`TTFont(name, file)` reads the whole file and builds the character map and the widths of
every glyph in Python: 15-25 ms for a Noto face, 120-300 ms for the CJK fallbacks, and a
command-line report pays it again in every process. `load_font` keeps that parsed state in
the user's cache folder (one pickle per face) and builds the same `TTFont` from it; the font
file itself is still read, since ReportLab cuts the embedded subset out of its bytes.

An entry is used only when it was written for the same font file (size and modification
time), the same ReportLab version and this cache format; anything else (another version, a
corrupt or truncated file, a cache folder that cannot be written) falls back to parsing, and
the entry is rewritten when possible. The pickles hold plain values only (the loader refuses
every class), so a tampered cache file cannot run code.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import tempfile
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

FORMAT = 1  # bump when what is stored changes
_NOT_STORED = ("_ttf_data", "_pdfScale")  # the file's bytes; a function made from unitsPerEm
_NAME = "__ttfname__"  # marks a TTFNameBytes (bytes with its decoded text), stored as text


def cache_folder() -> Path:
    from crm_app.paths import user_dirs

    return Path(user_dirs().user_cache_dir) / "fonts"


def load_font(name: str, file: Path, folder: Path | None = None) -> TTFont:
    """`TTFont(name, file)`, from the cache in `folder` (default: `cache_folder()`) when it
    holds this face; else parsed, and the cache entry written."""
    file = Path(file)
    folder = cache_folder() if folder is None else folder
    entry = folder / _entry_name(file)
    key = _key(file)
    data = file.read_bytes()
    state = _read(entry, key)
    if state is not None:
        try:
            return _font(name, file, data, state)
        except Exception:  # an entry that reads but does not fit: parse instead
            pass
    font = TTFont(name, str(file))
    _write(entry, key, font.face)
    return font


def _entry_name(file: Path) -> str:
    where = hashlib.sha256(str(file.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"{file.stem}-{where}.pickle"


def _key(file: Path) -> tuple[Any, ...]:
    info = file.stat()
    return (FORMAT, reportlab.Version, info.st_size, info.st_mtime_ns)


class _PlainUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"font cache holds only plain values, not {module}.{name}")


def _loads(blob: bytes) -> Any:
    return _PlainUnpickler(io.BytesIO(blob)).load()


def _read(entry: Path, key: tuple[Any, ...]) -> dict[str, Any] | None:
    try:
        stored_key, state = _loads(entry.read_bytes())
    except Exception:  # missing, unreadable, truncated, corrupt, or from another format
        return None
    if tuple(stored_key) != key or not isinstance(state, dict):
        return None
    return state


def _write(entry: Path, key: tuple[Any, ...], face: TTFontFace) -> None:
    state: dict[str, Any] = {}
    for attribute, value in vars(face).items():
        if attribute in _NOT_STORED:
            continue
        state[attribute] = {_NAME: value.ustr} if isinstance(value, TTFNameBytes) else value
    try:
        blob = pickle.dumps((key, state), protocol=pickle.HIGHEST_PROTOCOL)
        _loads(blob)  # a value this loader would refuse: keep parsing, store nothing
    except Exception:
        return
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=entry.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(blob)
            os.replace(temporary, entry)  # readers see the old entry or the new, never half
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:  # a read-only or full cache folder costs time, never a report
        return


def _font(name: str, file: Path, data: bytes, state: dict[str, Any]) -> TTFont:
    """What `TTFont(name, file)` builds (reportlab/pdfbase/ttfonts.py, TTFont.__init__ and
    TTFontFile.extractInfo), from the stored state; tests/reports/test_startup.py checks
    that the two match attribute for attribute."""
    face = TTFontFace.__new__(TTFontFace)
    for attribute, value in state.items():
        if isinstance(value, dict) and set(value) == {_NAME}:
            value = TTFNameBytes(str(value[_NAME]).encode("utf-8"))
        setattr(face, attribute, value)
    face._ttf_data = data
    face.filename = str(file)
    units = int(face.unitsPerEm)
    if units == 1000:
        face._pdfScale = lambda x: x
    else:
        per_1000 = 1000 / units
        face._pdfScale = lambda x: x * per_1000
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
    return font
