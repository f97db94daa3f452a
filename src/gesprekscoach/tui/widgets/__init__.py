"""Widgets of the coach: the step list, the save status and one widget per step kind."""
