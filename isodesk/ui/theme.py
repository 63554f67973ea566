"""The bundled UI font (renders Vietnamese the same on any machine) and the app's style sheet."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QPalette, QColor
from PySide6.QtWidgets import QApplication

from isodesk.paths import resource_path

UI_FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf")

ACCENT = "#1f5fa8"
STATUS_COLOURS = {
    "done": ("#e3f4e8", "#1e7b3a"),
    "due_soon": ("#fff4d6", "#8a5a00"),
    "overdue": ("#fde4e1", "#b3261e"),
    "not_started": ("#eceff3", "#4a5563"),
}

#: The look of every screen. Alignments and scroll-bar policies of what the first paint shows are set
#: here (``qproperty-…``, names Qt resolves itself) rather than in Python: naming PySide's ``Qt``
#: namespace before the first paint costs ~14 ms (see ``ui/main_window.py``).
STYLE_SHEET = f"""
QMainWindow, QDialog, QWizard {{ background: #f6f8fb; }}
#NavList {{ background: #183a63; color: #dfe8f3; border: none; font-size: 10.5pt; outline: 0; }}
QListWidget#NavList {{ qproperty-verticalScrollBarPolicy: ScrollBarAlwaysOff; qproperty-horizontalScrollBarPolicy: ScrollBarAlwaysOff; }}
#NavList::item {{ padding: 9px 14px; border-left: 4px solid transparent; }}
#NavList::item:selected {{ background: #244f82; color: white; border-left: 4px solid #ffc94d; }}
#NavList::item:hover:!selected {{ background: #1f4773; }}
#AppTitle {{ color: white; font-size: 15pt; font-weight: bold; padding: 14px 14px 2px 14px; }}
#AppSubtitle {{ color: #b9cbe0; font-size: 9pt; padding: 0 14px 12px 14px; }}
#TopBar {{ background: white; border-bottom: 1px solid #dbe2ea; }}
#AgencyLabel {{ font-size: 11pt; font-weight: bold; color: #183a63; }}
#ScreenTitle {{ font-size: 15pt; font-weight: bold; color: #183a63; }}
#SectionTitle {{ font-size: 11.5pt; font-weight: bold; color: #183a63; margin-top: 6px; }}
#Card {{ background: white; border: 1px solid #dbe2ea; border-radius: 6px; }}
#Muted {{ color: #5b6776; }}
#Loading {{ color: #5b6776; qproperty-alignment: AlignCenter; }}
#StatusChip {{ border-radius: 9px; padding: 2px 10px; font-weight: bold; font-size: 9pt; qproperty-alignment: AlignCenter; }}
QPushButton {{ padding: 5px 12px; }}
QPushButton#Primary {{ background: {ACCENT}; color: white; border: 1px solid #174a85; border-radius: 4px; font-weight: bold; }}
QPushButton#Primary:hover {{ background: #2a6fbf; }}
QPushButton#Primary:disabled {{ background: #9fb3c8; }}
QTableView {{ background: white; alternate-background-color: #f4f7fa; gridline-color: #e3e8ee; selection-background-color: #cfe0f5; selection-color: black; }}
QHeaderView::section {{ background: #eef2f6; padding: 5px; border: none; border-right: 1px solid #dbe2ea; border-bottom: 1px solid #dbe2ea; font-weight: bold; }}
QLineEdit, QComboBox, QPlainTextEdit, QTextEdit {{ padding: 3px; }}
QAbstractSpinBox {{ padding: 0px 3px; max-height: 22px; }}
QLabel#ErrorText {{ color: #b3261e; }}
#StepNumber {{ font-size: 14pt; font-weight: bold; color: #183a63; qproperty-alignment: 'AlignTop | AlignHCenter'; }}
#StepTitle {{ font-weight: bold; font-size: 10.5pt; }}
#EvidenceComplete, #AllClear {{ color: #1e7b3a; }}
#EvidenceOpen {{ color: #8a5a00; }}
#IssueMarkError {{ color: #b3261e; qproperty-alignment: AlignTop; }}
#IssueMarkWarning {{ color: #c07c00; qproperty-alignment: AlignTop; }}
""" + "".join(f'#StatusChip[status="{status}"] {{ background: {bg}; color: {fg}; }}\n'
              for status, (bg, fg) in STATUS_COLOURS.items())


def load_fonts(app: QApplication, base_point_size: float = 10.0) -> str:
    """Register the bundled Noto Sans and make it the application font. Returns its family."""
    family = ""
    for name in UI_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id >= 0 and not family:
            families = QFontDatabase.applicationFontFamilies(font_id)
            family = families[0] if families else ""
    if family:
        font = QFont(family)
        font.setPointSizeF(base_point_size)
        app.setFont(font)
    return family


#: Qt's command-line option for the style, for a QApplication made by isodesk (see :func:`apply_theme`).
STYLE_ARGUMENTS = ("-style", "Fusion")
#: Fusion's light window grey: the palette isodesk keeps when the system's is dark.
LIGHT_WINDOW = "#efefef"


def apply_theme(app: QApplication, *, style: bool = True) -> None:
    """Fusion, the palette's selection colours and the style sheet.

    ``style=False`` for an application made with :data:`STYLE_ARGUMENTS`, which already has Fusion:
    ``setStyle`` hands Python the style object, and setting up its type (~5 ms of enums) is time the
    start spends before the first paint.
    """
    if style:
        app.setStyle("Fusion")  # identical look on Windows and Linux
    palette = app.palette()
    if palette.color(QPalette.ColorRole.Window).lightness() < 128:
        # A dark system palette (Windows in dark mode): isodesk's style sheet, status colours and printed-page
        # previews are drawn for a light one, so the light Fusion greys are used whatever the system's mode.
        palette = QPalette(QColor(LIGHT_WINDOW))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#cfe0f5"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("black"))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)
