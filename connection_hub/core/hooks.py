"""Hooks through which apps add panels to other apps' detail pages.

A lower app's page must not know the apps above it. An app that has something to show on
every program or resource page ("Checked November 2026", "Suggest an edit") registers a
panel here from its own ``AppConfig.ready``, keyed by the model's label
(``programs.program``); the page renders whatever is registered with
``{% detail_panels obj %}`` (the ``hub`` tag library).
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class DetailPanel:
    key: str
    template: str
    # (obj, request) -> dict for the template, or None to show nothing. Keep it free of
    # queries where possible: detail pages pin their query counts.
    context: Callable


_detail_panels: dict[str, dict[str, DetailPanel]] = {}


def register_detail_panel(panel: DetailPanel, *, models: list[str]) -> None:
    """Show ``panel`` on the detail page of each of ``models`` (labels, ``app.model``)."""
    for label in models:
        _detail_panels.setdefault(label.lower(), {})[panel.key] = panel


def detail_panels(obj) -> list[DetailPanel]:
    return list(_detail_panels.get(obj._meta.label_lower, {}).values())
