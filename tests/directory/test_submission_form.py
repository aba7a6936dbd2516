"""The public registration forms: what a person sees, sends and gets back, in English and Arabic."""

from __future__ import annotations

import pytest
from django.core import mail
from django.utils import translation
from wagtail.models import WorkflowState

from directory.models import ActorPage, Contributor, InitiativePage, Submission
from tests.directory.conftest import CONTRIBUTOR_EMAIL, actor_data, initiative_data, started_value
from tests.utils import visible_text

pytestmark = pytest.mark.django_db


def test_the_initiative_form_asks_every_field_of_the_seeds(reader, form_pages):
    html = reader.open(form_pages.initiative).content.decode()
    text = visible_text(html)
    for label in (
        "Name of the initiative",
        "Project holders",
        "Organisations and affiliations",
        "Domains",
        "Disciplines",
        "Areas and countries",
        "Project types",
        "Themes",
        "(a) What is the problem you address?",
        "(b) What is the approach and how is it innovative?",
        "(c) Why is it successful and how is this success measured?",
        "(d) To what extent could it be replicated in other contexts?",
        "(e) How do you take into account and deal with the externalities it generates?",
        "Links to online resources and documents",
        "Video (optional)",
        "Your e-mail address",
        "Language of the entry",
        "I have read the privacy notice",
    ):
        assert label in text, label
    # The editor's guidance for a part is shown with its question.
    assert "Who is affected, where, and how badly?" in text
    assert "Living wages" in text  # a theme, by its name


def test_a_registration_creates_a_draft_in_verification_and_shows_the_access_link_once(reader, form_pages):
    response = reader.register(form_pages.initiative)
    text = visible_text(response.content)
    assert response.status_code == 200
    assert "Thank you: your entry is registered" in text
    assert "It is shown only once." in text
    assert response["Cache-Control"] == "no-store"
    assert response["Referrer-Policy"] == "no-referrer"

    page = InitiativePage.objects.get(title="Clean Water for Kisumu")
    assert not page.live, "a submission is never published by itself"
    assert page.public_id.startswith("IPSP-I-") and page.public_id in text
    assert page.first_submitted_at is not None
    assert page.get_parent().specific_class.__name__ == "InitiativeIndexPage"
    assert [h.name for h in page.project_holders.all()] == ["Amina Odhiambo"]
    assert "<p>Families pay ten times the city price for water.</p><p>Children fall ill.</p>" == page.problem
    assert [t.slug for t in page.themes.all()] == ["living-wages"]
    assert [c.code for c in page.countries.all()] == ["KE"]
    assert page.resources[0].value["url"] == "https://example.org/report.pdf"

    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Directory verification"

    # The organisation became a draft actor, linked to the initiative.
    actor = ActorPage.objects.get(title="Maji Safi Collective")
    assert not actor.live and list(page.organisations.all()) == [actor]

    # The contributor is private; only the token's hash is stored, and the link is e-mailed.
    contributor = Contributor.objects.get()
    assert contributor.email == CONTRIBUTOR_EMAIL
    token_path = [line for line in text.split() if "/contribute/access/" in line][0]
    raw_token = token_path.rstrip("/").rsplit("/", 1)[-1]
    assert raw_token not in str(list(contributor.tokens.values()))
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [CONTRIBUTOR_EMAIL]
    assert raw_token in mail.outbox[0].body

    submission = Submission.objects.get(page=page)
    assert submission.consent_at is not None
    assert submission.contributor == contributor


def test_arabic_reader_sees_the_form_and_errors_in_arabic_and_the_entry_is_arabic(reader, form_pages, translate):
    from tests.factories.directory import ActorIndexPageFactory

    arabic_form = translate(form_pages.initiative, "ar", title="سجّل مبادرة")
    translate(ActorIndexPageFactory(), "ar", alias=True)
    html = reader.open(form_pages.initiative, "ar").content.decode()
    assert 'dir="rtl"' in html
    with translation.override("ar"):
        assert translation.gettext("Name of the initiative") in visible_text(html)
    from cms.models import Theme

    expected_theme = Theme.objects.get(slug="living-wages", locale__language_code="ar").name
    assert expected_theme != "Living wages"
    assert expected_theme in visible_text(html), "theme names are shown in Arabic"

    started = started_value(html)
    bad = reader.send(arabic_form, initiative_data(started, language="ar", contact_email=""), "ar")
    with translation.override("ar"):
        assert translation.gettext("This field is required.") in visible_text(bad.content)
    assert "Clean Water for Kisumu" in bad.content.decode(), "what was typed is kept"

    good = reader.send(arabic_form, initiative_data(started, language="ar", title="مياه نظيفة لكيسومو"), "ar")
    with translation.override("ar"):
        assert translation.gettext("Thank you: your entry is registered") in visible_text(good.content)
    page = InitiativePage.objects.get(title="مياه نظيفة لكيسومو")
    assert page.locale.language_code == "ar"
    assert "/ar/contribute/access/" in good.content.decode()


@pytest.mark.parametrize(
    "overrides, field, message",
    [
        ({"title": ""}, "title", "This field is required."),
        ({"summary": "x" * 601}, "summary", "Ensure this value has at most 600 characters (it has 601)."),
        ({"contact_email": ""}, "contact_email", "This field is required."),
        ({"contact_email": "not-an-address"}, "contact_email", "Enter a valid email address."),
        ({"consent": ""}, "consent", "Please agree to the privacy notice: without it we cannot keep your entry."),
        ({"themes": []}, "themes", "This field is required."),
        ({"themes": ["no-such-theme"]}, "themes", "Select a valid choice. no-such-theme is not one of the available choices."),
        ({"countries": []}, "countries", "This field is required."),
        ({"problem": "", "approach": ""}, "problem", "Answer at least the first question, so readers know what this is about."),
        ({"video_url": "not a link"}, "video_url", "Enter a valid URL."),
        ({"language": "xx"}, "language", "Select a valid choice. xx is not one of the available choices."),
        ({"holders-0-name": "", "holders-0-role": ""}, "holders-0-name", "Name at least one person who carries the initiative."),
        ({"holders-1-role": "Treasurer"}, "holders-1-name", "Give the name of the person with this role."),
        ({"resources-0-url": "ftp:/broken"}, "resources-0-url", "Enter a valid URL."),
        ({"resources-1-title": "Orphan title"}, "resources-1-url", "Give the address this title belongs to."),
    ],
)
def test_each_validation_error_is_shown_beside_its_field_and_nothing_typed_is_lost(
    reader, form_pages, overrides, field, message
):
    started = started_value(reader.open(form_pages.initiative).content.decode())
    data = initiative_data(started, **{"summary": "Kiosks run by neighbours.", **overrides})
    response = reader.send(form_pages.initiative, data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is 1 problem with what you sent" in visible_text(html)
    # The message sits in the field's own block (id="field-<name>"), and in the summary.
    block = html.split(f'id="field-{field}"', 1)[1].split('id="field-', 1)[0]
    assert message in visible_text(block)
    assert f'href="#field-{field}"' in html
    typed = {
        "problem": "Families pay ten times the city price for water.",
        "holders-0-name": "Amina Odhiambo",
        "organisations-0-name": "Maji Safi Collective",
        "resources-0-url": "https://example.org/report.pdf",
    }
    for name, value in typed.items():
        if name not in overrides:
            assert value in html, f"{value!r} was lost"
    assert not InitiativePage.objects.exists()


def test_an_organisation_registers_with_restricted_parts_kept_private(reader, form_pages, client):
    response = reader.register(form_pages.actor, actor_data)
    assert "Thank you: your entry is registered" in visible_text(response.content)
    actor = ActorPage.objects.get(title="Mama Mboga Traders Network")
    assert actor.restricted_parts == ["partnerships"]
    assert actor.contact_email == CONTRIBUTOR_EMAIL and actor.contact_phone == "+254 700 000 001"
    assert actor.public_id.startswith("IPSP-A-")
    assert not actor.live
    assert actor.description == {
        "problems": "<p>Vendors lose their pitches without notice.</p>"
    }, "the restricted part is not in the public description"


def test_a_get_on_the_submission_address_goes_back_to_the_form(client, form_pages):
    response = client.get(f"/en/contribute/submit/{form_pages.initiative.pk}/")
    assert response.status_code == 302 and response["Location"] == form_pages.initiative.url


def test_posting_to_something_that_is_not_a_form_is_a_404(client, form_pages):
    index = form_pages.initiative.get_parent()
    assert client.post(f"/en/contribute/submit/{index.pk}/", {}).status_code == 404
