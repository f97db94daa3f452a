"""Plain mode: the coach as linear text, question by question (for screen readers)."""
