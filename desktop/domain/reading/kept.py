"""What is known of a kept reading without reading anything: the parser's version that
made it, the fields the user may correct, and how a zone pick is named.

Apart from the reader (analysis.py) and its stored form (serialize.py), so that the
window's start and the commands that only list can tell a stale reading without
loading the reader's patterns.
"""

# Raise when the parser reads postings differently: stored postings are read again.
PARSER_VERSION = 35

# The fields of a reading the user may correct by hand; their values use serialize.py's form.
EDITABLE_FIELDS = ("title", "company", "engagement", "pay", "location", "remote", "hours_per_week")

# An override named "zone:CST" keeps the user's pick for an ambiguous abbreviation.
ZONE_PICK = "zone:"
