"""What every part of the window uses: settings, text helpers, labels, widgets, background work."""
