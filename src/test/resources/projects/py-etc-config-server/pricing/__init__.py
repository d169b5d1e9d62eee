"""Shipping price quotes for the shop front end."""
__version__ = "2.4.0"
