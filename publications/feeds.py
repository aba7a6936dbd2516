"""Feeds of the Panel's new publications in each language (RSS and Atom), and the podcast feed
(RSS 2.0 with Apple's iTunes elements, which every podcast application reads)."""

from __future__ import annotations

import mimetypes

from django.apps import apps
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed
from django.utils.translation import gettext_lazy as _

from cms import seo
from cms.feeds import AtomFeedMixin, LocalePageFeed
from publications.models import PUBLICATION_TYPES, MediaPage
from publications.structured_data import podcast_audio_url

ITUNES_NAMESPACE = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST_IMAGE_SPEC = "fill-1400x1400"


class PublicationsFeed(LocalePageFeed):
    page_models = PUBLICATION_TYPES
    index_model = "publications.PublicationIndexPage"
    feed_title = _("New publications")
    feed_description = _("Reports, briefs, data stories, media, articles and events of the Panel.")

    def item_author_name(self, item) -> str | None:
        if hasattr(item, "authors"):
            names = [author.name for author in item.authors.all()]
        else:
            names = [getattr(item, "author_name", "") or getattr(item, "speakers", "")]
        return ", ".join(name for name in names if name) or None


class PublicationsAtomFeed(AtomFeedMixin, PublicationsFeed):
    pass


class PodcastFeedGenerator(Rss201rev2Feed):
    """RSS 2.0 with the `itunes:` elements podcast directories require."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:itunes": ITUNES_NAMESPACE}

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        handler.addQuickElement("itunes:author", self.feed["itunes_author"])
        handler.addQuickElement("itunes:summary", self.feed["description"])
        handler.addQuickElement("itunes:type", "episodic")
        handler.addQuickElement("itunes:explicit", "false")
        handler.startElement("itunes:category", {"text": "Science"})
        handler.addQuickElement("itunes:category", "", {"text": "Social Sciences"})
        handler.endElement("itunes:category")
        if self.feed.get("itunes_owner_email"):
            handler.startElement("itunes:owner", {})
            handler.addQuickElement("itunes:name", self.feed["itunes_author"])
            handler.addQuickElement("itunes:email", self.feed["itunes_owner_email"])
            handler.endElement("itunes:owner")
        if self.feed.get("itunes_image"):
            handler.addQuickElement("itunes:image", "", {"href": self.feed["itunes_image"]})

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("itunes:episodeType", "full")
        handler.addQuickElement("itunes:explicit", "false")
        if item.get("itunes_duration"):
            handler.addQuickElement("itunes:duration", str(item["itunes_duration"]))
        if item.get("itunes_author"):
            handler.addQuickElement("itunes:author", item["itunes_author"])
        if item.get("itunes_image"):
            handler.addQuickElement("itunes:image", "", {"href": item["itunes_image"]})


class PodcastFeed(LocalePageFeed):
    """The podcast episodes of one language, with their audio as enclosures."""

    feed_type = PodcastFeedGenerator
    page_models = ("publications.MediaPage",)
    index_model = "publications.PublicationIndexPage"
    feed_title = _("Podcast")
    feed_description = _("Conversations with the Panel's authors and the people behind social initiatives.")

    def queryset(self, locale):
        return (
            MediaPage.objects.live()
            .public()
            .filter(locale=locale, kind=MediaPage.Kind.PODCAST)
            .select_related("audio_file", "cover_image")
        )

    def feed_extra_kwargs(self, locale) -> dict:
        site_settings = apps.get_model("home", "SiteSettings").for_request(self.request)
        cover = next((item.cover_image for item in self.items(locale) if item.cover_image_id), None)
        return {
            "itunes_author": seo.publisher(self.request)["name"],
            "itunes_owner_email": site_settings.contact_email,
            "itunes_image": seo.image_url(cover, self.request, PODCAST_IMAGE_SPEC),
        }

    def item_extra_kwargs(self, item) -> dict:
        return {
            "itunes_duration": item.duration_minutes * 60 if item.duration_minutes else None,
            "itunes_author": item.speakers,
            "itunes_image": seo.image_url(item.cover_image, self.request, PODCAST_IMAGE_SPEC),
        }

    def item_author_name(self, item) -> str | None:
        return item.speakers or None

    def item_enclosures(self, item) -> list[Enclosure]:
        """The episode's audio file, or its media address when that is a sound file itself."""
        if item.audio_file_id:
            document = item.audio_file
            size = document.file_size if document.file_size is not None else document.get_file_size()
            return [Enclosure(podcast_audio_url(item, self.request), str(size or 0), document.content_type)]
        url = podcast_audio_url(item, self.request)
        if url is None:
            return []
        mime_type = mimetypes.guess_type(url.split("?")[0])[0] or "audio/mpeg"
        # The size of a remote file is unknown; 0 is what podcast applications accept then.
        return [Enclosure(url, "0", mime_type)]
