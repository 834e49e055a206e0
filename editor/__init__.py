"""Pressestelle: an editorial application for press offices."""

__version__ = "0.1.0"
