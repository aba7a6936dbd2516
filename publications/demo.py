"""Demonstration content of the publications: index, synthesis report, brief, data story,
media, articles and events (the World Social Progress Forum, the Social Progress Awards and
World Social Progress Day).

Called by `cms.demo` (see `manage.py load_demo`). The index page and the synthesis report are
translated into French, Arabic and Chinese.
"""

from __future__ import annotations

import datetime

from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.text import slugify

from cms.demo import DemoContext, bullet_list, paragraphs
from publications.demo_data import content
from publications.models import (
    ArticlePage,
    BriefAuthor,
    BriefPage,
    DataStoryAuthor,
    DataStoryPage,
    EventPage,
    MediaPage,
    PublicationIndexPage,
    ReportAuthor,
    ReportPage,
)


def load(context: DemoContext) -> None:
    index = context.index_page(PublicationIndexPage, "publications", content.INDEX)
    report(context, index)
    brief(context, index)
    data_story(context, index)
    for data in content.MEDIA:
        media(context, index, data)
    for data in content.ARTICLES:
        article(context, index, data)
    for data in content.EVENTS:
        event(context, index, data)


# --- Helpers ---------------------------------------------------------------------------------


def date(value: str) -> datetime.date:
    return datetime.date.fromisoformat(value)


def taxonomy(context: DemoContext, page, data: dict) -> None:
    page.themes = context.terms("cms.Theme", data.get("themes", []))
    page.domains = context.terms("cms.Domain", data.get("domains", []))
    page.audiences = context.terms("cms.Audience", data.get("audiences", []))
    page.countries = context.countries(data.get("countries", []))


def body(items) -> list[dict]:
    """Raw BodyBlock data from (block type, value) pairs."""
    blocks = []
    for block_type, value in items:
        if block_type == "heading":
            blocks.append({"type": "heading", "value": {"text": value, "level": "h2"}})
        elif block_type == "paragraph":
            blocks.append({"type": "paragraph", "value": paragraphs(value)})
        elif block_type in ("quote", "link"):
            blocks.append({"type": block_type, "value": value})
        elif block_type == "chart":
            blocks.append({"type": "chart", "value": chart(value)})
        else:
            raise ValueError(f"Unknown block type {block_type!r} in demo data")
    return blocks


def chart(value: dict) -> dict:
    """Raw ChartBlock data: the table is a TableBlock value (first row and column are headers)."""
    return {
        "title": value["title"],
        "chart_type": value["chart_type"],
        "data": {
            "data": value["rows"],
            "first_row_is_table_header": True,
            "first_col_is_header": True,
            "table_caption": value["title"],
        },
        "unit": value.get("unit", ""),
        "caption": value.get("caption", ""),
        "source": value.get("source", ""),
    }


def authors(model, data: dict) -> list:
    return [
        model(name=name, role=role, affiliation=affiliation, sort_order=index)
        for index, (name, role, affiliation) in enumerate(data["authors"])
    ]


# --- Publications ----------------------------------------------------------------------------


def report(context: DemoContext, index) -> None:
    data = content.REPORT
    title = context.text(data["title"])
    summary = context.marked(data["summary"])
    takeaways = bullet_list(*(context.text(item) for item in data["takeaways"]))
    sections = {name: paragraphs(context.text(data[name])) for name in ReportPage.section_fields}
    recommendations = [
        {
            "type": "recommendation",
            "value": {
                "title": context.text(item["title"]),
                "text": paragraphs(context.text(item["text"])),
                "addressed_to": context.text(item["addressed_to"]),
            },
        }
        for item in data["recommendations"]
    ]
    toolkit = [
        {
            "type": "tool",
            "value": {
                "title": context.text(item["title"]),
                "description": context.text(item["description"]),
                "link": item["link"],
                "document": None,
            },
        }
        for item in data["toolkit"]
    ]

    def build():
        page = ReportPage(
            title=title,
            summary=summary,
            publication_date=date(data["publication_date"]),
            cover_image=context.image("Demonstration cover: living wages", "report-living-wages"),
            takeaways=takeaways,
            recommendations=recommendations,
            toolkit=toolkit,
            **sections,
        )
        page.authors = authors(ReportAuthor, data)
        taxonomy(context, page, data)
        return page

    page, _created = context.page(index, slugify(title), build, kind="synthesis reports")
    context.translate(page)


def brief(context: DemoContext, index) -> None:
    data = content.BRIEF

    def build():
        page = BriefPage(
            title=data["title"],
            summary=context.marked(data["summary"]),
            publication_date=date(data["publication_date"]),
            cover_image=context.image(
                "Demonstration cover: measuring what we value", "brief-measuring"
            ),
            key_messages=bullet_list(*data["key_messages"]),
            body=body(data["body"]),
        )
        page.authors = authors(BriefAuthor, data)
        taxonomy(context, page, data)
        return page

    context.page(index, slugify(data["title"]), build, kind="briefs")


def data_story(context: DemoContext, index) -> None:
    data = content.DATA_STORY

    def build():
        page = DataStoryPage(
            title=data["title"],
            summary=context.marked(data["summary"]),
            publication_date=date(data["publication_date"]),
            cover_image=context.image(
                "Demonstration cover: the living wage gap", "data-story-wage-gap"
            ),
            body=body(data["body"]),
            data_sources=paragraphs(*data["data_sources"]),
        )
        page.authors = authors(DataStoryAuthor, data)
        taxonomy(context, page, data)
        return page

    context.page(index, slugify(data["title"]), build, kind="data stories")


def media(context: DemoContext, index, data: dict) -> None:
    def build():
        page = MediaPage(
            title=data["title"],
            summary=context.marked(data["summary"]),
            kind=data["kind"],
            publication_date=date(data["publication_date"]),
            cover_image=context.image(
                f"Demonstration cover: {data['kind']}", f"media-{data['kind']}"
            ),
            media_url=data["media_url"],
            duration_minutes=data["duration_minutes"],
            speakers=data["speakers"],
            description=paragraphs(*data["description"]),
            transcript=data["transcript"],
        )
        taxonomy(context, page, data)
        return page

    context.page(index, data["slug"], build, kind="media")


def article(context: DemoContext, index, data: dict) -> None:
    def build():
        page = ArticlePage(
            title=data["title"],
            summary=context.marked(data["summary"]),
            kind=data["kind"],
            publication_date=date(data["publication_date"]),
            author_name=data["author_name"],
            body=body(data["body"]),
        )
        taxonomy(context, page, data)
        return page

    context.page(index, data["slug"], build, kind="articles")


def event(context: DemoContext, index, data: dict) -> None:
    def build():
        start = parse_datetime(data["start"])
        today = timezone.localdate()
        upcoming = start.date() > today
        page = EventPage(
            title=data["title"],
            summary=context.marked(data["summary"]),
            kind=data["kind"],
            publication_date=today if upcoming else start.date(),
            start=start,
            end=parse_datetime(data["end"]),
            event_format=data["event_format"],
            venue=data["venue"],
            city=data["city"],
            country=context.countries([data["country"]])[0] if data["country"] else None,
            registration_url=f"https://example.org/demo/events/{data['slug']}/register"
            if upcoming
            else "",
            cover_image=context.image("Demonstration cover: events", "events"),
            body=body(data["body"]),
        )
        taxonomy(context, page, data)
        return page

    context.page(index, data["slug"], build, kind="events")
