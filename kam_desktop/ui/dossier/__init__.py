"""The account dossier: one window per account, one page per section."""
