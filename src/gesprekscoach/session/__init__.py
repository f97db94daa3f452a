"""The application layer: the only code that changes a preparation, used by both front ends.

Open a preparation with `opening.start_new_preparation` or `opening.open_preparation`; that
gives a `PreparationSession`. Every edit is a command of `commands.py`, applied with
`PreparationSession.apply`; when to save is decided by `saving.SavePolicy`.
"""
