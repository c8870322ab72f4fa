"""Start the desktop app: `python main.py [--db PATH]`."""

from crm_app.app import main

if __name__ == "__main__":
    main()
