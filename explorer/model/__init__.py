"""The cost model: pure numpy, no Qt, no pyqtgraph, no yaml (tests/model/test_purity.py)."""

from explorer.model.compare import evaluate
from explorer.model.params import CHOICES, GROUPS, PARAMS, REGISTRY, Choice, Param
from explorer.model.results import Results
from explorer.model.scenario import Scenario, ScenarioError

__all__ = [
    "CHOICES",
    "GROUPS",
    "PARAMS",
    "REGISTRY",
    "Choice",
    "Param",
    "Results",
    "Scenario",
    "ScenarioError",
    "evaluate",
]
