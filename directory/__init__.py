"""Initiatives and actors: pages, submissions, contributor access, screening, identifiers."""
