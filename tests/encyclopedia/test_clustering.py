"""Encyclopedia proposals: groups of similar entries become draft pages for the editors, who
publish them through the "Encyclopedia publication" workflow; members link back to them."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Page

from cms.models import Country, Discipline, Domain, Theme
from encyclopedia import clustering, proposals
from encyclopedia.links import encyclopedia_pages_for
from encyclopedia.models import EncyclopediaPage, EncyclopediaProposal
from encyclopedia.tasks import propose_pages
from encyclopedia.workflow import PUBLICATION_WORKFLOW
from tests.factories import ActorPageFactory, EncyclopediaIndexPageFactory, InitiativePageFactory
from tests.factories.directory import INTERNAL_NOTE, SECRET_CONTACT_EMAIL
from tests.utils import assert_no_restricted_data, translate, visible_text
from tests.workflows.people import make_user

pytestmark = pytest.mark.django_db


def terms(model, *slugs):
    return list(model.objects.filter(locale__language_code="en", slug__in=slugs))


def countries(*codes):
    return list(Country.objects.filter(code__in=codes))


def initiative(title, themes=(), domains=(), places=(), disciplines=(), **fields):
    page = InitiativePageFactory(
        title=title,
        themes=terms(Theme, *themes),
        domains=terms(Domain, *domains),
        countries=countries(*places),
        **fields,
    )
    if disciplines:
        page.disciplines = terms(Discipline, *disciplines)
        page.save_revision().publish()
    return page


def housing_in_brazil(count=3, extra=(), start=0):
    """`count` initiatives sharing three terms (a theme, a domain, a country), each with terms
    of its own from `extra` (a country code per initiative)."""
    return [
        initiative(
            f"Housing cooperative {start + number}",
            themes=["cities-social-progress"],
            domains=["housing-urban"],
            places=["BR", *([extra[number]] if number < len(extra) else [])],
        )
        for number in range(count)
    ]


def groups():
    return clustering.find_groups(clustering.load_entries())


@pytest.fixture
def index(db):
    return EncyclopediaIndexPageFactory()


@pytest.fixture
def editors(db):
    return {
        "fr": make_user("fleur", "Editors", language="fr", first_name="Fleur"),
        "ar": make_user("amal", "Editors", language="ar", first_name="Amal"),
        "zh-hans": make_user("li", "Editors", language="zh-hans", first_name="Li"),
    }


def propose(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return proposals.propose()


# --- The grouping rule -----------------------------------------------------------------------


def test_three_entries_sharing_three_terms_form_a_group(taxonomy):
    members = housing_in_brazil(3, extra=["IN", "KE", "MX"])
    [group] = groups()
    assert group.tokens == ["country:br", "domain:housing-urban", "theme:cities-social-progress"]
    assert {entry.pk for entry in group.members} == {page.pk for page in members}


def test_two_entries_are_not_a_group(taxonomy):
    housing_in_brazil(2)
    assert groups() == []


def test_entries_sharing_fewer_terms_than_the_threshold_are_not_a_group(taxonomy, settings):
    housing_in_brazil(3)
    settings.ENCYCLOPEDIA_CLUSTER_MIN_SHARED_TERMS = 4
    assert groups() == []
    settings.ENCYCLOPEDIA_CLUSTER_MIN_SHARED_TERMS = 3
    assert len(groups()) == 1


def test_group_size_follows_the_setting(taxonomy, settings):
    housing_in_brazil(3)
    settings.ENCYCLOPEDIA_CLUSTER_MIN_SIZE = 4
    assert groups() == []


def test_disciplines_count_activities_do_not(taxonomy):
    for number in range(3):
        initiative(f"Wage study {number}", themes=["living-wages"], disciplines=["economics"], places=[])
    # Each shares the theme, the discipline and the factory's first activity: two counted terms.
    assert groups() == []
    initiative("Wage study 3", themes=["living-wages"], disciplines=["economics"], places=["BR"])
    initiative("Wage study 4", themes=["living-wages"], disciplines=["economics"], places=["BR"])
    initiative("Wage study 5", themes=["living-wages"], disciplines=["economics"], places=["BR"])
    [group] = groups()
    assert group.tokens == ["country:br", "discipline:economics", "theme:living-wages"]


def test_the_broadest_family_is_proposed_not_its_tighter_subgroups(taxonomy):
    # Four share three terms; three of them also share Kenya: one family of four.
    members = housing_in_brazil(4, extra=["KE", "KE", "KE", "IN"])
    [group] = groups()
    assert len(group.members) == 4
    assert "country:ke" not in group.tokens
    assert {entry.pk for entry in group.members} == {page.pk for page in members}


def test_overlapping_families_are_both_found(taxonomy):
    housing_in_brazil(3)
    for number in range(3):
        initiative(
            f"Wage board {number}", themes=["living-wages"], domains=["work-employment"], places=["BR"]
        )
    found = {tuple(group.tokens) for group in groups()}
    assert found == {
        ("country:br", "domain:housing-urban", "theme:cities-social-progress"),
        ("country:br", "domain:work-employment", "theme:living-wages"),
    }


def test_translations_and_drafts_count_once_or_not_at_all(taxonomy):
    first, *_others = housing_in_brazil(3)
    translate(first, "fr", title="Coopérative d'habitation")
    InitiativePageFactory(
        title="Draft cooperative",
        themes=terms(Theme, "cities-social-progress"),
        domains=terms(Domain, "housing-urban"),
        countries=countries("BR"),
        publish=False,
    )
    [group] = groups()
    assert len(group.members) == 3
    assert first.pk in {entry.pk for entry in group.members}, "the English page stands for the entry"


def test_initiatives_and_actors_group_together(taxonomy):
    housing_in_brazil(2)
    actor = ActorPageFactory(
        title="Urban housing network",
        themes=terms(Theme, "cities-social-progress"),
        domains=terms(Domain, "housing-urban"),
        countries=countries("BR"),
    )
    [group] = groups()
    assert actor.pk in {entry.pk for entry in group.members}


def test_clustering_fifty_entries_takes_a_bounded_number_of_queries(taxonomy, django_assert_max_num_queries):
    places = ["BR", "IN", "KE", "MX", "FR"]
    for number in range(40):
        initiative(
            f"Entry {number}",
            themes=["cities-social-progress" if number % 2 else "living-wages"],
            domains=["housing-urban" if number % 3 else "work-employment"],
            places=[places[number % 5]],
        )
    for number in range(10):
        ActorPageFactory(
            title=f"Actor {number}",
            themes=terms(Theme, "living-wages"),
            domains=terms(Domain, "work-employment"),
            countries=countries(places[number % 5]),
        )
    with django_assert_max_num_queries(20):
        found = groups()
    assert found, "the fifty entries form groups"
    assert all(len(group.members) >= 3 and len(group.terms) >= 3 for group in found)


# --- Drafts, proposals and e-mails ------------------------------------------------------------


def test_a_new_group_becomes_a_draft_page_with_members_and_features(
    client, taxonomy, index, editors, django_capture_on_commit_callbacks
):
    members = housing_in_brazil(3, extra=["IN", "KE"])
    actor = ActorPageFactory(
        title="Favela housing network",
        themes=terms(Theme, "cities-social-progress"),
        domains=terms(Domain, "housing-urban"),
        countries=countries("BR"),
    )
    mail.outbox.clear()
    [proposal] = propose(django_capture_on_commit_callbacks)

    page = proposal.page.specific
    assert isinstance(page, EncyclopediaPage)
    assert page.get_parent().pk == index.pk
    assert not page.live and page.has_unpublished_changes
    assert page.get_latest_revision() is not None, "editors find a draft revision"
    assert page.title == "Cities and social progress: Housing and urban development in Brazil"
    assert "3 initiatives and 1 actor" in page.summary
    assert [t.slug for t in page.themes.all()] == ["cities-social-progress"]
    assert [t.slug for t in page.domains.all()] == ["housing-urban"]
    assert [c.code for c in page.countries.all()] == ["BR"]

    common = visible_text(page.common_features)
    assert "Themes: Cities and social progress" in common
    assert "Countries: Brazil" in common
    assert "Every initiative in the group has the same status: active." in common
    specific = visible_text(page.specificities)
    for member in [*members, actor]:
        assert member.title in specific
    assert "Only one in the group with: India." in specific
    assert "Only one in the group with: Kenya." in specific
    assert "Actor, network or coalition." in specific
    assert_no_restricted_data(page.common_features + page.specificities + page.summary, "the draft")

    links = list(page.linked_entries.order_by("sort_order"))
    assert {link.entry_id for link in links} == {m.pk for m in [*members, actor]}
    notes = {link.entry_id: link.note for link in links}
    assert notes[members[0].pk] == "Initiative, active. Only one in the group with: India."

    # Not public while it is a draft.
    assert client.get(index.url).status_code == 200
    assert page.title not in visible_text(client.get(index.url).content)
    assert EncyclopediaPage.objects.live().count() == 0

    # Each editor hears of it once, in their language.
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {user.email for user in editors.values()}
    french = by_address[editors["fr"].email]
    assert french.subject.startswith("Encyclopédie")
    assert "Bonjour Fleur," in french.body
    assert "Villes et progrès social" in french.body and "Brésil" in french.body
    assert f"/admin/pages/{page.pk}/edit/" in french.body
    arabic = by_address[editors["ar"].email]
    assert arabic.subject.startswith("الموسوعة")
    assert "المدن والتقدم الاجتماعي" in arabic.body and "البرازيل" in arabic.body
    chinese = by_address[editors["zh-hans"].email]
    assert chinese.subject.startswith("百科全书")
    assert "城市与社会进步" in chinese.body and "巴西" in chinese.body


def test_a_group_is_proposed_once(taxonomy, index, editors, django_capture_on_commit_callbacks):
    housing_in_brazil(3)
    [proposal] = propose(django_capture_on_commit_callbacks)
    assert proposal.terms == ["country:br", "domain:housing-urban", "theme:cities-social-progress"]
    mail.outbox.clear()
    assert propose(django_capture_on_commit_callbacks) == []
    assert mail.outbox == [], "no e-mail when nothing is new"
    # A fourth member joins the family: the same shared terms, the same group.
    housing_in_brazil(1, start=3)
    assert propose(django_capture_on_commit_callbacks) == []
    # Editors dismiss it by deleting the draft: it is not proposed again either.
    proposal.page.delete()
    assert EncyclopediaProposal.objects.get().page is None
    assert propose(django_capture_on_commit_callbacks) == []
    assert EncyclopediaPage.objects.count() == 0


def test_the_same_members_under_other_terms_are_not_proposed_again(
    taxonomy, index, django_capture_on_commit_callbacks
):
    members = [
        initiative(f"Wage board {n}", themes=["living-wages"], domains=["work-employment"], places=["BR", "IN"])
        for n in range(3)
    ]
    [first] = propose(django_capture_on_commit_callbacks)
    assert "country:in" in first.terms
    # One member is re-tagged: the family now shares three terms instead of four.
    members[0].countries = countries("BR")
    members[0].save_revision().publish()
    assert propose(django_capture_on_commit_callbacks) == []


def test_a_near_copy_of_a_family_is_not_proposed(taxonomy, index, django_capture_on_commit_callbacks):
    # Entries 0-3 share Brazil, entries 1-4 Kenya (with the same theme and domain): two
    # families of four with three members in common; only the first is worth a page.
    places = [["BR"], ["BR", "KE"], ["BR", "KE"], ["BR", "KE"], ["KE"]]
    for number, codes in enumerate(places):
        initiative(f"Housing cooperative {number}", themes=["cities-social-progress"], domains=["housing-urban"], places=codes)
    assert len(groups()) == 2
    [proposal] = propose(django_capture_on_commit_callbacks)
    assert "country:br" in proposal.terms
    assert propose(django_capture_on_commit_callbacks) == []


def test_without_editors_the_secretariat_hears_of_it(taxonomy, index, django_capture_on_commit_callbacks):
    secretariat = make_user("sofia", "Secretariat", language="fr")
    housing_in_brazil(3)
    mail.outbox.clear()
    propose(django_capture_on_commit_callbacks)
    assert [message.to for message in mail.outbox] == [[secretariat.email]]


def test_without_an_index_nothing_is_proposed(taxonomy):
    housing_in_brazil(3)
    assert proposals.propose() == []
    assert EncyclopediaProposal.objects.count() == 0


def test_the_celery_task_proposes_pages(
    taxonomy, index, editors, tasks_in_process, django_capture_on_commit_callbacks
):
    housing_in_brazil(3)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        result = propose_pages.delay()
    assert result.get() == 1
    assert EncyclopediaPage.objects.filter(live=False).count() == 1
    assert len(mail.outbox) == len(editors)


def test_the_task_is_scheduled(settings):
    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "encyclopedia.propose_pages" in tasks


# --- Workflow, publication and links ---------------------------------------------------------


def test_editors_publish_the_draft_through_the_encyclopedia_workflow(
    client, taxonomy, index, editors, django_capture_on_commit_callbacks
):
    members = housing_in_brazil(3, extra=["IN"])
    [proposal] = propose(django_capture_on_commit_callbacks)
    page = proposal.page.specific
    workflow = page.get_workflow()
    assert workflow is not None and workflow.name == PUBLICATION_WORKFLOW

    writer, approver = editors["fr"], make_user("edgar", "Editors")
    client.force_login(approver)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert edit.status_code == 200
    assert f"Submit to {PUBLICATION_WORKFLOW}" in visible_text(edit.content)

    state = workflow.start(page, writer)
    task_state = state.current_task_state
    assert task_state.task.specific.groups.filter(name="Editors").exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
        )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live

    shown = visible_text(client.get(page.url).content)
    assert "Initiatives and actors in this group" in shown
    for member in members:
        assert member.title in shown
    assert "Cities and social progress" in shown
    for member in members:
        assert encyclopedia_pages_for(member) == [page]


def test_back_links_in_the_readers_language(client, taxonomy, index, django_capture_on_commit_callbacks):
    members = housing_in_brazil(3)
    [proposal] = propose(django_capture_on_commit_callbacks)
    page = proposal.page.specific
    page.save_revision().publish()
    page.refresh_from_db()

    french_member = translate(members[0], "fr", title="Coopérative d'habitation de Recife")
    french_page = translate(page, "fr", alias=True)
    [linked] = encyclopedia_pages_for(french_member)
    assert linked.pk == french_page.pk and linked.url.startswith("/fr/")
    # The French page lists the French member, at its French address.
    response = client.get(french_page.url)
    assert "Coopérative d'habitation de Recife" in visible_text(response.content)
    assert french_member.url in response.content.decode()

    # In Arabic the entry is translated but the encyclopedia page is not: the English one.
    arabic_member = translate(members[1], "ar", title="تعاونية الإسكان")
    assert encyclopedia_pages_for(arabic_member) == [page]
    # Unpublished pages are not linked.
    page.unpublish()
    assert encyclopedia_pages_for(members[0]) == []
    assert encyclopedia_pages_for(french_member) == []


def test_back_links_take_two_queries(taxonomy, index, django_assert_num_queries, django_capture_on_commit_callbacks):
    members = housing_in_brazil(3)
    [proposal] = propose(django_capture_on_commit_callbacks)
    proposal.page.save_revision().publish()
    member = Page.objects.get(pk=members[0].pk)
    with django_assert_num_queries(2):
        assert [p.pk for p in encyclopedia_pages_for(member)] == [proposal.page_id]


def test_restricted_actor_data_stays_out_of_drafts(taxonomy, index, django_capture_on_commit_callbacks):
    for number in range(3):
        ActorPageFactory(
            title=f"Vendors' network {number}",
            themes=terms(Theme, "living-wages"),
            domains=terms(Domain, "work-employment"),
            countries=countries("KE"),
        )
    [proposal] = propose(django_capture_on_commit_callbacks)
    page = proposal.page.specific
    text = " ".join([page.title, page.summary, page.common_features, page.specificities])
    text += " ".join(link.note for link in page.linked_entries.all())
    assert SECRET_CONTACT_EMAIL not in text and INTERNAL_NOTE not in text
    assert_no_restricted_data(text, "the draft")
