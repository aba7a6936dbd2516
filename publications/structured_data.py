"""schema.org descriptions of the Panel's publications, read by search engines and harvesters.

Each function takes a live publication page and returns the dict its `get_structured_data`
hands to the page's JSON-LD block (see cms/seo.py for the shared parts).
"""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import override

from cms import seo

MEDIA_TYPES = {
    "webinar": "VideoObject",
    "video": "VideoObject",
    "podcast": "PodcastEpisode",
    "course": "Course",
}

# A media address ending so is a sound file itself (podcast applications can download it).
AUDIO_EXTENSIONS = (".mp3", ".m4a", ".aac", ".ogg", ".oga", ".opus", ".wav", ".flac")

ATTENDANCE_MODES = {
    "in_person": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "hybrid": "https://schema.org/MixedEventAttendanceMode",
}


def report(page, request=None) -> dict:
    return seo.creative_work(
        page,
        request,
        page.schema_type,
        author=seo.authors(page),
        abstract=seo.plain_text(page.takeaways, 1000),
        spatialCoverage=seo.countries(page, "Place"),
        associatedMedia=seo.document_downloads(page, request),
    )


def brief(page, request=None) -> dict:
    return seo.creative_work(
        page,
        request,
        page.schema_type,
        author=seo.authors(page),
        abstract=seo.plain_text(page.key_messages, 1000),
        associatedMedia=seo.document_downloads(page, request),
    )


def data_story(page, request=None) -> dict:
    return seo.creative_work(
        page,
        request,
        page.schema_type,
        creator=seo.authors(page),
        citation=seo.plain_text(page.data_sources, 1000),
        spatialCoverage=seo.countries(page, "Place"),
        distribution=seo.document_downloads(page, request),
        isAccessibleForFree=True,
    )


def article(page, request=None) -> dict:
    author = [seo.person(page.author_name)] if page.author_name else []
    return seo.creative_work(page, request, page.schema_type, author=author)


def podcast_audio_url(page, request=None) -> str | None:
    """The sound file of an episode: its audio file, else its media address if that is one."""
    if page.audio_file_id:
        return seo.absolute(page.audio_file.url, request)
    if page.media_url and page.media_url.lower().split("?")[0].endswith(AUDIO_EXTENSIONS):
        return page.media_url
    return None


def media(page, request=None) -> dict:
    fields = {
        # Speakers are free text ("A, B; presented by C"), not a list of people.
        "creditText": page.speakers,
        "abstract": seo.plain_text(page.description, 1000),
        "transcript": page.transcript,
    }
    if page.kind == "course":
        fields.update(provider=seo.publisher(request), timeRequired=seo.duration(page.duration_minutes))
    elif page.kind == "podcast":
        audio = podcast_audio_url(page, request)
        with override(page.locale.language_code):
            feed = seo.absolute(reverse("publications:podcasts"), request)
        recording = {"@type": "MediaObject", "embedUrl": page.media_url} if page.media_url else None
        fields.update(
            duration=seo.duration(page.duration_minutes),
            associatedMedia={"@type": "AudioObject", "contentUrl": audio} if audio else recording,
            partOfSeries={"@type": "PodcastSeries", "name": seo.publisher(request)["name"], "webFeed": feed},
        )
    else:
        fields.update(
            duration=seo.duration(page.duration_minutes),
            embedUrl=page.media_url,
            uploadDate=seo.iso(page.publication_date or page.first_published_at),
            thumbnailUrl=seo.image_url(page.cover_image, request),
        )
    return seo.creative_work(page, request, page.schema_type, **fields)


def event(page, request=None) -> dict:
    data = seo.web_page(page, request, page.schema_type)
    # An event is not a document: the page's publication dates do not describe it.
    data.pop("datePublished", None)
    data.pop("dateModified", None)
    locations = []
    if page.event_format != "online" and (page.venue or page.city or page.country_id):
        address = {"@type": "PostalAddress", "addressLocality": page.city, "addressCountry": page.country_code}
        locations.append({"@type": "Place", "name": page.venue or page.city, "address": address})
    if page.event_format != "in_person":
        locations.append({"@type": "VirtualLocation", "url": page.registration_url or data.get("url")})
    data.update(
        startDate=seo.iso(page.start),
        endDate=seo.iso(page.end),
        eventAttendanceMode=ATTENDANCE_MODES.get(page.event_format),
        location=locations,
        organizer=seo.publisher(request),
        image=seo.image_url(page.cover_image, request),
        keywords=seo.term_names(page, "themes"),
    )
    return seo.compact(data)
