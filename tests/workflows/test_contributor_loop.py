"""The contributor loop: the secretariat's request for changes (with an internal note that stays
internal), the contributor's edit resuming the workflow where it stopped, a final rejection,
reminders to late reviewers, and the dashboards of each role."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.models import WorkflowState

from directory.models import InitiativePage, Submission
from tests.directory.conftest import access_link, initiative_data
from tests.utils import visible_text
from tests.workflows.people import reviewer
from workflows import decisions
from workflows.models import ReviewAssignment
from workflows.tasks import remind_overdue_reviews

pytestmark = pytest.mark.django_db

CONTRIBUTOR = "amina.contributor@example.org"


@pytest.fixture
def submitted(reader, form_pages, secretariat):
    response = reader.register(form_pages.initiative)
    mail.outbox.clear()
    return InitiativePage.objects.get(title="Clean Water for Kisumu"), access_link(response)


def state_of(page):
    return WorkflowState.objects.exclude(status="cancelled").get(object_id=str(page.pk))


def act(page, user, action, **data):
    state = state_of(page)
    task_state = state.current_task_state.specific
    task_state.task.specific.on_action(task_state, user, action, **data)


def test_changes_requested_reach_the_contributor_and_their_edit_resumes_the_step(
    client, submitted, secretariat, django_capture_on_commit_callbacks
):
    page, link = submitted
    with django_capture_on_commit_callbacks(execute=True):
        act(page, secretariat, "approve", relevant=True, tagged=True, charter=True)
    review = state_of(page).current_task_state
    with django_capture_on_commit_callbacks(execute=True):
        review.approve(user=secretariat)  # the experts are done
    publication = state_of(page).current_task_state
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        act(page, secretariat, "reject", message="Add the number of kiosks and households served.",
            comment="Internal: the tags were wrong, fixed them.")
    assert state_of(page).status == "needs_changes"
    [message] = mail.outbox
    assert message.to == [CONTRIBUTOR]
    assert "Changes requested on your entry" in message.subject
    assert "Add the number of kiosks and households served." in message.body
    assert "Internal" not in message.body and "/contribute/access/" not in message.body, (
        "the access link is never sent again in notices; the lost-link page is"
    )
    assert "/en/contribute/lost-link/" in message.body
    access = visible_text(client.get(link).content)
    assert "Changes requested" in access and "Add the number of kiosks" in access
    assert "the tags were wrong" not in access

    # The contributor edits: the same workflow run resumes at the step that asked for changes.
    data = initiative_data("", approach="Kiosks owned by residents' committees: 12 kiosks, 3,000 households.")
    for name in ("started", "homepage", "consent", "language"):
        data.pop(name)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{link}edit/{page.public_id}/", data)
    assert "Your changes are saved" in visible_text(response.content)
    state = state_of(page)
    assert state.status == "in_progress"
    assert state.current_task_state.task_id == publication.task_id, "resumed where it stopped"
    assert state.current_task_state.pk != publication.pk, "a new pass of that step"
    assert state.task_states.filter(task=review.task, status="approved").exists(), "the review stays done"
    assert [m.subject for m in mail.outbox if "sofia@" in m.to[0]], "the secretariat is told it is back"


def test_a_rejection_stops_the_workflow_and_tells_the_contributor_why(
    client, submitted, secretariat, django_capture_on_commit_callbacks
):
    page, link = submitted
    with django_capture_on_commit_callbacks(execute=True):
        act(page, secretariat, "decline", reason="A commercial product, against the IPSP Charter.")
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == "cancelled"
    submission = Submission.objects.get(page=page)
    assert submission.outcome == "rejected"
    [message] = [m for m in mail.outbox if m.to == [CONTRIBUTOR]]
    assert "was not accepted" in message.subject and "against the IPSP Charter" in message.body
    access = visible_text(client.get(link).content)
    assert "Not accepted" in access and "against the IPSP Charter" in access
    page.refresh_from_db()
    assert not page.live


def test_the_decline_and_request_changes_forms_need_a_message(db):
    from workflows.forms import DeclineForm, RequestChangesForm

    decline = DeclineForm({"reason": " "})
    assert not decline.is_valid()
    assert decline.errors["reason"] == ["Give the contributor the reason for the rejection."]
    form = RequestChangesForm({"message": ""})
    assert not form.is_valid()
    assert form.errors["message"] == ["Tell the contributor what to change."]


def test_late_reviewers_are_reminded_once_a_week(submitted, secretariat, taxonomy, django_capture_on_commit_callbacks):
    page, _link = submitted
    with django_capture_on_commit_callbacks(execute=True):
        act(page, secretariat, "approve", relevant=True, tagged=True, charter=True)
    late = reviewer("lea", themes=[taxonomy.themes["living-wages"]], language="fr")
    task_state = state_of(page).current_task_state
    with django_capture_on_commit_callbacks(execute=True):
        [assignment] = decisions.assign_reviewers(task_state, [late], secretariat, {})
    ReviewAssignment.objects.filter(pk=assignment.pk).update(due_at=timezone.now() - timedelta(days=2))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert remind_overdue_reviews() == 1
        assert remind_overdue_reviews() == 0, "not twice in the same week"
    [reminder] = mail.outbox
    assert reminder.to == ["lea@ipsp.example.org"]
    assert "/admin/reviews/" in reminder.body
    ReviewAssignment.objects.filter(pk=assignment.pk).update(reminded_at=timezone.now() - timedelta(days=8))
    with django_capture_on_commit_callbacks(execute=True):
        assert remind_overdue_reviews() == 1


def test_each_role_sees_its_own_dashboard(client, submitted, secretariat, outsider, taxonomy, django_capture_on_commit_callbacks):
    page, _link = submitted
    with django_capture_on_commit_callbacks(execute=True):
        act(page, secretariat, "approve", relevant=True, tagged=True, charter=True)
    amal = reviewer("amal", themes=[taxonomy.themes["living-wages"]])
    idle = reviewer("ivo", themes=[taxonomy.themes["living-wages"]])
    task_state = state_of(page).current_task_state
    decisions.assign_reviewers(task_state, [amal], secretariat, {})

    client.force_login(secretariat)
    dashboard = visible_text(client.get("/admin/").content)
    assert "Expert review" in dashboard and "Maji Safi Collective" in dashboard
    assert "My reviews" not in dashboard

    client.force_login(amal)
    dashboard = visible_text(client.get("/admin/").content)
    assert "Clean Water for Kisumu" in dashboard and "Maji Safi Collective" not in dashboard
    assert "queue" not in dashboard.lower()
    assert client.get("/admin/workflows/reviewerprofile/").status_code in (302, 403)

    for user in (idle, outsider):
        client.force_login(user)
        dashboard = visible_text(client.get("/admin/").content)
        assert "Clean Water for Kisumu" not in dashboard, user
