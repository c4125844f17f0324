"""Measuring the coder against public gold data (read from ../shared/data, never shipped)."""
