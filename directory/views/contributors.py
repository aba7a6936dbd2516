"""Registration and contributor access without an account or a cookie.

The access token travels in the path (or the `X-IPSP-Access-Token` header), never in a cookie.
These views need no CSRF cookie: a forged request would have to know the secret token, and the
public forms authenticate no one. Every response here is `no-store` and sends no referrer, and a
wrong, revoked or erased token gets the same 404 as an entry that does not exist.
"""

from __future__ import annotations

import json
from functools import wraps

from django.http import Http404, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt
from wagtail.models import Page

from cms import rate_limits
from directory import screening, submissions
from directory.contributor_data import entry_status, erase_personal_data, export_data, initial_from
from directory.models import Contributor, Submission, SubmissionFormPage

TOKEN_HEADER = "X-IPSP-Access-Token"  # noqa: S105 (a header name, not a secret)


def private(response):
    response["Cache-Control"] = "no-store"
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def with_contributor(view):
    """Resolve the access token (path or header) to a contributor, or answer 404."""

    @csrf_exempt
    @wraps(view)
    def wrapper(request, *args, token=None, **kwargs):
        raw = token or request.headers.get(TOKEN_HEADER)
        contributor = Contributor.for_token(raw)
        if contributor is None:
            raise Http404
        return private(view(request, contributor, raw, *args, **kwargs))

    return wrapper


def _form_page(page_id: int) -> SubmissionFormPage:
    page = get_object_or_404(Page.objects.live().public(), pk=page_id).specific
    if not isinstance(page, SubmissionFormPage):
        raise Http404
    return page


def _privacy_notice(request) -> str:
    from django.apps import apps

    site_settings = apps.get_model("home", "SiteSettings").for_request(request)
    page = site_settings.privacy_page
    if page is None:
        return ""
    published = page.last_published_at.date().isoformat() if page.last_published_at else ""
    return f"{page.url_path} ({published})"


def _render_form(request, page, form, form_action):
    context = page.get_context(request, form=form, form_action=form_action)
    return TemplateResponse(request, page.get_template(request), context)


@csrf_exempt
def submit(request, page_id: int, token: str | None = None):
    """The POST target of both registration forms (GET goes back to the form page)."""
    page = _form_page(page_id)
    contributor = None
    if token is not None:
        contributor = Contributor.for_token(token)
        if contributor is None:
            raise Http404
    if request.method != "POST":
        return HttpResponseRedirect(page.url) if token is None else HttpResponseNotAllowed(["POST"])
    form = page.get_form_class()(request.POST, page=page)
    if not form.is_valid():
        return private(_render_form(request, page, form, request.path))

    payload = form.payload()
    verdict = screening.screen(form, request, payload)
    if verdict.held:
        screening.hold(form, verdict, payload)
        return private(TemplateResponse(request, "directory/contribute/held.html", {"page": page}))

    receipt = submissions.register(
        page.entry_kind,
        payload,
        contributor=contributor,
        interface_language=get_language(),
        privacy_notice=_privacy_notice(request),
        base_url=request.build_absolute_uri("/").rstrip("/"),
    )
    raw = receipt.token or token
    context = {
        "page": page,
        "receipt": receipt,
        "new_link": receipt.token is not None,
        "access_url": submissions.access_url(raw, get_language(), request.build_absolute_uri("/").rstrip("/")),
    }
    return private(TemplateResponse(request, "directory/contribute/received.html", context))


@with_contributor
def register_more(request, contributor, raw, page_id: int):
    """The registration form for a contributor who already has a link: entries join theirs."""
    from django.urls import reverse

    page = _form_page(page_id)
    form = page.get_form_class()(
        page=page,
        initial={"contact_name": contributor.name, "contact_email": contributor.email},
    )
    action = reverse("directory:submit_with_token", kwargs={"page_id": page.pk, "token": raw})
    return _render_form(request, page, form, action)


def _form_pages():
    return {
        page.specific.entry_kind: page.specific
        for page in Page.objects.live().public().type(SubmissionFormPage).filter(
            locale__language_code=get_language()
        )
    }


@with_contributor
def access(request, contributor, raw):
    entries = [
        (submission, entry_status(submission))
        for submission in contributor.submissions.select_related("page").prefetch_related("messages")
    ]
    context = {
        "contributor": contributor,
        "entries": entries,
        "token": raw,
        "form_pages": _form_pages(),
    }
    return TemplateResponse(request, "directory/contribute/access.html", context)


def _own_submission(contributor, public_id: str) -> Submission:
    submission = (
        contributor.submissions.select_related("page")
        .filter(public_id=public_id, page__isnull=False)
        .exclude(outcome__in=[Submission.Outcome.WITHDRAWN, Submission.Outcome.REJECTED])
        .first()
    )
    if submission is None:
        raise Http404
    return submission


@with_contributor
def edit(request, contributor, raw, public_id: str):
    submission = _own_submission(contributor, public_id)
    page = submission.page.specific
    from directory.forms.submission import ActorSubmissionForm, InitiativeSubmissionForm

    form_class = InitiativeSubmissionForm if submission.kind == "initiative" else ActorSubmissionForm
    form_page = _form_pages().get(submission.kind)
    if request.method == "POST":
        form = form_class(request.POST, page=form_page, editing=True)
        if form.is_valid():
            submissions.update(submission, form.payload())
            context = {"submission": submission, "token": raw, "status": entry_status(submission)}
            return TemplateResponse(request, "directory/contribute/updated.html", context)
    else:
        form = form_class(page=form_page, editing=True, initial=initial_from(page, contributor))
    context = {"submission": submission, "form": form, "token": raw}
    return TemplateResponse(request, "directory/contribute/edit.html", context)


@with_contributor
def export(request, contributor, raw):
    data = export_data(contributor)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8"
    )
    stamp = timezone.now().strftime("%Y%m%d")
    response["Content-Disposition"] = f'attachment; filename="ipsp-my-data-{stamp}.json"'
    return response


@with_contributor
def erase(request, contributor, raw):
    if request.method == "POST":
        choice = request.POST.get("entries")
        if choice in ("keep", "withdraw") and request.POST.get("confirm"):
            erase_personal_data(contributor, withdraw=choice == "withdraw")
            return TemplateResponse(
                request, "directory/contribute/erased.html", {"withdrawn": choice == "withdraw"}
            )
        error = True
    else:
        error = False
    return TemplateResponse(
        request, "directory/contribute/erase.html", {"token": raw, "error": error, "contributor": contributor}
    )


@with_contributor
def new_link(request, contributor, raw):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    fresh = contributor.issue_token()
    submissions.send_access_link(contributor, fresh, base_url=request.build_absolute_uri("/").rstrip("/"))
    return TemplateResponse(request, "directory/contribute/link_sent.html", {"revoked": True})


@csrf_exempt
def lost_link(request):
    """Ask for a fresh link by e-mail. The answer is the same whether the address is known or not."""
    error = ""
    if request.method == "POST":
        from django.core.validators import validate_email
        from django.forms import ValidationError

        email = request.POST.get("email", "").strip()
        try:
            validate_email(email)
        except ValidationError:
            error = "invalid"
        else:
            # Throttled like the forms, so it cannot be used to flood someone's mailbox.
            allowed = (
                rate_limits.count_event("lost-ip", rate_limits.client_address(request), 3600) <= 10
                and rate_limits.count_event("lost-email", email.casefold(), 86400) <= 3
            )
            if allowed:
                base = request.build_absolute_uri("/").rstrip("/")
                for contributor in Contributor.objects.filter(
                    email__iexact=email, erased_at__isnull=True
                ):
                    submissions.send_access_link(contributor, contributor.issue_token(), base_url=base)
            return private(
                TemplateResponse(request, "directory/contribute/link_sent.html", {"revoked": True})
            )
    return private(
        TemplateResponse(request, "directory/contribute/lost_link.html", {"error": error})
    )

