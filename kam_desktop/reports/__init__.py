"""PDF reports and charts."""
