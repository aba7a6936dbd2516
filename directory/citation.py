"""How to cite an initiative: BibTeX, RIS, CSL-JSON and a one-line text.

The link is the DOI (https://doi.org/…) once DataCite has registered one, the landing page
otherwise: a DOI is never made up. The public ID ("IPSP-I-000001") is the key of the entry and
its note, so an initiative can be cited before its DOI exists.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date

from django.conf import settings
from django.utils import timezone

from directory.datacite import Entry, language_tag

DOI_RESOLVER = "https://doi.org/"


@dataclass(frozen=True)
class Citation:
    public_id: str
    title: str
    people: tuple[str, ...]
    organisations: tuple[str, ...]
    issued: date | None
    publisher: str
    doi: str
    landing_url: str
    language: str
    abstract: str
    keywords: tuple[str, ...]

    @property
    def authors(self) -> tuple[str, ...]:
        return self.people + self.organisations

    @property
    def year(self) -> str:
        return str(self.issued.year) if self.issued else ""

    @property
    def doi_url(self) -> str:
        return f"{DOI_RESOLVER}{self.doi}" if self.doi else ""

    @property
    def link(self) -> str:
        """The DOI's address when there is one, the page's address otherwise."""
        return self.doi_url or self.landing_url


def citation_for(page) -> Citation:
    """The citation of an initiative as it reads in the language of `page`."""
    from cms.models import localized_terms

    page = page.specific
    entry = Entry.for_page(page)
    # An alias repeats the original's text: cite what it shows, in the original's language.
    source = entry.original if page.alias_of_id and entry.original else page
    issued = entry.issued()
    return Citation(
        public_id=page.public_id,
        title=source.title,
        people=tuple(holder.name for holder in source.project_holders.all() if holder.name.strip()),
        organisations=tuple(org.title for org in source.organisations_in_locale()),
        issued=timezone.localtime(issued, UTC).date() if issued else None,
        publisher=settings.DATACITE_PUBLISHER,
        doi=page.doi,
        landing_url=page.get_full_url() or "",
        language=language_tag(source.locale.language_code),
        abstract=(source.summary or "").strip(),
        keywords=tuple(term.name for term in localized_terms(source.themes.all(), source.locale)),
    )


# --- BibTeX -------------------------------------------------------------------------------

_BIBTEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "$": r"\$",
    "&": r"\&",
    "%": r"\%",
    "#": r"\#",
    "_": r"\_",
    "^": r"\^{}",
    "~": r"\~{}",
}


def bibtex_escape(text: str) -> str:
    return "".join(_BIBTEX_SPECIALS.get(char, char) for char in text)


def _bibtex_name(name: str, *, organisation: bool) -> str:
    escaped = bibtex_escape(name)
    # Braces keep an organisation (or a name containing " and ") from being split into parts.
    if organisation or " and " in f" {name} ":
        return "{" + escaped + "}"
    return escaped


def to_bibtex(citation: Citation) -> str:
    authors = [_bibtex_name(name, organisation=False) for name in citation.people]
    authors += [_bibtex_name(name, organisation=True) for name in citation.organisations]
    fields = [
        ("author", " and ".join(authors)),
        ("title", bibtex_escape(citation.title)),
        ("year", citation.year),
        ("publisher", bibtex_escape(citation.publisher)),
        ("doi", citation.doi),
        ("url", citation.link),
        ("language", citation.language),
        ("note", bibtex_escape(citation.public_id)),
    ]
    lines = [f"  {name} = {{{value}}}" for name, value in fields if value]
    return f"@misc{{{citation.public_id},\n" + ",\n".join(lines) + "\n}\n"


# --- RIS ----------------------------------------------------------------------------------


def to_ris(citation: Citation) -> str:
    def one_line(text: str) -> str:
        return " ".join(text.split())

    lines = [("TY", "GEN"), ("ID", citation.public_id), ("TI", one_line(citation.title))]
    lines += [("AU", one_line(name)) for name in citation.authors]
    if citation.issued:
        lines += [("PY", citation.year), ("DA", citation.issued.strftime("%Y/%m/%d/"))]
    lines += [("PB", one_line(citation.publisher))]
    if citation.doi:
        lines.append(("DO", citation.doi))
    lines += [("UR", citation.link), ("LA", citation.language)]
    if citation.abstract:
        lines.append(("AB", one_line(citation.abstract)))
    lines += [("KW", one_line(keyword)) for keyword in citation.keywords]
    lines.append(("N1", citation.public_id))
    # RIS: "TAG  - value", one per line, CRLF line ends; "ER  - " closes the record.
    return "".join(f"{tag}  - {value}\r\n" for tag, value in lines if value) + "ER  - \r\n"


# --- CSL-JSON -----------------------------------------------------------------------------


def to_csl(citation: Citation) -> list[dict]:
    item: dict = {
        "id": citation.public_id,
        "type": "document",
        "title": citation.title,
        "author": [{"literal": name} for name in citation.authors],
        "publisher": citation.publisher,
        "URL": citation.link,
        "language": citation.language,
        "note": citation.public_id,
    }
    if citation.issued:
        issued = citation.issued
        item["issued"] = {"date-parts": [[issued.year, issued.month, issued.day]]}
    if citation.doi:
        item["DOI"] = citation.doi
    if citation.abstract:
        item["abstract"] = citation.abstract
    if citation.keywords:
        item["keyword"] = ", ".join(citation.keywords)
    if not item["author"]:
        del item["author"]
    return [item]


def to_csl_json(citation: Citation) -> str:
    return json.dumps(to_csl(citation), ensure_ascii=False, indent=2) + "\n"


# --- Text ---------------------------------------------------------------------------------


def to_text(citation: Citation) -> str:
    """One line: "Authors (year). Title. Publisher. IPSP-I-000001. https://doi.org/…"."""
    head = ", ".join(citation.authors)
    if citation.year:
        head = f"{head} ({citation.year})" if head else f"({citation.year})"
    parts = [head, citation.title, citation.publisher, citation.public_id, citation.link]
    return ". ".join(part.rstrip(".") for part in parts if part).strip()


FORMATS = {
    # fmt in the URL: (serialiser, content type, file extension)
    "bib": (to_bibtex, "application/x-bibtex; charset=utf-8", "bib"),
    "ris": (to_ris, "application/x-research-info-systems; charset=utf-8", "ris"),
    "json": (to_csl_json, "application/vnd.citationstyles.csl+json; charset=utf-8", "json"),
}
