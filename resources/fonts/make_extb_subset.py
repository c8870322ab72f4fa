"""Rebuild HanaMinB-ExtB-subset.ttf from Debian's fonts-hanazono (HanaMinB.ttf, 30 MB).

Kept: the CJK Extension B characters of JIS X 0213 (Japan) and HKSCS (Hong Kong), which
are the ones used in names there, plus a few well-known name characters outside both sets.
Anything else in Extension B prints as the replacement mark with a warning.
Run with fontTools installed:
    python make_extb_subset.py /usr/share/fonts/truetype/hanazono/HanaMinB.ttf
"""

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

# 𠮷 (tsuchi-yoshi, as in 𠮷野家) and other name characters missing from JIS X 0213 and HKSCS
EXTRA = "𠮷𡈽𡌛𥔎𤭢𨺉𠀋𪚲"


def main(source: str) -> None:
    cmap = TTFont(source).getBestCmap()
    keep = {ord(c) for c in EXTRA}
    for code in range(0x20000, 0x2A6E0):
        if code in cmap:
            for codec in ("shift_jis_2004", "euc_jis_2004", "big5hkscs"):
                try:
                    chr(code).encode(codec)
                except UnicodeEncodeError:
                    continue
                keep.add(code)
                break
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.layout_features = []
    font = TTFont(source)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(keep & set(cmap)))
    subsetter.subset(font)
    font.save(Path(__file__).with_name("HanaMinB-ExtB-subset.ttf"))


if __name__ == "__main__":
    main(sys.argv[1])
