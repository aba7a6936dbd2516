from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# Wagtail's own English e-mails to the person who started a workflow, replaced by ours.
WAGTAIL_NOTIFIERS = (
    ("workflow_submitted", "workflow_state_submitted_email_notification"),
    ("workflow_rejected", "workflow_state_rejected_email_notification"),
    ("workflow_approved", "workflow_state_approved_email_notification"),
)


def _replaced_by_workflows_notifications(**kwargs):
    """Holds the dispatch_uid of a Wagtail notifier so that Wagtail cannot connect it."""


class WorkflowsConfig(AppConfig):
    name = "workflows"
    verbose_name = _("Editorial workflows")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # One notification path (workflows.notifications). Whichever app is ready first, the
        # uid ends up held by a receiver that does nothing: Django ignores a second connect
        # with the same uid. Wagtail's e-mails to the moderators of plain group-approval tasks
        # (other pages' "Moderators approval") stay.
        from wagtail import signals
        from wagtail.models import WorkflowState

        for name, uid in WAGTAIL_NOTIFIERS:
            signal = getattr(signals, name)
            signal.disconnect(sender=WorkflowState, dispatch_uid=uid)
            signal.connect(_replaced_by_workflows_notifications, sender=WorkflowState, dispatch_uid=uid)
