"""Public URLs of the workflows: the open consultations on draft reports.

Included at the root of the language-prefixed URLs, so addresses read `/fr/consultations/…`.
"""

from django.urls import path

from workflows.views import consultation

app_name = "workflows"

urlpatterns = [
    path("consultations/", consultation.consultation_list, name="consultations"),
    path("consultations/<int:pk>/", consultation.consultation, name="consultation"),
]
