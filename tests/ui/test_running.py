"""A second start on the same data folder brings the running window forward."""

from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop.ui.running import ShowRequests, ask_to_show, socket_name


def test_a_second_start_asks_the_running_one_to_bring_its_window_forward(qtbot, tmp_path):
    name = socket_name(tmp_path / "data")
    requests = ShowRequests(name)
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    requests.window = window
    try:
        assert requests.listening
        with qtbot.waitSignal(requests.show_requested, timeout=2000):
            assert ask_to_show(name)
        qtbot.waitUntil(lambda: window.isVisible() and not window.isMinimized())
    finally:
        requests.close()


def test_no_running_gigdesk_is_no_one_to_ask(tmp_path):
    assert not ask_to_show(socket_name(tmp_path / "nobody"))


def test_each_data_folder_has_a_socket_of_its_own(tmp_path):
    first, second = socket_name(tmp_path / "a"), socket_name(tmp_path / "b")
    assert first != second and first == socket_name(Path(tmp_path / "a"))
