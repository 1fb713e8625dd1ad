"""Shared test set-up: Qt runs offscreen unless a test asks for a real X server itself."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Settings and recent files written by tests stay out of the user's home.
os.environ.setdefault("XDG_CONFIG_HOME", os.path.join(os.path.dirname(__file__), ".config-test"))
