"""External (legal) documents and their contribution."""
