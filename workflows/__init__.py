"""Wagtail workflow tasks for validation, expert review and council approval (issue 4)."""
