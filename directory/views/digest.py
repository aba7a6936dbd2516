"""The contributor's digest profile, on their access page (behind the access token)."""

from __future__ import annotations

from django.template.response import TemplateResponse

from directory.digest import digest_profile, save_digest_profile
from directory.forms.digest import DigestForm
from directory.views.contributors import with_contributor


@with_contributor
def digest(request, contributor, raw):
    saved = False
    if request.method == "POST":
        form = DigestForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            save_digest_profile(contributor, data["frequency"], data["themes"], data["countries"])
            saved = True
    else:
        form = DigestForm(initial=digest_profile(contributor))
    context = {"contributor": contributor, "form": form, "token": raw, "saved": saved}
    return TemplateResponse(request, "directory/contribute/digest.html", context)
