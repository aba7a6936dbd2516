"""Demonstration content of the encyclopedia: its index, pages that summarise groups of
initiatives sharing a theme, and a few drafts proposed by the clustering.

Called by `cms.demo` (see `manage.py load_demo`) after the directory and the publications.
Other apps' pages are found through `apps.get_model` and slugs, never imported.
"""

from __future__ import annotations

from django.apps import apps

from cms.demo import DemoContext, DemoError, paragraphs
from encyclopedia.demo_data import content
from encyclopedia.models import (
    EncyclopediaIndexPage,
    EncyclopediaPage,
    EncyclopediaProposal,
    LinkedEntry,
)
from encyclopedia.proposals import propose

# Drafts the demo asks the clustering for, once: enough to show editors what it proposes.
DEMO_PROPOSALS = 3


def load(context: DemoContext) -> None:
    index = context.index_page(EncyclopediaIndexPage, "encyclopedia", content.INDEX)
    for data in content.PAGES:
        encyclopedia_page(context, index, data)
    context.defer(propose_pages)


def propose_pages(context: DemoContext) -> None:
    """Run the weekly clustering once, after every app's entries are in: a few draft pages
    for the editors (encyclopedia.proposals). A later run of the demo proposes nothing more."""
    if EncyclopediaProposal.objects.exists():
        context.record("encyclopedia proposals", False)
        return
    for proposal in propose(limit=DEMO_PROPOSALS):
        context.record("encyclopedia proposals", True)
        context.log(f"  + proposed draft: {proposal.page.title}", level=2)


def demo_page(context: DemoContext, model_label: str, slug: str):
    model = apps.get_model(model_label)
    return model.objects.filter(locale=context.locale, slug=slug).first()


def further_reading(context: DemoContext, items) -> list[dict]:
    blocks = []
    for item in items:
        if item[0] == "page":
            _kind, model_label, slug, sentence = item
            page = demo_page(context, model_label, slug)
            if page is None:
                continue
            html = f'<p>{sentence}<a linktype="page" id="{page.pk}">{page.title}</a>.</p>'
            blocks.append({"type": "paragraph", "value": html})
        else:
            _kind, title, url = item
            blocks.append(
                {"type": "link", "value": {"title": title, "url": url, "description": ""}}
            )
    return blocks


def encyclopedia_page(context: DemoContext, index, data: dict) -> None:
    def build():
        initiatives = apps.get_model("directory", "InitiativePage").objects.filter(
            locale=context.locale
        )
        entries = []
        for slug, note in data["entries"].items():
            entry = initiatives.filter(slug=slug, themes__slug=data["theme"]).first()
            if entry is None:
                raise DemoError(
                    f"Encyclopedia page {data['slug']!r}: no initiative {slug!r} with theme {data['theme']!r}"
                )
            entries.append((entry, note))
        codes = sorted({c.code for entry, _note in entries for c in entry.countries.all()})
        domains = sorted({d.slug for entry, _note in entries for d in entry.domains.all()})
        page = EncyclopediaPage(
            title=data["title"],
            summary=context.marked(data["summary"]),
            common_features=paragraphs(*data["common_features"]),
            specificities=paragraphs(*data["specificities"]),
            body=further_reading(context, data["further_reading"]),
        )
        page.linked_entries = [
            LinkedEntry(entry=entry, note=note, sort_order=order)
            for order, (entry, note) in enumerate(entries)
        ]
        page.themes = context.terms("cms.Theme", [data["theme"]])
        page.domains = context.terms("cms.Domain", domains)
        page.countries = context.countries(codes)
        return page

    context.page(index, data["slug"], build, kind="encyclopedia pages")
