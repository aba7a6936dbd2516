"""Search result snippets: the passage of a page where the reader's words occur, marked.

The database may have matched a stemmed form ("voisin" for "voisins"), so a word matches any
word that starts with its stem (the word less its last two letters, at least three letters);
Chinese and Japanese words, cut by `search.languages.segment`, match where they occur.
"""

from __future__ import annotations

import re

from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe
from wagtail.search import index

from search.languages import CJK_RUN, SearchLanguage, segment

SNIPPET_LENGTH = 240
MAX_TEXT = 20_000


def page_text(page) -> str:
    """The plain text of a page's searchable fields other than its title, in field order."""
    parts = []
    for search_field in page.get_search_fields():
        if not isinstance(search_field, index.SearchField) or search_field.field_name == "title":
            continue
        value = getattr(page, search_field.field_name, None)
        if value is None or callable(value):
            continue
        text = strip_tags(str(value)).strip()
        if text:
            parts.append(text)
        if sum(map(len, parts)) > MAX_TEXT:
            break
    return " ".join(" ".join(parts).split())[:MAX_TEXT]


def term_pattern(query: str, language: SearchLanguage) -> re.Pattern | None:
    words = [w for w in segment(query, language, for_query=True).split() if len(w) > 0]
    alternatives = []
    for word in dict.fromkeys(w.casefold() for w in words):
        if CJK_RUN.fullmatch(word):
            alternatives.append(re.escape(word))
        elif len(word) >= 2:
            stem = word[: max(3, len(word) - 2)]
            alternatives.append(rf"(?<!\w){re.escape(stem)}\w*")
    if not alternatives:
        return None
    alternatives.sort(key=len, reverse=True)
    return re.compile("|".join(alternatives), re.IGNORECASE)


def highlight(text: str, pattern: re.Pattern | None) -> SafeString:
    if pattern is None:
        return escape(text)
    pieces, last = [], 0
    for match in pattern.finditer(text):
        pieces.append(escape(text[last : match.start()]))
        pieces.append(f"<mark>{escape(match.group(0))}</mark>")
        last = match.end()
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above


def snippet(page, query: str, language: SearchLanguage) -> SafeString:
    """The passage of `page` around the first of the query's words, with the words marked."""
    pattern = term_pattern(query, language)
    text = page_text(page)
    match = pattern.search(text) if pattern else None
    if match is None:
        passage = text[:SNIPPET_LENGTH]
        cut_end = len(text) > SNIPPET_LENGTH
        return mark_safe(highlight(passage, pattern) + ("…" if cut_end else ""))  # noqa: S308
    start = max(0, match.start() - SNIPPET_LENGTH // 3)
    if start:
        space = text.find(" ", start, match.start())
        start = space + 1 if space != -1 else start
    end = min(len(text), start + SNIPPET_LENGTH)
    passage = highlight(text[start:end], pattern)
    return mark_safe(("…" if start else "") + passage + ("…" if end < len(text) else ""))  # noqa: S308


def highlighted_title(page, query: str, language: SearchLanguage) -> SafeString:
    return highlight(page.title, term_pattern(query, language))
