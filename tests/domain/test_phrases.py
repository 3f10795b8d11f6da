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


def test_phrases_that_differ_in_case_keep_the_longest_first_when_case_is_ignored():
    pattern = alternation(["React", "react native", "REACT NATIVE CLI"], ignore_case=True)
    assert re.findall(pattern, "React Native and react", re.IGNORECASE) == ["React Native", "react"]


def test_phrases_that_share_a_start_are_written_with_it_once():
    """Two thousand skill names tried one after another cost two thousand steps a character;
    sharing their starts, one step a branch."""
    pattern = alternation(["Java", "JavaScript", "Jakarta EE", "Jamstack"])
    assert pattern.count("Ja") == 1
    found = re.findall(pattern, "JavaScript, Java, Jamstack and Jakarta EE")
    assert found == ["JavaScript", "Java", "Jamstack", "Jakarta EE"]
