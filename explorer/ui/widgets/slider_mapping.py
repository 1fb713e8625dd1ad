"""Maps an integer QSlider position onto a parameter's float range, linear or log-scaled, and back.

A QSlider only knows integers. Linear parameters get one slider position per registry step, so every
position is a value a user could type. Log parameters get a fixed number of positions spread evenly
in log space; their values are rounded to the registry's step, so "1,797.3 $/kg" never shows up.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from explorer.model.params import Param

LOG_POSITIONS_PER_DECADE = 250
"""Positions per decade of a log slider: one arrow key moves a value by under 1%."""

MAX_LINEAR_POSITIONS = 100_000
"""Linear ranges with more steps than this are sampled more coarsely (keys still type exactly)."""


def decimals_for(step: float) -> int:
    """Decimal places needed to show a multiple of ``step`` exactly (0.005 -> 3, 1 -> 0)."""
    text = f"{step:.10f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


@dataclass(frozen=True)
class SliderMapping:
    """Integer slider positions 0..positions mapped onto minimum..maximum.

    ``to_value(to_position(v))`` is ``v`` to within one position; ``to_position(to_value(p)) == p``
    for linear mappings.
    """

    minimum: float
    maximum: float
    step: float
    log: bool = False
    integer: bool = False

    @classmethod
    def for_param(cls, param: Param) -> SliderMapping:
        step = max(param.step, 1.0) if param.integer else param.step
        return cls(param.minimum, param.maximum, step, param.scale == "log", param.integer)

    @property
    def decimals(self) -> int:
        return 0 if self.integer else decimals_for(self.step)

    @property
    def positions(self) -> int:
        """The slider's maximum; its minimum is 0."""
        if self.log:
            decades = math.log10(self.maximum / self.minimum)
            return max(100, math.ceil(decades * LOG_POSITIONS_PER_DECADE))
        steps = round((self.maximum - self.minimum) / self._linear_step)
        return max(1, steps)

    @property
    def _linear_step(self) -> float:
        steps = (self.maximum - self.minimum) / self.step
        if steps <= MAX_LINEAR_POSITIONS:
            return self.step
        return self.step * math.ceil(steps / MAX_LINEAR_POSITIONS)

    def snap(self, value: float) -> float:
        """``value`` clamped to the range and rounded to the step (whole numbers for integers)."""
        value = min(max(float(value), self.minimum), self.maximum)
        snapped = self.minimum + round((value - self.minimum) / self.step) * self.step
        if snapped > self.maximum + self.step * 1e-6:
            snapped -= self.step
        snapped = min(max(snapped, self.minimum), self.maximum)
        if self.integer:
            return float(round(snapped))
        return round(snapped, self.decimals)

    def to_value(self, position: int) -> float:
        """The parameter value at a slider position (out-of-range positions are clamped)."""
        position = min(max(int(position), 0), self.positions)
        if position == self.positions:
            return self.snap(self.maximum)
        if self.log:
            ratio = math.log(self.maximum / self.minimum)
            raw = self.minimum * math.exp(ratio * position / self.positions)
        else:
            raw = self.minimum + position * self._linear_step
        return self.snap(raw)

    def to_position(self, value: float) -> int:
        """The slider position nearest to ``value`` (values outside the range go to an end)."""
        value = min(max(float(value), self.minimum), self.maximum)
        if self.log:
            fraction = math.log(value / self.minimum) / math.log(self.maximum / self.minimum)
            position = round(fraction * self.positions)
        else:
            position = round((value - self.minimum) / self._linear_step)
        return min(max(position, 0), self.positions)

    @property
    def page_step(self) -> int:
        """Positions moved by PageUp/PageDown: about a twentieth of the range."""
        return max(1, self.positions // 20)
