import re

from desktop.domain.phrases import alternation


def test_a_longer_phrase_wins_over_its_own_start():
    pattern = alternation(["for", "for example"])
    assert re.findall(pattern, "for example, Go") == ["for example"]


def test_phrases_are_matched_as_written_unless_any_spacing_is_asked_for():
    assert re.fullmatch(alternation(["e.g.", "C$"]), "C$")
    assert not re.fullmatch(alternation(["e.g."]), "eXgX")
    assert not re.fullmatch(alternation(["job title"]), "job \t title")
    assert re.fullmatch(alternation(["job title"], any_spacing=True), "job \t title")
