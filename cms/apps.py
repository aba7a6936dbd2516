from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class CmsConfig(AppConfig):
    default = True  # this module also defines the users app's config
    name = "cms"
    verbose_name = _("Platform core")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cms import signals  # noqa: F401


class UsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's users app, with forms that carry the display name and preferred language."""

    user_viewset = "cms.admin_users.UserViewSet"
