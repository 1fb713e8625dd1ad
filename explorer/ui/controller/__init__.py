"""The application controller and the parts it owns: files, exports, uncertainty work, undo."""

from explorer.ui.controller.app_controller import AppController

__all__ = ["AppController"]
