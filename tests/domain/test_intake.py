import base64
from random import Random

import pytest

from desktop.domain.errors import PasteError
from desktop.domain.tracking.intake import (
    MAX_POSTING_BYTES,
    check_posting_text,
    decode_posting_bytes,
    find_posting_url,
    fingerprint,
    guess_source,
    is_freelance_source,
    tidy_pasted_text,
)


def test_utf8_with_bom_reads_without_notes():
    decoded = decode_posting_bytes("Café – Zürich".encode("utf-8-sig"))
    assert decoded.text == "Café – Zürich"
    assert decoded.notes == ()


def test_utf16_with_bom_is_read():
    assert decode_posting_bytes("Ingénieur".encode("utf-16")).text == "Ingénieur"


def test_windows_1252_export_is_read_and_the_user_told():
    decoded = decode_posting_bytes("Résumé – naïve “quotes”".encode("cp1252"))
    assert decoded.text == "Résumé – naïve “quotes”"
    assert "Windows-1252" in decoded.notes[0]


def test_broken_utf8_keeps_everything_decodable_and_counts_the_rest():
    data = "Senior Engineer in Zürich\n".encode() + b"\x81\x8d" + b" apply now"
    decoded = decode_posting_bytes(data)
    assert decoded.text.startswith("Senior Engineer in Zürich\n")
    assert decoded.text.endswith(" apply now")
    assert "\ufffd" in decoded.text
    assert "replaced" in decoded.notes[0]


_UTF8_TEXTS = [
    "Senior Entwickler (m/w/d) – Zürich, Hauptstraße 5, ab 80.000 € im Jahr",
    "Ingénieur logiciel · télétravail possible, « équipe » à Genève",
    "Desarrollador sénior en Málaga, año 2025, ¿hablas español?",
    "We’re hiring a “Lead” engineer — remote… 9–5, no on-call",
    "Remote 🌍 team 🚀, async-first ✅",
]
# Stray bytes as (before, after the first word, at the end): a cp1252 quote, a lone
# lead byte, a UTF-8 sequence cut short, and several at once.
_STRAYS = [
    (b"\x92", b"", b""),
    (b"", b"\xe9", b""),
    (b"", b"", b"\xe2\x80"),
    (b"\x93", b"\xff", b"\xc3"),
]


@pytest.mark.parametrize("text", _UTF8_TEXTS, ids=["de", "fr", "es", "quotes", "emoji"])
@pytest.mark.parametrize(
    ("start", "middle", "end"), _STRAYS, ids=["start", "middle", "cut-end", "several"]
)
def test_a_few_stray_bytes_in_utf8_are_replaced_and_the_rest_kept(text, start, middle, end):
    first, rest = text.split(" ", 1)
    data = start + first.encode() + middle + b" " + rest.encode() + end
    decoded = decode_posting_bytes(data)
    marks = ["\ufffd" * len(stray) for stray in (start, middle, end)]
    assert decoded.text == f"{marks[0]}{first}{marks[1]} {rest}{marks[2]}"
    count = len(start + middle + end)
    assert decoded.notes == (
        f"{count} byte{'s' if count != 1 else ''} that {'are' if count != 1 else 'is'} "
        f"not valid UTF-8 {'were' if count != 1 else 'was'} replaced by \ufffd",
    )


def test_a_utf8_bom_keeps_a_file_utf8_whatever_its_stray_bytes():
    decoded = decode_posting_bytes(b"\xef\xbb\xbfCaf\xe9 in Lyon")
    assert decoded.text == "Caf\ufffd in Lyon"
    assert "replaced" in decoded.notes[0]


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("„Fuß“-Ball in München: Größe egal, Überstunden nie".encode("cp1252"), None),
        ("Chef de projet – Genève, « télétravail » • 80 k€".encode("cp1252"), None),
        ("Señor developer, año ‘25’ — ¡urgente!".encode("cp1252"), None),
        ("Café".encode("latin-1"), "Café"),
        (b"Join \x93Parcelly\x94 \x96 it\x92s remote", "Join “Parcelly” – it’s remote"),
    ],
    ids=["de-with-a-valid-pair", "fr", "es", "latin-1", "ascii-and-quotes"],
)
def test_legacy_windows_files_are_still_read_as_windows_1252(data, text):
    decoded = decode_posting_bytes(data)
    assert decoded.text == (text or data.decode("cp1252"))
    assert decoded.notes == ("the file is not UTF-8; it was read as Windows-1252",)


def test_nul_bytes_are_dropped_and_counted():
    decoded = decode_posting_bytes(b"Backend\x00 Engineer\x00\n" + b"Remote, EU " * 10)
    assert decoded.text.startswith("Backend Engineer\n")
    assert decoded.notes == ("removed 2 NUL bytes",)


def test_binary_junk_is_refused_with_a_plain_message():
    junk = bytes(range(256)) * 20
    with pytest.raises(PasteError, match="binary"):
        decode_posting_bytes(junk)


def test_a_paste_of_encoded_data_is_refused_with_a_plain_message():
    encoded = base64.encodebytes(Random(3).randbytes(6_000)).decode()
    with pytest.raises(PasteError, match="encoded data"):
        tidy_pasted_text(encoded)
    with pytest.raises(PasteError, match="encoded data"):
        decode_posting_bytes(encoded.replace("\n", "").encode())


@pytest.mark.parametrize(
    "text",
    [
        # links and a reference token among the words
        "Warehouse Lead\n\n"
        + "Apply at https://jobs.example.org/apply/9f8e7d6c5b4a39281706f5e4d3c2b1a0?src=board " * 12
        + "\nRef: 9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a3928\n"
        + "You lead the night shift and keep the dock safe. " * 20,
        # a script written without spaces
        "倉庫リーダー募集\n" + "夜勤チームをまとめ、安全な作業環境を守っていただきます。" * 40,
    ],
)
def test_postings_with_links_tokens_or_no_spaces_are_kept(text):
    assert tidy_pasted_text(text).text == text


@pytest.mark.parametrize("text", ["", "   ", "\n\t \r\n"])
def test_blank_paste_is_refused(text):
    with pytest.raises(PasteError, match="empty"):
        check_posting_text(text)


def test_limit_is_counted_in_utf8_bytes_and_named_in_the_refusal():
    at_limit = "a" * MAX_POSTING_BYTES
    assert check_posting_text(at_limit) is at_limit
    over = "é" * (MAX_POSTING_BYTES // 2 + 1)
    with pytest.raises(PasteError, match="over the 2 MB") as refused:
        check_posting_text(over)
    # Just over the limit, the size shown is over it too ("2.0 MB" read as within it).
    assert "2,097,154 bytes" in str(refused.value)


def test_same_text_with_other_whitespace_has_the_same_fingerprint():
    a = "Senior Engineer\n\n- Python\n- AWS  \n"
    b = "Senior   Engineer\r\n- Python\r\n   - AWS"
    assert fingerprint(a) == fingerprint(b)
    assert fingerprint(a) != fingerprint(a.replace("AWS", "GCP"))


def test_job_board_link_anywhere_is_the_posting_url():
    text = "Backend Engineer\nApply: https://www.upwork.com/jobs/~01abc123. Thanks"
    assert find_posting_url(text) == "https://www.upwork.com/jobs/~01abc123"


def test_company_link_deep_in_the_text_is_not_taken_for_the_posting():
    text = "Backend Engineer\n\nWe are Acme.\n\nMore\nlines\nhere\nSee https://acme.example/about"
    assert find_posting_url(text) is None


def test_link_alone_on_a_top_line_is_the_posting_url():
    text = "https://jobs.acme.example/123\nBackend Engineer\n"
    assert find_posting_url(text) == "https://jobs.acme.example/123"


def test_source_from_url_host_or_first_line():
    assert guess_source("x", "https://uk.linkedin.com/jobs/view/42") == "LinkedIn"
    assert guess_source("Upwork\nContract: X", None) == "Upwork"
    assert guess_source("Some posting", None) == ""
    assert is_freelance_source("upwork")
    assert not is_freelance_source("LinkedIn")


def test_a_trackers_powered_by_footer_names_the_source():
    text = (
        "Elektro Nordhang GmbH\nElektroniker (m/w/d)\n\nDeine Aufgaben\n– Montage\n\n"
        "Jetzt bewerben\n\nPowered by Personio   Impressum   Datenschutz\n"
    )
    assert guess_source(text, None) == "Personio"
    assert guess_source("Barista\n\nOur coffee is powered by beans and love.\n", None) == ""


@pytest.mark.parametrize(
    "text",
    [
        "title: Data Engineer\ncompany: Fjordlys\nurl: https://jobs.fjordlys.example/42\n",
        "Title: Data Engineer\nJob URL: https://jobs.fjordlys.example/42\nDescription: …\n",
    ],
)
def test_a_records_url_field_is_the_postings_address(text):
    assert find_posting_url(text) == "https://jobs.fjordlys.example/42"


def test_a_link_in_a_sentence_further_down_is_no_postings_address():
    text = "Data Engineer\n\nWe are Fjordlys.\nRead more at https://fjordlys.example/about.\n"
    assert find_posting_url(text) is None
