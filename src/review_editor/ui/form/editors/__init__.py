"""Field editors: each implements the small ``FieldEditor`` protocol of ``base``."""
