"""Signals the workflows send to the content apps, which know who wrote an entry.

`workflows` knows pages only as Wagtail pages; the directory listens and reaches the contributor.
"""

from django.dispatch import Signal

# A message meant for the person who submitted the page: page, body, event
# ("changes_requested", "review_comment" or "declined").
contributor_message = Signal()

# The secretariat rejected the entry for good: page, reason, user.
entry_declined = Signal()
