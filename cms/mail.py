"""The one way the platform writes e-mail: templates rendered in the recipient's language.

Each message is a pair of templates, `<name>_subject.txt` and `<name>.txt`; callers pass the
recipient's language, never rely on the language of the request or worker that sends it.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation


def render_message(template: str, language: str, context: dict) -> tuple[str, str]:
    """(subject, body) of `template` in `language`."""
    with translation.override(language or settings.LANGUAGE_CODE):
        context = {"site_name": settings.WAGTAIL_SITE_NAME, "base_url": settings.WAGTAILADMIN_BASE_URL, **context}
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}.txt", context)
    return subject, body


def send_message(template: str, language: str, context: dict, recipients: list[str]) -> int:
    """Render and send one message to `recipients` (who all read `language`)."""
    recipients = [address for address in recipients if address]
    if not recipients:
        return 0
    subject, body = render_message(template, language, context)
    return send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
