"""Models of the shared core: users, the taxonomy and the abstract page classes."""

from cms.models.pages import TAXONOMY_FIELDS, BasePage, ListingPage  # noqa: F401
from cms.models.taxonomy import (  # noqa: F401
    Activity,
    AgendaComponent,
    Audience,
    Country,
    Discipline,
    Domain,
    ProjectType,
    Region,
    TaxonomyTerm,
    Theme,
    localized_terms,
)
from cms.models.users import User  # noqa: F401
