"""Errors a user can act on: shown as one clear line, never as a traceback."""


class UserError(Exception):
    """Something the user can fix; the message says what and how."""


class StoreError(UserError):
    """The data folder or database cannot be used."""


class ImportFileError(UserError):
    """An import file is not a valid Sister City Desktop data file."""
