"""The library: every record in the open folder, and the panel that lists them."""
