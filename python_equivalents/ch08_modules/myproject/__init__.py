"""The lecture's ``myproject`` package, the twin of the Rust tree in src/myproject/.

Every ``.py`` file under a package is importable as soon as it exists: no line declares it.
"""
