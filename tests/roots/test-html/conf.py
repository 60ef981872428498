project = "sphinx-meetup html tests"
version = "1.0"
extensions = ["sphinx_meetup"]
exclude_patterns = ["_build", "events"]
language = "en"
meetup_timezone = "Europe/Berlin"
meetup_today = "2026-01-01"
