"""Signing in at the start, the first start's coordinator account, and the lock
after idle time or a Windows lock (desktop.access)."""
