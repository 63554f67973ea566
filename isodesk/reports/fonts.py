"""The fonts of isodesk documents: Times New Roman named in Word files, Liberation Serif embedded in PDFs.

NĐ 30 prescribes Times New Roman. It is proprietary, so it is named (not shipped) in .docx files,
where Word on the user's PC has it and LibreOffice substitutes the metric-compatible Liberation
Serif. PDFs embed the bundled Liberation Serif (SIL OFL, ``resources/fonts``): same glyph widths,
so lines break in the same places as in Word.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Literal

from isodesk.paths import resource_path

__all__ = [
    "DOCX_FONT",
    "PDF_FONT",
    "PDF_FONT_FILES",
    "pdf_font_name",
    "register_pdf_fonts",
    "text_width_pt",
]

#: Font named in every Word style (ascii, hAnsi, eastAsia and cs attributes).
DOCX_FONT = "Times New Roman"
#: Family name registered with reportlab for PDFs.
PDF_FONT = "LiberationSerif"

#: (bold, italic) → file under resources/fonts.
PDF_FONT_FILES: dict[tuple[bool, bool], str] = {
    (False, False): "LiberationSerif-Regular.ttf",
    (True, False): "LiberationSerif-Bold.ttf",
    (False, True): "LiberationSerif-Italic.ttf",
    (True, True): "LiberationSerif-BoldItalic.ttf",
}

_lock = threading.Lock()
_registered = False


def pdf_font_name(bold: bool = False, italic: bool = False) -> str:
    """reportlab name of the face: ``LiberationSerif``, ``LiberationSerif-Bold``, ``-Italic``, ``-BoldItalic``."""
    suffix = {(False, False): "", (True, False): "-Bold", (False, True): "-Italic", (True, True): "-BoldItalic"}
    return PDF_FONT + suffix[(bold, italic)]


def font_file(bold: bool = False, italic: bool = False) -> Path:
    """Path of the bundled TTF for a face."""
    return resource_path("fonts", PDF_FONT_FILES[(bold, italic)])


def register_pdf_fonts() -> str:
    """Register the four Liberation Serif faces and their family with reportlab (once per process).

    Safe to call from several threads (exports run in the background).

    Returns:
        The family name to use in paragraph styles (``<b>``/``<i>`` map to the right faces).

    Raises:
        FileNotFoundError: when ``resources/fonts`` is missing a face (a broken installation).
    """
    global _registered
    with _lock:
        if _registered:
            return PDF_FONT
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for (bold, italic), _name in PDF_FONT_FILES.items():
            path = font_file(bold, italic)
            if not path.is_file():
                raise FileNotFoundError(f"bundled font missing: {path}")
            pdfmetrics.registerFont(TTFont(pdf_font_name(bold, italic), str(path)))
        pdfmetrics.registerFontFamily(
            PDF_FONT,
            normal=pdf_font_name(),
            bold=pdf_font_name(bold=True),
            italic=pdf_font_name(italic=True),
            boldItalic=pdf_font_name(bold=True, italic=True),
        )
        flags: tuple[Literal[0, 1], ...] = (0, 1)  # reportlab's bold/italic flags
        for bold_flag in flags:
            for italic_flag in flags:
                addMapping(PDF_FONT, bold_flag, italic_flag, pdf_font_name(bool(bold_flag), bool(italic_flag)))
        _registered = True
        return PDF_FONT


def text_width_pt(text: str, size: float, bold: bool = False, italic: bool = False) -> float:
    """Width of ``text`` in points, measured with the Liberation Serif metrics.

    The metrics equal Times New Roman's, so the result is valid for the Word file too (used to size
    the rules under the agency name and the tiêu ngữ).
    """
    from reportlab.pdfbase import pdfmetrics

    register_pdf_fonts()
    return pdfmetrics.stringWidth(text, pdf_font_name(bold, italic), size)
