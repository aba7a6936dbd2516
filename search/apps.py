from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from search.related import forget_related

        page_published.connect(forget_related, dispatch_uid="search-related-published")
        page_unpublished.connect(forget_related, dispatch_uid="search-related-unpublished")
