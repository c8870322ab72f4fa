"""`python -m crm_app.cli ...`: the `crm` command without the installed script."""

from crm_app.cli import main

main()
