"""The workflow registers in the admin: the secretariat moderates consultation comments (and the
audit log keeps it), authors read and export the comments on their own reports only, and
reviewers reach none of the registers."""

from __future__ import annotations

import csv
import io

import pytest
from wagtail.models import PageLogEntry

from tests.utils import visible_text
from tests.workflows.test_reports import consultation, draft, people, publications, submit  # noqa: F401
from workflows.models import ConsultationComment

pytestmark = pytest.mark.django_db

INDEX = "/admin/workflows/consultationcomment/"


@pytest.fixture
def comments(consultation, draft, people, publications):  # noqa: F811
    from tests.factories.publications import ReportPageFactory

    other = ReportPageFactory(parent=publications, owner=people.council[0], publish=False)
    make = ConsultationComment.objects.create
    return [
        make(consultation=consultation, page=draft, section="what_is_known", section_label="What is known?",
             author_name="Lucía Gómez", body="Add the figures for Latin America."),
        make(consultation=consultation, page=other, section="takeaways", section_label="Take-aways",
             author_name="Kwame Mensah", body="A comment on another report."),
        make(consultation=consultation, page=draft, section="takeaways", section_label="Take-aways",
             author_name="=HYPERLINK(\"http://evil.example\")", body="-2+3 would run as a formula"),
    ]


def test_the_secretariat_reads_then_publishes_a_comment(client, comments, people, draft):  # noqa: F811
    comment = comments[0]
    client.force_login(people.secretary)
    listing = visible_text(client.get(INDEX).content)
    assert "Lucía Gómez" in listing and "Kwame Mensah" in listing
    page = client.get(f"/admin/consultation/comments/{comment.pk}/moderate/")
    assert "Add the figures for Latin America." in visible_text(page.content)
    response = client.post(f"/admin/consultation/comments/{comment.pk}/moderate/", {"action": "publish"})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == "published" and comment.moderated_by == people.secretary
    entry = PageLogEntry.objects.get(page=draft, action="ipsp.consultation.moderate")
    assert entry.user == people.secretary and entry.data["status"] == "published"


def test_authors_export_the_comments_on_their_reports_only(client, comments, people):  # noqa: F811
    client.force_login(people.author)
    listing = visible_text(client.get(INDEX).content)
    assert "Lucía Gómez" in listing and "Kwame Mensah" not in listing
    export = client.get(f"{INDEX}?export=csv")
    assert export.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))
    bodies = rows[1:]
    assert len(bodies) == 2 and "Add the figures for Latin America." in bodies[0]
    assert "'=HYPERLINK(\"http://evil.example\")" in bodies[1], "formulas are neutralised"
    assert "'-2+3 would run as a formula" in bodies[1]
    assert client.post(f"/admin/consultation/comments/{comments[0].pk}/moderate/", {"action": "hide"}).status_code in (302, 403)
    comments[0].refresh_from_db()
    assert comments[0].status == "pending", "authors read comments, the secretariat moderates them"


def test_reviewers_reach_no_register(client, comments, people):  # noqa: F811
    client.force_login(people.reviewer)
    for url in (INDEX, "/admin/workflows/reviewerprofile/", "/admin/workflows/assessment/",
                "/admin/workflows/councilvote/", f"/admin/consultation/comments/{comments[0].pk}/moderate/"):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert response.url == "/admin/", url


def test_the_secretariat_manages_reviewer_profiles(client, people):  # noqa: F811
    client.force_login(people.secretary)
    assert client.get("/admin/workflows/reviewerprofile/create/").status_code == 200
    client.force_login(people.author)
    assert client.get("/admin/workflows/reviewerprofile/create/").status_code in (302, 403)
