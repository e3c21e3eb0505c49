"""The Checks dock, spelling as you type, protected names and the approval guard."""
