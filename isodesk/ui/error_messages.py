"""Every error code's message, in one place: ``DomainError``/``FieldProblem`` codes → English source
texts in the "Errors" translation context (Vietnamese in isodesk_vi.ts).

Declared here rather than beside the screens that show them, so a message never depends on which
screens happen to be imported; ``tests/ui/test_error_messages.py`` checks that every code raised in
isodesk has its text. Placeholders are the error's params (``{field}`` is the form's label of the
field; dates are shown as dd/mm/yyyy by :mod:`isodesk.ui.errors`).
"""

from __future__ import annotations

from isodesk.domain.i18n import QT_TRANSLATE_NOOP

LAYOUT_FAULT = QT_TRANSLATE_NOOP(
    "Errors", "The document could not be laid out ({code}): a fault in isodesk, not in your data. Nothing was "
              "written; please report it to whoever supports isodesk.")

MESSAGES: dict[str, str] = {
    # field problems
    "required": QT_TRANSLATE_NOOP("Errors", "{field}: this field is required."),
    "duplicate": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” already exists."),
    "bad_abbreviation": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” must be a short abbreviation without spaces or “/” (e.g. UBND)."),
    "bad_email": QT_TRANSLATE_NOOP("Errors", "{field}: not a valid e-mail address."),
    "auditor_needs_certificate": QT_TRANSLATE_NOOP("Errors", "{field}: an internal auditor needs the training certificate recorded."),
    "year_out_of_range": QT_TRANSLATE_NOOP("Errors", "{field}: {value} is not a plausible year."),
    "period_end_before_start": QT_TRANSLATE_NOOP("Errors", "{field}: the period must end after it starts."),
    "period_too_long": QT_TRANSLATE_NOOP("Errors", "{field}: a reporting period cannot be longer than about a year."),
    "period_overlaps": QT_TRANSLATE_NOOP("Errors", "{field}: the period overlaps the reporting period of {year}."),
    "deadline_before_period": QT_TRANSLATE_NOOP("Errors", "{field}: the deadline cannot be before the period starts."),
    "number_out_of_range": QT_TRANSLATE_NOOP("Errors", "{field}: the number must be between 1 and 99999."),
    "number_taken": QT_TRANSLATE_NOOP("Errors", "{field}: number {number} of {year} is already used by {reference}."),
    "issued_needs_number": QT_TRANSLATE_NOOP("Errors", "{field}: an issued document needs its number."),
    "issued_needs_date": QT_TRANSLATE_NOOP("Errors", "{field}: an issued document needs its date."),
    "not_found": QT_TRANSLATE_NOOP("Errors", "The record no longer exists; it may have been changed elsewhere. Please reload."),
    # whole-request errors
    "version_date_taken": QT_TRANSLATE_NOOP("Errors", "There is already an agency version starting on {date}."),
    "document_cited": QT_TRANSLATE_NOOP("Errors", "This document is cited by other records and cannot be deleted."),
    "issued_document_cannot_be_deleted": QT_TRANSLATE_NOOP("Errors", "{reference} has been issued; an issued document cannot be deleted."),
    "file_missing": QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be found."),
    "file_changed_while_copying": QT_TRANSLATE_NOOP("Errors", "The file {path} changed while it was being copied. Please try again."),
    "attachment_missing": QT_TRANSLATE_NOOP("Errors", "The stored copy of “{name}” is missing from the data folder."),
    "restore_conflict": QT_TRANSLATE_NOOP("Errors", "The record cannot be restored because another record now takes its place."),
    "not_a_deletion": QT_TRANSLATE_NOOP("Errors", "Only deleted records can be restored."),
    "validation": QT_TRANSLATE_NOOP("Errors", "Some information is missing or wrong. Nothing was saved."),
    # writing files (reports/files.py): nothing half-written is ever left under the final name
    "disk_full": QT_TRANSLATE_NOOP("Errors", "The drive holding {path} is full. Nothing was written; free some space or choose another drive."),
    "folder_not_writable": QT_TRANSLATE_NOOP("Errors", "The folder {path} cannot be written to (read-only or no permission). Nothing was written; choose another folder."),
    "folder_missing": QT_TRANSLATE_NOOP("Errors", "The folder {path} is no longer available (a removed USB drive?). Nothing was written; plug the drive in again or choose another folder."),
    # the annual report package (issue 11)
    "package_not_ready": QT_TRANSLATE_NOOP("Errors", "{count} blocking problem(s) of the readiness list are neither fixed nor confirmed. Nothing was written; fix them, or confirm each one explicitly."),
    "package_no_report": QT_TRANSLATE_NOOP("Errors", "The annual report of {year} has not been drafted yet, so the package cannot be made. Nothing was written."),
    "package_cancelled": QT_TRANSLATE_NOOP("Errors", "The export of the package was cancelled. Nothing was left on the drive."),
    "package_verify_failed": QT_TRANSLATE_NOOP("Errors", "The package did not read back correctly from the drive ({files}), so it was removed. Nothing was left under the package's name; try again or choose another drive."),
    # forms and the first-run setup
    "bad_date": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not a valid date; type it as dd/mm/yyyy, e.g. 06/11/2025."),
    "need_department": QT_TRANSLATE_NOOP("Errors", "Add at least one department."),
    "need_leader": QT_TRANSLATE_NOOP("Errors", "Mark at least one person as a leader (the head of the agency)."),
    "need_iso_secretary": QT_TRANSLATE_NOOP("Errors", "Mark one person as the ISO secretary."),
    "unknown_department": QT_TRANSLATE_NOOP("Errors", "{field}: the department “{value}” is not in the list of departments."),
    "steering_one_head": QT_TRANSLATE_NOOP("Errors", "The ISO steering committee can have only one head."),
    "steering_decision_without_members": QT_TRANSLATE_NOOP("Errors", "Choose the members of the steering committee named in the decision."),
    "already_set_up": QT_TRANSLATE_NOOP("Errors", "The agency has already been set up. Change its details under Settings."),
    "setup_conflict": QT_TRANSLATE_NOOP("Errors", "Another record with the same name or number was saved at the same time. Nothing was saved; please try again."),
    "unknown_entity": QT_TRANSLATE_NOOP("Errors", "This kind of record cannot be restored."),
    "need_person": QT_TRANSLATE_NOOP("Errors", "Choose a person."),
    # documents control: internal documents, revisions, distribution, reviews, records
    # field problems of documents, revisions, distribution, reviews and records
    "bad_code": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not a valid code; use letters, digits and . - / only (e.g. QT.01)."),
    "too_long": QT_TRANSLATE_NOOP("Errors", "{field}: at most {max_length} characters are allowed. Nothing was saved."),
    "out_of_range": QT_TRANSLATE_NOOP("Errors", "{field}: must be between {min} and {max}."),
    "only_for_system_procedures": QT_TRANSLATE_NOOP("Errors", "{field}: only a system procedure can be one of the mandatory procedures."),
    "change_needs_content": QT_TRANSLATE_NOOP("Errors", "{field}: line {line} of the change log has no content."),
    "effective_needs_date": QT_TRANSLATE_NOOP("Errors", "{field}: a revision in force needs its effective date."),
    "effective_needs_decision": QT_TRANSLATE_NOOP("Errors", "{field}: a revision in force needs the decision that issued it."),
    "decision_not_issued": QT_TRANSLATE_NOOP("Errors", "{field}: this decision is still a draft in the register; give it its number and date first."),
    "effective_needs_approver": QT_TRANSLATE_NOOP("Errors", "{field}: a revision in force needs the person who approved it."),
    "effective_before_decision": QT_TRANSLATE_NOOP("Errors", "{field}: cannot be before the date of the decision ({decision_date})."),
    "effective_before_previous": QT_TRANSLATE_NOOP("Errors", "{field}: cannot be before the previous revision took effect ({previous})."),
    "recipient_required": QT_TRANSLATE_NOOP("Errors", "Choose a department or a person to give the copies to."),
    "given_before_effective": QT_TRANSLATE_NOOP("Errors", "{field}: copies cannot be given before the revision takes effect ({effective_date})."),
    "acknowledged_before_given": QT_TRANSLATE_NOOP("Errors", "{field}: the receipt cannot be before the copies were given ({given_on})."),
    "recalled_before_given": QT_TRANSLATE_NOOP("Errors", "{field}: copies cannot be recalled before they were given ({given_on})."),
    "review_before_effective": QT_TRANSLATE_NOOP("Errors", "{field}: the review cannot be before the revision in force took effect ({effective_date})."),
    "withdrawn_before_effective": QT_TRANSLATE_NOOP("Errors", "{field}: the document cannot go out of force before it took effect ({effective_date})."),
    "to_year_before_from_year": QT_TRANSLATE_NOOP("Errors", "{field}: the last year cannot be before the first year."),
    "unknown_keeper": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is neither a department nor a person of the agency."),
    "document_in_use": QT_TRANSLATE_NOOP("Errors", "The document is in use or cited and cannot be deleted; it can be made no longer in force (Withdraw) instead."),
    "document_withdrawn": QT_TRANSLATE_NOOP("Errors", "{document_code} is no longer in force; it cannot get a new revision."),
    "draft_exists": QT_TRANSLATE_NOOP("Errors", "{document_code} already has a draft revision; edit or issue that one first."),
    "document_not_effective": QT_TRANSLATE_NOOP("Errors", "{document_code} has no revision in force."),
    "revision_not_effective": QT_TRANSLATE_NOOP("Errors", "Revision {number} is not in force; only the revision in force is distributed."),
    "already_recalled": QT_TRANSLATE_NOOP("Errors", "These copies were already recalled on {recalled_on}."),
    "revision_superseded": QT_TRANSLATE_NOOP("Errors", "Revision {number} is no longer in force; it is kept as a record and cannot be changed."),
    "forbidden_transition": QT_TRANSLATE_NOOP("Errors", "A revision cannot go from “{from_status}” back to “{to_status}”; open a new revision instead."),
    "file_not_writable": QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be written. If it is open in Excel or Word, close it; otherwise choose another folder."),
    # external documents
    "effective_before_issue": QT_TRANSLATE_NOOP(
        "Errors", "{field}: a text cannot come into force before the day it was issued."),
    "status_needs_date": QT_TRANSLATE_NOOP("Errors", "{field}: say since when the status applies."),
    "status_before_issue": QT_TRANSLATE_NOOP("Errors", "{field}: the date is before the text was issued."),
    "in_force_has_no_successor": QT_TRANSLATE_NOOP(
        "Errors", "A text still in force is not replaced by another one."),
    "expired_has_no_successor": QT_TRANSLATE_NOOP(
        "Errors", "An expired text has no replacing text; choose “Replaced” if another text replaces it."),
    "cannot_replace_itself": QT_TRANSLATE_NOOP("Errors", "{field}: a text cannot replace or amend itself."),
    "successor_cycle": QT_TRANSLATE_NOOP(
        "Errors", "{field}: the chosen text is itself replaced or amended by this one; check the two texts."),
    "import_conflict": QT_TRANSLATE_NOOP(
        "Errors", "Row {row} clashes with a record saved meanwhile. Nothing was imported; please try again."),
    # internal audit and corrective action (domain/audit.py)
    "audit_end_before_start": QT_TRANSLATE_NOOP("Errors", "{field}: the audit must end on or after the day it starts."),
    "audit_too_long": QT_TRANSLATE_NOOP("Errors", "{field}: an audit round cannot last more than 60 days."),
    "audit_outside_period": QT_TRANSLATE_NOOP("Errors", "{field}: the audit must fall inside the reporting period of {year} ({start}–{end})."),
    "audit_after_review": QT_TRANSLATE_NOOP("Errors", "{field}: the audit must end before the management review of {date}."),
    "audit_scope_empty": QT_TRANSLATE_NOOP("Errors", "{field}: choose at least one department to audit."),
    "audit_no_clauses": QT_TRANSLATE_NOOP("Errors", "{field}: choose at least one clause of TCVN ISO 9001:2015 to audit."),
    "unknown_clause": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not a clause of TCVN ISO 9001:2015."),
    "unknown_person": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not a person of the agency (Settings → People)."),
    "finding_already_recorded": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is already recorded for this department and clause in the round."),
    "audit_needs_leader": QT_TRANSLATE_NOOP("Errors", "{field}: choose the head of the audit team."),
    "auditor_not_certified": QT_TRANSLATE_NOOP("Errors", "{field}: {name} has no internal-auditor certificate recorded in the people register."),
    "slot_end_before_start": QT_TRANSLATE_NOOP("Errors", "The slot must end after it starts."),
    "slot_outside_round": QT_TRANSLATE_NOOP("Errors", "The day is outside the audit dates ({start}–{end})."),
    "slot_needs_department": QT_TRANSLATE_NOOP("Errors", "Choose the department audited."),
    "slot_needs_auditor": QT_TRANSLATE_NOOP("Errors", "Choose who audits."),
    "auditor_not_in_team": QT_TRANSLATE_NOOP("Errors", "{name} is not a member of the audit team."),
    "auditor_own_department": QT_TRANSLATE_NOOP("Errors", "{name} works in {department} and cannot audit their own department (impartiality, clause 9.2.2 c)."),
    "auditor_double_booked": QT_TRANSLATE_NOOP("Errors", "{name} is already auditing at the same time in row {other_row}; nobody can be in two places at once."),
    "department_not_covered": QT_TRANSLATE_NOOP("Errors", "{department} is in the scope but not in the programme."),
    "clause_not_covered": QT_TRANSLATE_NOOP("Errors", "Clauses in the scope not audited anywhere in the programme: {value}."),
    "finding_department_not_in_scope": QT_TRANSLATE_NOOP("Errors", "{field}: this department is not in the scope of the audit round."),
    "finding_outside_round": QT_TRANSLATE_NOOP("Errors", "{field}: a finding must be dated within the audit ({start}–{end})."),
    "due_before_raised": QT_TRANSLATE_NOOP("Errors", "{field}: the deadline cannot be before the nonconformity was found ({date})."),
    "done_before_raised": QT_TRANSLATE_NOOP("Errors", "{field}: the action cannot be done before the nonconformity was found ({date})."),
    "check_before_done": QT_TRANSLATE_NOOP("Errors", "{field}: effectiveness cannot be checked before the action was done ({date})."),
    "nc_needs_cause": QT_TRANSLATE_NOOP("Errors", "{field}: state the cause before going on."),
    "nc_needs_action": QT_TRANSLATE_NOOP("Errors", "{field}: state the corrective action."),
    "nc_needs_owner": QT_TRANSLATE_NOOP("Errors", "{field}: choose who carries out the action."),
    "nc_needs_due_date": QT_TRANSLATE_NOOP("Errors", "{field}: give the deadline of the action."),
    "nc_needs_result": QT_TRANSLATE_NOOP("Errors", "{field}: record the result of the action before the effectiveness check."),
    "nc_close_without_check": QT_TRANSLATE_NOOP("Errors", "The form cannot be closed without an effectiveness check marked “effective”. Nothing was changed."),
    "nc_checker_is_owner": QT_TRANSLATE_NOOP("Errors", "{field}: the effectiveness check must be done by someone other than the person who carried out the action."),
    "nc_needs_new_action": QT_TRANSLATE_NOOP("Errors", "{field}: the check was not effective: state the new corrective action."),
    "due_before_check": QT_TRANSLATE_NOOP("Errors", "{field}: the new deadline cannot be before the check ({date})."),
    "nc_already_closed": QT_TRANSLATE_NOOP("Errors", "Form {number} is closed; it cannot change any more."),
    "nc_not_awaiting_check": QT_TRANSLATE_NOOP("Errors", "Form {number} is not waiting for its effectiveness check."),
    "finding_has_form": QT_TRANSLATE_NOOP("Errors", "This finding already has corrective action form {number}."),
    "finding_not_nonconformity": QT_TRANSLATE_NOOP("Errors", "An observation does not need a corrective action form; only a nonconformity does."),
    "round_has_findings": QT_TRANSLATE_NOOP("Errors", "This audit round has findings and cannot be deleted."),
    "bad_hours": QT_TRANSLATE_NOOP("Errors", "“{value}” is not a time span; type it as 08:00-11:30."),
    "audit_no_round": QT_TRANSLATE_NOOP("Errors", "There is no internal audit round in {year} yet: create the round (dates, scope, team) under Internal audit first."),
    "nc_under_way": QT_TRANSLATE_NOOP("Errors", "Form {number} is under way; it is a record and cannot be deleted."),
    "nc_none_selected": QT_TRANSLATE_NOOP("Errors", "Select at least one corrective action form to print."),
    "nc_none_in_year": QT_TRANSLATE_NOOP("Errors", "There is no corrective action form in {year}."),
    "nc_already_registered": QT_TRANSLATE_NOOP("Errors", "{field}: the register already has this nonconformity of the same department and day (“{value}”)."),
    "nc_bad_number": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not a form number; write it as 03/2025 or leave it blank to number it on import."),
    "nc_number_other_year": QT_TRANSLATE_NOOP("Errors", "{field}: form {value} is not of {year}, the reporting year of its date; correct the number or the date, or leave the number blank."),
    "checklist_no_department": QT_TRANSLATE_NOOP("Errors", "The audit round has no department in its scope: there is no checklist to print."),
    # TTHC and their changes
    "decision_needs_number": QT_TRANSLATE_NOOP("Errors", "{field}: give the number of the decision as well as its date."),
    "event_before_previous": QT_TRANSLATE_NOOP(
        "Errors", "{field}: the date is before the last change already recorded for this TTHC."),
    "tthc_abolished": QT_TRANSLATE_NOOP("Errors", "TTHC {code} is abolished: it cannot change any more."),
    "not_found_in_list": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not in the list; pick one of the list."),
    "procedure_not_found": QT_TRANSLATE_NOOP(
        "Errors", "{column}: no internal document has the code or title “{value}”."),
    "tthc_event_before_previous": QT_TRANSLATE_NOOP(
        "Errors", "{field}: TTHC {code} already has a change recorded on {previous}, after this date."),
    # scope and QMS announcements (công bố)
    "not_a_conformity_decision": QT_TRANSLATE_NOOP(
        "Errors", "{field}: this decision is not a decision announcing the QMS."),
    "already_announced": QT_TRANSLATE_NOOP("Errors", "{field}: this decision is already recorded as an announcement."),
    "not_a_document_set_decision": QT_TRANSLATE_NOOP(
        "Errors", "{field}: choose a decision issuing the QMS document set."),
    "already_removed": QT_TRANSLATE_NOOP("Errors", "{field}: this field is already out of the scope."),
    "removed_before_added": QT_TRANSLATE_NOOP("Errors", "{field}: a field leaves the scope after the day it entered it."),
    # the yearly plan
    "no_agency": QT_TRANSLATE_NOOP("Errors", "The agency's details are missing. Enter them under Settings → Agency."),
    "plan_unknown_block": QT_TRANSLATE_NOOP("Errors", "The plan has no text “{key}”. Please reload the page."),
    # reading an Excel workbook (file-level problems of an import)
    "file_not_found": QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be found (it may have been moved, or the USB stick removed)."),
    "file_unreadable": QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be read ({detail}). Check that it is not a folder and that you may open it."),
    "file_empty": QT_TRANSLATE_NOOP("Errors", "The file {path} is empty (0 bytes); it was probably not copied or downloaded completely."),
    "xls_format": QT_TRANSLATE_NOOP("Errors", "This file is in the old Excel 97-2003 format (.xls). Open it in Excel, choose File → Save As → “Excel Workbook (*.xlsx)”, then choose the new file."),
    "xlsb_format": QT_TRANSLATE_NOOP("Errors", "This file is an Excel binary workbook (.xlsb). Open it in Excel and save it as “Excel Workbook (*.xlsx)” first."),
    "ods_format": QT_TRANSLATE_NOOP("Errors", "This file is a LibreOffice/OpenOffice spreadsheet (.ods). Save it as “Excel 2007-365 (.xlsx)” first."),
    "html_as_excel": QT_TRANSLATE_NOOP("Errors", "This file is a web page or XML file that only carries an Excel name (common for lists downloaded from web portals). Open it in Excel and save it as “Excel Workbook (*.xlsx)”."),
    "file_encrypted": QT_TRANSLATE_NOOP("Errors", "This Excel file is protected by a password. Open it in Excel, remove the password (File → Info → Protect Workbook) and save it, then choose it again."),
    "not_xlsx": QT_TRANSLATE_NOOP("Errors", "This file is not an Excel workbook (.xlsx); it may be a text, CSV or other kind of file."),
    "not_a_workbook": QT_TRANSLATE_NOOP("Errors", "This file is not an Excel workbook; it may be a Word or another Office file."),
    "file_damaged": QT_TRANSLATE_NOOP("Errors", "This Excel file is damaged or incomplete and cannot be read. Open it in Excel and save it again, or ask for a new copy."),
    "workbook_empty": QT_TRANSLATE_NOOP("Errors", "No sheet of this workbook holds any data."),
    "sheet_not_found": QT_TRANSLATE_NOOP("Errors", "The sheet “{sheet}” is not in the file; its sheets are: {sheets}."),
    "sheet_empty": QT_TRANSLATE_NOOP("Errors", "The sheet “{sheet}” is empty."),
    "header_not_found": QT_TRANSLATE_NOOP("Errors", "No row with the column headings was found at the top of sheet “{sheet}”. The list needs headings such as: {expected}. Tip: start from the Excel template."),
    "too_many_rows": QT_TRANSLATE_NOOP("Errors", "The sheet has more than {limit} rows; split it into smaller files."),
    "workbook_too_large": QT_TRANSLATE_NOOP("Errors", "This Excel file holds more than {limit} MB of data once unpacked, far more than any register; it was not read and nothing was imported. Check that it is the right file, or copy only the register's rows into a new workbook."),
    "too_many_cells": QT_TRANSLATE_NOOP("Errors", "A row of this Excel file holds more than {limit} cells, more than Excel itself allows; the file was not read and nothing was imported. Open it in Excel and save it again, or ask for a new copy."),
    "cell_too_long": QT_TRANSLATE_NOOP("Errors", "A cell of this Excel file holds more than {limit} characters, more than Excel itself allows; the file was not read and nothing was imported. Shorten that cell or ask for a new copy."),
    # an imported sheet's rows and columns, when shown outside the import preview's own wording
    "column_missing": QT_TRANSLATE_NOOP("Errors", "The required column “{column}” is not chosen: pick the column of the file that holds it."),
    "column_mapped_twice": QT_TRANSLATE_NOOP("Errors", "The file's column “{source}” is chosen twice (again for “{column}”); each column of the file can feed only one column."),
    "no_rows": QT_TRANSLATE_NOOP("Errors", "The sheet “{sheet}” has the headings but no data rows below them."),
    "duplicate_in_file": QT_TRANSLATE_NOOP("Errors", "“{value}” in column “{column}” already appears in row {first_row} of the file."),
    "not_a_choice": QT_TRANSLATE_NOOP("Errors", "“{value}” in column “{column}” is not one of the accepted values: {choices}."),
    # the NĐ 30 document model refused what a builder gave it: a fault in isodesk, not in the user's data
    **dict.fromkeys((
        "nd30_layout", "nd30_margin_out_of_range", "nd30_font_size", "nd30_line_spacing", "nd30_paragraph_spacing",
        "doc_number_positive", "heading_level", "paragraph_text_and_runs", "column_width", "header_cell_span",
        "table_header_shape", "table_without_columns", "table_row_shape"),
        LAYOUT_FAULT),
    # added beside the storage, numbering and file-writing work (issues 12 and 13)
    "number_out_of_date_order": QT_TRANSLATE_NOOP("Errors", "{field}: numbers follow the order of the dates (Decree 30/2020, Article 15), but number {number} dated {date} does not fit beside {reference}. The number that fits this date is {proposal}. Nothing was saved."),
    "number_no_room_in_date_order": QT_TRANSLATE_NOOP("Errors", "{field}: numbers follow the order of the dates (Decree 30/2020, Article 15), but number {number} dated {date} does not fit beside {reference}, and no number is free for this date (the documents dated before and after it have consecutive numbers). Check the date of issue. Nothing was saved."),
    "storage": QT_TRANSLATE_NOOP("Errors", "The data file {path} cannot be used. It has not been changed."),
    "database_locked": QT_TRANSLATE_NOOP("Errors", "The data file {path} is in use by another program (or another isodesk window). Nothing was changed. Close that program and try again."),
    "not_isodesk_database": QT_TRANSLATE_NOOP("Errors", "The file {path} is not an isodesk data file (it belongs to another program). It has not been changed."),
    "database_damaged": QT_TRANSLATE_NOOP("Errors", "The data file {path} is damaged and cannot be read. It has not been changed. Restore it from a backup."),
    "database_read_only": QT_TRANSLATE_NOOP("Errors", "The data file {path} is read-only, so nothing can be saved in it. Nothing was changed. Remove the read-only attribute or copy the file to a folder you can write to."),
    "database_folder_read_only": QT_TRANSLATE_NOOP("Errors", "The folder {path} holding the data file cannot be written to (a read-only drive, a CD or a write-protected USB stick?). isodesk needs to write there. Nothing was changed; copy the data file to a writable folder."),
    "new_database_folder_read_only": QT_TRANSLATE_NOOP("Errors", "A new data file cannot be created in the folder {path}: the folder cannot be written to. Nothing was created; choose another folder."),
    "storage_disk_full": QT_TRANSLATE_NOOP("Errors", "The drive holding {path} is full. The change was not saved and the data is unchanged; free some space and try again."),
    "backup_no_room": QT_TRANSLATE_NOOP("Errors", "There is not enough free space in {path} for the backup copy taken before the data file is upgraded. Nothing was upgraded or changed; free some space and start isodesk again."),
    "attachment_modified": QT_TRANSLATE_NOOP("Errors", "The stored copy of “{name}” was changed outside isodesk: its content no longer matches the file that was attached. It was not opened or copied. Attach the original file again to repair it."),
    "date_out_of_range": QT_TRANSLATE_NOOP("Errors", "{field}: the date {value} is not plausible; dates must lie between {min} and {max}."),
    "bad_characters": QT_TRANSLATE_NOOP("Errors", "{field}: contains a broken character (often left by copying and pasting) that cannot be stored. Retype the text."),
    "backup_before_failed": QT_TRANSLATE_NOOP("Errors", "isodesk could not back up the data first ({detail}), so nothing was changed. Check the free space on the disk, then try again."),
    # restore from a backup (issue 12 item 12)
    "backup_missing": QT_TRANSLATE_NOOP("Errors", "The backup {path} no longer exists (moved, deleted, or the USB stick was removed). Nothing was restored or changed."),
    "backup_damaged": QT_TRANSLATE_NOOP("Errors", "The backup {path} is damaged (it does not pass the integrity check), so it cannot be restored. Nothing was changed; choose another backup."),
    "backup_not_isodesk": QT_TRANSLATE_NOOP("Errors", "The file {path} is not an isodesk backup (it belongs to another program), so it cannot be restored. Nothing was changed."),
    "backup_too_new": QT_TRANSLATE_NOOP("Errors", "The backup {path} was made by a newer version of isodesk ({revision}). Nothing was changed; install the newer isodesk to restore it."),
    "restore_failed": QT_TRANSLATE_NOOP("Errors", "The backup could not be restored ({detail}). The data file was not changed; the backup of the current data taken just before is kept."),
    "backup_folder_unusable": QT_TRANSLATE_NOOP("Errors", "The folder {path} cannot hold the second copy of the backups (it does not exist, or it is the data folder itself). Choose another folder, e.g. on a USB stick. Nothing was changed."),
    "control_characters": QT_TRANSLATE_NOOP("Errors", "{field}: contains an invisible control character (often left by copying and pasting). Retype the text. Nothing was saved."),
    "attachment_bad_name": QT_TRANSLATE_NOOP("Errors", "The attached file's name “{name}” cannot be used as a file name in the chosen folder. Nothing was copied; rename the file and attach it again."),
    # handover to a new secretary (issue 12 item 14)
    "handover_missing": QT_TRANSLATE_NOOP("Errors", "The handover file {path} cannot be found (moved, deleted, or the USB stick was removed). Nothing was changed."),
    "handover_not_package": QT_TRANSLATE_NOOP("Errors", "The file {path} is not an isodesk handover file. Nothing was changed."),
    "handover_damaged": QT_TRANSLATE_NOOP("Errors", "The handover file {path} is damaged or incomplete (perhaps it was not copied to the end). Nothing was changed; ask for the file again."),
    "handover_unsafe_member": QT_TRANSLATE_NOOP("Errors", "The handover file holds an entry “{file}” that could write outside its folder or is a link. The file was refused and nothing was changed."),
    "handover_too_large": QT_TRANSLATE_NOOP("Errors", "The handover file holds “{file}”, which is larger than a handover can be (a damaged or crafted file). The file was refused and nothing was changed."),
    "handover_file_missing": QT_TRANSLATE_NOOP("Errors", "The handover file lacks “{file}”, which its list of contents names. The file was refused and nothing was changed; ask for the file again."),
    "handover_file_extra": QT_TRANSLATE_NOOP("Errors", "The handover file holds “{file}”, which its list of contents does not name (it was changed after it was made). The file was refused and nothing was changed."),
    "handover_file_changed": QT_TRANSLATE_NOOP("Errors", "“{file}” in the handover file is not what was handed over (its SHA-256 check differs): it was changed or damaged. The file was refused and nothing was changed."),
    "handover_source_changed": QT_TRANSLATE_NOOP("Errors", "The stored file “{file}” changed while the handover file was written. Nothing was written; check the attached files (the “isodesk check” command), then try again."),
    "handover_cancelled": QT_TRANSLATE_NOOP("Errors", "The handover was cancelled. Nothing was written."),
    "handover_target_exists": QT_TRANSLATE_NOOP("Errors", "{path} already exists and is never replaced. Nothing was written; choose another name or folder."),
    "handover_too_new": QT_TRANSLATE_NOOP("Errors", "The handover file was made by a newer version of isodesk ({revision}). Nothing was changed; install the newer isodesk to receive it."),
    "handover_target_not_empty": QT_TRANSLATE_NOOP("Errors", "The data file {path} already holds data, so a handover is not received into it. Nothing was changed; receive it into a new data file."),
    "handover_same_person": QT_TRANSLATE_NOOP("Errors", "{field}: the person who receives must not be the person who hands over."),
    # risks and opportunities (issue 8)
    "level_without_risk": QT_TRANSLATE_NOOP("Errors", "{field}: a level is given only to a risk; this entry is an opportunity only. Choose the kind “risk” or “risk and opportunity”, or clear the level. Nothing was saved."),
    "risk_needs_level": QT_TRANSLATE_NOOP("Errors", "{field}: a risk needs its level (Low, High or Very high), chosen directly or from likelihood × impact. Nothing was saved."),
    "matrix_needs_both": QT_TRANSLATE_NOOP("Errors", "{field}: give both the likelihood and the impact to compute the level from the matrix. Nothing was saved."),
    "opportunity_needs_benefit": QT_TRANSLATE_NOOP("Errors", "{field}: say what the opportunity brings (the “Opportunity” column). Nothing was saved."),
    "action_needs_content": QT_TRANSLATE_NOOP("Errors", "{field}: action {line} says nothing; describe what will be done. Nothing was saved."),
    "action_before_year": QT_TRANSLATE_NOOP("Errors", "{field}: the deadline of action {line} ({value}) is before the reporting year starts ({start}). Nothing was saved."),
    "action_done_needs_date": QT_TRANSLATE_NOOP("Errors", "{field}: action {line} is marked done; give the day it was done. Nothing was saved."),
    "bad_source_link": QT_TRANSLATE_NOOP("Errors", "The link to the nonconformity or audit finding that raised this entry is incomplete. Nothing was saved."),
    "evaluation_before_year": QT_TRANSLATE_NOOP("Errors", "{field}: the evaluation ({value}) cannot be before the reporting year starts ({start}). Nothing was saved."),
    "nothing_to_carry": QT_TRANSLATE_NOOP("Errors", "The register of {year} has no entry to carry forward. Nothing was changed."),
    "carry_to_past": QT_TRANSLATE_NOOP("Errors", "Entries are carried forward to a later year only (from {from_year} to {to_year} is not). Nothing was changed."),
    "two_levels_marked": QT_TRANSLATE_NOOP("Errors", "Row {row}: more than one risk level is marked (Low, High, Very high); mark only one. Nothing was imported."),
    # quality policy and objectives (clause 6.2)
    "objective_not_measurable": QT_TRANSLATE_NOOP("Errors", "{field}: a quality objective must be measurable: give the indicator with a comparator and a target number (e.g. “≥ 98 % hồ sơ TTHC giải quyết đúng hạn”). Objectives that are only qualitative are what inspectors most often criticise. Nothing was saved."),
    "negative_target": QT_TRANSLATE_NOOP("Errors", "{field}: the target cannot be negative."),
    "negative_value": QT_TRANSLATE_NOOP("Errors", "{field}: the measured value cannot be negative."),
    "percent_over_100": QT_TRANSLATE_NOOP("Errors", "{field}: {value} % is more than 100 %."),
    "department_required": QT_TRANSLATE_NOOP("Errors", "{field}: a department-level objective needs its department."),
    "period_outside_year": QT_TRANSLATE_NOOP("Errors", "{field}: “{period}” is not a measuring period of this objective of {year} (its periods: {periods}). Nothing was saved."),
    "measured_outside_year": QT_TRANSLATE_NOOP("Errors", "{field}: the measuring date must be in {year} or early the next year."),
    "policy_year_taken": QT_TRANSLATE_NOOP("Errors", "{field}: a quality policy already starts in {year}; edit that one instead."),
    "objective_year_has_results": QT_TRANSLATE_NOOP("Errors", "{field}: this objective already has results for {year}; its year cannot change."),
    "results_outside_periods": QT_TRANSLATE_NOOP("Errors", "{field}: results are recorded for {periods}, which are not periods of the new frequency; delete them first."),
    "objectives_exist_for_year": QT_TRANSLATE_NOOP("Errors", "{year} already has quality objectives; nothing was copied."),
    "target_not_a_number": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not a number; type it like 98 or 98,5."),
    "no_objectives_to_copy": QT_TRANSLATE_NOOP("Errors", "{year} has no quality objectives to copy; nothing was copied."),
    # TTHC results and citizen satisfaction (DOMAIN.md §2.4, §6.9): {message} is the identity and the
    # difference, worded in Vietnamese by domain.results ("Tổng tiếp nhận 1.512 ≠ …: thiếu 2 hồ sơ")
    "counts_do_not_add_up": QT_TRANSLATE_NOOP("Errors", "The counts do not add up: {message}."),
    "negative_count": QT_TRANSLATE_NOOP("Errors", "{field}: a count cannot be negative ({value})."),
    "unknown_period": QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not a period (year, quarter or month)."),
    "no_district_after_reform": QT_TRANSLATE_NOOP("Errors", "{field}: there is no district level in {period} (districts were abolished on 1/7/2025)."),
    "handled_needs_handling": QT_TRANSLATE_NOOP("Errors", "{field}: say how the comment was handled before marking it handled."),
    # management review (DOMAIN.md §6.4)
    "review_chair_is_secretary": QT_TRANSLATE_NOOP("Errors", "{field}: the chair and the secretary of the meeting must be two different people. Nothing was saved."),
    "review_end_before_start": QT_TRANSLATE_NOOP("Errors", "{field}: the meeting ends ({end}) before it starts ({start}). Nothing was saved."),
    "review_deadline_before_meeting": QT_TRANSLATE_NOOP("Errors", "{field}: the deadline {deadline} is before the meeting of {meeting}. Nothing was saved."),
    "review_no_meeting": QT_TRANSLATE_NOOP("Errors", "{year} has no management-review meeting yet: add the meeting first, then draft its minutes. Nothing was changed."),
    "review_closed_before_meeting": QT_TRANSLATE_NOOP("Errors", "{field}: the action cannot be completed on {closed}, before the meeting of {meeting}. Nothing was saved."),
    # the annual report (issue 11)
    "report_frozen": QT_TRANSLATE_NOOP("Errors", "The {year} report has been sent and is frozen: unfreeze it first (Annual report → Unfreeze). Nothing was changed."),
    "report_not_frozen": QT_TRANSLATE_NOOP("Errors", "The {year} report has not been recorded as sent; there is nothing to unfreeze. Nothing was changed."),
    "report_no_outline": QT_TRANSLATE_NOOP("Errors", "No report outline could be loaded (the outline files are missing or broken). Nothing was changed."),
    "report_no_criteria": QT_TRANSLATE_NOOP("Errors", "The outline of {year} has no self-scoring criteria set. Nothing was saved."),
    "report_score_range": QT_TRANSLATE_NOOP("Errors", "Criterion {code}: the score {value} must be between 0 and {max}. Nothing was saved."),
    "report_score_step": QT_TRANSLATE_NOOP("Errors", "Criterion {code}: the score {value} must go in steps of 0,1 or 0,25 (e.g. 0,3 or 0,75). Nothing was saved."),
    "report_score_invalid": QT_TRANSLATE_NOOP("Errors", "“{value}” is not a score; write a number such as 0,5. Nothing was saved."),
    "report_units_not_empty": QT_TRANSLATE_NOOP("Errors", "{year} already has subordinate units; nothing was copied."),
    "report_unit_negative": QT_TRANSLATE_NOOP("Errors", "{field}: a count cannot be negative. Nothing was saved."),
}

#: Shown for a code with no text above (never a traceback); the test keeps it unused.
GENERIC = QT_TRANSLATE_NOOP("Errors", "The request could not be completed ({code}). Nothing was changed.")

#: Extra explanation appended to a refusal, by error code and then by its ``reason`` parameter (e.g.
#: why a document cannot be deleted). Declared here with the messages, so no screen has to be imported
#: for a reason to show.
REASONS: dict[str, dict[str, str]] = {
    "document_in_use": {
        "effective": QT_TRANSLATE_NOOP("Errors", "It is in force."),
        "issued": QT_TRANSLATE_NOOP("Errors", "It was in force once: its history is a record to keep."),
        "distributed": QT_TRANSLATE_NOOP("Errors", "Copies of it have been distributed."),
        "cited": QT_TRANSLATE_NOOP("Errors", "Another record refers to it."),
    },
}
