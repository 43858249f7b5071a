"""Sharing partnership data with other programs (calendar files and the like)."""

from sistercity_desktop.sharing.calendar import CalendarEvent, to_ics

__all__ = ["CalendarEvent", "to_ics"]
