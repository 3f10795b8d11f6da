from desktop.domain.html_text import html_to_text, looks_like_html


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
