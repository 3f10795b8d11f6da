"""Scam red flags: the catalogue from resources/red_flags.json, found in text with context,
and the risk level they add up to."""
