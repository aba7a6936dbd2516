"""Public URLs of the directory outside the page tree: submissions, contributor access, digests,
introductions between actors, citations, feeds of new initiatives.

Included at the root of the language-prefixed URLs, so addresses read `/fr/contribute/…`.
"""

from django.urls import path

from directory.feeds import InitiativesAtomFeed, InitiativesFeed
from directory.views import citation, contributors, digest, matchmaking

app_name = "directory"


def _access_routes(prefix: str, suffix: str) -> list:
    """Contributor pages, once with the token in the path and once reading it from a header."""
    return [
        path(f"{prefix}", contributors.access, name=f"access{suffix}"),
        path(f"{prefix}edit/<str:public_id>/", contributors.edit, name=f"edit{suffix}"),
        path(f"{prefix}my-data.json", contributors.export, name=f"export{suffix}"),
        path(f"{prefix}erase/", contributors.erase, name=f"erase{suffix}"),
        path(f"{prefix}new-link/", contributors.new_link, name=f"new_link{suffix}"),
        path(f"{prefix}register/<int:page_id>/", contributors.register_more, name=f"register_more{suffix}"),
        path(f"{prefix}digest/", digest.digest, name=f"digest{suffix}"),
    ]


urlpatterns = [
    path("contribute/submit/<int:page_id>/", contributors.submit, name="submit"),
    path(
        "contribute/access/<str:token>/submit/<int:page_id>/",
        contributors.submit,
        name="submit_with_token",
    ),
    path("contribute/lost-link/", contributors.lost_link, name="lost_link"),
    path("contribute/introductions/<str:token>/", matchmaking.introduction, name="introduction"),
    # Header routes first: "contribute/access/erase/" must not read "erase" as a token.
    *_access_routes("contribute/access/", "_by_header"),
    *_access_routes("contribute/access/<str:token>/", ""),
    path("cite/<str:public_id>.<str:fmt>", citation.cite, name="cite"),
    path("feeds/initiatives/rss/", InitiativesFeed(), name="initiatives_rss"),
    path("feeds/initiatives/atom/", InitiativesAtomFeed(), name="initiatives_atom"),
]
