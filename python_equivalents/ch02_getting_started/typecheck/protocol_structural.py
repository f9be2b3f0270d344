# A Protocol is structural: Point never names Drawable, has a `draw` method, and mypy accepts it.
# A Rust trait is nominal (exercises/trait_not_implemented.rs).
from ch02_getting_started.type_keywords import Point, render

print(render(Point(3.0, 4.0)))
