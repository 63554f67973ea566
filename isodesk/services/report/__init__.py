"""The annual report (issue 11)."""
