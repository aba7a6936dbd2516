"""The public search page and search backend configuration."""
