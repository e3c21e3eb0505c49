"""The main window and its frame: menus, pages, status bar, find bar, staged start."""
