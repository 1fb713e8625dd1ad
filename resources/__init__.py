"""Icons, desktop entry and style sheets, installed as package data (explorer.bundled_resources)."""
