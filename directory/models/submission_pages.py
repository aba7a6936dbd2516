"""The public registration forms, placed and worded by editors under each directory."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField

from cms.models import BasePage

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


def form_page_panels(guided_parts: tuple[str, ...]) -> list:
    return [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("guidance"),
        MultiFieldPanel(
            [FieldPanel(f"guidance_{part}") for part in guided_parts],
            heading=_("Guidance for each part of the description"),
        ),
        FieldPanel("thank_you"),
    ]


class SubmissionFormPage(BasePage):
    """A public form that registers one directory entry; its POST goes to `directory.views`."""

    intro = RichTextField(_("introduction"), features=TEXT_FEATURES, blank=True)
    guidance = RichTextField(
        _("guidance"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("What makes a good entry, shown beside the form."),
    )
    thank_you = RichTextField(
        _("thank-you text"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("Shown after a successful submission, above the access link."),
    )

    # Set by subclasses: the form class (dotted path), the entry kind and the parts asked.
    form_class_path = ""
    entry_kind = ""
    guided_parts: tuple[str, ...] = ()

    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def guidance_for(self, part: str) -> str:
        return getattr(self, f"guidance_{part}", "")

    def get_form_class(self):
        from django.utils.module_loading import import_string

        return import_string(self.form_class_path)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["form"] = kwargs["form"] if "form" in kwargs else self.get_form_class()(page=self)
        context["form_action"] = kwargs.get("form_action")
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # The form carries a timestamp; a cached copy would make every reader look like a bot.
        response["Cache-Control"] = "no-store"
        return response


class InitiativeSubmissionPage(SubmissionFormPage):
    guidance_problem = models.TextField(_("guidance: the problem"), blank=True)
    guidance_approach = models.TextField(_("guidance: the approach"), blank=True)
    guidance_success = models.TextField(_("guidance: success and its measure"), blank=True)
    guidance_replicability = models.TextField(_("guidance: replicability"), blank=True)
    guidance_externalities = models.TextField(_("guidance: externalities"), blank=True)

    form_class_path = "directory.forms.submission.InitiativeSubmissionForm"
    entry_kind = "initiative"
    template = "directory/submission_form_page.html"
    guided_parts = ("problem", "approach", "success", "replicability", "externalities")
    parent_page_types = ["directory.InitiativeIndexPage"]

    content_panels = form_page_panels(guided_parts)

    class Meta:
        verbose_name = _("initiative registration form")


class ActorSubmissionPage(SubmissionFormPage):
    guidance_problems = models.TextField(_("guidance: the problems"), blank=True)
    guidance_activities_description = models.TextField(_("guidance: key activities"), blank=True)
    guidance_partnerships = models.TextField(_("guidance: partnerships"), blank=True)
    guidance_collaboration_interest = models.TextField(
        _("guidance: interest in collaborating"), blank=True
    )

    form_class_path = "directory.forms.submission.ActorSubmissionForm"
    entry_kind = "actor"
    template = "directory/submission_form_page.html"
    guided_parts = ("problems", "activities_description", "partnerships", "collaboration_interest")
    parent_page_types = ["directory.ActorIndexPage"]

    content_panels = form_page_panels(guided_parts)

    class Meta:
        verbose_name = _("organisation registration form")
