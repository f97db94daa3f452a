"""The user's files: typed models of a preparation and the wins log, and safe storage on disk."""
