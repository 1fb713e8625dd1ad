"""Shared test set-up: Qt runs offscreen unless a test asks for a real X server itself."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Settings and recent files written by tests stay out of the user's home.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="explorer-tests-config-")
