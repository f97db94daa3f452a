"""The application layer: the only code that changes a preparation, used by both front ends."""
