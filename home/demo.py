"""Demonstration content of the home app: site settings, home page, audience and standard pages.

Called by `cms.demo` (see `manage.py load_demo`). Audience pages link to the other apps'
index pages, so they are created once every app has loaded (looked up by slug, not imported).
"""

from __future__ import annotations

from wagtail.models import Site

from cms.demo import DemoContext, paragraphs
from home.demo_data import content
from home.models import AudiencePage, SiteSettings, StandardPage


def load(context: DemoContext) -> None:
    site_settings(context)
    home_page(context)
    # After the directories, so the menu reads Initiatives, Actors, … then About.
    context.defer(standard_pages)
    context.defer(audience_pages)


def standard_pages(context: DemoContext) -> None:
    for data in (content.ABOUT, content.PRIVACY):
        page = standard_page(context, data, show_in_menus=data is content.ABOUT)
        if data is content.PRIVACY:
            link_privacy_page(context, page)


def link_privacy_page(context: DemoContext, page) -> None:
    """The forms link to the privacy notice of the site settings (unless an editor chose one)."""
    site = Site.objects.get(is_default_site=True)
    settings_object = SiteSettings.for_site(site)
    if settings_object.privacy_page_id:
        context.record("privacy notice setting", False)
        return
    settings_object.privacy_page = page
    settings_object.save(update_fields=["privacy_page"])
    context.record("privacy notice setting", True)


def site_settings(context: DemoContext) -> None:
    """The demonstration banner, footer and contact address of the default site."""
    site = Site.objects.get(is_default_site=True)
    settings_object = SiteSettings.objects.filter(site=site).first()
    created = settings_object is None
    if created:
        settings_object = SiteSettings(site=site)
    changed = []
    if not settings_object.demo_notice:
        settings_object.demo_notice = True
        changed.append("demo_notice")
    for name, value in content.SITE_SETTINGS.items():
        if not getattr(settings_object, name):  # never overwrite what an editor wrote
            setattr(settings_object, name, value)
            changed.append(name)
    if created:
        settings_object.save()
    elif changed:
        settings_object.save(update_fields=changed)
    context.record("site settings", bool(created or changed))


def stream(context: DemoContext, items) -> list[dict]:
    """Raw StreamField data for BodyBlock from (block type, value) pairs."""
    blocks = []
    for block_type, value in items:
        if block_type == "heading":
            blocks.append(
                {"type": "heading", "value": {"text": context.text(value), "level": "h2"}}
            )
        elif block_type == "paragraph":
            blocks.append({"type": "paragraph", "value": paragraphs(context.text(value))})
        elif block_type == "quote":
            blocks.append({"type": "quote", "value": value})
        else:
            raise ValueError(f"Unknown block type {block_type!r} in demo data")
    return blocks


def home_page(context: DemoContext) -> None:
    """Fills the home page created by the migration, unless an editor already wrote it."""
    home = context.home
    data = content.HOME
    for key in ("title", "summary", "hero_title", "hero_text"):
        context.text(data[key])  # remember the translations, even when the page is left as is
    body = stream(context, data["body"])
    context.translate(home)
    if home.hero_title or home.summary or home.body:
        context.record("home page", False)
        return
    home.summary = context.text(data["summary"])
    home.hero_title = context.text(data["hero_title"])
    home.hero_text = context.text(data["hero_text"])
    home.body = body
    home.save_revision().publish()
    home.refresh_from_db()
    context.home = home.specific
    context.record("home page", True)


def standard_page(context: DemoContext, data: dict, show_in_menus: bool = False):
    def build():
        return StandardPage(
            title=data["title"],
            summary=data["summary"],
            body=stream(context, data["body"]),
            show_in_menus=show_in_menus,
        )

    page, _created = context.page(context.home, data["slug"], build, kind="standard pages")
    return page


def audience_pages(context: DemoContext) -> None:
    """One landing page per audience, linking to the directories and publications."""
    for data in content.AUDIENCES:

        def build(data=data):
            audience = context.terms("cms.Audience", [data["audience"]])[0]
            access_modes = []
            for title, text, slug in data["links"]:
                target = context.child(context.home, slug)
                value = {
                    "title": title,
                    "text": text,
                    "page": target.pk if target else None,
                    "url": "",
                }
                access_modes.append({"type": "access_mode", "value": value})
            return AudiencePage(
                title=data["title"],
                summary=data["summary"],
                audience=audience,
                intro=paragraphs(*data["intro"]),
                access_modes=access_modes,
                body=[{"type": "paragraph", "value": paragraphs(*data["body"])}],
                show_in_menus=False,
            )

        context.page(context.home, data["slug"], build, kind="audience pages")
