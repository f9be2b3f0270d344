# mypy does not enforce the underscore convention: reading `_age`, calling `_validate` and
# importing the `_product` module from outside pass without a diagnostic. Nor does it model name
# mangling: it accepts `__secret` from outside the class, which raises AttributeError when run,
# and refuses `_User__secret`, the name that works.
from ch08_modules.myproject.models._product import Product
from ch08_modules.private_by_default import User

alice = User("Alice", 30)
print(alice._age, alice._validate(), Product("teapot", 1250).price())
print(alice.__secret)
print(alice._User__secret)
