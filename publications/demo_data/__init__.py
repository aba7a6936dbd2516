"""Data of the demonstration content (see `publications.demo`)."""
