"""Detail/edit forms and dialogs over records (one module each)."""
