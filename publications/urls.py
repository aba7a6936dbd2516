"""Public URLs of the publications outside the page tree: the feeds of each language.

Included at the root of the language-prefixed URLs, so addresses read `/fr/feeds/…`.
"""

from django.urls import path

from publications.feeds import PodcastFeed, PublicationsAtomFeed, PublicationsFeed

app_name = "publications"

urlpatterns = [
    path("feeds/publications/rss/", PublicationsFeed(), name="publications_rss"),
    path("feeds/publications/atom/", PublicationsAtomFeed(), name="publications_atom"),
    path("feeds/podcasts/", PodcastFeed(), name="podcasts"),
]
