class DocumentError(ValueError):
    """A source document that cannot be imported; the message is one line for the user."""
