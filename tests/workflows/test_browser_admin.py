"""The secretariat and two expert reviewers work their queues in the Wagtail admin, in a real
browser (Debian's Chromium driven by Playwright), from validation to a flagged publication.

1. The secretariat reads its queue on the dashboard, opens the entry and validates it from the
   footer's action menu: the checklist modal refuses an entry not confirmed against the charter.
2. The dashboard then lists the entry as needing reviewers; the assignment page has the two
   matching reviewers checked, the third one below them; the secretariat assigns the two.
3. Each reviewer finds the entry under "My reviews", sends an incomplete assessment (the error
   shows, the comment typed stays), completes it and reads the thank-you message.
4. The secretariat publishes with the flag; the public page shows the reviewers' flag.

The assignment and assessment pages are also opened with the admin in Arabic (right to left).
Screenshots go to $IPSP_BROWSER_SHOTS when it is set, else to the test's temporary directory.

Skipped without Chromium or Playwright, except in CI where that is a failure (tests/conftest.py).
"""

from __future__ import annotations

import importlib
import os
import re
from pathlib import Path

import pytest

from tests.test_browser import english_home_page
from tests.workflows.people import make_user, reviewer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VIEWPORT = {"width": 1400, "height": 1000}
PASSWORD = "secret-password"  # noqa: S105 (tests/workflows/people.py's make_user)
TITLE = "Clean Water for Kisumu"
SUMMARY = "Residents run the water kiosks of their own estates and keep the price within reach."
FLAG_TEXT = "Flagged by reviewers"
SCORES = {"relevance": 5, "innovation": 4, "evidence": 3, "replicability": 2, "externalities": 1}
CHARTER = "Complies with the charter: no discrimination, no hateful content"
CHARTER_ERROR = "An entry that breaks the charter cannot be validated."


def restore_roles_and_workflows() -> None:
    """A transactional test may start from a flushed database: the migrations' groups, page
    permissions and workflows are created again (both functions are idempotent)."""
    from django.apps import apps

    roles = importlib.import_module("workflows.migrations.0003_roles_and_workflows")
    secretariat = importlib.import_module("directory.migrations.0003_secretariat_permissions")
    roles.create(apps, None)
    secretariat.grant(apps, None)


@pytest.fixture
def shots(tmp_path) -> Path:
    folder = Path(os.environ.get("IPSP_BROWSER_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def queue(monkeypatch):
    """An English initiative on living wages in Kenya waiting for the secretariat, the
    secretariat (English), two reviewers who match it and one who does not."""
    from wagtail.models import Workflow

    from cms.models import Country, Theme
    from cms.taxonomy_seed import seed_taxonomy
    from tests.factories.directory import (
        ActorIndexPageFactory,
        InitiativeIndexPageFactory,
        InitiativePageFactory,
    )
    from workflows.verification import VERIFICATION_WORKFLOW, submit_for_verification

    # No DataCite from a test: the DOI is requested after publication, in another test.
    monkeypatch.setattr("directory.signals._enqueue_mint_doi", lambda key: None)

    home = english_home_page()
    if not Theme.objects.exists():
        seed_taxonomy()
    restore_roles_and_workflows()
    workflow = Workflow.objects.get(name=VERIFICATION_WORKFLOW)
    assert [task.name for task in workflow.tasks.order_by("workflow_tasks__sort_order")] == [
        "Secretariat validation",
        "Expert review",
        "Publication decision",
    ]

    index = InitiativeIndexPageFactory(parent=home)
    ActorIndexPageFactory(parent=home)
    wages = Theme.objects.get(locale__language_code="en", slug="living-wages")
    kenya = Country.objects.get(code="KE")
    page = InitiativePageFactory(
        parent=index,
        title=TITLE,
        slug="clean-water-for-kisumu",
        summary=SUMMARY,
        themes=[wages],
        countries=[kenya],
        publish=False,
    )
    assert not page.live
    submit_for_verification(page)
    assert page.current_workflow_task.name == "Secretariat validation"

    english = Theme.objects.filter(locale__language_code="en")
    other_theme = english.exclude(slug="living-wages").first()
    return {
        "page": page,
        "secretariat": make_user("sofia", "Secretariat", first_name="Sofia", last_name="Lindqvist"),
        "amal": reviewer("amal", themes=[wages], countries=[kenya]),
        "ben": reviewer("ben", themes=[wages]),
        "carla": reviewer("carla", themes=[other_theme]),
    }




def admin_language(user, language: str) -> None:
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def log_in(browser, base_url: str, user):
    """A new browser context, signed in to the admin through its login form."""
    context = browser.new_context(viewport=VIEWPORT, locale="en-GB")
    context.set_default_timeout(15_000)
    tab = context.new_page()
    response = tab.goto(f"{base_url}/admin/login/")
    assert response is not None and response.status == 200
    tab.fill("#id_username", user.get_username())
    tab.fill("#id_password", PASSWORD)
    tab.locator("form button[type=submit]").click()
    tab.wait_for_url(f"{base_url}/admin/")
    return context, tab


def snap(tab, path: Path) -> None:
    """A screenshot of the whole page: the admin scrolls inside its main element, so the
    viewport grows to the content's height for the shot."""
    if tab.locator(".messages li").count():
        tab.wait_for_timeout(600)  # the messages slide in (0.5 s)
    size = tab.viewport_size
    height = tab.evaluate(
        "Math.max(document.documentElement.scrollHeight, ...[...document.querySelectorAll("
        "'main, .content-wrapper, .content')].map(element => element.scrollHeight))"
    )
    tab.set_viewport_size({"width": size["width"], "height": max(size["height"], height)})
    tab.screenshot(path=str(path), full_page=True)
    tab.set_viewport_size(size)


def text_of(tab, selector: str = "main") -> str:
    return tab.locator(selector).first.inner_text()


def messages_text(tab) -> str:
    return " ".join(tab.locator(".messages").all_inner_texts())


def workflow_action(tab, label: str, action: str):
    """Open the footer's action menu (the dropdown beside the main button) and choose the
    workflow action; Wagtail opens the action's modal."""
    footer = tab.locator("footer .w-dropdown-button").first
    footer.locator(".w-dropdown__toggle").click()
    item = footer.locator(f"button[data-workflow-action-name='{action}']").filter(has_text=label)
    item.wait_for(state="visible")
    item.click()
    modal = tab.locator(".modal-dialog, .modal").filter(has=tab.locator("form")).first
    modal.wait_for(state="visible")
    return modal


def test_secretariat_and_reviewers_work_their_queues(live_server, browser, queue, shots):
    from wagtail.models import TaskState

    from workflows.models import Assessment, ReviewAssignment

    page, secretariat = queue["page"], queue["secretariat"]
    amal, ben, carla = queue["amal"], queue["ben"], queue["carla"]
    base = live_server.url

    # 1. The secretariat's dashboard: its queue, with the entry waiting for validation.
    context, tab = log_in(browser, base, secretariat)
    panel = tab.locator("#ipsp-queue-section")
    assert "The secretariat's queue" in panel.inner_text()
    row = panel.locator("tr").filter(has_text="Secretariat validation")
    assert row.count() == 1 and "1" in row.locator("td").nth(1).inner_text()
    # The entry itself is in Wagtail's panel of the tasks the user can act on.
    awaiting = tab.locator("#awaiting-review-section")
    assert "Awaiting your review" in awaiting.inner_text()
    assert TITLE in awaiting.inner_text()
    snap(tab, shots / "01-secretariat-dashboard.png")

    # 2. Validation from the entry's edit page: the checklist is complete or nothing moves.
    tab.goto(f"{base}/admin/pages/{page.pk}/edit/")
    assert TITLE in tab.locator("header").first.inner_text()
    modal = workflow_action(tab, "Validate", "approve")
    assert CHARTER in modal.inner_text()
    modal.get_by_label("Relevant to social progress").check()
    modal.get_by_label("Properly tagged (themes, domains, countries)").check()
    modal.locator("textarea[name=comment]").fill("Tags checked.")
    modal.locator("button[type=submit]").click()
    error = tab.locator(".modal").get_by_text(CHARTER_ERROR)
    error.wait_for(state="visible")
    tab.screenshot(path=str(shots / "02-validation-modal-error.png"), full_page=False)
    modal = tab.locator(".modal").filter(has=tab.locator("form")).first
    assert modal.get_by_label("Relevant to social progress").is_checked(), "the ticks stay"
    assert modal.locator("textarea[name=comment]").input_value() == "Tags checked."
    validation = TaskState.objects.get(workflow_state__object_id=str(page.pk), status="in_progress")
    assert validation.task.name == "Secretariat validation", "nothing moved"
    modal.get_by_label(CHARTER).check()
    with tab.expect_navigation():
        modal.locator("button[type=submit]").click()
    snap(tab, shots / "02-validated.png")
    assert f"Page '{TITLE}' has been updated." in messages_text(tab)
    review = TaskState.objects.get(workflow_state__object_id=str(page.pk), status="in_progress")
    assert review.task.name == "Expert review"

    # 3. The dashboard lists the entry as needing reviewers; the assignment page suggests them.
    tab.goto(f"{base}/admin/")
    panel = tab.locator("#ipsp-queue-section")
    assert "1 entry needs reviewers" in panel.inner_text()
    assert panel.locator("tr").filter(has_text="Expert review").count() == 1
    panel.get_by_role("link", name=TITLE).click()
    tab.wait_for_url(f"{base}/admin/reviews/assign/{review.pk}/")
    content = text_of(tab)
    assert "Suggested reviewers" in content and "This entry needs 2 assessments." in content
    names = tab.locator("form table.listing tbody tr td:nth-child(2)").all_inner_texts()
    assert [name.strip() for name in names] == ["Amal", "Ben", "Carla"], names
    for user, checked in ((amal, True), (ben, True), (carla, False)):
        assert tab.locator(f"#reviewer-{user.pk}").is_checked() is checked, user
    snap(tab, shots / "03-assign-reviewers.png")

    # The same page with the admin in Arabic, right to left.
    admin_language(secretariat, "ar")
    tab.reload()
    assert tab.evaluate("document.documentElement.dir") == "rtl"
    assert tab.evaluate("document.documentElement.lang") == "ar"
    snap(tab, shots / "03-assign-reviewers-ar.png")
    admin_language(secretariat, "en")
    tab.reload()

    with tab.expect_navigation():
        tab.get_by_role("button", name="Assign the chosen reviewers").click()
    assert f"2 reviewers assigned to “{TITLE}”; they are told by e-mail." in messages_text(tab)
    assigned = tab.locator("table.listing").first.inner_text()
    assert "Amal" in assigned and "Ben" in assigned and "Carla" not in assigned
    assert "Waiting for the assessment" in assigned
    snap(tab, shots / "04-reviewers-assigned.png")
    assigned_users = ReviewAssignment.objects.values_list("reviewer__username", flat=True)
    assert set(assigned_users) == {"amal", "ben"}
    context.close()

    # 4. Each reviewer finds the entry under "My reviews" and assesses it.
    for number, user in enumerate((amal, ben), start=1):
        arabic = user == ben
        context, tab = log_in(browser, base, user)
        panel = tab.locator("#ipsp-my-reviews-section")
        assert "My reviews" in panel.inner_text()
        panel.get_by_role("link", name=TITLE).click()
        tab.wait_for_url(re.compile(r"/admin/reviews/\d+/$"))
        assert "Assessment" in tab.locator("header").first.inner_text()
        assert TITLE in text_of(tab) and SUMMARY in text_of(tab)
        if arabic:  # the assessment form with the admin in Arabic, right to left
            admin_language(user, "ar")
            tab.reload()
            assert tab.evaluate("document.documentElement.dir") == "rtl"
            snap(tab, shots / f"05-assessment-{number}-ar.png")
            with tab.expect_navigation():
                tab.locator(".ipsp-workflow form button[type=submit]").first.click()
            assert tab.locator(".messages li.error").count() == 1
            assert tab.locator("fieldset.ipsp-criterion [role=alert]").count() == len(SCORES)
            snap(tab, shots / f"05-assessment-{number}-error-ar.png")
            admin_language(user, "en")
            tab.reload()

        # Sent with a missing score: the error shows and what was typed stays.
        comment = f"Kiosks owned by residents ({user.username}): new here."
        tab.fill("#id_innovation_comment", comment)
        for name, score in SCORES.items():
            if name != "evidence":
                tab.locator(f"input[name={name}][value='{score}']").check()
        with tab.expect_navigation():
            tab.get_by_role("button", name="Send my assessment").click()
        assert "The assessment could not be saved. Check the marked fields." in messages_text(tab)
        evidence = tab.locator("fieldset.ipsp-criterion").filter(has_text="Evidence of success")
        assert "This field is required." in evidence.locator("[role=alert]").inner_text()
        assert tab.locator("#id_innovation_comment").input_value() == comment
        assert tab.locator("input[name=relevance][value='5']").is_checked()
        snap(tab, shots / f"05-assessment-{number}-error.png")
        assert not Assessment.objects.filter(assignment__reviewer=user).exists()

        # Completed and sent.
        for name, score in SCORES.items():
            tab.locator(f"input[name={name}][value='{score}']").check()
        tab.fill("#id_comment_to_contributor", "Show the price data.")
        tab.fill("#id_note_to_secretariat", f"Strong, says {user.username}.")
        tab.locator("#id_recommend_flag").check()
        tab.get_by_role("button", name="Send my assessment").click()
        tab.wait_for_url(f"{base}/admin/")
        thanks = messages_text(tab)
        assert f"Thank you: your assessment of “{TITLE}” is recorded." in thanks
        complete = "The review is complete; the secretariat decides on publication."
        assert (complete in thanks) is (number == 2), thanks
        assert tab.locator("#ipsp-my-reviews-section").count() == 0, "nothing left to review"
        snap(tab, shots / f"06-assessment-{number}-sent.png")
        context.close()
    assert TaskState.objects.get(pk=review.pk).status == "approved"

    # 5. Publication with the flag, after reading the assessments.
    context, tab = log_in(browser, base, secretariat)
    row = tab.locator("#ipsp-queue-section tr").filter(has_text="Publication decision")
    assert row.count() == 1
    tab.goto(f"{base}/admin/pages/{page.pk}/edit/")
    modal = workflow_action(tab, "Publish", "approve")
    assessments = modal.locator(".ipsp-assessments").inner_text()
    assert "Amal · mean 3.0/5 · recommends the flag" in assessments, assessments
    assert "Strong, says ben." in assessments
    modal.get_by_label("Flag as among the most innovative and inspiring").check()
    tab.screenshot(path=str(shots / "07-publication-modal.png"), full_page=False)
    with tab.expect_navigation():
        modal.locator("button[type=submit]").click()
    assert f"Page '{TITLE}' has been updated." in messages_text(tab)
    page.refresh_from_db()
    assert page.live and page.flagged_by_reviewers

    public = tab.goto(f"{base}{page.url}")
    assert public is not None and public.status == 200
    assert tab.locator("h1").inner_text().strip() == TITLE
    assert tab.locator(".badge--flag").inner_text().strip() == FLAG_TEXT
    snap(tab, shots / "08-public-page-flagged.png")
    context.close()
    print(f"Screenshots: {shots}")
