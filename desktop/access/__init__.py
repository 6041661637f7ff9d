"""Who uses the program: the users of a data folder with their role (coördinator,
medewerker, alleen lezen) and argon2id passwords, signing in and its slow-down
after wrong passwords, the coordinator's reset with the recovery code, and the
choice to work without signing in.

May import desktop.data and models."""
