"""Helpers shared by the pipeline tests that read events of one type and their actors' countries."""

from __future__ import annotations


def kept(events, event_type):
    """The events of ``event_type`` that are not negated."""
    return [e for e in events if e.event_type == event_type and not e.negated]


def countries(actors):
    return [a.country for a in actors]
