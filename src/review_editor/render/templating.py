"""The one Jinja2 environment: templates and CSS from ``resources/templates``, autoescaping
on, and an error for any undefined name rather than an empty string."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .. import resources
from .wording import t


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(resources.templates_dir())),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["t"] = t  # the page's fixed words, in the language being rendered
    return env


@lru_cache(maxsize=1)
def blocks() -> Any:
    """The macros of ``blocks.html``, one per block of the page."""
    return environment().get_template("blocks.html").module


@lru_cache(maxsize=4)
def stylesheet(name: str = "page.css") -> str:
    return resources.read_text("templates", name)
