"""Contributor access without an account: the secret link, the status of each entry, comments,
edits, a fresh link, data export and erasure — and the same 404 for every wrong token."""

from __future__ import annotations

import json

import pytest
from django.core import mail
from wagtail.models import WorkflowState

from directory.models import ActorPage, Contributor, ContributorMessage, InitiativePage, Submission
from tests.directory.conftest import CONTRIBUTOR_EMAIL, access_link, initiative_data, started_value
from tests.utils import publish_through_workflow, visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def registered(reader, form_pages):
    """A contributor who registered one initiative (and, through it, one new organisation)."""
    response = reader.register(form_pages.initiative)
    link = access_link(response)
    mail.outbox.clear()
    return link, InitiativePage.objects.get(title="Clean Water for Kisumu")


def assert_private(response):
    assert response["Cache-Control"] == "no-store"
    assert response["Referrer-Policy"] == "no-referrer"
    assert not response.cookies


def test_the_access_page_lists_each_entry_with_its_status(client, registered):
    link, page = registered
    response = client.get(link)
    assert response.status_code == 200
    assert_private(response)
    text = visible_text(response.content)
    assert "Clean Water for Kisumu" in text and page.public_id in text
    assert "Maji Safi Collective" in text, "the organisation created from the initiative is theirs too"
    assert text.count("In validation by the secretariat") == 2


def test_status_follows_the_workflow_to_changes_requested_and_publication(client, registered, admin_user):
    link, page = registered
    state = WorkflowState.objects.get(object_id=str(page.pk))
    task_state = state.current_task_state
    task_state.task.specific.on_action(
        task_state, admin_user, "reject", message="Please add how you measure success.", comment="Internal: weak."
    )
    text = visible_text(client.get(link).content)
    assert "Changes requested" in text
    assert "Please add how you measure success." in text, "the secretariat's message reaches the contributor"
    assert "Internal: weak." not in text, "the internal note stays internal"

    state.refresh_from_db()
    state.resume(admin_user)
    publish_through_workflow(page, admin_user)
    page.refresh_from_db()
    assert page.live
    text = visible_text(client.get(link).content)
    assert "Published" in text


def test_a_rejected_entry_shows_as_not_accepted_with_the_message(client, registered, admin_client):
    link, page = registered
    submission = Submission.objects.get(page=page)
    response = admin_client.post(
        f"/admin/contributions/submissions/{submission.pk}/reject/",
        {"body": "This initiative promotes a commercial product, against the IPSP Charter."},
    )
    assert response.status_code == 302
    text = visible_text(client.get(link).content)
    assert "Not accepted" in text
    assert "against the IPSP Charter" in text
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == WorkflowState.STATUS_CANCELLED


def test_messages_written_in_the_admin_reach_the_contributor(client, registered, admin_client):
    link, page = registered
    submission = Submission.objects.get(page=page)
    response = admin_client.post(
        "/admin/directory/contributormessage/create/",
        {"submission": submission.pk, "body": "Could you add a photo of the kiosks?"},
    )
    assert response.status_code == 302
    assert ContributorMessage.objects.get().author.username == "admin"
    assert "Could you add a photo of the kiosks?" in visible_text(client.get(link).content)


def test_wrong_revoked_and_missing_tokens_get_the_same_404(client, registered):
    link, _page = registered
    prefix = link.rsplit("/", 2)[0]
    assert client.get(f"{prefix}/not-a-real-token/").status_code == 404
    assert client.get(f"{prefix}/{'x' * 300}/").status_code == 404
    assert client.get(f"{link}edit/IPSP-I-999999/").status_code == 404

    response = client.post(f"{link}new-link/")
    assert response.status_code == 200 and "Check your e-mail" in visible_text(response.content)
    assert client.get(link).status_code == 404, "the old link stops working"
    new_links = [line for line in mail.outbox[-1].body.split() if "/contribute/access/" in line]
    assert client.get(new_links[0].split("testserver", 1)[1]).status_code == 200


def test_the_token_can_travel_in_a_header_instead_of_the_path(client, registered):
    link, page = registered
    token = link.rstrip("/").rsplit("/", 1)[1]
    assert client.get("/en/contribute/access/").status_code == 404
    response = client.get("/en/contribute/access/", headers={"X-IPSP-Access-Token": token})
    assert response.status_code == 200 and page.public_id in visible_text(response.content)
    export = client.get("/en/contribute/access/my-data.json", headers={"X-IPSP-Access-Token": token})
    assert export.status_code == 200 and export.json()["entries"][0]["public_id"] == page.public_id


def test_an_edit_makes_a_new_revision_that_goes_back_through_validation(client, registered, admin_user):
    link, page = registered
    # Publish the first version, as the secretariat would.
    publish_through_workflow(page, admin_user)
    page.refresh_from_db()
    assert page.live

    form = client.get(f"{link}edit/{page.public_id}/")
    assert_private(form)
    html = form.content.decode()
    assert "Families pay ten times the city price for water." in html, "the form shows the entry"
    assert 'name="consent"' not in html and 'name="started"' not in html

    data = initiative_data("", status="terminated", success="It ended after the city took over the kiosks.")
    for name in ("started", "homepage", "consent", "language"):
        data.pop(name)
    response = client.post(f"{link}edit/{page.public_id}/", data)
    assert response.status_code == 200, visible_text(response.content)[:800]
    assert "Your changes are saved" in visible_text(response.content)

    page.refresh_from_db()
    assert page.live and page.status == "active", "the published version stays until validated"
    latest = page.get_latest_revision_as_object()
    assert latest.status == "terminated"
    assert "took over the kiosks" in latest.success
    assert page.has_unpublished_changes
    assert WorkflowState.objects.filter(object_id=str(page.pk), status="in_progress").count() == 1
    assert "In validation by the secretariat" in visible_text(client.get(link).content)


def test_an_edit_with_errors_shows_them_and_keeps_the_typing(client, registered):
    link, page = registered
    data = initiative_data("", title="", approach="A new approach, typed with care.")
    response = client.post(f"{link}edit/{page.public_id}/", data)
    assert "This field is required." in visible_text(response.content)
    assert "A new approach, typed with care." in response.content.decode()
    assert page.get_latest_revision_as_object().title == "Clean Water for Kisumu"


def test_a_contributor_registers_another_entry_under_the_same_link(client, registered, form_pages, django_capture_on_commit_callbacks):
    link, _page = registered
    form = client.get(f"{link}register/{form_pages.actor.pk}/")
    assert form.status_code == 200
    html = form.content.decode()
    token = link.rstrip("/").rsplit("/", 1)[1]
    assert f"/contribute/access/{token}/submit/{form_pages.actor.pk}/" in html
    from tests.directory.conftest import actor_data

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/en/contribute/access/{token}/submit/{form_pages.actor.pk}/", actor_data(started_value(html))
        )
    assert "Thank you: your entry is registered" in visible_text(response.content)
    assert "It is shown only once." not in visible_text(response.content)
    assert Contributor.objects.count() == 1
    assert "Mama Mboga Traders Network" in visible_text(client.get(link).content)


def test_a_lost_link_is_sent_again_without_telling_who_is_registered(client, registered):
    link, _page = registered
    unknown = client.post("/en/contribute/lost-link/", {"email": "nobody@example.org"})
    known = client.post("/en/contribute/lost-link/", {"email": CONTRIBUTOR_EMAIL.upper()})
    assert visible_text(unknown.content) == visible_text(known.content)
    assert [m.to for m in mail.outbox] == [[CONTRIBUTOR_EMAIL]]
    assert client.get(link).status_code == 404
    invalid = client.post("/en/contribute/lost-link/", {"email": "nope"})
    assert "Enter a valid email address." in visible_text(invalid.content)


def test_the_data_export_holds_everything_about_the_contributor(client, registered):
    link, page = registered
    response = client.get(f"{link}my-data.json")
    assert_private(response)
    assert response["Content-Disposition"].startswith('attachment; filename="ipsp-my-data-')
    data = json.loads(response.content)
    assert data["contributor"]["email"] == CONTRIBUTOR_EMAIL
    assert data["contributor"]["name"] == "Amina Odhiambo"
    entry = next(e for e in data["entries"] if e["public_id"] == page.public_id)
    assert entry["status"] == "validation"
    assert entry["consent_at"]
    assert entry["content"]["title"] == "Clean Water for Kisumu"
    assert entry["content"]["holders"] == [{"name": "Amina Odhiambo", "role": "Coordinator"}]
    assert {e["kind"] for e in data["entries"]} == {"initiative", "actor"}
    assert "token_hash" not in response.content.decode()


def test_erasure_keeping_entries_anonymised(client, registered):
    link, page = registered
    confirm = client.get(f"{link}erase/")
    assert "Erase your personal data" in visible_text(confirm.content)
    refused = client.post(f"{link}erase/", {"entries": "keep"})
    assert "tick the confirmation box" in visible_text(refused.content)
    assert Contributor.objects.get().email == CONTRIBUTOR_EMAIL

    response = client.post(f"{link}erase/", {"entries": "keep", "confirm": "1"})
    assert "Your personal data is erased" in visible_text(response.content)
    contributor = Contributor.objects.get()
    assert contributor.email == "" and contributor.name == "" and contributor.erased_at
    assert not contributor.tokens.exists()
    assert InitiativePage.objects.filter(pk=page.pk).exists(), "the entry stays"
    assert client.get(link).status_code == 404


def test_erasure_withdrawing_entries_deletes_them_and_scrubs_actor_contacts(client, reader, form_pages):
    from tests.directory.conftest import actor_data

    link = access_link(reader.register(form_pages.actor, actor_data))
    actor = ActorPage.objects.get(title="Mama Mboga Traders Network")
    assert CONTRIBUTOR_EMAIL in json.dumps(actor.get_latest_revision().content)

    client.post(f"{link}erase/", {"entries": "withdraw", "confirm": "1"})
    assert not ActorPage.objects.filter(pk=actor.pk).exists()
    submission = Submission.objects.get(public_id=actor.public_id)
    assert submission.outcome == "withdrawn" and submission.page is None
    from wagtail.models import Revision

    assert not any(CONTRIBUTOR_EMAIL in json.dumps(r.content) for r in Revision.objects.all())


def test_erasure_keeping_an_actor_removes_its_contact_data_from_every_revision(client, reader, form_pages):
    from wagtail.models import Revision

    from tests.directory.conftest import actor_data

    link = access_link(reader.register(form_pages.actor, actor_data))
    client.post(f"{link}erase/", {"entries": "keep", "confirm": "1"})
    actor = ActorPage.objects.get(title="Mama Mboga Traders Network")
    assert actor.contact_email == "" and actor.contact_phone == ""
    assert not any(CONTRIBUTOR_EMAIL in json.dumps(r.content) for r in Revision.objects.all())
    assert actor.get_latest_revision_as_object().problems, "the entry itself is kept"
