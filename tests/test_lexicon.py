from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from generator.lexicon import fold_accents, load_lexicon


@given(st.text())
def test_folding_accents_keeps_every_character_in_place(text):
    folded = fold_accents(text)
    assert len(folded) == len(text)
    assert all(a == b for a, b in zip(folded, text, strict=True) if b.isascii())


def test_folding_accents_gives_base_letters():
    assert fold_accents("São Tomé and Príncipe’s Chișinău Łódź") == \
        "Sao Tome and Principe’s Chisinau Lodz"


def test_country_lookups_and_place_matches_ignore_accents():
    lex = load_lexicon()
    assert lex.country("São Tomé and Príncipe's") == lex.country("Sao Tome and Principe")
    assert lex.is_metonym("Malé") and lex.country("Malé") == "Maldives"
    text = "Officials in Yaoundé and Asuncion said so."
    found = [text[m.start():m.end()] for m in lex.places_in(text)]
    assert found == ["Yaoundé", "Asuncion"]
