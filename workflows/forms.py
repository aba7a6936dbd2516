"""Forms of the workflow actions: the secretariat's checklist and decisions, assessments,
assignments, council votes, and readers' consultation comments."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from workflows.models import Assessment, ConsultationComment
from workflows.models.verification import SCORE_CHOICES

INTERNAL_NOTE = forms.CharField(
    label=_("Internal note"),
    required=False,
    widget=forms.Textarea(attrs={"rows": 3}),
    help_text=_("Kept in the workflow history; the contributor never sees it."),
)


class ChecklistForm(forms.Form):
    """Validation by the secretariat: the seeds' three checks, each confirmed."""

    relevant = forms.BooleanField(
        label=_("Relevant to social progress"),
        error_messages={"required": _("Confirm that the entry is relevant to social progress.")},
    )
    tagged = forms.BooleanField(
        label=_("Properly tagged (themes, domains, countries)"),
        error_messages={"required": _("Check and correct the tags before validating.")},
    )
    charter = forms.BooleanField(
        label=_("Complies with the charter: no discrimination, no hateful content"),
        error_messages={"required": _("An entry that breaks the charter cannot be validated.")},
    )
    comment = INTERNAL_NOTE

    CHECKS = ("relevant", "tagged", "charter")


class PublicationForm(forms.Form):
    """The secretariat's publication decision after expert review."""

    flag = forms.BooleanField(
        label=_("Flag as among the most innovative and inspiring"),
        required=False,
        help_text=_("Shown on the public page and in the API."),
    )
    comment = INTERNAL_NOTE


class RequestChangesForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the contributor"),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("What to change. The contributor reads it by e-mail and on their access page."),
        error_messages={"required": _("Tell the contributor what to change.")},
    )
    comment = INTERNAL_NOTE


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason given to the contributor"),
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": _("Give the contributor the reason for the rejection.")},
    )


class CouncilVoteForm(forms.Form):
    comment = forms.CharField(
        label=_("Comment"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )


class CouncilRejectForm(forms.Form):
    comment = forms.CharField(
        label=_("Why the council should not approve this report"),
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("A rejection needs a comment for the authors.")},
    )


class AssessmentForm(forms.ModelForm):
    class Meta:
        model = Assessment
        fields = [
            field
            for name, _label in Assessment.CRITERIA
            for field in (name, f"{name}_comment")
        ] + ["comment_to_contributor", "note_to_secretariat", "recommend_flag"]
        widgets = {
            **{name: forms.RadioSelect for name, _label in Assessment.CRITERIA},
            **{f"{name}_comment": forms.Textarea(attrs={"rows": 2}) for name, _label in Assessment.CRITERIA},
            "comment_to_contributor": forms.Textarea(attrs={"rows": 4}),
            "note_to_secretariat": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, _label in Assessment.CRITERIA:
            self.fields[name].choices = SCORE_CHOICES  # no empty "---------" radio button

    def criteria(self):
        """(score field, comment field) pairs, for the template."""
        return [(self[name], self[f"{name}_comment"]) for name, _label in Assessment.CRITERIA]


class AssignReviewersForm(forms.Form):
    reviewers = forms.ModelMultipleChoiceField(
        label=_("Reviewers"),
        queryset=get_user_model().objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one reviewer.")},
    )

    def __init__(self, *args, candidates=None, **kwargs):
        super().__init__(*args, **kwargs)
        ids = [user.pk for user in candidates or []]
        self.fields["reviewers"].queryset = get_user_model().objects.filter(pk__in=ids)


class DeclineAssignmentForm(forms.Form):
    reason = forms.CharField(
        label=_("Why you cannot review this entry"),
        max_length=255,
        help_text=_("For example a conflict of interest, or no time before the deadline."),
        error_messages={"required": _("Tell the secretariat why, so they can find someone else.")},
    )


class ConsultationCommentForm(forms.ModelForm):
    # A field people do not see; bots fill it in.
    website = forms.CharField(required=False, widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}))

    class Meta:
        model = ConsultationComment
        fields = ["section", "author_name", "affiliation", "body"]
        widgets = {"section": forms.HiddenInput, "body": forms.Textarea(attrs={"rows": 5})}
        error_messages = {
            "author_name": {"required": _("Give your name: comments are published under it.")},
            "body": {"required": _("Write your comment.")},
        }

    def __init__(self, *args, sections=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.sections = dict(sections)

    def clean_section(self):
        section = self.cleaned_data["section"]
        if section not in self.sections:
            raise forms.ValidationError(_("This section does not exist."))
        return section

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if len(body) > 5000:
            raise forms.ValidationError(_("Keep your comment under 5,000 characters."))
        return body
