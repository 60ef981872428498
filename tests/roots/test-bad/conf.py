project = "sphinx-meetup tests"
version = "1.0"
copyright = "2026, sphinx-meetup contributors"
extensions = ["sphinx_meetup"]
exclude_patterns = ["events"]
meetup_today = "2020-01-01"
