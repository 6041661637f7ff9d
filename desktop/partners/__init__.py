"""Partner organisations (housing corporations, police, municipality, welfare…)
and their contacts: who referred which case, contact moments, the address list.

May import desktop.data and models."""
