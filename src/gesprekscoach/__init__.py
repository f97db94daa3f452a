"""gesprekscoach: prepare a conversation with your manager, in your terminal."""

__version__ = "0.1.0"
