"""A logging filter that keeps private data out of every log line: access tokens and e-mails.

Django logs request paths (`django.server` access lines, `django.request` 404 warnings), and a
contributor's access token travels in the path; e-mail addresses can appear in error messages.
"""

from __future__ import annotations

import logging
import re

# The segment after /access/ in any URL is a secret token (see directory/urls.py).
ACCESS_PATH = re.compile(r"(/access/)[^/\s?\"']+")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")


def redact(text: str) -> str:
    return EMAIL.sub("[e-mail]", ACCESS_PATH.sub(r"\1[token]", text))


class RedactPrivateData(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg = cleaned
            record.args = ()
        return True
