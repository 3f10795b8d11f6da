"""`gigdesk --install-desktop-entry` puts Gigdesk, with its icon, in the applications menu."""

import configparser

from desktop import APP_ID
from desktop.cli import main
from desktop.desktop_entry import desktop_entry


def test_the_entry_and_icon_go_to_the_users_data_home(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert main(["--install-desktop-entry"]) == 0
    entry = tmp_path / "share" / "applications" / f"{APP_ID}.desktop"
    icon = tmp_path / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert capsys.readouterr().out.split() == [str(entry), str(icon)]
    assert icon.read_text(encoding="utf-8").lstrip().startswith("<svg")
    parsed = configparser.ConfigParser(interpolation=None)
    parsed.read(entry, encoding="utf-8")
    values = parsed["Desktop Entry"]
    assert (values["Type"], values["Name"], values["Icon"]) == ("Application", "Gigdesk", APP_ID)
    assert values["Exec"].endswith("-m desktop") and values["Terminal"] == "false"
    assert main(["--install-desktop-entry"]) == 0  # again: replaced, not refused


def test_a_command_with_spaces_or_specials_is_quoted_as_the_specification_says():
    line = next(
        line
        for line in desktop_entry(
            ["/home/ana/My Apps/gigdesk", "--data-dir", '/d/"x"$%']
        ).splitlines()
        if line.startswith("Exec=")
    )
    assert line == r'Exec="/home/ana/My Apps/gigdesk" --data-dir "/d/\"x\"\$%%"'


def test_an_unwritable_data_home_is_told_not_raised(capsys, monkeypatch, tmp_path):
    blocked = tmp_path / "share"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocked))
    assert main(["--install-desktop-entry"]) == 1
    assert "cannot write the menu entry" in capsys.readouterr().err
