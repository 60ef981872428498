extensions = ["sphinx_meetup"]
exclude_patterns = ["_build", "events"]
meetup_today = "2024-06-01"
