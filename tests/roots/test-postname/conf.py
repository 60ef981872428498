project = "sphinx-meetup post names"
extensions = ["sphinx_meetup"]
exclude_patterns = ["_build", "events"]
language = "en"
meetup_today = "2026-01-01"
