"""The annual report package: readiness, export, verification (issue 11 points 5–7)."""
