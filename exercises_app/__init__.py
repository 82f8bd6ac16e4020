"""exercises_app: home exercise programmes for back and neck pain, local and offline."""

__version__ = "0.1.0"
