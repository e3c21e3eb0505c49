"""A field's lower-case words, found once a text and shared by the C1 detectors' pre-tests.

They are the words of every block and every sentence of the field together (``SentenceIndex``
reads the same runs of letters sentence by sentence, ``DetectorBase.block_words`` block by
block), so a
field none of whose words is a pattern's trigger word has no block or sentence holding one,
and is passed over without being split into sentences.
"""

from __future__ import annotations

import re

from ..field_cache import per_text

_WORD = re.compile(r"[a-z]+")


@per_text(4096)
def lower_words(text: str) -> frozenset[str]:
    """The runs of letters a-z in ``text`` lower-cased (a set: where lower case moves the
    offsets, as "İ" does, the words are still the lower-cased text's)."""
    return frozenset(_WORD.findall(text.lower()))
