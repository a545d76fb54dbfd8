"""One slugify for every address the project makes, and one accent folding."""

from __future__ import annotations

from aid_archive.slugs import fold, slugify


def test_slugs_are_ascii_words_with_apostrophes_joined_and_accents_dropped() -> None:
    assert slugify("Shanghai's Jinshan District sends its 11th team") == "shanghais-jinshan-district-sends-its-11th-team"
    assert slugify("Des médecins de Pékin au Xinjiang") == "des-medecins-de-pekin-au-xinjiang"
    assert slugify("北京医生 in Xinjiang") == "in-xinjiang"
    assert slugify("北京医生") == ""


def test_a_word_limit_never_ends_on_a_word_that_reads_cut_off() -> None:
    assert slugify("Doctors sent to the aid of the Tibet hospital", max_words=6) == "doctors-sent-to-the-aid"
    assert slugify("The", max_words=3) == "the"


def test_a_length_limit_leaves_no_dash_at_the_end() -> None:
    assert slugify("abcd efgh", max_chars=5) == "abcd"


def test_folding_ignores_case_accents_and_surrounding_space() -> None:
    assert fold(" Québec ") == fold("QUEBEC") == "quebec"
    assert fold("西藏") == "西藏"
