"""Data of the demonstration content (see `encyclopedia.demo`)."""
