from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.reading import html_text
from desktop.domain.reading.html_text import html_to_text, looks_like_html


def test_browser_html_keeps_headings_lists_and_breaks_and_drops_scripts():
    html = (
        "<html><head><style>p {color: red}</style></head><body>"
        "<h2>Backend Developer</h2><p>Join   Parcelly.</p>"
        "<h3>Requirements</h3><ul><li>Go</li><li><b>PostgreSQL</b> 14</li></ul>"
        "<ol><li>Apply</li><li>Wait</li></ol><script>track()</script>"
        "<p>Pay: &euro;5,000<br>per month</p></body></html>"
    )
    assert html_to_text(html).splitlines() == [
        "## Backend Developer",
        "Join Parcelly.",
        "",
        "### Requirements",
        "- Go",
        "- PostgreSQL 14",
        "1. Apply",
        "2. Wait",
        "Pay: €5,000",
        "per month",
    ]


def test_plain_text_with_angle_brackets_is_not_taken_for_html():
    assert not looks_like_html("Salary <100k> negotiable; use a < b in C")
    assert looks_like_html("<div><p>Hello</p></div>")


# What Word puts on the clipboard for a bulleted list, a sub-list and a numbered list.
_WORD_LISTS = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<style><!-- p.MsoListParagraph {margin-left:.5in} --></style></head><body lang=EN-US>
<!--StartFragment--><p class=MsoNormal><b>Requirements<o:p></o:p></b></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-.25in;mso-list:l0 level1 lfo1'>\
<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>\u00b7\
<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>\
</span><![endif]>5+ years of Python<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='margin-left:1.0in;mso-list:l0 level2 lfo1'>\
<![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o\
<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>\
Django or FastAPI<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo2'><![if !supportLists]>\
<span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;\
</span></span><![endif]>Send your CV<o:p></o:p></p>
<p class=MsoNormal><![if !supportEmptyParas]>&nbsp;<![endif]><o:p></o:p></p>
<!--EndFragment--></body></html>"""


def test_word_list_bullets_become_list_lines_without_conditional_junk():
    assert html_to_text(_WORD_LISTS).splitlines() == [
        "Requirements",
        "- 5+ years of Python",
        "- Django or FastAPI",
        "1. Send your CV",
    ]


def test_outlook_conditional_sections_keep_the_text_meant_for_other_readers():
    html = (
        "<div><!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]-->"
        "<![if !vml]><img src=logo.png alt=Parcelly><![endif]>"
        "<p>Hi Ana,<![if !supportLineBreakNewLine]><br><![endif]>the role is still open.</p>"
        "<!--[if !mso]><!--><p>Remote, EU hours</p><!--<![endif]--></div>"
    )
    assert html_to_text(html).splitlines() == [
        "Hi Ana,",
        "the role is still open.",
        "Remote, EU hours",
    ]


def test_cdata_is_text_in_the_page_and_hidden_in_a_script():
    html = (
        "<p>Stack: <![CDATA[C++ & <Rust>]]> on AWS</p>"
        "<script>//<![CDATA[\nvar jobs = [[1]]; track(jobs);\n//]]></script><p>Apply by mail</p>"
    )
    assert html_to_text(html).splitlines() == ["Stack: C++ & <Rust> on AWS", "Apply by mail"]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>Senior Engineer</p><![", "Senior Engineer\n<!["),
        ("<p>Senior Engineer</p><![CDATA[Berlin", "Senior Engineer\n<![CDATA[Berlin"),
        ("<p>Senior Engineer</p><![ if x]>Berlin", "Senior Engineer\nBerlin"),
        ("<p>Senior Engineer</p><![123[x]]>Berlin", "Senior Engineer\nBerlin"),
        ("<p>Pay <!junk [ here>5k</p>", "Pay 5k"),
        ("<p>Pay</p><!", "Pay\n<!"),
    ],
)
def test_truncated_or_unknown_declarations_read_as_far_as_they_go(html, expected):
    assert html_to_text(html) == expected


def test_a_parser_failure_keeps_the_text_read_so_far_and_the_rest(monkeypatch):
    # The standard library's own marked-section parser asserts on a section it does not know.
    monkeypatch.setattr(
        html_text._TextParser, "parse_marked_section", HTMLParser.parse_marked_section
    )
    text = html_to_text("<h2>Backend Developer</h2><p>Go</p><![ x]>\nRemote only")
    assert text.startswith("## Backend Developer\nGo\n")
    assert text.endswith("Remote only")


_HTML_PIECES = st.sampled_from(
    [
        *"< > </ /> <! <![ ]]> ]> ] [ <!-- --> -- <? <![CDATA[ <![endif]> <!DOCTYPE html> <p> </p>"
        " <li> <ul> </ul> <ol> <h2> <br> <script> </script> <style> = ' \" & &amp; &# &#x &#39;"
        " &nbsp ; \u00b7 Python".split(),
        "<![if !supportLists]>",
        "<div class=",
        " ",
        "\n",
    ]
)


@given(st.lists(st.one_of(_HTML_PIECES, st.text(max_size=5)), max_size=40).map("".join))
def test_any_html_like_text_reads(html):
    assert isinstance(html_to_text(html), str)


def test_a_fragment_with_only_line_tags_keeps_its_own_line_breaks():
    """A feed item pasted as it came: a plain title line over a description whose lines
    break at `<br />`; without block tags, its own line breaks are lines too."""
    text = (
        "Bookkeeper for a bakery - Upwork\n"
        "We need monthly reconciliations.<br /><br /><b>Budget</b>: $300\n"
        "<b>Country</b>: Kenya"
    )
    assert html_to_text(text).split("\n") == [
        "Bookkeeper for a bakery - Upwork",
        "We need monthly reconciliations.",
        "Budget: $300",
        "Country: Kenya",
    ]


def test_a_feed_items_title_is_its_heading_and_a_pages_title_stays_hidden():
    item = (
        "<title>Shopify theme tweaks for a tea shop - Upwork</title>\n"
        "<description>Small fixes to our Dawn theme.<br /><b>Budget</b>: $150</description>"
    )
    assert html_to_text(item).splitlines()[0] == "# Shopify theme tweaks for a tea shop - Upwork"
    page = "<html><head><title>Careers | Acme</title></head><body><p>Join us</p></body></html>"
    assert "Careers" not in html_to_text(page)
