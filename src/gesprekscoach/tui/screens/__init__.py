"""Screens and dialogs of the coach."""
