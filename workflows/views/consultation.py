"""Public consultation pages: the open drafts of reports, section by section, with readers'
published comments and a comment form beside each section.

Readers get no cookie here: the form is `csrf_exempt` (it authenticates no one and changes
nothing but a pending comment), and a honeypot plus a per-address rate limit keep bots out.
Only what readers wrote and chose to sign is shown; moderators, e-mails and notes never are.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language, get_language_info
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from cms.rate_limits import client_address, count_event
from workflows.forms import ConsultationCommentForm
from workflows.models import ConsultationComment, ConsultationTaskState, open_consultations

logger = logging.getLogger(__name__)

# At most this many comments from one address per window (seconds): enough for a reader who
# comments on every section of a report, too few for a flood.
RATE_LIMIT = 10
RATE_WINDOW = 3600


def draft_of(task_state: ConsultationTaskState):
    """The text readers comment on: the latest revision of the page, not the one submitted.

    `ConsultationTask` leaves the draft unlocked so that authors keep improving it while the
    consultation runs; readers should comment on the text as it stands today, not on a version
    the authors have already corrected.
    """
    page = task_state.workflow_state.content_object
    if page is None:
        return None
    return page.specific.get_latest_revision_as_object()


def _language(draft) -> dict:
    """The draft's language, so the template marks it (an English draft on the Arabic page is
    left to right)."""
    locale = getattr(draft, "locale", None)
    code = locale.language_code if locale is not None else settings.LANGUAGE_CODE
    info = get_language_info(code)
    return {
        "code": code,
        "name": info["name_local"],
        "bidi": info["bidi"],
        "foreign": code != get_language(),
    }


def _sections(draft) -> list[tuple[str, str, str]]:
    """(key, title, rich text) of the draft's parts, titles in the draft's own language.

    The fixed questions' titles are interface strings: read in the draft's language they match
    the text under them, and the moderators see one label per section whoever commented.
    """
    sections = getattr(draft, "consultation_sections", None)
    if not callable(sections):
        return []
    with translation.override(_language(draft)["code"]):
        return [(key, str(title), text) for key, title, text in sections()]


def comment_form(*args, **kwargs) -> ConsultationCommentForm:
    """The comment form; what readers type shows in its own direction, whatever the page's."""
    form = ConsultationCommentForm(*args, **kwargs)
    for name in ("author_name", "affiliation", "body"):
        form.fields[name].widget.attrs["dir"] = "auto"
    return form


def _private(response):
    """Responses that hold what a reader typed are not cached anywhere."""
    response["Cache-Control"] = "no-store"
    return response


@require_GET
def consultation_list(request):
    consultations = []
    for task_state in open_consultations().order_by("closes_at", "pk"):
        draft = draft_of(task_state)
        if draft is not None:
            consultations.append(
                {"task_state": task_state, "draft": draft, "language": _language(draft)}
            )
    return TemplateResponse(
        request, "workflows/consultation_list.html", {"consultations": consultations}
    )


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def consultation(request, pk: int):
    task_state = get_object_or_404(
        ConsultationTaskState.objects.select_related("workflow_state"), pk=pk
    )
    draft = draft_of(task_state)
    if draft is None:
        raise Http404
    if not task_state.is_open:
        if request.method == "POST":
            raise Http404
        return _closed(request, task_state, draft)

    sections = _sections(draft)
    url = reverse("workflows:consultation", args=[task_state.pk])
    bound = None
    rate_limited = False
    if request.method == "POST":
        if request.POST.get("website"):
            # A bot filled in the hidden field: it sees the usual thanks, nothing is stored.
            logger.info(
                "Consultation %s: a comment filled the honeypot; not stored.", task_state.pk
            )
            return HttpResponseRedirect(_thanks_url(url, request.POST.get("section", ""), sections))
        keys = [key for key, _title, _text in sections]
        posted = request.POST.get("section", "")
        bound = comment_form(
            request.POST,
            sections=[(key, title) for key, title, _text in sections],
            # The ids of the section it came from, so that error links land on its fields.
            auto_id=f"id_{posted}_%s" if posted in keys else "id_%s",
        )
        if bound.is_valid():
            if count_event("consultation-comment", client_address(request), RATE_WINDOW) > RATE_LIMIT:
                rate_limited = True
                logger.info(
                    "Consultation %s: a comment over the rate limit; refused.", task_state.pk
                )
            else:
                comment = bound.save(commit=False)
                comment.consultation = task_state
                comment.page_id = task_state.workflow_state.object_id
                comment.section_label = bound.sections[comment.section]
                comment.language = get_language()
                comment.status = ConsultationComment.Status.PENDING
                comment.save()
                return HttpResponseRedirect(_thanks_url(url, comment.section, sections))

    context = _detail_context(request, task_state, draft, sections, bound, rate_limited)
    response = TemplateResponse(request, "workflows/consultation_detail.html", context)
    if bound is not None:
        response.status_code = 429 if rate_limited else 400
        _private(response)
    return response


def _thanks_url(url: str, section: str, sections) -> str:
    """Post/redirect/get: the notice travels in the query string (no cookie, no session)."""
    if section not in {key for key, _title, _text in sections}:
        return f"{url}?{urlencode({'sent': '1'})}"
    return f"{url}?{urlencode({'sent': section})}#section-{section}"


def _detail_context(request, task_state, draft, sections, bound, rate_limited) -> dict:
    published = defaultdict(list)
    for comment in ConsultationComment.objects.filter(
        consultation=task_state, status=ConsultationComment.Status.PUBLISHED
    ).only(
        "section", "section_label", "author_name", "affiliation", "body", "language", "created_at"
    ):
        published[comment.section].append(comment)

    sent = request.GET.get("sent", "")
    bound_section = bound["section"].value() if bound is not None else None
    language = _language(draft)
    rows = []
    for key, title, text in sections:
        if bound is not None and bound_section == key:
            form = bound
        else:
            form = comment_form(
                sections=[(key, title)], initial={"section": key}, auto_id=f"id_{key}_%s"
            )
        rows.append(
            {
                "key": key,
                "title": title,
                "text": text,
                "comments": published.pop(key, []),
                "form": form,
                "sent": sent == key,
                "rate_limited": rate_limited and form is bound,
            }
        )
    # Comments on parts the authors have since removed stay readable, under their old titles.
    orphans = [comment for comments in published.values() for comment in comments]
    stray = bound is not None and not any(row["form"] is bound for row in rows)
    return {
        "task_state": task_state,
        "report": draft,
        "language": language,
        "sections": rows,
        "orphans": orphans,
        "sent": bool(sent) and not any(row["sent"] for row in rows),
        "stray_form": bound if stray else None,
        "rate_limited": rate_limited,
        "rate_limit": RATE_LIMIT,
        "list_url": reverse("workflows:consultations"),
    }


def _closed(request, task_state, draft):
    """A consultation that ended (or was stopped): say so, and link the report once it is out.

    The draft itself is no longer shown: drafts are public only while readers may comment.
    """
    page = task_state.workflow_state.content_object
    live = page.specific if page is not None and page.live else None
    context = {
        "task_state": task_state,
        "report": draft,
        "language": _language(draft),
        "published_page": live,
        "list_url": reverse("workflows:consultations"),
        "closed": True,
    }
    return TemplateResponse(request, "workflows/consultation_detail.html", context)
