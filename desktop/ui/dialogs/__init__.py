"""The window's dialogs: a new posting, the skills profile, what to learn next, and the
user's time zone and working hours. desktop/ui/prompts.py is the one door to them."""
