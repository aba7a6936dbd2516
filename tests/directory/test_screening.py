"""Level-1 screening: each bot scenario is stopped and logged, never dropped; the secretariat
can release what was held into the normal flow, and old entries of the log are purged."""

from __future__ import annotations

import datetime

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.models import WorkflowState

from directory.models import HeldSubmission, InitiativePage, Submission
from tests.directory.conftest import CONTRIBUTOR_EMAIL, initiative_data
from tests.utils import visible_text

pytestmark = pytest.mark.django_db

HELD = "Thank you: your submission needs a manual check"


def assert_held(response, reason: str) -> HeldSubmission:
    assert response.status_code == 200
    text = visible_text(response.content)
    assert HELD in text, text[:500]
    assert "/contribute/access/" not in response.content.decode(), "a held submission gets no link"
    held = HeldSubmission.objects.latest("created_at")
    assert reason in held.reasons
    return held


def test_a_filled_honeypot_is_held_and_logged(reader, form_pages):
    held = assert_held(reader.register(form_pages.initiative, homepage="http://spam.example"), "honeypot")
    assert not InitiativePage.objects.exists()
    assert held.payload["title"] == "Clean Water for Kisumu", "everything sent is kept for the secretariat"
    assert held.payload["contact_email"] == CONTRIBUTOR_EMAIL


def test_a_form_sent_faster_than_a_person_can_type_is_held(reader, form_pages, screening_rules):
    screening_rules.min_fill_seconds = 30
    screening_rules.save()
    assert_held(reader.register(form_pages.initiative), "too_fast")


def test_a_missing_or_forged_timestamp_is_held(reader, form_pages):
    reader.open(form_pages.initiative)
    response = reader.send(form_pages.initiative, initiative_data("forged-value"))
    assert_held(response, "bad_timestamp")


def test_a_flood_from_one_address_is_held_after_the_limit(reader, form_pages, screening_rules):
    screening_rules.max_per_ip_per_hour = 2
    screening_rules.duplicate_window_days = 0
    screening_rules.save()
    for number in range(2):
        response = reader.register(form_pages.initiative, title=f"Water kiosks {number}", contact_email=f"p{number}@example.org")
        assert "Thank you: your entry is registered" in visible_text(response.content)
    held = assert_held(
        reader.register(form_pages.initiative, title="Water kiosks 3", contact_email="p3@example.org"), "ip_rate"
    )
    assert held.reasons == ["ip_rate"]
    assert InitiativePage.objects.count() == 2


def test_too_many_submissions_from_one_email_are_held(reader, form_pages, screening_rules):
    screening_rules.max_per_email_per_day = 1
    screening_rules.save()
    reader.register(form_pages.initiative, title="First kiosk")
    assert_held(reader.register(form_pages.initiative, title="Second kiosk"), "email_rate")


@pytest.mark.parametrize(
    "overrides, reason",
    [
        ({"approach": " ".join(f"https://spam{n}.example" for n in range(20))}, "links"),
        ({"summary": "Buy cheap casino chips now"}, "blocked_term"),
        ({"approach": "<script>alert(1)</script>"}, "markup"),
        ({"summary": 'Click <a href="https://x.example">here</a>'}, "markup"),
        ({"approach": "[url=https://x.example]deal[/url]"}, "markup"),
    ],
)
def test_content_rules_hold_spam(reader, form_pages, screening_rules, overrides, reason):
    screening_rules.blocked_terms = "casino\nviagra"
    screening_rules.save()
    assert_held(reader.register(form_pages.initiative, **overrides), reason)


def test_ordinary_text_with_a_less_than_sign_is_not_markup(reader, form_pages):
    response = reader.register(form_pages.initiative, approach="Prices fell by < 5 % and wages rose 3<4.")
    assert "Thank you: your entry is registered" in visible_text(response.content)


def test_the_same_initiative_sent_again_is_held_as_a_duplicate(reader, form_pages):
    reader.register(form_pages.initiative)
    # Same title without accents or case, same organisation: a duplicate.
    held = assert_held(
        reader.register(form_pages.initiative, title="CLEAN WATER FOR KISUMU!", contact_email="other@example.org"),
        "duplicate",
    )
    assert InitiativePage.objects.count() == 1
    # A different organisation with the same title is not a duplicate.
    response = reader.register(
        form_pages.initiative,
        **{"organisations-0-name": "Another Collective", "contact_email": "third@example.org"},
    )
    assert "Thank you: your entry is registered" in visible_text(response.content)
    assert held.reason_labels() == "Duplicate of a recent submission"


def test_released_submission_reaches_the_workflow_and_the_contributor_gets_a_link(
    reader, form_pages, admin_client, django_capture_on_commit_callbacks
):
    held = assert_held(reader.register(form_pages.initiative, homepage="filled"), "honeypot")
    mail.outbox.clear()

    listing = admin_client.get("/admin/directory/heldsubmission/")
    assert "Clean Water for Kisumu" in visible_text(listing.content)
    assert "Hidden field filled in" in visible_text(listing.content)

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(f"/admin/contributions/held/{held.pk}/release/")
    assert response.status_code == 302

    page = InitiativePage.objects.get(title="Clean Water for Kisumu")
    assert not page.live
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    held.refresh_from_db()
    assert held.released_at is not None
    assert "contact_email" not in held.payload, "personal data moved to the contributor, not kept twice"
    link_mails = [message for message in mail.outbox if message.to == [CONTRIBUTOR_EMAIL]]
    assert len(link_mails) == 1 and "/contribute/access/" in link_mails[0].body
    assert Submission.objects.get(page=page).contributor.email == CONTRIBUTOR_EMAIL


def test_a_secretariat_member_can_read_and_release_but_a_reader_cannot(client, reader, form_pages, django_user_model):
    from django.contrib.auth.models import Group

    held = assert_held(reader.register(form_pages.initiative, homepage="filled"), "honeypot")
    member = django_user_model.objects.create_user(username="sec", password="pw")  # noqa: S106
    member.groups.add(Group.objects.get(name="Secretariat"))
    outsider = django_user_model.objects.create_user(username="out", password="pw")  # noqa: S106

    client.force_login(outsider)
    assert client.post(f"/admin/contributions/held/{held.pk}/release/").status_code in (302, 403)
    held.refresh_from_db()
    assert held.released_at is None

    client.force_login(member)
    assert client.get("/admin/directory/heldsubmission/").status_code == 200
    assert client.post(f"/admin/contributions/held/{held.pk}/release/").status_code == 302
    held.refresh_from_db()
    assert held.released_at is not None


def test_the_purge_task_deletes_held_submissions_after_the_retention_period(reader, form_pages, screening_rules):
    from directory.tasks import purge_spam_log

    screening_rules.retention_days = 30
    screening_rules.save()
    old = assert_held(reader.register(form_pages.initiative, homepage="x"), "honeypot")
    HeldSubmission.objects.filter(pk=old.pk).update(created_at=timezone.now() - datetime.timedelta(days=31))
    recent = assert_held(reader.register(form_pages.initiative, title="Other", homepage="x"), "honeypot")

    # Run here (the beat schedule sends it to a worker; its logic is what is tested).
    assert purge_spam_log.apply().get() == 1
    assert list(HeldSubmission.objects.all()) == [recent]
