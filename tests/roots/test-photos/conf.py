project = "sphinx-meetup tests"
version = "1.0"
copyright = "2026, sphinx-meetup contributors"
extensions = ["sphinx_meetup"]
exclude_patterns = ["events", "static"]
meetup_image_dirs = ["static"]
meetup_today = "2030-01-01"
