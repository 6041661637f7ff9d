"""Demonstration data: realistic Dutch cases, mediators, partners and an agenda
in a few real-looking towns, for trying the program and for the benchmarks.

May import desktop.data and models (it writes rows directly, for speed)."""
