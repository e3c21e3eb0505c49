"""Review Editor: edit, check, preview and export safeguarding publication records."""

import os

# A pydantic plugin (found through any installed package's entry points) would see every
# record validated, names and all; none may run here. Not looking for them also saves
# start-up time.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

# The one place the version is written; pyproject.toml reads it from here.
__version__ = "0.1.0"
