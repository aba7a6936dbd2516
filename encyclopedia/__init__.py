"""Encyclopedia pages summarising groups of related entries."""
