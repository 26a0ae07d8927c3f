"""tfi: plans as code for Copenhagen's TaskForce Integration (the library behind the `tfi` command)."""

__version__ = "0.1.0"
