"""The five editorial roles and their permissions, least privilege for each.

`sync_roles(apps)` is idempotent: migration 0003 runs it with the historical models, and
`grant_publication_roles(index)` gives authors and the council their rights in each
publications index when it is created.
"""

from __future__ import annotations

from workflows.models.roles import AUTHORS, COUNCIL, EDITORS, REVIEWERS, SECRETARIAT

# Model permissions (app_label, codename) of each group; pages and collections are below.
MODEL_PERMISSIONS: dict[str, list[tuple[str, str]]] = {
    SECRETARIAT: [
        ("wagtailadmin", "access_admin"),
        *(("workflows", f"{verb}_reviewerprofile") for verb in ("add", "change", "delete", "view")),
        *(("workflows", f"{verb}_reviewassignment") for verb in ("change", "delete", "view")),
        ("workflows", "view_assessment"),
        *(("workflows", f"{verb}_consultationcomment") for verb in ("change", "delete", "view")),
        ("workflows", "view_councilvote"),
    ],
    # Reviewers reach only the entries assigned to them, through the review task.
    REVIEWERS: [("wagtailadmin", "access_admin")],
    AUTHORS: [
        ("wagtailadmin", "access_admin"),
        ("workflows", "view_consultationcomment"),
    ],
    COUNCIL: [
        ("wagtailadmin", "access_admin"),
        ("workflows", "view_consultationcomment"),
        ("workflows", "view_councilvote"),
    ],
    EDITORS: [
        ("wagtailadmin", "access_admin"),
        *(("cms", f"{verb}_{model}") for verb in ("add", "change") for model in (
            "theme", "agendacomponent", "domain", "discipline", "projecttype", "activity",
            "audience", "region",
        )),
    ],
}

# Page permissions granted on the root page (the whole tree).
ROOT_PAGE_PERMISSIONS = {
    SECRETARIAT: ("add_page", "change_page", "publish_page"),
    EDITORS: ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
}
# In each publications section: authors draft (they do not publish), and the council's last
# approval publishes, which Wagtail allows only to a user with publish permission there.
SECTION_PAGE_PERMISSIONS = {AUTHORS: ("add_page", "change_page"), COUNCIL: ("publish_page",)}

COLLECTION_PERMISSIONS = {
    AUTHORS: ("add_image", "choose_image", "add_document", "choose_document"),
    EDITORS: (
        "add_image", "change_image", "choose_image",
        "add_document", "change_document", "choose_document",
    ),
}


def _permission(apps, app_label: str, codename: str):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


def sync_roles(apps) -> None:
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in MODEL_PERMISSIONS}
    for name, permissions in MODEL_PERMISSIONS.items():
        for app_label, codename in permissions:
            permission = _permission(apps, app_label, codename)
            if permission is not None:
                groups[name].permissions.add(permission)

    root = Page.objects.filter(depth=1).first()
    if root is not None:
        for name, codenames in ROOT_PAGE_PERMISSIONS.items():
            for codename in codenames:
                permission = _permission(apps, "wagtailcore", codename)
                if permission is not None:
                    GroupPagePermission.objects.get_or_create(
                        group=groups[name], page=root, permission=permission
                    )
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for name, codenames in COLLECTION_PERMISSIONS.items():
            for codename in codenames:
                app_label = "wagtailimages" if codename.endswith("image") else "wagtaildocs"
                permission = _permission(apps, app_label, codename)
                if permission is not None:
                    GroupCollectionPermission.objects.get_or_create(
                        group=groups[name], collection=root_collection, permission=permission
                    )
    for index in Page.objects.filter(
        content_type__app_label="publications", content_type__model="publicationindexpage"
    ):
        grant_publication_roles(index, apps)


def grant_publication_roles(index, apps=None) -> None:
    """Authors draft under this publications index; the council's approval publishes there."""
    if apps is None:
        from django.apps import apps
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for name, codenames in SECTION_PAGE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        for codename in codenames:
            permission = _permission(apps, "wagtailcore", codename)
            if permission is not None:
                GroupPagePermission.objects.get_or_create(group=group, page_id=index.pk, permission=permission)
