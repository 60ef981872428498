project = "sphinx-meetup tests"
version = "1.0"
copyright = "2026, sphinx-meetup contributors"
extensions = ["sphinx_meetup"]
exclude_patterns = ["events"]
language = "zh_CN"
meetup_today = "2020-01-15"
suppress_warnings = ["meetup.image"]
