"""Assembles the public APIs: Wagtail's v2 router and v3 NinjaAPI (apps add their own routers)."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.api.v3.urls import api as api_v3
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

api_v2 = WagtailAPIRouter("wagtailapi")
api_v2.register_endpoint("pages", PagesAPIViewSet)
api_v2.register_endpoint("images", ImagesAPIViewSet)
api_v2.register_endpoint("documents", DocumentsAPIViewSet)

api_v3.title = "International Platform for Social Progress API"
api_v3.description = (
    "Read the platform's public content in ten languages: initiatives, actors, reports, "
    "briefs, data stories, media, events and encyclopedia pages. Add `?locale=fr` to a "
    "listing for one language. Restricted and private fields are never part of it."
)

__all__ = ["api_v2", "api_v3"]
