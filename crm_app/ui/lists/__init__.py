"""Record lists: the table model over services.listing and the column definitions."""
