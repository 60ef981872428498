project = "Round 9 shapes"
extensions = ["sphinx_meetup"]
exclude_patterns = ["_build", "events"]
meetup_today = "2024-01-01"
