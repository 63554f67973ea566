"""Render one :class:`~isodesk.reports.model.AdminDocument` as the pair of files isodesk hands out:
an editable .docx and a .pdf, each written through :mod:`isodesk.reports.files` (temporary sibling,
fsync, rename), so a killed run leaves no half file under a final name.

Services build documents (DTOs); the caller (the UI's background job, the CLI) renders them here and
then asks the service to record the files (one transaction).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from isodesk.domain.errors import DomainError
from isodesk.reports.model import AdminDocument


@dataclass(frozen=True)
class DocumentFiles:
    """The two files of one document."""

    docx: Path
    pdf: Path


def write_document_files(doc: AdminDocument, folder: Path, stem: str) -> DocumentFiles:
    """Write ``<folder>/<stem>.docx`` and ``.pdf`` (the folder is created if needed).

    Raises:
        DomainError: ``folder_not_writable``, ``disk_full``, … (nothing half-written is left).
    """
    from isodesk.reports import render_docx, render_pdf

    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from isodesk.reports.files import file_error

        raise file_error(folder / stem, exc) from exc
    if not stem or "/" in stem or "\\" in stem:
        raise DomainError("file_not_writable", path=str(folder / stem), detail="invalid file name")
    docx = render_docx(doc, folder / f"{stem}.docx")
    pdf = render_pdf(doc, folder / f"{stem}.pdf")
    return DocumentFiles(docx=docx, pdf=pdf)
