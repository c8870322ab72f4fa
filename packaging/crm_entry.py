"""Entry script of the frozen `crm` command (PyInstaller needs a file, not an entry point)."""

from crm_app.cli import main

main()
