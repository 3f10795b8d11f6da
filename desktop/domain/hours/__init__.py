"""Working hours: zones named in text, hours statements found in a posting, and those hours
put in the user's zone for a day."""
