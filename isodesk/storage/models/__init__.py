"""ORM models. Importing this package registers every table on ``Base.metadata`` (Alembic needs all)."""

from isodesk.storage.models.core import (  # noqa: F401
    AgencyVersion,
    AppSetting,
    Attachment,
    AttachmentLink,
    ChangeLog,
    Department,
    IssuedDocument,
    Person,
    ReportingYear,
)
