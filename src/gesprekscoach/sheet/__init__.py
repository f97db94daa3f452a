"""The preparation sheet: one document, rendered to Markdown and to the printed form."""
