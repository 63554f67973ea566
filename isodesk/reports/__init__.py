"""Report builders: Word and PDF documents laid out per Nghị định 30/2020/NĐ-CP.

Describe a document once with :class:`AdminDocument` and render it twice::

    from isodesk.reports import AdminDocument, render_docx, render_pdf

    render_docx(document, Path("ke_hoach.docx"))
    render_pdf(document, Path("ke_hoach.pdf"))

python-docx and reportlab are imported lazily, inside the render functions, so importing this
package costs nothing at application start-up.
"""

from __future__ import annotations

from pathlib import Path

from isodesk.reports import model as _model
from isodesk.reports.model import *  # noqa: F403 - the document model is this package's public API

__all__ = [*_model.__all__, "render_docx", "render_pdf"]


def render_docx(doc: AdminDocument, path: Path) -> Path:
    """Write ``doc`` as an editable .docx (named styles, Times New Roman, NĐ 30 layout).

    Args:
        doc: the document to render.
        path: the output file (replaced if it exists).

    Returns:
        ``path``.
    """
    from isodesk.reports.docx_renderer import render_docx as _render

    return _render(doc, path)


def render_pdf(doc: AdminDocument, path: Path) -> Path:
    """Write ``doc`` as a PDF (reportlab; bundled Liberation Serif embedded; NĐ 30 layout).

    Args:
        doc: the document to render.
        path: the output file (replaced if it exists).

    Returns:
        ``path``.
    """
    from isodesk.reports.pdf_renderer import render_pdf as _render

    return _render(doc, path)
