"""What is tracked: text taken in (intake: decoding, size, source, identity), stages,
outcomes and the tracked posting, and the CSV export."""
