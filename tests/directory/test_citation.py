"""'Cite this' on an initiative's page, and its BibTeX, RIS and CSL-JSON downloads: the DOI once
DataCite registered one, the page's address before that, never a made-up DOI."""

from __future__ import annotations

import json
import re

import pytest
from wagtail.models import PageViewRestriction

from directory.citation import citation_for, to_bibtex, to_text
from directory.models import InitiativePage
from tests.factories import ActorPageFactory, InitiativePageFactory
from tests.utils import all_text, read_document, visible_text

pytestmark = pytest.mark.django_db

DOI = "10.82608/ipsp-i-000001"
DOI_PATTERN = re.compile(r"\b10\.\d{4,9}/\S+")
ARABIC_TITLE = "صندوق أراضي مجتمع كيبيرا"


@pytest.fixture
def initiative(taxonomy, settings):
    settings.DATACITE_PUBLISHER = "International Panel on Social Progress"
    organisation = ActorPageFactory(title="Mama Mboga Traders Network")
    return InitiativePageFactory(
        title="Community land trust of Kibera", organisations=[organisation]
    )


def with_doi(page) -> InitiativePage:
    """What the task does once DataCite has registered the DOI."""
    InitiativePage.objects.filter(translation_key=page.translation_key).update(doi=DOI)
    return InitiativePage.objects.get(pk=page.pk)


def download(client, page, fmt: str, language: str = "en"):
    return client.get(f"/{language}/cite/{page.public_id}.{fmt}")


# --- The page -----------------------------------------------------------------------------


def test_page_offers_cite_this_with_a_pending_doi(client, initiative):
    response = client.get(initiative.url)
    shown = visible_text(response.content)
    assert "Cite this" in shown
    assert "DOI pending" in shown
    year = initiative.first_published_at.year
    assert (
        f"Wanjiru Kamau, João Silva, Mama Mboga Traders Network ({year}). Community land trust of Kibera. "
        f"International Panel on Social Progress. {initiative.public_id}. {initiative.get_full_url()}"
    ) in shown
    assert not DOI_PATTERN.search(all_text(response.content)), (
        "a DOI is shown before one was minted"
    )


def test_download_links_on_the_page_work(client, initiative):
    document = read_document(client.get(initiative.url).content)
    links = {text: href for href, text in document.links if "/cite/" in href}
    assert set(links) == {"BibTeX", "RIS", "CSL-JSON"}
    assert links["BibTeX"] == f"/en/cite/{initiative.public_id}.bib"
    for href in links.values():
        response = client.get(href)
        assert response.status_code == 200, href
        assert response["Content-Disposition"].startswith("attachment; filename=")


def test_page_shows_the_registered_doi(client, initiative):
    page = with_doi(initiative)
    shown = visible_text(client.get(page.url).content)
    assert "DOI pending" not in shown
    assert f"https://doi.org/{DOI}" in shown
    document = read_document(client.get(page.url).content)
    assert any(href == f"https://doi.org/{DOI}" for href, _text in document.links)


def test_arabic_page_cites_in_arabic(client, initiative, translate):
    arabic = translate(initiative, "ar", title=ARABIC_TITLE)
    response = client.get(arabic.url)
    shown = visible_text(response.content)
    assert ARABIC_TITLE in shown
    document = read_document(response.content)
    assert f"/ar/cite/{initiative.public_id}.bib" in {href for href, _text in document.links}


# --- Downloads ----------------------------------------------------------------------------


def test_bibtex_without_doi_cites_the_page(client, initiative):
    response = download(client, initiative, "bib")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/x-bibtex; charset=utf-8"
    assert response["Content-Disposition"] == f"attachment; filename={initiative.public_id}.bib"
    text = response.content.decode("utf-8")
    assert text.startswith(f"@misc{{{initiative.public_id},\n")
    assert "  author = {Wanjiru Kamau and João Silva and {Mama Mboga Traders Network}}" in text
    assert "  title = {Community land trust of Kibera}" in text
    assert f"  year = {{{initiative.first_published_at.year}}}" in text
    assert "  publisher = {International Panel on Social Progress}" in text
    assert f"  url = {{{initiative.get_full_url()}}}" in text
    assert f"  note = {{{initiative.public_id}}}" in text
    assert "doi =" not in text
    assert not DOI_PATTERN.search(text)


def test_bibtex_with_doi(client, initiative):
    text = download(client, with_doi(initiative), "bib").content.decode("utf-8")
    assert f"  doi = {{{DOI}}}" in text
    assert f"  url = {{https://doi.org/{DOI}}}" in text


def test_bibtex_escapes_what_latex_would_read_as_commands(initiative):
    initiative.title = "Savings & loans: 100% {community} #1"
    citation = citation_for(initiative)
    assert "title = {Savings \\& loans: 100\\% \\{community\\} \\#1}" in to_bibtex(citation)


def test_ris(client, initiative):
    response = download(client, with_doi(initiative), "ris")
    assert response["Content-Type"] == "application/x-research-info-systems; charset=utf-8"
    assert response["Content-Disposition"] == f"attachment; filename={initiative.public_id}.ris"
    text = response.content.decode("utf-8")
    lines = text.split("\r\n")
    assert lines[0] == "TY  - GEN"
    assert lines[-2:] == ["ER  - ", ""]
    assert "TI  - Community land trust of Kibera" in lines
    assert [line for line in lines if line.startswith("AU  - ")] == [
        "AU  - Wanjiru Kamau",
        "AU  - João Silva",
        "AU  - Mama Mboga Traders Network",
    ]
    assert f"PY  - {initiative.first_published_at.year}" in lines
    assert "PB  - International Panel on Social Progress" in lines
    assert f"DO  - {DOI}" in lines
    assert f"UR  - https://doi.org/{DOI}" in lines
    assert f"N1  - {initiative.public_id}" in lines
    assert "LA  - en" in lines
    assert all(re.fullmatch(r"[A-Z][A-Z0-9]  - .*", line) for line in lines[:-1]), lines


def test_ris_without_doi_has_no_doi_line(client, initiative):
    lines = download(client, initiative, "ris").content.decode("utf-8").split("\r\n")
    assert not [line for line in lines if line.startswith("DO  -")]
    assert f"UR  - {initiative.get_full_url()}" in lines


def test_csl_json(client, initiative):
    response = download(client, with_doi(initiative), "json")
    assert response["Content-Type"] == "application/vnd.citationstyles.csl+json; charset=utf-8"
    assert response["Content-Disposition"] == f"attachment; filename={initiative.public_id}.json"
    [item] = json.loads(response.content)
    published = initiative.first_published_at
    assert item["id"] == initiative.public_id
    assert item["type"] == "document"
    assert item["title"] == "Community land trust of Kibera"
    assert item["author"] == [
        {"literal": "Wanjiru Kamau"},
        {"literal": "João Silva"},
        {"literal": "Mama Mboga Traders Network"},
    ]
    assert item["issued"] == {"date-parts": [[published.year, published.month, published.day]]}
    assert item["publisher"] == "International Panel on Social Progress"
    assert item["DOI"] == DOI
    assert item["URL"] == f"https://doi.org/{DOI}"
    assert item["language"] == "en"
    assert item["note"] == initiative.public_id


def test_csl_json_without_doi(client, initiative):
    [item] = json.loads(download(client, initiative, "json").content)
    assert "DOI" not in item
    assert item["URL"] == initiative.get_full_url()


def test_downloads_follow_the_language_of_the_address(client, initiative, translate):
    translate(initiative, "ar", title=ARABIC_TITLE)
    arabic = download(client, initiative, "bib", "ar").content.decode("utf-8")
    assert f"title = {{{ARABIC_TITLE}}}" in arabic
    assert "language = {ar}" in arabic
    # No French translation: the original.
    french = download(client, initiative, "bib", "fr").content.decode("utf-8")
    assert "title = {Community land trust of Kibera}" in french
    assert "language = {en}" in french


def test_citation_text_without_people(taxonomy):
    page = InitiativePageFactory(title="Fair data commons for farmers", project_holders=[])
    assert to_text(citation_for(page)).startswith(
        f"({page.first_published_at.year}). Fair data commons for farmers. "
    )


# --- What is not cited --------------------------------------------------------------------


def test_unknown_initiative_or_format_is_a_404(client, initiative):
    assert client.get("/en/cite/IPSP-I-999999.bib").status_code == 404
    assert download(client, initiative, "pdf").status_code == 404
    assert download(client, initiative, "bib").status_code == 200


def test_a_draft_is_not_cited(client, taxonomy):
    draft = InitiativePageFactory(publish=False)
    assert download(client, draft, "bib").status_code == 404


def test_an_unpublished_initiative_is_not_cited(client, initiative):
    initiative.unpublish()
    assert download(client, initiative, "ris").status_code == 404


def test_a_private_initiative_is_not_cited(client, initiative):
    PageViewRestriction.objects.create(
        page=initiative, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert download(client, initiative, "json").status_code == 404


def test_an_actor_is_not_cited_as_an_initiative(client, taxonomy):
    actor = ActorPageFactory()
    assert client.get(f"/en/cite/{actor.public_id}.bib").status_code == 404
