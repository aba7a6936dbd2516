"""The tasks of a report's publication: a public consultation for a set period, then the
coordination council's unanimous approval (the seeds' rule)."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, TaskState


class ConsultationTaskState(TaskState):
    closes_at = models.DateTimeField(_("consultation closes at"), null=True, blank=True)

    class Meta:
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")

    @property
    def is_open(self) -> bool:
        return (
            self.status == self.STATUS_IN_PROGRESS
            and self.closes_at is not None
            and self.closes_at > timezone.now()
        )



def open_consultations():
    """Consultations readers can comment on now."""
    return ConsultationTaskState.objects.filter(
        status=TaskState.STATUS_IN_PROGRESS, closes_at__gt=timezone.now()
    ).select_related("workflow_state")


class ConsultationTask(AbstractGroupApprovalTask):
    """The draft is open to public comments, section by section, for `duration_days`.

    The chosen groups (the secretariat) moderate the comments and may close the consultation
    early; the `workflows.close_consultations` beat task closes it when the period ends.
    """

    duration_days = models.PositiveSmallIntegerField(
        _("consultation period (days)"), default=30, validators=[MinValueValidator(1)]
    )

    admin_form_fields = [*AbstractGroupApprovalTask.admin_form_fields, "duration_days"]
    task_state_class = ConsultationTaskState

    def start(self, workflow_state, user=None):
        from workflows import notifications

        task_state = super().start(workflow_state, user=user)
        task_state = task_state.specific
        task_state.closes_at = timezone.now() + timedelta(days=self.duration_days)
        task_state.save(update_fields=["closes_at"])
        notifications.consultation_opened(task_state)
        return task_state

    def locked_for_user(self, obj, user):
        return False  # authors may keep improving the draft while readers comment

    def get_actions(self, obj, user):
        if user.is_superuser or self._user_in_groups(user):
            return [
                ("approve", _("Close the consultation"), True),
                ("reject", _("Return to the authors"), True),
            ]
        return []

    @classmethod
    def get_description(cls):
        return _("Readers comment on the draft, section by section, for a set period")

    class Meta:
        verbose_name = _("public consultation task")
        verbose_name_plural = _("public consultation tasks")


class ConsultationComment(models.Model):
    """A reader's comment on one section of a report under consultation, held for moderation."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting moderation")
        PUBLISHED = "published", _("Published")
        HIDDEN = "hidden", _("Hidden")

    consultation = models.ForeignKey(
        ConsultationTaskState, on_delete=models.CASCADE, related_name="comments",
        verbose_name=_("consultation"),
    )
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("report")
    )
    section = models.CharField(_("section"), max_length=100)
    section_label = models.CharField(_("section title"), max_length=255)
    author_name = models.CharField(_("name"), max_length=150)
    affiliation = models.CharField(_("affiliation"), max_length=200, blank=True)
    body = models.TextField(_("comment"))
    language = models.CharField(_("language"), max_length=12, default=settings.LANGUAGE_CODE)
    created_at = models.DateTimeField(_("written at"), default=timezone.now)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("moderated by"),
    )
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)

    class Meta:
        verbose_name = _("consultation comment")
        verbose_name_plural = _("consultation comments")
        ordering = ["created_at"]

    def __str__(self) -> str:
        return _("%(name)s on “%(section)s”") % {"name": self.author_name, "section": self.section_label}


class CouncilApprovalTask(AbstractGroupApprovalTask):
    """Every member of the chosen groups (the coordination council) records approve or reject
    with a comment. One rejection returns the report to its authors; approval needs everyone."""

    def members(self):
        return (
            get_user_model()
            .objects.filter(groups__in=self.groups.all(), is_active=True)
            .distinct()
            .order_by("last_name", "first_name", "username")
        )

    def has_voted(self, task_state, user) -> bool:
        return CouncilVote.objects.filter(task_state=task_state, member=user).exists()

    def start(self, workflow_state, user=None):
        from workflows import notifications

        task_state = super().start(workflow_state, user=user)
        notifications.council_vote_needed(task_state)
        return task_state

    def locked_for_user(self, obj, user):
        return not user.is_superuser  # the council votes on the text the consultation saw

    def user_can_lock(self, obj, user):
        return False

    def get_actions(self, obj, user):
        state = obj.current_workflow_task_state
        if state is None or not self._user_in_groups(user) or self.has_voted(state, user):
            return []
        return [("vote_approve", _("Approve"), True), ("vote_reject", _("Reject"), True)]

    def get_form_for_action(self, action):
        from workflows import forms

        return forms.CouncilVoteForm if action == "vote_approve" else forms.CouncilRejectForm

    def on_action(self, task_state, user, action_name, **data):
        from workflows import decisions

        if action_name in ("vote_approve", "vote_reject"):
            decisions.record_vote(
                self, task_state, user, approve=action_name == "vote_approve",
                comment=data.get("comment", ""),
            )

    def get_task_states_user_can_moderate(self, user, **kwargs):
        if not self._user_in_groups(user):
            return TaskState.objects.none()
        return self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS).exclude(
            council_votes__member=user
        )

    @classmethod
    def get_description(cls):
        return _("Every council member approves or rejects; approval needs all of them")

    class Meta:
        verbose_name = _("council approval task")
        verbose_name_plural = _("council approval tasks")


class CouncilVote(models.Model):
    class Decision(models.TextChoices):
        APPROVE = "approve", _("Approve")
        REJECT = "reject", _("Reject")

    task_state = models.ForeignKey(
        TaskState, on_delete=models.CASCADE, related_name="council_votes", verbose_name=_("vote")
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="council_votes",
        verbose_name=_("council member"),
    )
    decision = models.CharField(_("decision"), max_length=10, choices=Decision.choices)
    comment = models.TextField(_("comment"), blank=True)
    created_at = models.DateTimeField(_("voted at"), default=timezone.now)

    class Meta:
        verbose_name = _("council vote")
        verbose_name_plural = _("council votes")
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(fields=["task_state", "member"], name="one_vote_per_member")
        ]

    def __str__(self) -> str:
        return f"{self.member}: {self.get_decision_display()}"
