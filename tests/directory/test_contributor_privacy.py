"""Privacy of contributors: their e-mail and access token never reach a public page, the API,
the search index or a log line; no cookie is set; consent is recorded with its time."""

from __future__ import annotations

import io
import logging

import pytest

from directory.models import InitiativePage, Submission
from tests.directory.conftest import CONTRIBUTOR_EMAIL, access_link
from tests.utils import publish_through_workflow, visible_text

pytestmark = pytest.mark.django_db

PRIVATE_NAME = "Zaynab Private-Contact"


@pytest.fixture
def published(reader, form_pages, admin_user, search_backend):
    response = reader.register(form_pages.initiative, contact_name=PRIVATE_NAME)
    link = access_link(response)
    page = InitiativePage.objects.get(title="Clean Water for Kisumu")
    publish_through_workflow(page, admin_user)
    page.refresh_from_db()
    assert page.live
    return page, link.rstrip("/").rsplit("/", 1)[1]


def assert_nothing_private(content: bytes | str, token: str, where: str):
    text = content if isinstance(content, str) else content.decode()
    for secret in (CONTRIBUTOR_EMAIL, PRIVATE_NAME, token):
        assert secret not in text, f"{secret!r} leaked into {where}"


def test_public_pages_and_the_api_never_show_the_contributor(client, published):
    page, token = published
    for url in (page.url, page.get_parent().url, "/en/search/?q=Kisumu"):
        response = client.get(url)
        assert response.status_code == 200
        assert "Clean Water for Kisumu" in visible_text(response.content)
        assert_nothing_private(response.content, token, url)
    for url in (
        f"/api/v2/pages/{page.pk}/",
        "/api/v2/pages/?type=directory.InitiativePage&fields=*",
        f"/api/v3/pages/{page.pk}/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_nothing_private(response.content, token, url)


def test_the_search_index_holds_no_contributor_data(published, search_backend):
    from wagtail.search.models import IndexEntry

    page, token = published
    search_backend.add(page)
    assert list(search_backend.search("Kisumu", InitiativePage)) == [page]
    assert list(search_backend.search(CONTRIBUTOR_EMAIL, InitiativePage)) == []
    for entry in IndexEntry.objects.all():
        assert_nothing_private(f"{entry.title} {entry.body} {entry.autocomplete}", token, "the search index")


def test_access_tokens_and_emails_are_redacted_from_log_lines(client, published):
    _page, token = published
    handler = next(h for h in logging.getLogger("django").handlers if h.filters)
    stream = io.StringIO()
    original = handler.setStream(stream)
    try:
        client.get(f"/en/contribute/access/{token}x/")  # a 404: Django logs the path
        logging.getLogger("directory").warning("Mail to %s failed", CONTRIBUTOR_EMAIL)
        logging.getLogger("django").handlers[0].handle(
            logging.LogRecord("directory", logging.WARNING, __file__, 1, "Mail to %s failed", (CONTRIBUTOR_EMAIL,), None)
        )
    finally:
        handler.setStream(original)
    written = stream.getvalue()
    assert "Not Found: /en/contribute/access/[token]/" in written
    assert "Mail to [e-mail] failed" in written
    assert token not in written and CONTRIBUTOR_EMAIL not in written


def test_consent_is_recorded_with_its_time_and_the_notice_version(reader, form_pages, home_page):
    from wagtail.models import Site

    from home.models import SiteSettings, StandardPage

    notice = home_page.add_child(instance=StandardPage(title="Privacy notice", slug="privacy"))
    notice.save_revision().publish()
    settings_object = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings_object.privacy_page = notice
    settings_object.save()

    form = reader.open(form_pages.initiative)
    assert f'href="{notice.url}"' in form.content.decode(), "the consent box links to the notice"
    reader.register(form_pages.initiative)
    submission = Submission.objects.get(kind="initiative")
    assert submission.consent_at is not None
    assert submission.privacy_notice.startswith(notice.url_path)


def test_the_contributor_is_never_named_by_email_in_the_admin_history(published):
    from directory.models import Contributor

    assert CONTRIBUTOR_EMAIL not in str(Contributor.objects.get())
