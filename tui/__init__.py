"""Article Explorer: a keyboard-driven terminal reader for Chinese articles."""

__version__ = "0.1.0"
