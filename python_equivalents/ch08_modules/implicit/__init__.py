"""A package that imports ``User`` without listing it in ``__all__``: at run time
``implicit.User`` exists, but mypy ``--strict`` does not count it as exported (typecheck/
reexport_without_all.py)."""

from ch08_modules.myproject.models.user import User

DEFAULT = User("nobody")
