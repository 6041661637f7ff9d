"""E-mail screens: the mail settings (Beheer → E-mail), the outbox, and the
timer that sends what is due while the program runs."""
