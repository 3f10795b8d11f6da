"""Pure Python: what Gigdesk knows about postings and applications. No Qt, no ORM."""
