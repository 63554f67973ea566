"""ORM models. Importing this package registers every table on ``Base.metadata`` (Alembic needs all)."""

from isodesk.storage.models.core import (  # noqa: F401
    AgencyVersionRow,
    AppSettingRow,
    AttachmentRow,
    AttachmentLinkRow,
    ChangeLogRow,
    DepartmentRow,
    IssuedDocumentRow,
    PersonRow,
    ReportingYearRow,
)
from isodesk.storage.models.documents import DocumentChangeRow, DocumentDistributionRow, DocumentReviewRow, DocumentRevisionRow, InternalDocumentRow, RecordEntryRow  # noqa: F401,E501
from isodesk.storage.models.legal import ConformityAnnouncementRow, ExternalDocumentRow, ExternalDocumentCitationRow, ExternalDocumentDepartmentRow, ScopeFieldRow, TthcRow, TthcEventRow  # noqa: F401,E501
from isodesk.storage.models.drafts import DraftTextRow  # noqa: F401
from isodesk.storage.models.risks import RiskActionRow, RiskEntryRow  # noqa: F401
from isodesk.storage.models.objectives import ObjectivePlanRow, ObjectiveResultRow, ObjectiveRow, QualityPolicyRow  # noqa: F401,E501
from isodesk.storage.models.audit import AuditFindingRow, AuditRoundRow, AuditScopeRow, AuditSlotRow, AuditTeamMemberRow, NonconformityDocumentRow, NonconformityRow  # noqa: F401,E501
from isodesk.storage.models.results import SatisfactionCommentRow, SatisfactionSurveyRow, TthcResultRow  # noqa: F401
from isodesk.storage.models.review import ReviewActionRow, ReviewMeetingRow  # noqa: F401
from isodesk.storage.models.report import ReportScoreRow, ReportUnitRow, ReportYearRow  # noqa: F401
