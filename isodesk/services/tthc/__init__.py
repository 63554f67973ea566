"""Administrative procedures (TTHC), the QMS scope and its công bố decisions, and their contribution."""
