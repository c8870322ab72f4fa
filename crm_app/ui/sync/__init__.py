"""The sync area of the desktop app: sync now, on start and on close, its dialogs."""
