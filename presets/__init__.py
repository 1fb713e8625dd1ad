"""Bundled presets, installed as package data (explorer.bundled_presets)."""
