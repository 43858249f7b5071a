"""Sister City Desktop: a guide and workspace for sister city committees."""

__version__ = "0.1.0"
