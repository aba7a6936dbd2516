"""The directory's models: initiatives, actors, their submission forms, contributors, screening, introductions."""

from .actors import ActorIndexPage, ActorPage
from .base import DirectoryEntryPage, name_key
from .contributors import AccessToken, Contributor, ContributorMessage, Submission
from .identifiers import DoiRegistration, IdentifierSequence
from .initiatives import InitiativeIndexPage, InitiativePage, ProjectHolder
from .matchmaking import Introduction
from .screening import HeldSubmission, ScreeningSettings
from .submission_pages import ActorSubmissionPage, InitiativeSubmissionPage, SubmissionFormPage

__all__ = [
    "AccessToken",
    "ActorIndexPage",
    "ActorPage",
    "ActorSubmissionPage",
    "Contributor",
    "ContributorMessage",
    "DirectoryEntryPage",
    "DoiRegistration",
    "HeldSubmission",
    "IdentifierSequence",
    "InitiativeIndexPage",
    "InitiativePage",
    "InitiativeSubmissionPage",
    "Introduction",
    "ProjectHolder",
    "ScreeningSettings",
    "Submission",
    "SubmissionFormPage",
    "name_key",
]
