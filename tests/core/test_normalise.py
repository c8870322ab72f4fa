"""Validation and normalisation of what people type, over many generated inputs."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_app.domain.errors import ValidationError
from crm_app.domain.normalise import (
    clean_text,
    fold,
    format_phone,
    normalise_country,
    normalise_email,
    normalise_phone,
    normalise_timezone,
    parse_local_datetime,
    sort_key,
    transliterate,
)
from crm_app.domain.schema import ENTITIES, normalise_changes

REGIONS = sorted(phonenumbers.SUPPORTED_REGIONS)


@given(st.text(max_size=80))
def test_clean_text_is_idempotent_and_trimmed(value: str) -> None:
    once = clean_text(value)
    assert clean_text(once) == once
    assert once == once.strip()
    assert "  " not in once


@given(st.text(max_size=60))
def test_fold_ignores_case_and_accents(value: str) -> None:
    assert fold(value.upper()) == fold(fold(value).upper())


@pytest.mark.parametrize(("typed", "folded"), [("Müller", "muller"), ("CITTÀ", "citta"),
                                                ("Ñandú", "nandu"), ("Łódź", "łodz")])
def test_fold_examples(typed: str, folded: str) -> None:
    assert fold(typed) == folded


@pytest.mark.parametrize(("name", "latin"), [("Иванов", "Ivanov"), ("Παπαδόπουλος", "Papadopoylos"),
                                             ("Müller", "Muller")])
def test_transliterate(name: str, latin: str) -> None:
    assert transliterate(name) == latin


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40))
def test_sort_key_is_ascii_and_never_fails(value: str) -> None:
    assert sort_key(value).isascii()


@given(st.sampled_from(REGIONS))
def test_example_numbers_normalise_to_e164_in_every_region(region: str) -> None:
    example = phonenumbers.example_number(region)
    if example is None:
        return
    national = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
    e164 = normalise_phone("phones", national, region)
    assert e164 == phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
    assert normalise_phone("phones", format_phone(e164), None) == e164


@given(st.text(alphabet="abc-() ", max_size=12))
def test_garbage_phones_are_refused_with_the_field_named(value: str) -> None:
    with pytest.raises(ValidationError) as info:
        normalise_phone("phones", value, "IT")
    assert info.value.field == "phones"


def test_national_number_without_country_asks_for_one() -> None:
    with pytest.raises(ValidationError, match="country"):
        normalise_phone("phones", "06 1234 5678", None)


@given(st.from_regex(r"[a-z]{1,10}\.[a-z]{1,10}@[a-z]{2,10}\.(it|com|jp)", fullmatch=True))
def test_valid_emails_are_kept_lower_domain(email: str) -> None:
    assert normalise_email("emails", email.upper()).split("@")[1] == email.split("@")[1]


@pytest.mark.parametrize("bad", ["plainaddress", "a@", "@b.it", "a b@c.it", "a@b"])
def test_invalid_emails_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError):
        normalise_email("emails", bad)


@pytest.mark.parametrize(("typed", "code"), [("it", "IT"), ("ITA", "IT"), ("Italy", "IT"),
                                             ("japan", "JP"), ("KOR", "KR")])
def test_countries(typed: str, code: str) -> None:
    assert normalise_country("country", typed) == code


@given(st.text(alphabet="xyzq", min_size=4, max_size=10))
def test_unknown_countries_are_refused(value: str) -> None:
    with pytest.raises(ValidationError, match="unknown country"):
        normalise_country("country", value)


def test_timezones_and_local_times() -> None:
    assert normalise_timezone("timezone", "asia/tokyo") == "Asia/Tokyo"
    with pytest.raises(ValidationError):
        normalise_timezone("timezone", "Mars/Olympus")
    moment = parse_local_datetime("starts_at", "2026-10-14 10:30", "Asia/Tokyo")
    assert moment.isoformat() == "2026-10-14T01:30:00+00:00"


@given(st.text(min_size=1, max_size=40).filter(lambda s: s.strip()))
def test_any_script_is_a_valid_contact_name(name: str) -> None:
    values = normalise_changes("contact", {"given_name": name})
    assert values["given_name"] == clean_text(name)


@pytest.mark.parametrize("entity", sorted(ENTITIES))
def test_every_entity_refuses_a_record_without_its_required_fields(entity: str) -> None:
    required = {f.name for f in ENTITIES[entity].fields if f.required}
    if not required:
        assert normalise_changes(entity, {}) == {}
        return
    with pytest.raises(ValidationError) as info:
        normalise_changes(entity, {})
    assert info.value.field in required
