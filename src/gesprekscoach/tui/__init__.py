"""The Textual user interface of gesprekscoach.

Only this package imports Textual. Start it with `gesprekscoach.tui.app.run(content)`.
"""
