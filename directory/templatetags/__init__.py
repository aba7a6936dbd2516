"""Template tags of the directory."""
