"""Rebuild coverage.json: each bundled family's characters as [first, last] ranges, so the
report code knows which files to open for a character without parsing every font first.
Run after changing the fonts: python resources/fonts/make_coverage.py (tests check it)."""

import json
from pathlib import Path

from crm_app.reports.fonts import FAMILIES, bundled_fonts


def ranges(codes: set[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for code in sorted(codes):
        if out and code == out[-1][1] + 1:
            out[-1][1] = code
        else:
            out.append([code, code])
    return out


def main() -> None:
    fonts = bundled_fonts()
    data = {f.name: ranges(set(fonts.cmap(f))) for f in FAMILIES}
    path = Path(__file__).with_name("coverage.json")
    path.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
