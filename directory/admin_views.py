"""The secretariat's actions on contributions: release a held submission, reject an entry,
write to a contributor. Reached from the admin registers in `directory.wagtail_hooks`."""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages

from directory import notices, submissions
from directory.models import HeldSubmission, Submission

PERSONAL_KEYS = ("contact_name", "contact_email", "contact_phone")


def release_held(held: HeldSubmission, user) -> submissions.Receipt:
    """Send a held submission into the normal flow; its contributor gets the link by e-mail."""
    with translation.override(held.language):
        receipt = submissions.register(
            held.kind, held.payload, interface_language=held.language
        )
    held.released_at = timezone.now()
    held.released_by = user
    # The personal data now lives with the contributor; the log keeps only what was screened.
    held.payload = {key: value for key, value in held.payload.items() if key not in PERSONAL_KEYS}
    held.save(update_fields=["released_at", "released_by", "payload"])
    return receipt


def release(request, pk: int):
    if not request.user.has_perm("directory.change_heldsubmission"):
        raise PermissionDenied
    held = get_object_or_404(HeldSubmission, pk=pk)
    if held.released_at:
        messages.warning(request, _("This submission was already released."))
        return redirect("directory_heldsubmission_modeladmin_index")
    if request.method == "POST":
        receipt = release_held(held, request.user)
        messages.success(
            request,
            _("Released: %(title)s is now %(public_id)s, in validation. The contributor gets the access link by e-mail.")
            % {"title": held.title, "public_id": receipt.submissions[0].public_id},
        )
        return redirect("directory_heldsubmission_modeladmin_index")
    return TemplateResponse(request, "directory/admin/release.html", {"held": held})


class MessageForm(forms.Form):
    body = forms.CharField(
        label=gettext_lazy("Message to the contributor"),
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
        help_text=gettext_lazy("They read it on their access page, in the language you write it in."),
    )


def reject(request, pk: int):
    """Refuse an entry (e.g. against the IPSP Charter): its workflow stops, the contributor is told why."""
    if not request.user.has_perm("directory.change_submission"):
        raise PermissionDenied
    submission = get_object_or_404(Submission, pk=pk)
    form = MessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        notices.reject(submission, request.user, form.cleaned_data["body"])
        messages.success(request, _("%(public_id)s is rejected.") % {"public_id": submission.public_id})
        return redirect("directory_submission_modeladmin_index")
    return TemplateResponse(
        request, "directory/admin/reject.html", {"submission": submission, "form": form}
    )
