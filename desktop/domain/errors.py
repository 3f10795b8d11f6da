"""Errors whose messages are written to be shown to the user as they are."""


class DomainError(Exception):
    """Something the user can act on, not a bug."""


class PasteError(DomainError):
    """The text cannot be stored as a posting (empty, too large, binary)."""
