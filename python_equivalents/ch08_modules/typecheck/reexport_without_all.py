# A name imported into a package is re-exported to mypy --strict only through __all__ (or the
# `import X as X` form): `models` lists User in __all__, `implicit` does not.
from ch08_modules.implicit import User as Unlisted
from ch08_modules.myproject.models import User

print(User("Ada"), Unlisted("Grace"))
