"""Data of the demonstration content (see `directory.demo`)."""
