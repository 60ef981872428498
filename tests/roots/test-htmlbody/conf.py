project = "htmlbody"
extensions = ["sphinx_meetup"]
exclude_patterns = ["events"]
meetup_today = "2020-01-01"
