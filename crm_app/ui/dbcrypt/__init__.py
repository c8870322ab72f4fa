"""The encrypted local database in the app: unlock at start, the recovery passphrase of a new
database, and the banner that converts a plain database (crm_app/services/dbkeys.py)."""
