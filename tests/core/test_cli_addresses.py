"""`crm contact add/edit --address KIND;STREET;CITY;POSTCODE;REGION;COUNTRY[;LABEL]`, `show`."""

from __future__ import annotations

from tests.core.test_cli import Cli, cli  # noqa: F401  (the fixture)


def test_add_edit_and_show_addresses(cli: Cli) -> None:  # noqa: F811
    made = cli.json("contact", "add", "--family-name", "Rossi",
                    "--address", "work;Via Roma 1;Milano;20121;MI;IT",
                    "--address", "home;;Torino;;;italy;Casa al mare")
    assert [(a["kind"], a["city"], a["country"], a["label"]) for a in made["addresses"]] == [
        ("work", "Milano", "IT", ""), ("home", "Torino", "IT", "Casa al mare")]
    edited = cli.json("contact", "edit", made["id"], "--address", "other;Hauptstr. 5;Berlin;;;DE")
    assert [a["city"] for a in edited["addresses"]] == ["Milano", "Torino", "Berlin"]
    code, out, _ = cli("contact", "show", made["id"])
    assert code == 0
    assert "work: Via Roma 1, 20121 Milano MI, Italy" in out
    assert "home (Casa al mare): Torino, Italy" in out
    cleared = cli.json("contact", "edit", made["id"], "--clear-addresses",
                       "--address", "work;;Napoli")
    assert [a["city"] for a in cleared["addresses"]] == ["Napoli"]


def test_a_bad_address_is_one_line_and_changes_nothing(cli: Cli) -> None:  # noqa: F811
    made = cli.json("contact", "add", "--family-name", "Rossi")
    assert "at least a street" in cli.fails("contact", "edit", made["id"], "--address", "work;;;")
    assert "unknown country" in cli.fails("contact", "add", "--family-name", "X",
                                          "--address", "work;;Roma;;;Narnia")
    assert "not one of" in cli.fails("contact", "add", "--family-name", "X",
                                     "--address", "office;Via Po 2")
