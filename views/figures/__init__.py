"""Cijfers: the yearly figures, as tables and charts, and their exports."""
