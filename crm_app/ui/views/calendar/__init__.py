"""The Meetings calendar: day and week grid of an event's meetings (model, grid, panel)."""
