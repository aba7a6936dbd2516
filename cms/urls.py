"""URL configuration: admin and APIs without a language prefix, the public site with one."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.documents import urls as wagtaildocs_urls

from cms.api import api_v2, api_v3
from cms.sitemaps import LocalizedPagesSitemap, robots_txt
from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_v2.urls),
    path("api/v3/", api_v3.urls),
    # For crawlers, without a language prefix: one sitemap covers every language.
    path("sitemap.xml", sitemap_views.sitemap, {"sitemaps": {"pages": LocalizedPagesSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("search/suggest/", search_views.suggest, name="search_suggest"),
    path("", include("directory.urls")),
    path("", include("publications.urls")),
    path("", include("workflows.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
