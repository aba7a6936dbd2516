"""Shared pieces of the admin registers (wagtail-modeladmin) that several apps declare."""

from __future__ import annotations

from django.urls import reverse
from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.views import IndexView


class ReadOnlyPermissionHelper(PermissionHelper):
    """Records the platform writes (submissions, the spam log, assessments, votes): never created
    or edited by hand; people act on them through the action buttons."""

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False


class RecordOnlyPermissionHelper(ReadOnlyPermissionHelper):
    """Records kept as evidence (DOI registrations, assessments, votes): not deleted either."""

    def user_can_delete_obj(self, user, obj):
        return False


class ActionButtonHelper(ButtonHelper):
    """Adds one custom action button (a URL name and a label) to each row."""

    action: tuple[str, str, str] | None = None  # (url name, label, permission)

    def get_buttons_for_obj(self, obj, exclude=None, classnames_add=None, classnames_exclude=None):
        buttons = super().get_buttons_for_obj(obj, exclude, classnames_add, classnames_exclude)
        if self.action and self.show_action(obj) and self.request.user.has_perm(self.action[2]):
            url_name, label, _permission = self.action
            buttons.append(
                {
                    "url": reverse(url_name, args=[obj.pk]),
                    "label": label,
                    "classname": "button button-small button-secondary",
                    "title": label,
                }
            )
        return buttons

    def show_action(self, obj) -> bool:
        return True


FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """A text cell a spreadsheet would run as a formula, made inert with a leading apostrophe
    (OWASP's advice for CSV injection). Readers write some of the exported text."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class SafeExportIndexView(IndexView):
    """The register's index view, whose CSV exports cannot carry formulas (XLSX already
    stores every text as a string)."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return neutralise_formula(value) if export_format == self.FORMAT_CSV else value
