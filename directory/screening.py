"""Level 1 of verification: rules that stop bots and spam before they reach the secretariat.

A stopped submission is never dropped: it goes to the spam log (`HeldSubmission`), where the
secretariat can read it and release it into the normal flow.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language

from cms.rate_limits import client_address, count_event
from directory.forms.submission import started_at
from directory.models import HeldSubmission, ScreeningSettings, Submission, name_key

Reason = HeldSubmission.Reason

LINK = re.compile(r"(https?://|www\.)", re.IGNORECASE)
MARKUP = re.compile(
    r"<\s*/?\s*[a-z!]|javascript\s*:|\bon[a-z]+\s*=\s*['\"]|\[/?(url|link|img)\b",
    re.IGNORECASE,
)


@dataclass
class Verdict:
    reasons: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)

    @property
    def held(self) -> bool:
        return bool(self.reasons)

    def add(self, reason: str, detail: str = "") -> None:
        if reason not in self.reasons:
            self.reasons.append(reason)
        if detail:
            self.details.append(detail)


def _texts(payload: dict) -> list[str]:
    """Every free text a person typed (names, title, summary, description parts)."""
    texts: list[str] = []
    for value in payload.values():
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, list):
            for row in value:
                if isinstance(row, dict):
                    texts.extend(str(v) for key, v in row.items() if key != "url")
    return texts


def organisation_keys(payload: dict) -> list[str]:
    return sorted({name_key(row["name"]) for row in payload.get("organisations", []) if row.get("name")})


def is_duplicate(kind: str, payload: dict, window_days: int) -> bool:
    """The same title (and, for initiatives, a shared organisation) within the window."""
    since = timezone.now() - timedelta(days=window_days)
    recent = Submission.objects.filter(
        kind=kind, title_key=name_key(payload.get("title", "")), created_at__gte=since
    ).exclude(outcome=Submission.Outcome.WITHDRAWN)
    if kind != "initiative":
        return recent.exists()
    keys = set(organisation_keys(payload))
    for other in recent.only("organisation_keys"):
        theirs = set(other.organisation_keys or [])
        if keys & theirs or not (keys or theirs):
            return True
    return False


def screen(form, request, payload: dict) -> Verdict:
    """Apply every rule to a valid form (`payload` is its `payload()`); the verdict lists the
    reasons it is held, if any."""
    rules = ScreeningSettings.load(request_or_site=request)
    verdict = Verdict()
    data = form.cleaned_data

    if data.get("homepage"):
        verdict.add(Reason.HONEYPOT)

    shown_at = started_at(data.get("started") or "", form.page.pk)
    if shown_at is None:
        verdict.add(Reason.BAD_TIMESTAMP)
    elif time.time() - shown_at < rules.min_fill_seconds:
        verdict.add(Reason.TOO_FAST, f"{time.time() - shown_at:.1f} s")

    per_ip = count_event("ip", client_address(request), 3600)
    if per_ip > rules.max_per_ip_per_hour:
        verdict.add(Reason.IP_RATE, f"{per_ip} / h")
    per_email = count_event("email", data.get("contact_email", "").casefold(), 86400)
    if per_email > rules.max_per_email_per_day:
        verdict.add(Reason.EMAIL_RATE, f"{per_email} / 24 h")

    texts = _texts(payload)
    links = sum(len(LINK.findall(text)) for text in texts)
    if links > rules.max_links:
        verdict.add(Reason.TOO_MANY_LINKS, str(links))
    lowered = " ".join(texts).casefold()
    for term in rules.blocked_term_list:
        if re.search(rf"(?<!\w){re.escape(term.casefold())}(?!\w)", lowered):
            verdict.add(Reason.BLOCKED_TERM, term)
    if any(MARKUP.search(text) for text in texts):
        verdict.add(Reason.MARKUP)

    if is_duplicate(form.kind, payload, rules.duplicate_window_days):
        verdict.add(Reason.DUPLICATE)
    return verdict


def hold(form, verdict: Verdict, payload: dict) -> HeldSubmission:
    return HeldSubmission.objects.create(
        kind=form.kind,
        form_page=form.page,
        # The reader's interface language: the access link is e-mailed in it on release.
        language=get_language() or settings.LANGUAGE_CODE,
        title=form.cleaned_data.get("title", "")[:255],
        reasons=verdict.reasons,
        details=verdict.details,
        payload=payload,
    )
