"""The HTTP application: the intake API under /api/v1 and the reviewer's pages, built by ``create_app``."""
