"""Import, export, duplicates and badge scanning in the app, one module per dialog.

The dialogs take a `Crm` (so each is testable alone); `install(window)` puts them in the File,
Edit and Tools menus. Parsing, matching, writing and scanning are in `crm_app.io` and
`crm_app.services`; slow steps run on the window's TaskRunner when one is given, inline
otherwise. Modal questions (file names, confirmations) go through `seams`, which tests replace.
"""

from __future__ import annotations

from crm_app.ui.io.menus import install

__all__ = ["install"]
