"""Quality policy and objectives (ISO 9001 6.2): register, results, documents and contribution."""
