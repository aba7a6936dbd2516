"""Background tasks of the encyclopedia."""

from __future__ import annotations

from celery import shared_task


@shared_task(name="encyclopedia.propose_pages")
def propose_pages() -> int:
    """Draft an encyclopedia page for each new group of similar entries and tell the editors
    (encyclopedia.proposals). Scheduled weekly; returns how many pages were proposed."""
    from encyclopedia.proposals import propose

    return len(propose())
