"""Admin forms of the directory pages."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class ActorPageForm(WagtailAdminPageForm):
    """Shows the actor's restricted parts as check boxes rather than raw JSON."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "restricted_parts" in self.fields:
            model = self._meta.model
            self.fields["restricted_parts"] = forms.MultipleChoiceField(
                label=_("Parts restricted to IPSP use"),
                required=False,
                widget=forms.CheckboxSelectMultiple,
                choices=[
                    (name, model._meta.get_field(name).verbose_name)
                    for name in model.description_fields
                ],
                initial=self.initial.get("restricted_parts") or [],
                help_text=_("These parts stay visible to the secretariat only."),
            )
