"""The model is pure: importing it loads no Qt, no pyqtgraph and no yaml (STYLE.md, rule 1)."""

import subprocess
import sys


def test_model_import_loads_no_gui_or_yaml():
    code = (
        "import sys, explorer.model, explorer.model.claims, explorer.model.sweeps\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'yaml',"
        " 'shiboken6')]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
