"""Pure rules of key-account management: no Qt, no database."""
