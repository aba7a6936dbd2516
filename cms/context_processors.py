"""Context every public template needs: the localized home page and the main navigation."""

from wagtail.models import Locale, Site


def site_navigation(request):
    """The home page in the reader's language and its sections shown in menus."""
    if request.path.startswith(("/admin/", "/api/", "/documents/")):
        return {}
    site = Site.find_for_request(request)
    if site is None:
        return {}
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        return {}
    home = site.root_page.get_translation_or_none(locale) or site.root_page
    home = home.specific
    menu = list(home.get_children().live().in_menu().filter(locale=home.locale))
    return {"localized_home": home, "main_menu": menu}
