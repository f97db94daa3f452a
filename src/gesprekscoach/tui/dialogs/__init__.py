"""Dialogs: the lowest layer of the full screen; they ask one thing and dismiss with a result."""
