"""Models of the editorial workflows: tasks, reviewer profiles, assessments, consultations, votes."""

from .reports import (
    ConsultationComment,
    ConsultationTask,
    ConsultationTaskState,
    CouncilApprovalTask,
    CouncilVote,
    open_consultations,
)
from .reviewers import ConflictOfInterest, ReviewerProfile
from .verification import (
    Assessment,
    ExpertReviewTask,
    ReviewAssignment,
    SecretariatTaskState,
    SecretariatValidationTask,
)

__all__ = [
    "Assessment",
    "ConflictOfInterest",
    "ConsultationComment",
    "ConsultationTask",
    "ConsultationTaskState",
    "CouncilApprovalTask",
    "CouncilVote",
    "ExpertReviewTask",
    "ReviewAssignment",
    "ReviewerProfile",
    "SecretariatTaskState",
    "SecretariatValidationTask",
    "open_consultations",
]
