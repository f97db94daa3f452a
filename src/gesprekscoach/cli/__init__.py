"""The `gesprekscoach` command: argument parsing and the commands that need no screen."""

from gesprekscoach.cli.main import main

__all__ = ["main"]
