"""The faceted listing page the directory, publications and encyclopedia indexes are built on."""

from __future__ import annotations

from cms.models import ListingPage
from search.country_map import build_country_map
from search.facets import FacetedListing


class FacetedListingPage(ListingPage):
    """A listing with facets and counts, full text within it, sorting and a country map."""

    # Names of `search.facets.FACETS` offered here (those the listed models carry).
    listing_facets: tuple[str, ...] = ()
    show_country_map = True

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        listing = FacetedListing(self, request, page_size=self.listing_page_size)
        context.update(listing=listing, entries=listing.page)
        if self.show_country_map and "country" in listing.counts:
            context["country_map"] = build_country_map(
                listing.counts["country"],
                listing.country_url,
                selected=(listing.selected.get("country") or [None])[0],
            )
        return context
