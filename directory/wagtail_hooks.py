"""Admin registers of the directory: contributions, the spam log, messages, DOIs, introductions."""

from __future__ import annotations

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register
from wagtail_modeladmin.views import CreateView

from cms.modeladmin import ActionButtonHelper, ReadOnlyPermissionHelper, RecordOnlyPermissionHelper
from directory import admin_views, notices
from directory.models import (
    ContributorMessage,
    DoiRegistration,
    HeldSubmission,
    Introduction,
    Submission,
)


class ReleaseButtonHelper(ActionButtonHelper):
    action = ("directory_release_held", _("Release"), "directory.change_heldsubmission")

    def show_action(self, obj) -> bool:
        return obj.released_at is None


class RejectButtonHelper(ActionButtonHelper):
    action = ("directory_reject_submission", _("Reject"), "directory.change_submission")

    def show_action(self, obj) -> bool:
        return obj.page_id is not None and not obj.outcome


class MessageCreateView(CreateView):
    def form_valid(self, form):
        form.instance.author = self.request.user
        response = super().form_valid(form)
        notices.tell(form.instance.submission, "message", form.instance.body, record=False)
        return response


class SubmissionAdmin(ModelAdmin):
    model = Submission
    menu_label = _("Submissions")
    menu_icon = "form"
    list_display = ("public_id", "title", "kind", "language", "created_at", "outcome", "created_automatically")
    list_filter = ("kind", "outcome", "language", "created_automatically")
    search_fields = ("public_id", "title")
    inspect_view_enabled = True
    inspect_view_fields = (
        "public_id", "title", "kind", "language", "page", "created_at", "updated_at",
        "consent_at", "privacy_notice", "outcome", "outcome_at",
    )
    button_helper_class = RejectButtonHelper

    permission_helper_class = ReadOnlyPermissionHelper


class HeldSubmissionAdmin(ModelAdmin):
    model = HeldSubmission
    menu_label = _("Spam log")
    menu_icon = "warning"
    list_display = ("created_at", "title", "kind", "reason_labels", "released_at")
    list_filter = ("kind", "released_at", "language")
    search_fields = ("title",)
    inspect_view_enabled = True
    inspect_view_fields = ("created_at", "title", "kind", "language", "reasons", "details", "payload", "released_at", "released_by")
    button_helper_class = ReleaseButtonHelper

    permission_helper_class = ReadOnlyPermissionHelper


class ContributorMessageAdmin(ModelAdmin):
    model = ContributorMessage
    menu_label = _("Messages to contributors")
    menu_icon = "mail"
    list_display = ("submission", "created_at", "author")
    search_fields = ("body", "submission__public_id")
    form_fields_exclude = ("author", "created_at")
    create_view_class = MessageCreateView


class DoiRegistrationAdmin(ModelAdmin):
    model = DoiRegistration
    menu_label = _("DOI registrations")
    menu_icon = "link"
    list_display = ("translation_key", "doi", "status", "attempts", "updated_at")
    list_filter = ("status",)
    inspect_view_enabled = True

    permission_helper_class = RecordOnlyPermissionHelper


class IntroductionAdmin(ModelAdmin):
    """Introductions between actors, as a record: who, why, where they stand. Tokens and contact
    details are not shown; the platform alone writes these rows."""

    model = Introduction
    menu_label = _("Introductions")
    menu_icon = "group"
    list_display = ("first", "second", "reason", "status", "created_at", "first_accepted_at", "second_accepted_at")
    list_filter = ("reason", "status")
    list_select_related = ("first", "second")
    inspect_view_enabled = True
    inspect_view_fields = (
        "first", "second", "reason", "status", "created_at",
        "first_accepted_at", "first_declined_at", "second_accepted_at", "second_declined_at",
    )

    permission_helper_class = RecordOnlyPermissionHelper


@modeladmin_register
class ContributionsGroup(ModelAdminGroup):
    menu_label = _("Contributions")
    menu_icon = "form"
    menu_order = 250
    items = (
        SubmissionAdmin, HeldSubmissionAdmin, ContributorMessageAdmin, DoiRegistrationAdmin,
        IntroductionAdmin,
    )


@hooks.register("register_admin_urls")
def action_urls():
    return [
        path("contributions/held/<int:pk>/release/", admin_views.release, name="directory_release_held"),
        path("contributions/submissions/<int:pk>/reject/", admin_views.reject, name="directory_reject_submission"),
    ]
