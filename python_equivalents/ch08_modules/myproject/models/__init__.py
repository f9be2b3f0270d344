"""``models``: re-exports ``User`` and ``Product``, like ``pub use`` in src/myproject/models.rs.

``__all__`` is what makes the re-export explicit to mypy (``--strict`` implies
``--no-implicit-reexport``); at run time any imported name is an attribute of the package.
"""

from ._product import Product
from .user import User

__all__ = ["Product", "User"]
