"""The tasks of the directory's verification: secretariat validation and publication, expert
review with assignments and assessments (the seeds' level 2 and expert review)."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, Task, TaskState

from .roles import is_secretariat


class SecretariatTaskState(TaskState):
    """What the secretariat recorded: the checklist, the flag decision, the contributor message."""

    checklist = models.JSONField(_("checklist"), default=dict, blank=True)
    message_to_contributor = models.TextField(_("message to the contributor"), blank=True)

    class Meta:
        verbose_name = _("secretariat task state")
        verbose_name_plural = _("secretariat task states")


class SecretariatValidationTask(AbstractGroupApprovalTask):
    """The secretariat checks an entry against the charter (validation), or decides on its
    publication and its flag once the experts have assessed it (publication).

    Actions: approve (with the checklist, or the publication decision), request changes (a
    message to the contributor and an internal note), reject (a reason the contributor reads).
    """

    class Stage(models.TextChoices):
        VALIDATION = "validation", _("Validation: checklist before expert review")
        PUBLICATION = "publication", _("Publication: decision after expert review")

    stage = models.CharField(
        _("stage"), max_length=20, choices=Stage.choices, default=Stage.VALIDATION
    )

    admin_form_fields = [*AbstractGroupApprovalTask.admin_form_fields, "stage"]

    task_state_class = SecretariatTaskState

    def start(self, workflow_state, user=None):
        from workflows import notifications

        task_state = super().start(workflow_state, user=user)
        notifications.task_assigned(task_state)
        return task_state

    def get_actions(self, obj, user):
        if not (user.is_superuser or self._user_in_groups(user)):
            return []
        approve = _("Validate") if self.stage == self.Stage.VALIDATION else _("Publish")
        return [
            ("approve", approve, True),
            ("reject", _("Request changes"), True),
            ("decline", _("Reject"), True),
        ]

    def get_form_for_action(self, action):
        from workflows import forms

        if action == "approve":
            if self.stage == self.Stage.VALIDATION:
                return forms.ChecklistForm
            return forms.PublicationForm
        if action == "decline":
            return forms.DeclineForm
        return forms.RequestChangesForm

    def get_template_for_action(self, action):
        return "workflows/admin/secretariat_action_modal.html"

    def on_action(self, task_state, user, action_name, **data):
        from workflows import decisions

        task_state = task_state.specific
        if action_name == "approve":
            decisions.approve(self, task_state, user, data)
        elif action_name == "reject":
            decisions.request_changes(task_state, user, data)
        elif action_name == "decline":
            decisions.decline(task_state, user, data.get("reason", ""))

    @classmethod
    def get_description(cls):
        return _("The secretariat validates the entry against the charter, or decides on its publication")

    class Meta:
        verbose_name = _("secretariat validation task")
        verbose_name_plural = _("secretariat validation tasks")


class ExpertReviewTask(Task):
    """Expert reviewers matched by competence assess the entry with the common criteria.

    The secretariat confirms the suggested reviewers; each assigned reviewer sees only their
    entries; the task is approved when `required_assessments` assessments are in.
    """

    required_assessments = models.PositiveSmallIntegerField(
        _("assessments required"), default=2, validators=[MinValueValidator(1), MaxValueValidator(10)]
    )
    days_to_review = models.PositiveSmallIntegerField(
        _("days to review"), default=21, validators=[MinValueValidator(1)],
        help_text=_("A reminder goes to reviewers whose assessment is late."),
    )

    admin_form_fields = [*Task.admin_form_fields, "required_assessments", "days_to_review"]

    def open_assignment(self, obj, user):
        return ReviewAssignment.open_for(obj.current_workflow_task_state, user)

    def user_can_access_editor(self, obj, user):
        return is_secretariat(user) or self.open_assignment(obj, user) is not None

    def locked_for_user(self, obj, user):
        # Reviewers assess; they do not rewrite the contributor's entry.
        return not is_secretariat(user)

    def get_actions(self, obj, user):
        actions = []
        if is_secretariat(user):
            actions.append(("assign", _("Assign reviewers"), False))
        if self.open_assignment(obj, user) is not None:
            actions.append(("assess", _("Write your assessment"), False))
        return actions

    def on_action(self, task_state, user, action_name, **data):
        """Both actions open their own page; Wagtail's action view redirects there."""
        if action_name == "assign" and is_secretariat(user):
            return reverse("workflows_assign_reviewers", args=[task_state.pk])
        if action_name == "assess":
            assignment = ReviewAssignment.open_for(task_state, user)
            if assignment is not None:
                return reverse("workflows_assess", args=[assignment.pk])
        return None

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if is_secretariat(user):
            return states
        return states.filter(
            review_assignments__reviewer=user,
            review_assignments__declined_at__isnull=True,
            review_assignments__assessment__isnull=True,
        )

    def start(self, workflow_state, user=None):
        from workflows import notifications

        task_state = super().start(workflow_state, user=user)
        notifications.reviewers_needed(task_state)
        return task_state

    @classmethod
    def get_description(cls):
        return _("Expert reviewers matched by competence assess the entry")

    class Meta:
        verbose_name = _("expert review task")
        verbose_name_plural = _("expert review tasks")


class AssignmentQuerySet(models.QuerySet):
    def open(self):
        """Assignments still waiting for their assessment, on a review still in progress."""
        return self.filter(
            declined_at__isnull=True,
            assessment__isnull=True,
            task_state__status=TaskState.STATUS_IN_PROGRESS,
        )

    def overdue(self, now=None):
        return self.open().filter(due_at__lt=now or timezone.now())


class ReviewAssignment(models.Model):
    """A reviewer asked to assess one entry in one run of the expert review."""

    task_state = models.ForeignKey(
        TaskState, on_delete=models.CASCADE, related_name="review_assignments",
        verbose_name=_("review"),
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_assignments",
        verbose_name=_("reviewer"),
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("assigned by"),
    )
    assigned_at = models.DateTimeField(_("assigned at"), default=timezone.now)
    due_at = models.DateTimeField(_("due on"))
    match_reasons = models.TextField(_("why this reviewer"), blank=True)
    reminded_at = models.DateTimeField(_("last reminded at"), null=True, blank=True)
    declined_at = models.DateTimeField(_("declined at"), null=True, blank=True)
    decline_reason = models.CharField(_("reason for declining"), max_length=255, blank=True)

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("review assignment")
        verbose_name_plural = _("review assignments")
        ordering = ["due_at"]
        constraints = [
            models.UniqueConstraint(fields=["task_state", "reviewer"], name="one_assignment_per_review")
        ]

    def __str__(self) -> str:
        return _("%(reviewer)s on %(entry)s") % {"reviewer": self.reviewer_name, "entry": self.entry_title}

    @classmethod
    def open_for(cls, task_state, user):
        """The user's assignment still waiting for an assessment on this review, if any."""
        if task_state is None or not user.is_authenticated:
            return None
        return cls.objects.open().filter(task_state=task_state, reviewer=user).first()

    @property
    def reviewer_name(self) -> str:
        return str(self.reviewer)

    @property
    def page(self):
        return self.task_state.workflow_state.content_object

    @property
    def entry_title(self) -> str:
        page = self.page
        return page.get_admin_display_title() if page is not None else "—"

    @property
    def is_overdue(self) -> bool:
        return self.due_at < timezone.now() and not hasattr(self, "assessment")


SCORE_VALIDATORS = [MinValueValidator(1), MaxValueValidator(5)]
SCORE_CHOICES = [(value, str(value)) for value in range(1, 6)]


class Assessment(models.Model):
    """A reviewer's assessment on the seeds' common criteria, each scored 1 to 5."""

    CRITERIA = (
        ("relevance", _("Relevance of the problem addressed")),
        ("innovation", _("Innovation")),
        ("evidence", _("Evidence of success")),
        ("replicability", _("Replicability")),
        ("externalities", _("Handling of externalities")),
    )

    assignment = models.OneToOneField(
        ReviewAssignment, on_delete=models.CASCADE, related_name="assessment",
        verbose_name=_("assignment"),
    )
    relevance = models.PositiveSmallIntegerField(CRITERIA[0][1], choices=SCORE_CHOICES, validators=SCORE_VALIDATORS)
    relevance_comment = models.TextField(_("comment on relevance"), blank=True)
    innovation = models.PositiveSmallIntegerField(CRITERIA[1][1], choices=SCORE_CHOICES, validators=SCORE_VALIDATORS)
    innovation_comment = models.TextField(_("comment on innovation"), blank=True)
    evidence = models.PositiveSmallIntegerField(CRITERIA[2][1], choices=SCORE_CHOICES, validators=SCORE_VALIDATORS)
    evidence_comment = models.TextField(_("comment on evidence"), blank=True)
    replicability = models.PositiveSmallIntegerField(CRITERIA[3][1], choices=SCORE_CHOICES, validators=SCORE_VALIDATORS)
    replicability_comment = models.TextField(_("comment on replicability"), blank=True)
    externalities = models.PositiveSmallIntegerField(CRITERIA[4][1], choices=SCORE_CHOICES, validators=SCORE_VALIDATORS)
    externalities_comment = models.TextField(_("comment on externalities"), blank=True)
    comment_to_contributor = models.TextField(
        _("comment for the contributor"), blank=True,
        help_text=_("Sent to the contributor, without your name, when the review is complete."),
    )
    note_to_secretariat = models.TextField(
        _("note for the secretariat"), blank=True, help_text=_("Never shown to the contributor.")
    )
    recommend_flag = models.BooleanField(
        _("recommend flagging as among the most innovative and inspiring"), default=False
    )
    submitted_at = models.DateTimeField(_("submitted at"), default=timezone.now)

    class Meta:
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")
        ordering = ["-submitted_at"]

    def __str__(self) -> str:
        return _("Assessment by %(reviewer)s of %(entry)s") % {
            "reviewer": self.assignment.reviewer_name,
            "entry": self.assignment.entry_title,
        }

    @property
    def scores(self) -> list[tuple[str, str, int, str]]:
        """(field, label, score, comment) for each criterion, in the seeds' order."""
        return [
            (name, label, getattr(self, name), getattr(self, f"{name}_comment"))
            for name, label in self.CRITERIA
        ]

    @property
    def mean_score(self) -> float:
        return round(sum(getattr(self, name) for name, _label in self.CRITERIA) / len(self.CRITERIA), 1)
