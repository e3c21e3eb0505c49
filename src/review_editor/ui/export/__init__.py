"""File › Export…: final copies of the open record or of the library's selection."""
