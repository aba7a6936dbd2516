"""Public views of the directory outside the page tree."""
