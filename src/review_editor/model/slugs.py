"""Slugs made from titles and headings, for file names, record slugs and section ids."""

from __future__ import annotations

import re
import unicodedata


def slugify(text: str, max_length: int = 80) -> str:
    """"Adult R's review: what we learnt" → "adult-rs-review-what-we-learnt": lower-case ASCII
    words joined by hyphens, cut at a word, at most ``max_length`` characters (a first word
    longer than that is cut)."""
    text = re.sub(r"['’‘]", "", text)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = ""
    for word in re.findall(r"[a-z0-9]+", ascii_text.lower()):
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length:
            return slug or word[:max_length]
        slug = candidate
    return slug
