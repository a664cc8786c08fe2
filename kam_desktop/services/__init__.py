"""One function per user action. The GUI and the CLI both call these."""
