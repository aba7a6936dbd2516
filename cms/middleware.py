"""Request middleware of the platform."""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

# Served without a language prefix: a 404 there must stay a 404, not become a redirect.
UNPREFIXED_PATHS = ("/api/", "/admin/", "/documents/", "/static/", "/media/")


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's locale middleware, kept away from the APIs, the admin and files.

    Wagtail's catch-all route inside `i18n_patterns` makes every `/en/<path>` look valid, so
    Django would answer a missing `/api/v2/pages/9/` with a redirect to an HTML 404 page.
    """

    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED_PATHS):
            return response
        return super().process_response(request, response)
