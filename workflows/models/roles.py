"""Names of the groups the workflows hand work to (created by migration `0003_roles`)."""

SECRETARIAT = "Secretariat"
REVIEWERS = "Expert reviewers"
AUTHORS = "Authors"
COUNCIL = "Coordination council"
EDITORS = "Editors"


def in_group(user, name: str) -> bool:
    """Whether the user belongs to the named group (cached on the user for one request)."""
    if not user or not user.is_authenticated or not user.is_active:
        return False
    if "_ipsp_groups" not in user.__dict__:
        user.__dict__["_ipsp_groups"] = set(user.groups.values_list("name", flat=True))
    return name in user.__dict__["_ipsp_groups"]


def is_secretariat(user) -> bool:
    return bool(user and user.is_active and user.is_superuser) or in_group(user, SECRETARIAT)
