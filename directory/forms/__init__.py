"""Forms of the directory: the admin's page forms and the public registration forms."""
