"""The checks, one module per family of DOMAIN's catalogue; importing registers them."""

from . import (  # noqa: F401
    accessibility,
    consistency,
    dates,
    embargo,
    gates,
    hidden,
    identification,
    legal,
    links,
    required,
    style,
    welsh_text,
)
