"""Hooks through which other apps add to the library's pages.

The library knows nothing of the apps above it: an app that has something to show on
a topic page (the directory's upcoming programs, say) registers a panel here from its
own ``AppConfig.ready``, and the topic page and its handout render every panel.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class TopicPanel:
    key: str
    template: str  # on the topic page
    handout_template: str  # on the printed handout
    context: Callable  # (topic, *, limit) -> dict for the templates


_topic_panels: dict[str, TopicPanel] = {}


def register_topic_panel(panel: TopicPanel) -> None:
    _topic_panels[panel.key] = panel


def topic_panels() -> list[TopicPanel]:
    return list(_topic_panels.values())
