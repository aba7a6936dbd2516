"""Where an actor answers a suggested introduction, through the secret link of its notice.

GET only shows the question; the answer is a POST. No cookie is needed (the token is the
secret, as on the contributor pages), the answer is `no-store` with no referrer, and an unknown
token gets a 404. What the page says never reveals how the other side answered.
"""

from __future__ import annotations

from django.http import Http404, HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt

from directory import matchmaking
from directory.models import Introduction
from directory.views.contributors import private


@csrf_exempt
def introduction(request, token: str):
    found = Introduction.for_token(token)
    if found is None:
        raise Http404
    introduction, side = found
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    error = False
    if request.method == "POST":
        answer = request.POST.get("answer")
        if answer == "accept":
            base_url = request.build_absolute_uri("/").rstrip("/")
            introduction = matchmaking.accept(introduction, side, base_url=base_url)
        elif answer == "decline":
            introduction = matchmaking.decline(introduction, side)
        else:
            error = True
    actor, other = introduction.actor(side), introduction.other(side)
    context = {
        "token": token,
        "actor": matchmaking.localized_entry(actor, get_language()),
        "other": matchmaking.localized_entry(other, get_language()),
        "reason": introduction.reason,
        "answer": introduction.answer_of(side),
        "can_answer": matchmaking.can_answer(introduction, side),
        # Only what this side may know: both accepted (the contacts went out by e-mail).
        "connected": introduction.status == Introduction.Status.CONNECTED,
        "error": error,
    }
    return private(TemplateResponse(request, "directory/contribute/introduction.html", context))
