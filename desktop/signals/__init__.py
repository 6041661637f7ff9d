"""Signalen: incidents registered by partners and residents, and the addresses,
streets and persons that come back in several incidents or cases.

May import desktop.data, desktop.cases and models."""
