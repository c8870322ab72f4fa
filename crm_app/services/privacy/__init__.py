"""GDPR duties of the office: subject access (`access`) and the retention review (`retention`).

Qt-free; the CLI (`crm privacy ...`) and, later, the app call these.
"""
