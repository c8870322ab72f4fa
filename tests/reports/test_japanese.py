"""Japanese readings for Latin forms (report names, sort keys)."""

from __future__ import annotations

from crm_app.domain.japanese import is_japanese, romanise
from crm_app.domain.normalise import sort_key, transliterate


def test_japanese_readings_not_mandarin() -> None:
    assert romanise("阿部") == "Abe"
    assert romanise("山田 太郎") == "Yamada Taro"  # passport Hepburn: no "Tarou"
    assert romanise("井上") == "Inoue"  # a real "ou" across morae stays
    assert romanise("𠮷田") == "Yoshida"


def test_which_names_are_read_as_japanese() -> None:
    assert is_japanese("すずき")  # kana: always
    assert is_japanese("阿部", "ja") and not is_japanese("阿部", "zh")
    assert not is_japanese("Abe", "ja")


def test_sort_key_hook_uses_japanese_readings_for_kana_and_ja() -> None:
    assert transliterate("すずき はなこ") == "Suzuki Hanako"
    assert transliterate("阿部", "ja") == "Abe"
    assert transliterate("王伟") == "WangWei"  # Chinese stays with anyascii
    assert sort_key("すずき") == "suzuki"
