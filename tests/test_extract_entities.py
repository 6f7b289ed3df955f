from __future__ import annotations

from tests.conftest import facts_of


def by_id(facts):
    return {e.id: e for e in facts.entities}


def test_metonyms_and_adjectives_fold_into_countries():
    facts = facts_of("Tehran rejected the offer. Iranian officials said Washington and the "
                     "White House had misread Ankara’s position.")
    entities = by_id(facts)
    assert {"iran", "united-states", "turkey"} <= set(entities)
    assert {"Tehran", "Iranian"} <= set(entities["iran"].aliases)
    assert entities["iran"].kind == "country"


def test_people_fold_by_name_and_honorifics_are_stripped():
    facts = facts_of("Prime Minister Elena Varga arrived on Monday. Ms Varga later met Dr "
                     "Tariq Aziz Khan. Varga said little.")
    entities = by_id(facts)
    assert "elena-varga" in entities and "varga" not in entities
    assert "Ms Varga" in entities["elena-varga"].aliases
    assert "tariq-aziz-khan" in entities


def test_roles_and_affiliations_from_apposition_and_premodifiers():
    facts = facts_of(
        "Lucas Moreau, a senior fellow at the Atlantic Security Institute, spoke first. "
        "Kremlin spokesman Dmitry Peskov declined to comment. Later, director of the Grain "
        "Council, Peter Otieno, left.")
    entities = by_id(facts)
    assert entities["lucas-moreau"].role == "senior fellow at the Atlantic Security Institute"
    assert entities["lucas-moreau"].affiliation == "atlantic-security-institute"
    assert entities["dmitry-peskov"].role == "Kremlin spokesman"
    assert entities["dmitry-peskov"].affiliation == "russia"
    assert entities["peter-otieno"].role.startswith("director of the Grain Council")


def test_news_agencies_are_credited_not_actors():
    facts = facts_of('"We will rebuild," Mayor Sara Lund told AFP and Reuters.')
    assert set(facts.agencies) >= {"AFP", "Reuters"}
    assert not {"afp", "reuters"} & set(by_id(facts))
