"""The people of the editorial workflows, as fixtures: a secretariat member who reads French,
expert reviewers with profiles that do and do not match, a council and an author."""

from __future__ import annotations

import pytest


def make_user(username: str, *groups: str, language: str = "en", **fields):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from wagtail.users.models import UserProfile

    user = get_user_model().objects.create_user(
        username=username,
        email=f"{username}@ipsp.example.org",
        password="secret-password",  # noqa: S106
        first_name=fields.pop("first_name", username.capitalize()),
        preferred_language=language,
        **fields,
    )
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    profile = UserProfile.get_for_user(user)  # the admin's interface language too
    profile.preferred_language = language
    profile.save()
    return user


def reviewer(username: str, *, themes=(), languages=("en",), countries=(), conflicts=(), language="en", **profile):
    from wagtail.models import Locale

    from workflows.models import ConflictOfInterest, ReviewerProfile

    user = make_user(username, "Expert reviewers", language=language)
    record = ReviewerProfile.objects.create(user=user, **profile)
    record.themes.set(themes)
    record.countries.set(countries)
    record.languages.set(Locale.objects.filter(language_code__in=languages))
    for page in conflicts:
        ConflictOfInterest.objects.create(profile=record, page=page, note="Board member")
    return user


@pytest.fixture
def secretariat(db):
    return make_user("sofia", "Secretariat", language="fr", first_name="Sofia")


@pytest.fixture
def outsider(db):
    """Signed in to the admin through another role: an author of reports."""
    return make_user("otto", "Authors")
