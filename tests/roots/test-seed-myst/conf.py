extensions = ["sphinx_meetup"]
exclude_patterns = ["events"]
meetup_today = "2019-12-01"
