extensions = ["sphinx_meetup"]
exclude_patterns = ["events"]
language = "zh_CN"
meetup_today = "2020-01-15"
suppress_warnings = ["meetup.image"]
