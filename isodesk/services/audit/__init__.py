"""Internal audit (9.2), nonconformities and corrective actions (10.2): services, documents, contribution."""
