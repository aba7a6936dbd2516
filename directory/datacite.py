"""DataCite: the metadata of an initiative's DOI (schema 4.x) and a small REST API client.

One initiative is one DOI, whatever the number of its translations: the metadata gathers every
live, public translation (titles and descriptions with their `lang`), the project holders and
organisations as creators, the themes as subjects, and the landing page of the default-locale
page (or of the original). The DOI itself is `{prefix}/{public ID lower-cased}`.

The client speaks DataCite's JSON:API (`POST /dois`, `PUT /dois/{doi}`) with the repository's
basic credentials. It never logs or returns them; errors carry the HTTP status and the titles
DataCite gave in its `errors` list, nothing else.
"""

from __future__ import annotations

import html
import json
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import quote, urlsplit

import requests
from django.conf import settings
from django.utils import timezone, translation
from django.utils.html import strip_tags
from wagtail.models import Locale

logger = logging.getLogger(__name__)

SCHEMA_VERSION = "http://datacite.org/schema/kernel-4"
RESOURCE_TYPE = {"resourceTypeGeneral": "Other", "resourceType": "Social initiative"}
SUBJECT_SCHEME = "IPSP themes"
PUBLIC_ID_TYPE = "IPSP public ID"
# DataCite's standard value for an unknown creator ("value unavailable, possibly unknown").
UNKNOWN_CREATOR = "(:unav)"
DEFAULT_TIMEOUT = 30  # seconds, for connecting and for reading
JSON_API = "application/vnd.api+json"
# Keys of the request body that belong to the REST API rather than to the metadata schema.
REST_ONLY_KEYS = ("doi", "prefix", "suffix", "event", "url")

_BLOCK_END = re.compile(r"</(p|li|h[1-6]|blockquote)>|<br\s*/?>", re.IGNORECASE)


class NotRegistrable(Exception):
    """The initiative has nothing public to register (no live public page, no landing URL)."""


# --- The entry and its translations -----------------------------------------------------


def language_tag(language_code: str) -> str:
    """Django's language code as an IETF BCP 47 tag: "zh-hans" → "zh-Hans", "pt-br" → "pt-BR"."""
    primary, *rest = language_code.split("-")
    parts = [primary.lower()]
    for part in rest:
        if len(part) == 4:
            parts.append(part.title())
        elif len(part) == 2:
            parts.append(part.upper())
        else:
            parts.append(part.lower())
    return "-".join(parts)


def plain_text(rich_text: str) -> str:
    """Rich text as plain text: tags dropped, entities decoded, one line per paragraph."""
    text = html.unescape(strip_tags(_BLOCK_END.sub("\n", rich_text or "")))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _language_rank(page) -> int:
    codes = [code for code, _name in settings.LANGUAGES]
    code = page.locale.language_code
    return codes.index(code) if code in codes else len(codes)


@dataclass
class Entry:
    """One initiative in all its languages: the live, public pages sharing a translation key."""

    pages: list = field(default_factory=list)

    @classmethod
    def for_translation_key(cls, translation_key) -> Entry:
        from directory.models import InitiativePage

        pages = list(
            InitiativePage.objects.live()
            .public()
            .filter(translation_key=translation_key)
            .select_related("locale")
            .order_by("pk")
        )
        return cls(pages=pages)

    @classmethod
    def for_page(cls, page) -> Entry:
        entry = cls.for_translation_key(page.translation_key)
        if not entry.pages:  # a draft being previewed: the page on its own
            entry.pages = [page]
        return entry

    @property
    def original(self):
        """The page the entry was first written in: the oldest one that is not an alias."""
        translations = self.translations
        return translations[0] if translations else (self.pages[0] if self.pages else None)

    @property
    def translations(self) -> list:
        """The original first, then the translations in the order of `settings.LANGUAGES`.

        Aliases are left out: they repeat the source's text under another language.
        """
        written = [page for page in self.pages if not page.alias_of_id]
        if not written:
            return []
        original, others = written[0], written[1:]
        return [original, *sorted(others, key=_language_rank)]

    def landing_page(self):
        default = Locale.get_default()
        for page in self.pages:
            if page.locale_id == default.pk:
                return page
        return self.original

    def landing_url(self) -> str:
        for page in (self.landing_page(), self.original):
            url = page.get_full_url() if page is not None else None
            if url:
                return url
        return ""

    def issued(self) -> datetime | None:
        """When the entry was first published (in any of its languages)."""
        dates = [page.first_published_at for page in self.pages if page.first_published_at]
        return min(dates) if dates else None

    def updated(self) -> datetime | None:
        dates = [page.last_published_at for page in self.pages if page.last_published_at]
        return max(dates) if dates else None


# --- Metadata -----------------------------------------------------------------------------


def build_doi(prefix: str, public_id: str) -> str:
    return f"{prefix.strip().rstrip('/')}/{public_id.lower()}"


def _iso_date(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return timezone.localtime(moment, UTC).date().isoformat()


def _creators(original) -> list[dict]:
    creators = [
        {"name": holder.name, "nameType": "Personal"}
        for holder in original.project_holders.all()
        if holder.name.strip()
    ]
    creators += [
        {"name": organisation.title, "nameType": "Organizational"}
        for organisation in original.organisations_in_locale()
    ]
    return creators or [{"name": UNKNOWN_CREATOR}]


def _subjects(original) -> list[dict]:
    from cms.models import localized_terms

    english = Locale.get_default()
    names = [term.name for term in localized_terms(original.themes.all(), english)]
    return [
        {
            "subject": name,
            "subjectScheme": SUBJECT_SCHEME,
            "lang": language_tag(english.language_code),
        }
        for name in dict.fromkeys(names)
    ]


def _translated(page, original, name: str) -> bool:
    """Whether the field reads differently from the original (a translation not yet done keeps
    the original's text, which must not be labelled with the translation's language)."""
    return page.pk == original.pk or getattr(page, name) != getattr(original, name)


def _descriptions(page, original) -> list[dict]:
    lang = language_tag(page.locale.language_code)
    descriptions = []
    if page.summary.strip() and _translated(page, original, "summary"):
        descriptions.append(
            {"description": page.summary.strip(), "descriptionType": "Abstract", "lang": lang}
        )
    with translation.override(page.locale.language_code):
        for name in page.description_fields:
            answer = plain_text(getattr(page, name))
            if answer and _translated(page, original, name):
                question = str(page._meta.get_field(name).verbose_name)
                descriptions.append(
                    {
                        "description": f"{question}\n{answer}",
                        "descriptionType": "Other",
                        "lang": lang,
                    }
                )
    return descriptions


def _unique(items: list[dict]) -> list[dict]:
    """The schema wants unique items: drop exact repeats, keep the order."""
    seen: set[str] = set()
    unique = []
    for item in items:
        key = json.dumps(item, sort_keys=True)
        if key not in seen:
            seen.add(key)
            unique.append(item)
    return unique


def build_metadata(entry: Entry) -> dict:
    """The DataCite 4.5 attributes of the entry, without the REST-only keys (DOI, URL, event)."""
    original = entry.original
    if original is None:
        raise NotRegistrable("The initiative has no live public page.")
    translations = entry.translations
    titles = [{"title": original.title, "lang": language_tag(original.locale.language_code)}]
    titles += [
        {
            "title": page.title,
            "titleType": "TranslatedTitle",
            "lang": language_tag(page.locale.language_code),
        }
        for page in translations[1:]
        if _translated(page, original, "title")
    ]
    issued = entry.issued() or timezone.now()
    dates = [
        {"date": _iso_date(original.first_submitted_at), "dateType": "Submitted"},
        {"date": _iso_date(issued), "dateType": "Issued"},
        {"date": _iso_date(entry.updated()), "dateType": "Updated"},
    ]
    return {
        "types": dict(RESOURCE_TYPE),
        "creators": _unique(_creators(original)),
        "titles": _unique(titles),
        "publisher": {"name": settings.DATACITE_PUBLISHER},
        "publicationYear": str(timezone.localtime(issued, UTC).year),
        "subjects": _subjects(original),
        "dates": [date for date in dates if date["date"]],
        "language": language_tag(original.locale.language_code),
        "alternateIdentifiers": [
            {"alternateIdentifier": original.public_id, "alternateIdentifierType": PUBLIC_ID_TYPE}
        ],
        "descriptions": _unique(
            [item for page in translations for item in _descriptions(page, original)]
        ),
        "schemaVersion": SCHEMA_VERSION,
    }


def build_attributes(entry: Entry, doi: str, *, event: str = "publish") -> dict:
    """The `attributes` of the JSON:API request: the metadata plus DOI, landing URL and event."""
    url = entry.landing_url()
    if not url:
        raise NotRegistrable("The initiative has no landing page URL.")
    attributes = {"doi": doi, "event": event, "url": url}
    attributes.update(build_metadata(entry))
    return attributes


def validate(attributes: dict) -> bool:
    """Whether the attributes validate against DataCite's JSON schema 4.5."""
    from datacite import schema45

    return schema45.validate(attributes)


# --- REST client --------------------------------------------------------------------------


class DataCiteError(Exception):
    """DataCite refused the request (`status`), or could not be reached (`status` is None)."""

    def __init__(self, status: int | None, messages: list[str]):
        self.status = status
        self.messages = messages
        super().__init__(self.describe())

    def describe(self) -> str:
        head = f"HTTP {self.status}" if self.status else "No answer from DataCite"
        return f"{head}: {'; '.join(self.messages)}" if self.messages else head

    @property
    def retryable(self) -> bool:
        """Worth trying again later: no answer, a server error, or a rate limit."""
        return self.status is None or self.status >= 500 or self.status == 429

    @property
    def already_taken(self) -> bool:
        return self.status == 422 and any("already been taken" in m.lower() for m in self.messages)


@dataclass(frozen=True)
class Registered:
    doi: str
    state: str
    created: bool


def error_messages(response: requests.Response) -> list[str]:
    """The titles of DataCite's `errors` list ("doi: This DOI has already been taken")."""
    try:
        body = response.json()
    except ValueError:
        body = None
    messages = []
    errors = body.get("errors") if isinstance(body, dict) else None
    for error in errors if isinstance(errors, list) else ():
        if not isinstance(error, dict):
            continue
        title = str(error.get("title") or error.get("detail") or "").strip()
        source = str(error.get("source") or "").strip()
        if title:
            messages.append(f"{source}: {title}" if source else title)
    if not messages and response.reason:
        messages.append(response.reason)
    return messages


class DataCiteClient:
    """`POST /dois` to create a findable DOI, `PUT /dois/{doi}` when it exists already."""

    def __init__(
        self, api_url: str, repository_id: str, password: str, *, timeout: float = DEFAULT_TIMEOUT
    ):
        self.api_url = api_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.auth = (repository_id, password)
        self.session.headers.update({"Content-Type": JSON_API, "Accept": JSON_API})

    def __repr__(self) -> str:  # never the credentials
        return f"<DataCiteClient {self.api_url}>"

    @classmethod
    def from_settings(cls) -> DataCiteClient:
        return cls(
            settings.DATACITE_API_URL,
            settings.DATACITE_REPOSITORY_ID,
            settings.DATACITE_PASSWORD,
            timeout=getattr(settings, "DATACITE_TIMEOUT", DEFAULT_TIMEOUT),
        )

    def _send(self, method: str, path: str, attributes: dict) -> dict:
        body = json.dumps({"data": {"type": "dois", "attributes": attributes}})
        try:
            response = self.session.request(
                method, f"{self.api_url}{path}", data=body, timeout=self.timeout
            )
        except requests.RequestException as error:
            host = urlsplit(self.api_url).hostname or "DataCite"
            raise DataCiteError(None, [f"{type(error).__name__} while contacting {host}"]) from None
        if not 200 <= response.status_code < 300:
            raise DataCiteError(response.status_code, error_messages(response))
        try:
            return response.json()
        except ValueError:
            return {}

    @staticmethod
    def _registered(document: dict, doi: str, *, created: bool) -> Registered:
        data = document.get("data") if isinstance(document, dict) else None
        data = data if isinstance(data, dict) else {}
        attributes = data.get("attributes") if isinstance(data.get("attributes"), dict) else {}
        confirmed = attributes.get("doi") or data.get("id") or doi
        return Registered(
            doi=str(confirmed).lower(), state=str(attributes.get("state") or ""), created=created
        )

    def create(self, doi: str, attributes: dict) -> Registered:
        document = self._send("POST", "/dois", {**attributes, "doi": doi})
        return self._registered(document, doi, created=True)

    def update(self, doi: str, attributes: dict) -> Registered:
        document = self._send("PUT", f"/dois/{quote(doi, safe='/')}", {**attributes, "doi": doi})
        return self._registered(document, doi, created=False)

    def register(self, doi: str, attributes: dict) -> Registered:
        """Create the DOI; if DataCite has it already, update its metadata instead."""
        try:
            return self.create(doi, attributes)
        except DataCiteError as error:
            if not error.already_taken:
                raise
            logger.info("DOI %s exists at DataCite already; updating its metadata.", doi)
            return self.update(doi, attributes)


def credentials_configured() -> bool:
    return bool(
        settings.DATACITE_PREFIX and settings.DATACITE_REPOSITORY_ID and settings.DATACITE_PASSWORD
    )
