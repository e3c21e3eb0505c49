"""The record schema's version, apart from the models so a file's version can be read and
compared without loading them."""

SCHEMA_VERSION = "1.2"
