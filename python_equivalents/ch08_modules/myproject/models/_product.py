"""``models._product``: private by the underscore convention only. The Rust twin's
``mod product`` is refused outside ``models`` (E0603); this module imports from anywhere."""

from dataclasses import dataclass


@dataclass
class Product:
    title: str
    cents: int

    def price(self) -> str:
        """The price as the shop prints it."""
        return f"{self.cents // 100}.{self.cents % 100:02d}"
