"""Space-vs-Earth AI Explorer."""
