"""The public registration forms: every field the seeds ask, in the reader's language.

The forms hold plain values (slugs, codes, text), so what a person sends can be kept as JSON
in the spam log and replayed unchanged when the secretariat releases it.
"""

from __future__ import annotations

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from cms.models.taxonomy import (
    Activity,
    Country,
    Discipline,
    Domain,
    ProjectType,
    Theme,
    localized_terms,
)

STARTED_SALT = "directory.submission.started"
PART_MAX_LENGTH = 6000


def started_token(page_pk: int) -> str:
    """A signed record of when the form was shown, for the minimum-time rule."""
    return signing.dumps({"page": page_pk, "t": time.time()}, salt=STARTED_SALT)


def started_at(token: str, page_pk: int) -> float | None:
    """When the form was shown, or None if the token is missing, altered or for another form."""
    try:
        value = signing.loads(token, salt=STARTED_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(value, dict) or value.get("page") != page_pk:
        return None
    return float(value.get("t", 0))


def term_choices(model) -> list[tuple[str, str]]:
    """(slug, name in the reader's language) for the default-locale terms, sorted by name."""
    terms = list(model.objects.filter(locale__language_code=settings.LANGUAGE_CODE))
    names = {term.translation_key: term.name for term in localized_terms(terms)}
    return sorted(
        ((term.slug, names.get(term.translation_key, term.name)) for term in terms),
        key=lambda choice: choice[1].casefold(),
    )


def country_choices() -> list[tuple[str, str]]:
    language = get_language() or settings.LANGUAGE_CODE
    return sorted(
        ((country.code, country.name_in(language)) for country in Country.objects.all()),
        key=lambda choice: choice[1].casefold(),
    )


def language_choices() -> list[tuple[str, str]]:
    from django.utils.translation import get_language_info

    return [(code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES]


class HolderForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200, required=False)
    role = forms.CharField(label=_("Role"), max_length=200, required=False)

    def clean(self):
        data = super().clean()
        if data.get("role") and not data.get("name"):
            self.add_error("name", _("Give the name of the person with this role."))
        return data


class OrganisationForm(forms.Form):
    name = forms.CharField(label=_("Organisation"), max_length=255, required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("Country (optional)")), *country_choices()]


class ResourceForm(forms.Form):
    url = forms.URLField(label=_("Web address"), max_length=500, required=False, assume_scheme="https")
    title = forms.CharField(label=_("Title"), max_length=250, required=False)

    def clean(self):
        data = super().clean()
        if data.get("title") and not data.get("url") and "url" not in self.errors:
            self.add_error("url", _("Give the address this title belongs to."))
        return data


class RowFormSet(forms.BaseFormSet):
    """A group of optional rows (people, organisations, links) with a legend and a hint."""

    legend = ""
    hint = ""


def row_formset(form, legend, hint, extra=3, max_num=20):
    return forms.formset_factory(
        form,
        formset=type(f"{form.__name__}Set", (RowFormSet,), {"legend": legend, "hint": hint}),
        extra=extra,
        max_num=max_num,
        validate_max=True,
    )


HolderFormSet = row_formset(
    HolderForm, _("Project holders"), _("The people who carry the initiative, with their role."), extra=4, max_num=30
)
OrganisationFormSet = row_formset(
    OrganisationForm,
    _("Organisations and affiliations"),
    _("Each organisation gets its own entry in the actors directory, or is linked to it if it is already there."),
)
ResourceFormSet = row_formset(
    ResourceForm, _("Links to online resources and documents"), _("Reports, articles, websites, videos…")
)


def part_field(label, required=False) -> forms.CharField:
    return forms.CharField(
        label=label,
        required=required,
        max_length=PART_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
    )


class EntrySubmissionForm(forms.Form):
    """What both registration forms share; subclasses add their own fields and row groups."""

    # Level-1 screening. `homepage` is a honeypot: hidden from people, tempting to bots.
    started = forms.CharField(widget=forms.HiddenInput, required=False)
    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    summary = forms.CharField(
        label=_("Summary"),
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Two or three sentences shown in listings and search results."),
    )
    video_url = forms.URLField(
        label=_("Video (optional)"),
        required=False,
        assume_scheme="https",
        help_text=_("A link to a video on YouTube, Vimeo or another site."),
    )
    contact_name = forms.CharField(label=_("Your name"), max_length=200, required=False)
    contact_email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("Private: only the IPSP secretariat sees it. We send your access link to it."),
    )
    language = forms.ChoiceField(
        label=_("Language of the entry"),
        help_text=_("The language you write this entry in."),
    )
    consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree that IPSP keeps the data I send."),
        error_messages={"required": _("Please agree to the privacy notice: without it we cannot keep your entry.")},
    )

    kind = ""
    sections: list = []
    row_groups: dict[str, type[forms.BaseFormSet]] = {"resources": ResourceFormSet}
    description_fields: tuple[str, ...] = ()
    taxonomy: dict[str, object] = {}
    # Fields the edit form (contributor access) leaves out: they belong to the first submission.
    submission_only = ("started", "homepage", "consent", "language")

    def __init__(self, data=None, *, page=None, initial=None, editing=False, **kwargs):
        initial = dict(initial or {})
        initial.setdefault("language", get_language() or settings.LANGUAGE_CODE)
        if page is not None and not editing:
            initial.setdefault("started", started_token(page.pk))
        super().__init__(data, initial=initial, **kwargs)
        self.page = page
        self.editing = editing
        self.fields["language"].choices = language_choices()
        for name, model in self.taxonomy.items():
            field = self.fields[name]
            field.choices = country_choices() if model is Country else term_choices(model)
        if page is not None:
            for name in self.description_fields:
                guidance = page.guidance_for(name)
                if guidance:
                    self.fields[name].help_text = guidance
        if editing:
            for name in self.submission_only:
                self.fields.pop(name, None)
        self.row_sets = {
            prefix: formset(data, prefix=prefix, initial=initial.get(prefix))
            for prefix, formset in self.row_groups.items()
        }

    def __getattr__(self, name):
        # Lets templates write {{ form.holders }} for a row group.
        row_sets = self.__dict__.get("row_sets") or {}
        if name in row_sets:
            return row_sets[name]
        raise AttributeError(name)

    def is_valid(self) -> bool:
        valid = super().is_valid()
        return all([valid, *(rows.is_valid() for rows in self.row_sets.values())])

    @property
    def error_count(self) -> int:
        count = len(self.errors)
        for rows in self.row_sets.values():
            count += sum(len(errors) for errors in rows.errors) + len(rows.non_form_errors())
        return count

    def clean(self):
        data = super().clean()
        if not any(data.get(name) for name in self.description_fields):
            self.add_error(
                self.description_fields[0],
                _("Answer at least the first question, so readers know what this is about."),
            )
        return data

    def section_list(self) -> list[dict]:
        """The form in fieldsets, as templates render it: legend, fields and row groups."""
        result = []
        for legend, names, prefixes in self.sections:
            fields = [self[name] for name in names if name in self.fields]
            rows = [self.row_sets[prefix] for prefix in prefixes]
            if fields or rows:
                result.append({"legend": legend, "fields": fields, "row_sets": rows})
        return result

    def rows(self, prefix: str, required: str) -> list[dict]:
        return [
            {key: value for key, value in row.items() if key != "DELETE"}
            for row in self.row_sets[prefix].cleaned_data
            if row and row.get(required)
        ]

    def payload(self) -> dict:
        """The cleaned submission as plain JSON values (kept in the spam log when held)."""
        data = {
            name: value
            for name, value in self.cleaned_data.items()
            if name not in ("started", "homepage")
        }
        data["resources"] = self.rows("resources", "url")
        return data


class InitiativeSubmissionForm(EntrySubmissionForm):
    title = forms.CharField(label=_("Name of the initiative"), max_length=255)
    status = forms.ChoiceField(
        label=_("Where the initiative stands"),
        choices=[
            ("active", _("Active")),
            ("evolving", _("Evolving")),
            ("terminated", _("Terminated")),
        ],
        initial="active",
    )
    domains = forms.MultipleChoiceField(label=_("Domains"), required=False, widget=forms.CheckboxSelectMultiple)
    disciplines = forms.MultipleChoiceField(label=_("Disciplines"), required=False, widget=forms.CheckboxSelectMultiple)
    countries = forms.MultipleChoiceField(
        label=_("Areas and countries"),
        help_text=_("Hold Ctrl (or ⌘) to choose more than one."),
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )
    project_types = forms.MultipleChoiceField(label=_("Project types"), required=False, widget=forms.CheckboxSelectMultiple)
    themes = forms.MultipleChoiceField(
        label=_("Themes"), widget=forms.CheckboxSelectMultiple,
        help_text=_("The themes of the IPSP work programme this initiative contributes to."),
    )
    activities = forms.MultipleChoiceField(label=_("Activities"), required=False, widget=forms.CheckboxSelectMultiple)
    problem = part_field(_("(a) What is the problem you address?"))
    approach = part_field(_("(b) What is the approach and how is it innovative?"))
    success = part_field(_("(c) Why is it successful and how is this success measured?"))
    replicability = part_field(_("(d) To what extent could it be replicated in other contexts?"))
    externalities = part_field(_("(e) How do you take into account and deal with the externalities it generates?"))

    kind = "initiative"
    sections = [
        (_("The initiative"), ["title", "summary", "status"], []),
        (_("Who carries it"), [], ["holders", "organisations"]),
        (_("Description"), ["problem", "approach", "success", "replicability", "externalities"], []),
        (_("Classification"), ["themes", "domains", "disciplines", "project_types", "activities", "countries"], []),
        (_("Links and video"), ["video_url"], ["resources"]),
        (_("About you (private)"), ["contact_name", "contact_email", "language"], []),
        (_("Privacy"), ["consent"], []),
    ]
    row_groups = {
        "holders": HolderFormSet,
        "organisations": OrganisationFormSet,
        "resources": ResourceFormSet,
    }
    description_fields = ("problem", "approach", "success", "replicability", "externalities")
    taxonomy = {
        "domains": Domain,
        "disciplines": Discipline,
        "countries": Country,
        "project_types": ProjectType,
        "themes": Theme,
        "activities": Activity,
    }
    field_order = [
        "title", "summary", "status", "problem", "approach", "success", "replicability",
        "externalities", "themes", "domains", "disciplines", "project_types", "activities",
        "countries", "video_url", "contact_name", "contact_email", "language", "consent",
    ]

    def is_valid(self) -> bool:
        valid = super().is_valid()
        if valid and not self.rows("holders", "name"):
            self.row_sets["holders"].forms[0].add_error(
                "name", _("Name at least one person who carries the initiative.")
            )
            return False
        return valid

    def payload(self) -> dict:
        data = super().payload()
        data["holders"] = self.rows("holders", "name")
        data["organisations"] = self.rows("organisations", "name")
        return data


class ActorSubmissionForm(EntrySubmissionForm):
    title = forms.CharField(label=_("Name of the organisation"), max_length=255)
    kind_of_actor = forms.ChoiceField(label=_("Kind of organisation"))
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    domains = forms.MultipleChoiceField(
        label=_("Fields of action"), widget=forms.CheckboxSelectMultiple
    )
    themes = forms.MultipleChoiceField(label=_("Themes"), required=False, widget=forms.CheckboxSelectMultiple)
    activities = forms.MultipleChoiceField(label=_("Activities"), required=False, widget=forms.CheckboxSelectMultiple)
    countries = forms.MultipleChoiceField(
        label=_("Areas and countries"),
        help_text=_("Hold Ctrl (or ⌘) to choose more than one."),
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )
    problems = part_field(_("(a) What problem or problems do you address?"))
    activities_description = part_field(_("(b) What are your key innovative activities?"))
    partnerships = part_field(_("(c) Are you partnering with other local or transnational actors in your field?"))
    collaboration_interest = part_field(
        _("(d) Are you interested in collaborating with other actors (same or different regions, similar or related topics)?")
    )
    restricted_parts = forms.MultipleChoiceField(
        label=_("Parts to keep unpublished (for IPSP use only)"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The secretariat reads them; they never appear on the site or in the API."),
    )
    contact_phone = forms.CharField(label=_("Telephone (optional, private)"), max_length=50, required=False)
    introductions_opt_in = forms.BooleanField(
        label=_(
            "IPSP may suggest introductions to actors with similar or complementary agendas. "
            "Your contact details are shared only if both sides accept."
        ),
        required=False,
    )

    kind = "actor"
    sections = [
        (_("The organisation"), ["title", "kind_of_actor", "website", "summary"], []),
        (_("Description"), ["problems", "activities_description", "partnerships", "collaboration_interest", "restricted_parts"], []),
        (_("Classification"), ["domains", "themes", "activities", "countries"], []),
        (_("Links and video"), ["video_url"], ["resources"]),
        (_("Contact (private)"), ["contact_name", "contact_email", "contact_phone", "language", "introductions_opt_in"], []),
        (_("Privacy"), ["consent"], []),
    ]
    description_fields = ("problems", "activities_description", "partnerships", "collaboration_interest")
    taxonomy = {"domains": Domain, "themes": Theme, "activities": Activity, "countries": Country}
    field_order = [
        "title", "kind_of_actor", "website", "summary", "problems", "activities_description",
        "partnerships", "collaboration_interest", "restricted_parts", "domains", "themes",
        "activities", "countries", "video_url", "contact_name", "contact_email", "contact_phone",
        "language", "introductions_opt_in", "consent",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from django.apps import apps

        actor_model = apps.get_model("directory", "ActorPage")
        self.fields["kind_of_actor"].choices = actor_model.Kind.choices
        self.fields["restricted_parts"].choices = [
            (name, self.fields[name].label) for name in self.description_fields
        ]
