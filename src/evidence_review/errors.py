"""Errors a user can meet, each with a message that names the file and what to do."""


class InputError(Exception):
    """Bad input: the message names the file (and line where there is one) and the problem.

    The command-line interface prints the message alone (no traceback) and exits with status 2.
    """
