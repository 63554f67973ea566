"""isodesk: the ISO 9001 register of a Vietnamese state agency, offline on one PC."""

__version__ = "0.1.0"
