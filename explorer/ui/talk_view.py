"""The talk view: one scene at a time, full screen, for a room.

The scene's title and counter on top, the headline numbers that matter for it, its one chart big
beside its three to five sliders, and its caption below. A view: the application controller
feeds its chart, sliders and tiles exactly as it feeds the window's (it is a PanelView, a
HeadlineView and a DashboardView holding only the scene's), the talk controller tells it which
scene to show; it emits intents (the clicker's keys, a typed scene number, its closing) and never
touches the session or the model. No child takes the keyboard focus, so every key is the talk's.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from explorer.model.params import REGISTRY, Choice
from explorer.present.figures.headline import TILES, HeadlineFigure
from explorer.present.talk.stage import StageFigure
from explorer.present.text import talk as words
from explorer.present.text.numbers import MISSING
from explorer.ui.charts import chart_class
from explorer.ui.charts.base import ChartBase
from explorer.ui.talk_keys import TalkKeys
from explorer.ui.talk_style import chart_render_scale, stage_scale, stage_sheet
from explorer.ui.widgets.choice_switch import ChoiceSwitch
from explorer.ui.widgets.stage_slider import StageSlider
from explorer.ui.window_style import palette_for

HINT_MS = 2500
SLIDER_SHARE = 0.27
"""The sliders' column takes about this share of the width; the chart the rest."""


class _StageTile(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("talkTile")
        self.caption = QLabel()
        self.caption.setObjectName("talkTileCaption")
        self.value = QLabel(MISSING)
        self.value.setObjectName("talkTileValue")
        self.note = QLabel()
        self.note.setObjectName("talkTileNote")
        layout = QVBoxLayout(self)
        layout.setSpacing(0)
        for label in (self.caption, self.value, self.note):
            label.setWordWrap(True)  # a long value wraps on a small screen, never elided
            layout.addWidget(label)


class TalkStage(QWidget):
    """The talk view (``present_on`` a screen, full screen)."""

    navigate = Signal(str)
    scene_chosen = Signal(int)
    closed = Signal()
    editor_created = Signal(object)
    reset_requested = Signal(str)
    chart_created = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TalkStage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.editors: dict[str, StageSlider | ChoiceSwitch] = {}
        self.charts: dict[str, ChartBase] = {}
        self.figure: StageFigure | None = None
        self._all_editors: dict[str, StageSlider | ChoiceSwitch] = {}
        self._all_charts: dict[str, ChartBase] = {}
        self._values: dict[str, Any] = {}
        self._marked: frozenset[str] = frozenset()
        self._headline: HeadlineFigure | None = None
        self._theme = "light"
        self._scale = 0.0
        self.keys = TalkKeys(self)
        self.keys.navigate.connect(self.navigate)
        self.keys.scene_chosen.connect(self.scene_chosen)
        self.keys.typing.connect(self._on_typing)
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(HINT_MS)
        self._hint_timer.timeout.connect(lambda: self.hint_label.setText(""))
        self._build()
        self._apply_scale(force=True)

    # --- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.title_label = self._label("talkTitle", wrap=True)
        self.hint_label = self._label("talkHint")
        self.counter_label = self._label("talkCounter")
        self.caption_label = self._label("talkCaption", wrap=True)
        self.sources_label = self._label("talkSources", wrap=True)
        self.reasons_label = self._label("talkReasons", wrap=True)
        self.reasons_label.hide()
        self.tiles = {name: _StageTile() for name in TILES}
        self.chart_box = QVBoxLayout()
        self.chart_box.setContentsMargins(0, 0, 0, 0)
        self.slider_frame = QFrame()
        self.slider_frame.setObjectName("talkSliders")
        self.slider_box = QVBoxLayout(self.slider_frame)
        self.slider_box.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.hint_label)
        top.addWidget(self.counter_label)
        self.tile_row = QHBoxLayout()
        for tile in self.tiles.values():
            self.tile_row.addWidget(tile, 1)
            tile.hide()
        middle = QHBoxLayout()
        middle.addLayout(self.chart_box, round(100 * (1 - SLIDER_SHARE)))
        middle.addWidget(self.slider_frame, round(100 * SLIDER_SHARE))
        self.root = QVBoxLayout(self)
        self.root.addLayout(top)
        self.root.addLayout(self.tile_row)
        self.root.addWidget(self.reasons_label)
        self.root.addLayout(middle, 1)
        self.root.addWidget(self.caption_label)
        self.root.addWidget(self.sources_label)

    def _label(self, name: str, wrap: bool = False) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(wrap)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    # --- what the talk controller tells it ------------------------------------------------------
    def set_scene(self, figure: StageFigure) -> None:
        """Show the scene's words, its tiles, its chart and its sliders."""
        self.figure = figure
        self.title_label.setText(figure.title)
        self.counter_label.setText(figure.counter)
        self.caption_label.setText(figure.caption)
        self.sources_label.setText(figure.sources)
        self.sources_label.setVisible(bool(figure.sources))
        self.keys.scenes = figure.total
        for name, tile in self.tiles.items():
            tile.setVisible(name in figure.tiles)
        self._show_tiles()
        self._show_chart(figure.chart)
        self._show_sliders(figure.sliders)

    def set_theme(self, name: str) -> None:
        self._theme = name
        self.setPalette(palette_for(name))
        for chart in self._all_charts.values():
            chart.set_theme(name)
        self._apply_scale(force=True)

    def show_hint(self, text: str) -> None:
        self.hint_label.setText(text)
        if text:
            self._hint_timer.start()

    def present_on(self, screen: Any) -> None:
        """Full screen on ``screen``."""
        if screen is not None:
            self.setGeometry(screen.geometry())
            self.create()
            handle = self.windowHandle()
            if handle is not None:
                handle.setScreen(screen)
        self.showFullScreen()

    def take_focus(self) -> None:
        self.raise_()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_stage(self) -> None:
        """Hidden, not closed: the talk's widgets serve the next talk."""
        self.hide()

    # --- what the application controller tells it (as the window's panel, headline, charts) -----
    def set_values(self, values: Mapping[str, Any]) -> None:
        self._values.update(values)
        for key, value in values.items():
            editor = self.editors.get(key)
            if editor is not None:
                editor.set_value(value)

    def set_marked(self, keys: frozenset[str]) -> None:
        self._marked = keys
        for key, editor in self.editors.items():
            editor.set_changed(key in keys)

    def set_locked(self, keys: frozenset[str]) -> None:
        """A talk shows no padlocks."""

    def set_figure(self, figure: HeadlineFigure) -> None:
        """The headline's numbers (the scene's tiles show theirs)."""
        self._headline = figure
        self._show_tiles()

    # --- internals ------------------------------------------------------------------------------
    def _show_tiles(self) -> None:
        figure = self._headline
        if figure is None or self.figure is None:
            return
        for name in self.figure.tiles:
            tile, shown = self.tiles[name], figure.tiles[name]
            for label, text in ((tile.caption, shown.caption), (tile.value, shown.value)):
                if label.text() != text:
                    label.setText(text)
            if tile.note.text() != shown.note:
                tile.note.setText(shown.note)
            tile.note.setVisible(bool(shown.note))
        if self.reasons_label.text() != figure.reasons:
            self.reasons_label.setText(figure.reasons)
        self.reasons_label.setVisible(bool(figure.reasons))

    def _show_chart(self, name: str) -> None:
        for shown_name, chart in self.charts.items():
            if shown_name != name:
                chart.hide()
        chart = self._all_charts.get(name)
        if chart is None:
            chart = self._all_charts[name] = chart_class(name)()
            chart.set_theme(self._theme)
            chart.set_presentation(True)
            chart.set_render_scale(chart_render_scale(self._scale))
            self.chart_box.addWidget(chart)
        chart.show()
        fresh = name not in self.charts
        self.charts = {name: chart}
        if fresh:
            self.chart_created.emit(name)  # the controller hands it the figure of this moment

    def _show_sliders(self, keys: tuple[str, ...]) -> None:
        if tuple(self.editors) == keys:
            return  # the same sliders, with the values the controller keeps current
        for key, editor in self.editors.items():
            if key not in keys:
                self.slider_box.removeWidget(editor)
                editor.hide()
        shown: dict[str, StageSlider | ChoiceSwitch] = {}
        for i, key in enumerate(keys):
            editor = self._all_editors.get(key)
            created = editor is None
            if editor is None:
                editor = self._all_editors[key] = self._make_editor(key)
            self.slider_box.removeWidget(editor)
            self.slider_box.insertWidget(i, editor)
            if key in self._values:
                editor.set_value(self._values[key])
            editor.set_changed(key in self._marked)
            editor.show()
            shown[key] = editor
            if created:
                self.editor_created.emit(editor)  # the controller listens to each editor
        self.editors = shown

    def _make_editor(self, key: str) -> StageSlider | ChoiceSwitch:
        entry = REGISTRY[key]
        if isinstance(entry, Choice):
            editor: StageSlider | ChoiceSwitch = ChoiceSwitch(entry)
            editor.title_label.setObjectName("stageSliderTitle")
            editor.combo_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        else:
            editor = StageSlider(entry)
        return editor

    def _apply_scale(self, force: bool = False) -> None:
        scale = stage_scale(self.width(), self.height())
        if not force and abs(scale - self._scale) < 0.02 * max(self._scale, 1e-9):
            return
        self._scale = scale
        margin = max(6, round(24 * scale))
        self.root.setContentsMargins(margin, round(margin * 0.6), margin, round(margin * 0.6))
        self.root.setSpacing(max(4, round(12 * scale)))
        self.slider_box.setContentsMargins(margin, margin, margin, margin)
        self.slider_box.setSpacing(max(6, round(22 * scale)))
        self.tile_row.setSpacing(max(4, round(12 * scale)))
        self.setStyleSheet(stage_sheet(self._theme, scale))
        for chart in self._all_charts.values():
            chart.set_render_scale(chart_render_scale(scale))

    def _on_typing(self, digits: str) -> None:
        self.show_hint(words.typed_scene(digits) if digits else "")

    # --- Qt events ------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._apply_scale()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.keys.handle(event):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        event.accept()
        self.closed.emit()
