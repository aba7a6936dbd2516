from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EncyclopediaConfig(AppConfig):
    name = "encyclopedia"
    verbose_name = _("Encyclopedia")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from encyclopedia import signals  # noqa: F401
