"""TTHC results and citizen satisfaction (9.1): figures, identities and contribution."""
