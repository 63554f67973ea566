"""Management review (ISO 9001 9.3): meetings, inputs assembled from the contributions, actions, the minutes."""
