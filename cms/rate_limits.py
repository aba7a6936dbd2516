"""Counting events per person in fixed windows, in the shared cache (Redis in production), for
the rate limits of the public forms: submissions, lost links, consultation comments."""

from __future__ import annotations

import hashlib
import time

from django.conf import settings
from django.core.cache import cache


def count_event(kind: str, value: str, window: int) -> int:
    """Counts one more `kind` event for `value` in a fixed window (seconds); returns the count
    including it. Keys are hashed with the secret key: the cache never holds an address or an
    e-mail."""
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{kind}:{value}".encode()).hexdigest()
    bucket = f"ipsp:rate:{kind}:{digest}:{int(time.time() // window)}"
    if cache.add(bucket, 1, timeout=window + 60):
        return 1
    try:
        return cache.incr(bucket)
    except ValueError:  # expired between add and incr
        cache.set(bucket, 1, timeout=window + 60)
        return 1


def client_address(request) -> str:
    """The address the request came from (the proxy must set REMOTE_ADDR to the reader's)."""
    return request.META.get("REMOTE_ADDR", "") or "unknown"
