"""``utils``: the twin of src/myproject/utils/mod.rs. Empty: the submodules need no listing."""
