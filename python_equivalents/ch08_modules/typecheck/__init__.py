"""Files that mypy checks and that are never run: each ``<case>.py`` beside ``<case>.mypy.txt``."""
