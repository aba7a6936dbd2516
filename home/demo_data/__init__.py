"""Data of the demonstration content (see `home.demo`)."""
