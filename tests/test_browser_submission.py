"""Registering an initiative in French in a real browser (Debian's Chromium driven by Playwright).

A reader opens the French form, forgets the required e-mail address, reads the French error
beside the field with everything else still filled in, corrects it, sends the form, reads the
thank-you page and follows the private access link to the entry's status. No cookie is set.

Skipped without Chromium or Playwright, except in CI where that is a failure (tests/conftest.py).
"""

from __future__ import annotations

import re
import time

import pytest
from django.utils import translation

from tests.test_browser import english_home_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VIEWPORT = {"width": 1280, "height": 900}
MIN_FILL_SECONDS = 1
TITLE = "Atelier de réparation du quartier"
SUMMARY = "Des bénévoles réparent chaque samedi les objets du quotidien avec leurs propriétaires."
PROBLEM = "Des objets sont jetés alors que la plupart se réparent en une heure."
HOLDER = "Aminata Diallo"
EMAIL = "aminata.diallo@example.org"


def french(text: str) -> str:
    """The French of an interface string, from whatever the French catalogue holds right now."""
    with translation.override("fr"):
        return str(translation.gettext(text))


@pytest.fixture
def french_form():
    """A transactional test starts empty: locales, home, taxonomy, directories and the form."""
    from wagtail.models import Workflow

    from cms.models import Theme
    from cms.taxonomy_seed import seed_taxonomy
    from directory.models import ScreeningSettings
    from tests.factories.directory import (
        ActorIndexPageFactory,
        InitiativeIndexPageFactory,
        InitiativeSubmissionPageFactory,
    )
    from tests.utils import translate

    home = english_home_page()
    if not Theme.objects.exists():
        seed_taxonomy()
    index = InitiativeIndexPageFactory(parent=home)
    ActorIndexPageFactory(parent=home)
    form_page = InitiativeSubmissionPageFactory(parent=index)
    translate(home, "fr", alias=True)
    translate(index, "fr", title="Initiatives")
    french_page = translate(
        form_page,
        "fr",
        title="Enregistrer une initiative",
        thank_you="<p>Merci : le secrétariat lit chaque fiche sous deux semaines.</p>",
    )
    # The migrations' workflows exist only until a transactional test flushes them: without
    # one, whatever ran before, a new entry waits as "received" for the secretariat.
    Workflow.objects.update(active=False)
    rules = ScreeningSettings.load()
    rules.min_fill_seconds = MIN_FILL_SECONDS
    rules.save()

    theme = Theme.objects.filter(locale__language_code="en").order_by("slug").first()
    french_theme = Theme.objects.get(
        translation_key=theme.translation_key, locale__language_code="fr"
    )
    return {"page": french_page, "theme": theme, "theme_fr": french_theme.name}




def test_register_an_initiative_in_french(live_server, browser, french_form, tmp_path):
    from directory.forms.submission import InitiativeSubmissionForm

    page = french_form["page"]
    labels = InitiativeSubmissionForm.base_fields
    context = browser.new_context(viewport=VIEWPORT, locale="fr-FR")
    tab = context.new_page()

    # The French form: French labels and taxonomy terms in French.
    response = tab.goto(f"{live_server.url}/fr/initiatives/register/")
    assert response is not None and response.status == 200
    assert tab.evaluate("document.documentElement.lang") == "fr"
    assert tab.locator("h1").inner_text().strip() == "Enregistrer une initiative"
    with translation.override("fr"):
        title_label = str(labels["title"].label)
        email_label = str(labels["contact_email"].label)
    assert title_label in tab.locator("label[for=id_title]").inner_text()
    assert email_label in tab.locator("label[for=id_contact_email]").inner_text()
    assert (
        french("Send for verification")
        in tab.locator("form.entry-form button[type=submit]").inner_text()
    )
    theme_choice = tab.locator("#field-themes label.choice").filter(
        has=tab.locator(f"input[value='{french_form['theme'].slug}']")
    )
    assert theme_choice.inner_text().strip() == french_form["theme_fr"]
    assert french_form["theme_fr"] != french_form["theme"].name
    # The honeypot is out of sight but not display:none (bots skip hidden fields).
    honeypot = tab.locator(".hp")
    assert honeypot.evaluate("element => getComputedStyle(element).display") != "none"
    box = tab.locator("#id_homepage").bounding_box()
    assert box is None or box["x"] + box["width"] <= 0 or box["x"] >= VIEWPORT["width"], box
    shown_at = time.monotonic()

    # Everything but the required e-mail address.
    tab.fill("#id_title", TITLE)
    tab.fill("#id_summary", SUMMARY)
    tab.fill("#id_holders-0-name", HOLDER)
    tab.fill("#id_problem", PROBLEM)
    tab.check(f"#field-themes input[value='{french_form['theme'].slug}']")
    tab.select_option("#id_countries", "SN")
    tab.check("#id_consent")
    tab.locator("form.entry-form button[type=submit]").click()
    tab.wait_for_load_state()
    tab.screenshot(path=str(tmp_path / "form-errors-fr.png"), full_page=True)

    # The error, in French, beside the field; the summary links to it; nothing is lost.
    assert re.search(rf"/fr/contribute/submit/{page.pk}/$", tab.url), tab.url
    assert tab.locator("#error-summary").is_visible()
    assert tab.locator("#error-summary a[href='#field-contact_email']").count() == 1
    with translation.override("fr"):
        required = str(labels["contact_email"].error_messages["required"])
    error = tab.locator("#field-contact_email .field__error")
    assert error.count() == 1
    assert required in error.inner_text()
    assert french("Error:") in error.inner_text()
    assert tab.locator("#id_contact_email").get_attribute("aria-invalid") == "true"
    assert tab.locator(".field--error").count() == 1
    assert tab.input_value("#id_title") == TITLE
    assert tab.input_value("#id_summary") == SUMMARY
    assert tab.input_value("#id_holders-0-name") == HOLDER
    assert tab.input_value("#id_problem") == PROBLEM
    assert tab.is_checked(f"#field-themes input[value='{french_form['theme'].slug}']")
    assert tab.locator("#id_countries").evaluate(
        "select => [...select.selectedOptions].map(o => o.value)"
    ) == ["SN"]
    assert tab.is_checked("#id_consent")

    # Corrected and sent (after the minimum fill time).
    tab.fill("#id_contact_email", EMAIL)
    time.sleep(max(0, MIN_FILL_SECONDS + 0.5 - (time.monotonic() - shown_at)))
    tab.locator("form.entry-form button[type=submit]").click()
    tab.wait_for_load_state()
    tab.screenshot(path=str(tmp_path / "thank-you-fr.png"), full_page=True)

    # The thank-you page, with the private access link shown once.
    assert tab.locator("h1").inner_text().strip() == french("Thank you: your entry is registered")
    assert (
        "Merci : le secrétariat lit chaque fiche sous deux semaines."
        in tab.locator(".detail__main").inner_text()
    )
    assert TITLE in tab.locator(".entry-list").inner_text()
    link = tab.locator(".access-box__link a")
    href = link.get_attribute("href")
    assert href and href.startswith(f"{live_server.url}/fr/contribute/access/"), href

    # The access page, opened from that link: the entry and where it stands.
    link.click()
    tab.wait_for_load_state()
    tab.screenshot(path=str(tmp_path / "access-fr.png"), full_page=True)
    print(f"Screenshots: {tmp_path}")
    assert tab.url == href
    assert tab.locator("h1").inner_text().strip() == french("Your entries")
    entry = tab.locator("article.entry-status").filter(has_text=TITLE)
    assert entry.count() == 1
    badge = entry.locator(".badge--progress-received")
    assert badge.count() == 1
    assert french("Received") in badge.inner_text()

    # Without an account and without a cookie, from the first page to the last.
    assert context.cookies() == []
    context.close()
