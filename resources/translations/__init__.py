"""Gettext catalogues (.po), one per language other than English; explorer.pot is their template."""
