"""The verification of directory entries, end to end: a contributor's submission, the
secretariat's validation, two expert reviewers matched by competence, their assessments and
flag, publication with a DOI requested, and the e-mails each person receives in their language.
Every role that must not act is refused at its step."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import PageLogEntry, TaskState, WorkflowState

from directory.models import ActorPage, InitiativePage
from tests.directory.conftest import access_link
from tests.utils import visible_text
from tests.workflows.people import reviewer
from workflows.models import Assessment, ReviewAssignment

pytestmark = pytest.mark.django_db

XHR = {"x-requested-with": "XMLHttpRequest"}
FLAG_TEXT = "Flagged by reviewers"
SCORES = {"relevance": "5", "innovation": "5", "evidence": "4", "replicability": "4", "externalities": "3"}


def refused(response) -> bool:
    """Wagtail answers 404 where the user may not even see the page, 403 where they may, and
    sends a browser back to the dashboard with "Sorry, you do not have permission"."""
    if response.status_code == 302:
        return response.url == "/admin/"
    return response.status_code in (403, 404)


def action_url(page, action, task_state):
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])


def current_task_state(page):
    state = WorkflowState.objects.get(object_id=str(page.pk), status__in=["in_progress", "needs_changes"])
    return state.current_task_state.specific


def mails_to(user_or_address):
    address = getattr(user_or_address, "email", user_or_address)
    return [message for message in mail.outbox if address in message.to]


def admin_path(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)


def link_in(message, fragment: str) -> str:
    for word in message.body.split():
        if fragment in word:
            return admin_path(word)
    raise AssertionError(f"no {fragment} link in: {message.body}")


@pytest.fixture
def submitted(reader, form_pages, secretariat):
    """An English initiative on living wages in Kenya, naming a new organisation."""
    response = reader.register(form_pages.initiative)
    page = InitiativePage.objects.get(title="Clean Water for Kisumu")
    return page, access_link(response)


@pytest.fixture
def panel(db, taxonomy, submitted):
    page, _link = submitted
    organisation = ActorPage.objects.get(title="Maji Safi Collective")
    wages, kenya = taxonomy.themes["living-wages"], taxonomy.countries["KE"]
    other_theme = next(theme for slug, theme in taxonomy.themes.items() if slug != "living-wages")
    return {
        "amal": reviewer("amal", themes=[wages], countries=[kenya], language="ar", capacity=3),
        "ben": reviewer("ben", themes=[wages], capacity=3),
        "carla": reviewer("carla", themes=[other_theme]),
        "dario": reviewer("dario", themes=[wages], countries=[kenya], conflicts=[organisation]),
        "elise": reviewer("elise", themes=[wages], languages=("fr",)),
    }


def test_the_whole_path_from_submission_to_a_flagged_publication(
    client, submitted, panel, secretariat, outsider, django_capture_on_commit_callbacks, monkeypatch
):
    page, contributor_link = submitted
    amal, ben, carla = panel["amal"], panel["ben"], panel["carla"]
    minted = []
    monkeypatch.setattr("directory.signals._enqueue_mint_doi", minted.append)

    # 1. The secretariat hears about the new entry (and the organisation it names), in French.
    notices = {message.subject: message for message in mails_to(secretariat)}
    assert set(notices) == {"À valider : « Clean Water for Kisumu »", "À valider : « Maji Safi Collective »"}
    notice = notices["À valider : « Clean Water for Kisumu »"]
    assert f"/admin/pages/{page.pk}/edit/" in notice.body

    # 2. Validation: a reviewer or an author cannot validate; the checklist must be complete.
    validation = current_task_state(page)
    for intruder in (amal, outsider):
        client.force_login(intruder)
        assert refused(client.post(action_url(page, "approve", validation), SCORES))
    client.force_login(secretariat)
    incomplete = client.post(
        action_url(page, "approve", validation), {"relevant": "on", "tagged": "on"}, headers=XHR
    )
    assert "Une fiche qui enfreint la charte ne peut pas être validée." in incomplete.json()["html"]
    assert current_task_state(page).pk == validation.pk, "nothing moved"
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            action_url(page, "approve", validation),
            {"relevant": "on", "tagged": "on", "charter": "on", "comment": "Tags checked."},
        )
    assert response.status_code == 302
    assert TaskState.objects.get(pk=validation.pk).specific.checklist == {
        "relevant": True, "tagged": True, "charter": True
    }

    # 3. Expert review: the secretariat is asked to assign reviewers, and sees them matched.
    review = current_task_state(page)
    assert review.task.name == "Expert review"
    [ask] = mails_to(secretariat)
    assign_url = link_in(ask, "/admin/reviews/assign/")
    client.force_login(amal)
    assert refused(client.get(assign_url)), "a reviewer does not choose reviewers"
    client.force_login(secretariat)
    text = visible_text(client.get(assign_url).content)
    assert text.index("Amal") < text.index("Carla") and text.index("Ben") < text.index("Carla")
    assert "Dario" in text and "conflit d’intérêts déclaré : Maji Safi Collective" in text.replace("'", "’")
    assert "Elise" in text and "ne lit pas la langue de la fiche" in text.replace("'", "’")
    html = client.get(assign_url).content.decode()
    for pre_checked in (amal, ben):
        assert re.search(rf'value="{pre_checked.pk}" id="reviewer-{pre_checked.pk}" checked', html)
    assert f'name="reviewers" value="{panel["dario"].pk}"' not in html, "a conflict cannot be chosen"

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(assign_url, {"reviewers": [amal.pk, ben.pk]})
    assert set(ReviewAssignment.objects.values_list("reviewer__username", flat=True)) == {"amal", "ben"}
    [to_amal], [to_ben] = mails_to(amal), mails_to(ben)
    assert to_ben.subject == "Please review “Clean Water for Kisumu”"
    assert "يرجى" in to_amal.subject or "مراجعة" in to_amal.subject, to_amal.subject
    assess_amal, assess_ben = link_in(to_amal, "/admin/reviews/"), link_in(to_ben, "/admin/reviews/")

    # 4. Each reviewer sees only their assignment; others are refused.
    client.force_login(carla)
    assert refused(client.get(assess_amal))
    assert refused(client.get(f"/admin/pages/workflow/preview/{page.pk}/{review.task_id}/"))
    client.force_login(amal)
    assert refused(client.get(assess_ben))
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code in (200, 302)
    assert "Clean Water for Kisumu" in visible_text(client.get(assess_amal).content)
    assert client.get(f"/admin/pages/workflow/preview/{page.pk}/{review.task_id}/").status_code == 200
    dashboard = visible_text(client.get("/admin/").content)
    assert "Clean Water for Kisumu" in dashboard

    # 5. Assessments: errors keep what was typed; the first of two does not complete the review.
    bad = client.post(assess_amal, {"innovation_comment": "Kiosks owned by residents: new here."})
    assert bad.status_code == 200 and "Kiosks owned by residents: new here." in bad.content.decode()
    assert not Assessment.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(assess_amal, {**SCORES, "recommend_flag": "on", "comment_to_contributor": "Show the price data."})
    assert TaskState.objects.get(pk=review.pk).status == "in_progress"
    mail.outbox.clear()
    client.force_login(ben)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(assess_ben, {**SCORES, "recommend_flag": "on", "note_to_secretariat": "Strong."})
    assert TaskState.objects.get(pk=review.pk).status == "approved"
    assert client.post(assess_ben, SCORES).status_code == 302
    assert Assessment.objects.count() == 2, "a closed review takes no more assessments"

    # 6. The contributor reads the reviewer's comment (without the reviewer's name) and gets it
    #    by e-mail; the secretariat is asked to decide on publication.
    [to_contributor] = mails_to("amina.contributor@example.org")
    assert "Show the price data." in to_contributor.body
    access = visible_text(client.get(contributor_link).content)
    assert "Show the price data." in access and "Amal" not in access and "Strong." not in access
    [decide] = mails_to(secretariat)
    assert "Clean Water for Kisumu" in decide.subject

    # 7. Publication with the flag, by the secretariat only.
    publication = current_task_state(page)
    assert publication.task.specific.stage == "publication"
    client.force_login(amal)
    assert refused(client.post(action_url(page, "approve", publication), {"flag": "on"}))
    client.force_login(secretariat)
    modal = client.get(action_url(page, "approve", publication), headers=XHR).json()["html"]
    assert "Strong." in modal, "the secretariat reads the assessments before deciding"
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(action_url(page, "approve", publication), {"flag": "on"})
    page.refresh_from_db()
    assert page.live and page.flagged_by_reviewers
    assert minted == [str(page.translation_key)], "the DOI task is queued"
    assert FLAG_TEXT in visible_text(client.get(page.url).content)
    api = client.get(f"/api/v2/pages/{page.pk}/").json()
    assert api["flagged_by_reviewers"] is True
    [published] = mails_to("amina.contributor@example.org")
    assert "is published" in published.subject and page.full_url in published.body
    assert "Published" in visible_text(client.get(contributor_link).content)

    # 8. Every decision is in Wagtail's audit log, with who took it.
    actions = list(PageLogEntry.objects.filter(page=page).values_list("action", "user__username"))
    for expected in [
        ("wagtail.workflow.approve", "sofia"),
        ("ipsp.review.assign", "sofia"),
        ("ipsp.review.assess", "amal"),
        ("ipsp.review.assess", "ben"),
        ("ipsp.flag", "sofia"),
        ("wagtail.publish", "sofia"),
    ]:
        assert expected in actions, (expected, actions)
