"""Factories of every page type of the platform (factory_boy / wagtail_factories)."""

from tests.factories.directory import (
    INTERNAL_NOTE,
    RESTRICTED_PARTNERSHIP,
    SECRET_CONTACT_EMAIL,
    ActorIndexPageFactory,
    ActorPageFactory,
    InitiativeIndexPageFactory,
    InitiativePageFactory,
)
from tests.factories.encyclopedia import EncyclopediaIndexPageFactory, EncyclopediaPageFactory
from tests.factories.home import AudiencePageFactory, HomePageFactory, StandardPageFactory
from tests.factories.publications import (
    ArticlePageFactory,
    BriefPageFactory,
    DataStoryPageFactory,
    EventPageFactory,
    MediaPageFactory,
    PublicationIndexPageFactory,
    ReportPageFactory,
)

__all__ = [
    "INTERNAL_NOTE",
    "RESTRICTED_PARTNERSHIP",
    "SECRET_CONTACT_EMAIL",
    "ActorIndexPageFactory",
    "ActorPageFactory",
    "ArticlePageFactory",
    "AudiencePageFactory",
    "BriefPageFactory",
    "DataStoryPageFactory",
    "EncyclopediaIndexPageFactory",
    "EncyclopediaPageFactory",
    "EventPageFactory",
    "HomePageFactory",
    "InitiativeIndexPageFactory",
    "InitiativePageFactory",
    "MediaPageFactory",
    "PublicationIndexPageFactory",
    "ReportPageFactory",
    "StandardPageFactory",
]
