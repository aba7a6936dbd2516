"""The contributor's digest profile: themes, countries and how often (directory.digest)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.models.taxonomy import Theme
from directory.forms.submission import country_choices, term_choices
from directory.models import Contributor


class DigestForm(forms.Form):
    frequency = forms.ChoiceField(
        label=_("How often"),
        choices=Contributor.DigestFrequency.choices,
        initial=Contributor.DigestFrequency.NEVER,
        widget=forms.RadioSelect,
    )
    themes = forms.MultipleChoiceField(
        label=_("Themes"), required=False, widget=forms.CheckboxSelectMultiple
    )
    countries = forms.MultipleChoiceField(
        label=_("Areas and countries"),
        required=False,
        help_text=_("Hold Ctrl (or ⌘) to choose more than one."),
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )

    # What the shared error summary template reads.
    row_sets: dict = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].choices = term_choices(Theme)
        self.fields["countries"].choices = country_choices()

    @property
    def error_count(self) -> int:
        return len(self.errors)

    def clean(self):
        data = super().clean()
        wanted = data.get("frequency") not in (None, Contributor.DigestFrequency.NEVER)
        if wanted and not data.get("themes") and not data.get("countries"):
            self.add_error(
                "themes", _("Choose at least one theme or country, or choose “Never”.")
            )
        return data
