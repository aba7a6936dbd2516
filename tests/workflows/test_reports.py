"""The reports' path: an author drafts a report, readers comment on it during the public
consultation, the coordination council approves it unanimously (one dissent returns it), and
the report goes live. Each role's refusals are tested beside what it may do."""

from __future__ import annotations

import re
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry, TaskState, WorkflowState

from tests.factories.base import rich
from tests.utils import assert_no_restricted_data, read_document, visible_text
from workflows.models import (
    ConsultationComment,
    ConsultationTaskState,
    CouncilApprovalTask,
    CouncilVote,
)
from workflows.tasks import close_consultations
from workflows.views.consultation import RATE_LIMIT

pytestmark = pytest.mark.django_db

DISSENT = "The section on wages ignores informal work: revise it before we approve."


# --- Helpers --------------------------------------------------------------------------------


@pytest.fixture
def people(db, django_user_model):
    """One user per role (groups created by workflows/migrations/0003), three council members."""
    from django.contrib.auth.models import Group

    from workflows.models.roles import AUTHORS, COUNCIL, REVIEWERS, SECRETARIAT

    def person(username, group, first_name):
        user = django_user_model.objects.create_user(
            username=username,
            email=f"{username}@example.org",
            password="pw",  # noqa: S106
            first_name=first_name,
        )
        user.groups.add(Group.objects.get(name=group))
        return user

    return SimpleNamespace(
        author=person("author", AUTHORS, "Ana"),
        reviewer=person("reviewer", REVIEWERS, "Rui"),
        secretary=person("secretary", SECRETARIAT, "Sara"),
        council=[person(f"council{n}", COUNCIL, f"Member {n}") for n in (1, 2, 3)],
    )


@pytest.fixture
def publications(home_page):
    from tests.factories.publications import PublicationIndexPageFactory

    return PublicationIndexPageFactory()


@pytest.fixture
def draft(people, publications):
    """A report an author drafted in the publications section (never published)."""
    from tests.factories.publications import ReportPageFactory

    return ReportPageFactory(parent=publications, owner=people.author, publish=False)


@pytest.fixture
def submit(django_capture_on_commit_callbacks, mailoutbox):
    """The author submits the draft: the report workflow starts with its consultation."""

    def submit_(page, user):
        with django_capture_on_commit_callbacks(execute=True):
            page.get_workflow().start(page, user)
        return current_task_state(page)

    return submit_


@pytest.fixture
def consultation(draft, people, submit):
    return submit(draft, people.author)


def current_task_state(page):
    page.refresh_from_db()
    state = page.current_workflow_task_state
    return state.specific if state is not None else None


def consultation_url(task_state, language="en"):
    return f"/{language}/consultations/{task_state.pk}/"


def comment_data(section="what_is_known", **overrides):
    data = {
        "section": section,
        "author_name": "Lucía Gómez",
        "affiliation": "Universidad de la República",
        "body": "Add the figures for Latin America, where the trend reversed after 2003.",
        "website": "",
    }
    data.update(overrides)
    return data


def close(task_state):
    """The consultation period is over; the beat task closes it (the council task starts)."""
    ConsultationTaskState.objects.filter(pk=task_state.pk).update(
        closes_at=timezone.now() - timedelta(minutes=1)
    )
    return close_consultations()


def vote(client, member, page, action, comment=""):
    """A council member votes through Wagtail's workflow action view, as the admin's button does."""
    task_state = current_task_state(page)
    client.force_login(member)
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]),
        {"comment": comment},
    )
    client.logout()
    return response


def sent_to(mailoutbox, user):
    return [message for message in mailoutbox if user.email in message.to]


# --- Drafting and opening the consultation ----------------------------------------------------


def test_an_author_drafts_in_publications_but_cannot_publish(people, publications, draft):
    assert publications.permissions_for_user(people.author).can_add_subpage()
    permissions = draft.permissions_for_user(people.author)
    assert permissions.can_edit()
    assert not permissions.can_publish()
    assert not draft.live


def test_submitting_opens_the_consultation_and_tells_the_author(
    draft, people, submit, mailoutbox, client
):
    before = timezone.now()
    task_state = submit(draft, people.author)

    assert isinstance(task_state, ConsultationTaskState)
    assert task_state.is_open
    assert (
        before + timedelta(days=30) <= task_state.closes_at <= timezone.now() + timedelta(days=30)
    )
    messages = sent_to(mailoutbox, people.author)
    assert len(messages) == 1
    assert draft.title in messages[0].subject
    assert consultation_url(task_state) in messages[0].body
    assert sent_to(mailoutbox, people.secretary), "the secretariat moderates: it hears too"

    listing = client.get("/en/consultations/")
    assert listing.status_code == 200
    assert draft.title in visible_text(listing.content)
    assert consultation_url(task_state) in listing.content.decode()


def test_the_consultation_page_shows_the_draft_and_nothing_private(
    consultation, draft, people, client
):
    response = client.get(consultation_url(consultation))
    assert response.status_code == 200
    assert not response.cookies, "readers get no cookie"
    document = read_document(response.content)
    assert document.h1 == [draft.title]
    assert document.html_attrs == {"lang": "en", "dir": "ltr"}
    text = visible_text(response.content)
    for title in (
        "Summary of the take-away messages",
        "What is known?",
        "Index minimum wages to living costs",
    ):
        assert title in text
    assert "Income shares of the top decile" in text
    assert text.count("Comment on this section") == len(draft.consultation_sections())
    html = response.content.decode()
    for user in (people.author, people.secretary, *people.council):
        assert user.email not in html
    assert "Sara" not in text and "Member 1" not in text  # no moderator or council names
    assert_no_restricted_data(response.content, "the consultation page")
    # The draft is public here only: its own address serves nothing.
    assert client.get(f"/en/publications/{draft.slug}/").status_code == 404


def test_readers_see_the_authors_latest_edits(consultation, draft, people, client):
    edited = draft.get_latest_revision_as_object()
    edited.what_is_known = rich(
        "Revised after the first comments: top shares rose in 40 of 50 countries."
    )
    edited.save_revision(user=people.author)

    text = visible_text(client.get(consultation_url(consultation)).content)
    assert "Revised after the first comments" in text
    assert "Income shares of the top decile" not in text


def test_the_arabic_page_is_right_to_left_and_marks_the_english_draft(consultation, client):
    response = client.get(consultation_url(consultation, "ar"))
    assert response.status_code == 200
    document = read_document(response.content)
    assert document.html_attrs == {"lang": "ar", "dir": "rtl"}
    assert '<h1><bdi lang="en" dir="ltr">' in response.content.decode()


# --- Readers' comments ----------------------------------------------------------------------


def test_a_comment_waits_for_moderation_then_appears(consultation, draft, client):
    url = consultation_url(consultation, "fr")
    response = client.post(url, comment_data())
    assert response.status_code == 302
    assert response["Location"] == f"{url}?sent=what_is_known#section-what_is_known"
    assert not response.cookies

    comment = ConsultationComment.objects.get()
    assert comment.status == ConsultationComment.Status.PENDING
    assert comment.language == "fr"
    assert comment.consultation_id == consultation.pk
    assert comment.page_id == draft.pk
    assert comment.section_label == "What is known?"

    thanks = client.get(response["Location"])
    assert "votre commentaire apparaîtra après modération" in visible_text(thanks.content)
    assert comment.body not in visible_text(thanks.content), "not before moderation"

    comment.status = ConsultationComment.Status.PUBLISHED
    comment.save()
    text = visible_text(client.get(url).content)
    assert comment.body in text
    assert "Lucía Gómez" in text
    assert "Universidad de la República" in text

    comment.status = ConsultationComment.Status.HIDDEN
    comment.save()
    assert comment.body not in visible_text(client.get(url).content)


def test_errors_are_shown_in_french_beside_the_fields_with_what_was_typed(consultation, client):
    url = consultation_url(consultation, "fr")
    response = client.post(
        url, comment_data(author_name="L" * 200, body="Mon commentaire détaillé.")
    )
    assert response.status_code == 400
    assert response["Cache-Control"] == "no-store"
    text = visible_text(response.content)
    assert "Erreur :" in text
    assert "Assurez-vous que cette valeur comporte au plus 150 caractères" in text
    html = response.content.decode()
    assert "Mon commentaire détaillé." in html, "the comment typed is kept"
    assert 'id="id_what_is_known_author_name"' in html
    assert re.search(r'<details class="comment-box" open>', html), "the form in error is unfolded"
    assert not ConsultationComment.objects.exists()


def test_the_honeypot_pretends_success_and_stores_nothing(consultation, client):
    url = consultation_url(consultation)
    response = client.post(url, comment_data(website="https://spam.example.com"))
    assert response.status_code == 302
    assert "sent=" in response["Location"]
    assert not ConsultationComment.objects.exists()


def test_comments_from_one_address_are_rate_limited(consultation, client):
    url = consultation_url(consultation)
    for number in range(RATE_LIMIT):
        assert client.post(url, comment_data(body=f"Comment {number}")).status_code == 302
    response = client.post(url, comment_data(body="One comment too many"))
    assert response.status_code == 429
    assert "the most we accept from one connection" in visible_text(response.content)
    assert "One comment too many" in response.content.decode()
    assert ConsultationComment.objects.count() == RATE_LIMIT
    # Another address is not affected.
    assert client.post(url, comment_data(), REMOTE_ADDR="203.0.113.9").status_code == 302


def test_an_unknown_section_is_refused(consultation, client):
    response = client.post(consultation_url(consultation), comment_data(section="secret-notes"))
    assert response.status_code == 400
    assert "This section does not exist." in visible_text(response.content)
    assert not ConsultationComment.objects.exists()


def test_a_closed_consultation_takes_no_comment(consultation, draft, client):
    close(consultation)
    url = consultation_url(consultation)

    response = client.get(url)
    assert response.status_code == 200
    text = visible_text(response.content)
    assert "This consultation is closed" in text
    assert "Income shares of the top decile" not in text, "the draft is public only while open"
    assert client.post(url, comment_data()).status_code == 404
    assert not ConsultationComment.objects.exists()
    assert draft.title not in visible_text(client.get("/en/consultations/").content)


def test_an_unknown_consultation_is_not_found(client, db):
    assert client.get("/en/consultations/999999/").status_code == 404
    assert client.post("/en/consultations/999999/", comment_data()).status_code == 404


def test_a_task_state_of_another_kind_is_not_a_consultation(consultation, client):
    close(consultation)
    council_state = TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS).get()
    assert client.get(consultation_url(council_state)).status_code == 404


# --- The council ----------------------------------------------------------------------------


def test_from_consultation_to_publication(
    consultation, draft, people, client, mailoutbox, django_capture_on_commit_callbacks
):
    council = people.council

    # The period ends: the beat task closes the consultation and the council is asked to vote.
    with django_capture_on_commit_callbacks(execute=True):
        assert close(consultation) == 1
    consultation.refresh_from_db()
    assert consultation.status == TaskState.STATUS_APPROVED
    first_vote = current_task_state(draft)
    assert isinstance(first_vote.task.specific, CouncilApprovalTask)
    for member in council:
        assert sent_to(mailoutbox, member), f"{member} was not asked to vote"

    # Two approve; the third dissents: the report goes back to its authors with the dissent.
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert vote(client, council[0], draft, "vote_approve").status_code == 302
        assert vote(client, council[1], draft, "vote_approve", "Fine by me.").status_code == 302
        assert vote(client, council[2], draft, "vote_reject", DISSENT).status_code == 302
    workflow_state = WorkflowState.objects.get(pk=first_vote.workflow_state_id)
    assert workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    first_vote.refresh_from_db()
    assert first_vote.status == TaskState.STATUS_REJECTED
    draft.refresh_from_db()
    assert not draft.live
    returned = [
        message for message in sent_to(mailoutbox, people.author) if "returned" in message.subject
    ]
    assert len(returned) == 1
    assert DISSENT in returned[0].body

    # The authors revise and resubmit: the council task starts again, with fresh votes.
    revised = draft.get_latest_revision_as_object()
    revised.what_can_be_done = rich("Informal workers' organisations are now among the actors.")
    revised.save_revision(user=people.author)
    with django_capture_on_commit_callbacks(execute=True):
        workflow_state.resume(user=people.author)
    second_vote = current_task_state(draft)
    assert second_vote.pk != first_vote.pk
    assert isinstance(second_vote.task.specific, CouncilApprovalTask)
    assert not CouncilVote.objects.filter(task_state=second_vote).exists()

    # All three approve: the last vote publishes the report, with the revised text.
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        for member in council[:2]:
            vote(client, member, draft, "vote_approve")
        draft.refresh_from_db()
        assert not draft.live, "two of three is not unanimity"
        vote(client, council[2], draft, "vote_approve", "Now I agree.")
    draft.refresh_from_db()
    assert draft.live
    assert "Informal workers" in draft.specific.what_can_be_done
    workflow_state.refresh_from_db()
    assert workflow_state.status == WorkflowState.STATUS_APPROVED
    publication = PageLogEntry.objects.filter(page=draft, action="wagtail.publish").latest(
        "timestamp"
    )
    assert publication.user_id == council[2].pk, "the last voter published it"
    assert any("published" in message.body for message in sent_to(mailoutbox, people.author))

    # The audit log holds every vote, with its decision and comment.
    votes = PageLogEntry.objects.filter(page=draft, action="ipsp.council.vote").order_by(
        "timestamp", "pk"
    )
    assert [(entry.user_id, entry.data["decision"]) for entry in votes] == [
        (council[0].pk, "approve"),
        (council[1].pk, "approve"),
        (council[2].pk, "reject"),
        (council[0].pk, "approve"),
        (council[1].pk, "approve"),
        (council[2].pk, "approve"),
    ]
    assert votes[2].data["comment"] == DISSENT


def test_authors_hear_of_a_rejection_once(
    consultation, draft, people, client, mailoutbox, django_capture_on_commit_callbacks
):
    """One notification path: the project's e-mail, not Wagtail's stock one as well."""
    close(consultation)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        vote(client, people.council[0], draft, "vote_reject", DISSENT)
    assert [message.subject for message in sent_to(mailoutbox, people.author)] == [
        f"The council returned “{draft.title}” to its authors"
    ]


def test_a_rejection_needs_a_comment(consultation, draft, people, client):
    close(consultation)
    response = vote(client, people.council[0], draft, "vote_reject", "")
    assert response.status_code in (200, 302)
    assert not CouncilVote.objects.exists()
    assert current_task_state(draft).status == TaskState.STATUS_IN_PROGRESS


@pytest.mark.parametrize("role", ["author", "reviewer", "secretary"])
def test_only_council_members_vote(consultation, draft, people, client, role):
    close(consultation)
    user = getattr(people, role)
    task_state = current_task_state(draft)
    task = task_state.task.specific
    assert task.get_actions(draft, user) == []
    for action in ("vote_approve", "vote_reject"):
        response = vote(client, user, draft, action, "I should not be able to vote.")
        assert response.status_code in (302, 403)
    assert not CouncilVote.objects.exists()
    assert not PageLogEntry.objects.filter(page=draft, action="ipsp.council.vote").exists()
    assert current_task_state(draft).pk == task_state.pk


def test_a_council_member_votes_once(consultation, draft, people, client):
    close(consultation)
    member = people.council[0]
    task = current_task_state(draft).task.specific
    assert [name for name, _label, _modal in task.get_actions(draft, member)] == [
        "vote_approve",
        "vote_reject",
    ]

    vote(client, member, draft, "vote_approve")
    assert task.get_actions(draft, member) == []
    assert vote(client, member, draft, "vote_reject", DISSENT).status_code in (302, 403)
    assert list(CouncilVote.objects.values_list("member_id", "decision")) == [
        (member.pk, "approve")
    ]
    assert current_task_state(draft).status == TaskState.STATUS_IN_PROGRESS
