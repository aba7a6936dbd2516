"""What crawlers read first: robots.txt, and the sitemap of every language's pages, each with
hreflang links to its other languages.

One sitemap covers all locales: each locale has its own tree under a translation of the site's
home page. Aliases (an English page shown under /fr/ until it is translated) are left out:
their canonical address is the original's.
"""

from __future__ import annotations

from collections import defaultdict

from django.db.models import Q
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from cms import seo


class LocalizedPagesSitemap(Sitemap):
    """Live, public pages of every locale; the translations of a batch in one query."""

    def items(self):
        site = self.get_wagtail_site()
        roots = site.root_page.get_translations(inclusive=True)
        in_a_tree = Q(pk__in=[])
        for root in roots:
            in_a_tree |= Q(path__startswith=root.path)
        return (
            Page.objects.live()
            .public()
            .filter(in_a_tree, alias_of__isnull=True)
            .select_related("locale")
            .order_by("path")
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        versions = self._versions({item.translation_key for item in pages})
        urls = []
        for item in pages:
            location = item.get_full_url(self.request)
            if not location:
                continue
            lastmod = item.last_published_at or item.latest_revision_created_at
            alternates = seo.hreflang_alternates(versions.get(item.translation_key, []))
            urls.append(
                {
                    "item": item,
                    "location": location,
                    "lastmod": lastmod,
                    "alternates": [{"lang_code": code, "location": url} for code, url in alternates],
                }
            )
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls

    def _versions(self, translation_keys) -> dict:
        """Translation key → [(language, URL)] of the live, public, non-alias pages."""
        translations = (
            Page.objects.live()
            .public()
            .filter(translation_key__in=translation_keys, alias_of__isnull=True)
            .select_related("locale")
        )
        found = defaultdict(list)
        for translation in translations:
            found[translation.translation_key].append(
                (translation.locale.language_code, translation.get_full_url(self.request))
            )
        return {key: seo.ordered_versions(versions) for key, versions in found.items()}


# Contributor pages (access links, introductions, the form's POST target) and search results
# are for one person or endless: no crawler should fetch them. Everything else is public.
ROBOTS_DISALLOW = ("/admin/", "/*/contribute/", "/*/search/?")


@require_GET
def robots_txt(request):
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in ROBOTS_DISALLOW), "Allow: /", ""]
    lines.append(f"Sitemap: {seo.root_url(request)}{reverse('sitemap')}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
