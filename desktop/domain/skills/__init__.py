"""Skills: the taxonomy and how a text names them, the user's profile, and the checklist of
a posting's must-haves against it (fit)."""
