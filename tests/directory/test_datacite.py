"""The DataCite metadata of an initiative's DOI: every language it is written in, its people and
organisations, its themes, and DataCite's JSON schema 4.5 (from the `datacite` package)."""

from __future__ import annotations

import pytest
from datacite import schema45
from django.utils import timezone

from directory import datacite
from directory.datacite import Entry, build_attributes, build_doi, build_metadata, language_tag
from tests.factories import ActorPageFactory, InitiativeIndexPageFactory, InitiativePageFactory
from tests.factories.base import rich

pytestmark = pytest.mark.django_db

PREFIX = "10.82608"
FRENCH_TITLE = "Fiducie foncière communautaire de Kibera"
FRENCH_SUMMARY = "Les habitants possèdent la terre ensemble et gardent des logements abordables."
ARABIC_TITLE = "صندوق أراضي مجتمع كيبيرا"


@pytest.fixture
def initiative(taxonomy, translate):
    """An English initiative, translated into French and Arabic, with an alias in Portuguese."""
    organisation = ActorPageFactory(title="Mama Mboga Traders Network")
    page = InitiativePageFactory(
        title="Community land trust of Kibera", organisations=[organisation]
    )
    translate(
        page,
        "fr",
        title=FRENCH_TITLE,
        summary=FRENCH_SUMMARY,
        problem=rich("La spéculation chasse les familles."),
    )
    translate(page, "ar", title=ARABIC_TITLE)
    translate(page, "pt", alias=True)
    page.refresh_from_db()
    return page


def attributes_of(page) -> dict:
    entry = Entry.for_translation_key(page.translation_key)
    return build_attributes(entry, build_doi(PREFIX, page.public_id))


def test_metadata_validates_against_the_datacite_schema(initiative):
    attributes = attributes_of(initiative)
    assert schema45.validate(attributes), list(schema45.validator.iter_errors(attributes))
    # The REST-only keys sit in the same object: the schema accepts them.
    assert attributes["event"] == "publish"
    assert attributes["doi"] == f"{PREFIX}/{initiative.public_id.lower()}"
    assert attributes["schemaVersion"] == "http://datacite.org/schema/kernel-4"


def test_titles_and_descriptions_in_every_language_the_entry_is_written_in(initiative):
    attributes = attributes_of(initiative)
    assert attributes["titles"] == [
        {"title": "Community land trust of Kibera", "lang": "en"},
        {"title": ARABIC_TITLE, "titleType": "TranslatedTitle", "lang": "ar"},
        {"title": FRENCH_TITLE, "titleType": "TranslatedTitle", "lang": "fr"},
    ]
    descriptions = attributes["descriptions"]
    # The Portuguese alias only repeats the English text: it is not a language of the entry.
    # The Arabic translation has a title but its texts are still the English ones: they are
    # not labelled as Arabic.
    assert {item["lang"] for item in descriptions} == {"en", "fr"}
    abstracts = {
        item["lang"]: item["description"]
        for item in descriptions
        if item["descriptionType"] == "Abstract"
    }
    assert abstracts["en"] == initiative.summary
    assert abstracts["fr"] == FRENCH_SUMMARY
    french = [
        item["description"]
        for item in descriptions
        if item["lang"] == "fr" and item["descriptionType"] == "Other"
    ]
    assert any(text.endswith("\nLa spéculation chasse les familles.") for text in french), french
    english = [
        item["description"]
        for item in descriptions
        if item["lang"] == "en" and item["descriptionType"] == "Other"
    ]
    assert (
        "What problem does it address?\nSpeculation pushes low-income families out of the neighbourhoods they built."
        in english
    )
    assert len(english) == 5
    assert not any("<" in item["description"] for item in descriptions), (
        "HTML left in a description"
    )
    # Only the part the French translation changed is French; the others are the English ones.
    assert len(french) == 1


def test_a_translated_summary_is_described_in_its_language(initiative, locales):
    arabic = initiative.get_translation(locales["ar"]).specific
    arabic.summary = "يملك السكان الأرض جماعيًا ويحافظون على السكن في متناول الجميع."
    arabic.save_revision().publish()
    descriptions = attributes_of(initiative)["descriptions"]
    assert {
        "description": arabic.summary,
        "descriptionType": "Abstract",
        "lang": "ar",
    } in descriptions
    assert [item for item in descriptions if item["lang"] == "ar"] == [
        {"description": arabic.summary, "descriptionType": "Abstract", "lang": "ar"}
    ]


def test_creators_subjects_publisher_and_identifiers(initiative, settings):
    settings.DATACITE_PUBLISHER = "International Panel on Social Progress"
    attributes = attributes_of(initiative)
    assert attributes["creators"] == [
        {"name": "Wanjiru Kamau", "nameType": "Personal"},
        {"name": "João Silva", "nameType": "Personal"},
        {"name": "Mama Mboga Traders Network", "nameType": "Organizational"},
    ]
    assert attributes["subjects"] == [
        {"subject": theme.name, "subjectScheme": "IPSP themes", "lang": "en"}
        for theme in initiative.themes.all()
    ]
    assert len(attributes["subjects"]) == 2
    assert attributes["publisher"] == {"name": "International Panel on Social Progress"}
    assert attributes["types"] == {
        "resourceTypeGeneral": "Other",
        "resourceType": "Social initiative",
    }
    assert attributes["alternateIdentifiers"] == [
        {"alternateIdentifier": initiative.public_id, "alternateIdentifierType": "IPSP public ID"}
    ]
    assert attributes["language"] == "en"


def test_dates_and_landing_page(initiative):
    attributes = attributes_of(initiative)
    dates = {item["dateType"]: item["date"] for item in attributes["dates"]}
    assert (
        dates["Submitted"]
        == timezone.localtime(initiative.first_submitted_at, timezone.get_fixed_timezone(0))
        .date()
        .isoformat()
    )
    assert dates["Issued"] == initiative.first_published_at.date().isoformat()
    assert set(dates) == {"Submitted", "Issued", "Updated"}
    assert attributes["publicationYear"] == str(initiative.first_published_at.year)
    assert attributes["url"] == initiative.get_full_url()
    assert attributes["url"].startswith("http") and "/en/" in attributes["url"]


def test_an_entry_written_in_french_keeps_french_as_its_language(taxonomy, translate, locales):
    english_index = InitiativeIndexPageFactory()
    french_index = translate(english_index, "fr", title="Initiatives sociales")
    page = InitiativePageFactory(parent=french_index, title=FRENCH_TITLE, summary=FRENCH_SUMMARY)
    assert page.locale == locales["fr"]

    attributes = attributes_of(page)
    assert schema45.validate(attributes)
    assert attributes["language"] == "fr"
    assert attributes["titles"] == [{"title": FRENCH_TITLE, "lang": "fr"}]
    # No English page yet: the DOI leads to the original.
    assert attributes["url"] == page.get_full_url() and "/fr/" in attributes["url"]

    english = translate(page, "en", title="Community land trust of Kibera")
    attributes = attributes_of(page)
    assert attributes["language"] == "fr"
    assert attributes["titles"][0] == {"title": FRENCH_TITLE, "lang": "fr"}
    assert {
        "title": "Community land trust of Kibera",
        "titleType": "TranslatedTitle",
        "lang": "en",
    } in attributes["titles"]
    # The default-locale page is the landing page once it exists.
    assert attributes["url"] == english.get_full_url()


def test_unpublished_translations_stay_out_of_the_metadata(initiative, locales):
    arabic = initiative.get_translation(locales["ar"])
    arabic.unpublish()
    attributes = attributes_of(initiative)
    assert schema45.validate(attributes)
    assert "ar" not in {item["lang"] for item in attributes["titles"]}
    assert "ar" not in {item["lang"] for item in attributes["descriptions"]}


def test_an_initiative_without_holders_or_organisations_still_validates(taxonomy):
    page = InitiativePageFactory(project_holders=[])
    attributes = attributes_of(page)
    assert schema45.validate(attributes)
    # DataCite's standard "unavailable" value, not a name made up from the publisher.
    assert attributes["creators"] == [{"name": "(:unav)"}]


def test_nothing_to_register_without_a_live_public_page(taxonomy):
    draft = InitiativePageFactory(publish=False)
    with pytest.raises(datacite.NotRegistrable):
        build_metadata(Entry.for_translation_key(draft.translation_key))


def test_the_schema_check_is_not_a_formality(initiative):
    attributes = attributes_of(initiative)
    assert schema45.validate(attributes)
    assert not schema45.validate(
        {key: value for key, value in attributes.items() if key != "creators"}
    )
    assert not schema45.validate({**attributes, "publicationYear": "twenty"})
    assert not schema45.validate({**attributes, "madeUpKey": "x"})


@pytest.mark.parametrize(
    ("code", "tag"), [("en", "en"), ("zh-hans", "zh-Hans"), ("pt-br", "pt-BR"), ("sw", "sw")]
)
def test_language_codes_become_bcp47_tags(code, tag):
    assert language_tag(code) == tag


def test_the_doi_is_the_prefix_and_the_public_id_in_lower_case():
    assert build_doi("10.82608", "IPSP-I-000042") == "10.82608/ipsp-i-000042"
