"""Widgets that render the article model and post messages; they own no changing state."""
