"""The home page, audience landing pages, standard pages and site settings."""
