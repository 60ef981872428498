"""The version of sphinx-meetup, on its own so any module can name it without
importing the package's ``setup()`` (whose lazy import reaches every floor)."""

__version__ = "0.1.0"
