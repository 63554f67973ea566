"""Agency, people, reporting years, the issued-documents register, attachments, history, settings, setup, backups and the store check."""
