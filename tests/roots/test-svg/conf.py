project = "svg"
extensions = ["sphinx_meetup"]
exclude_patterns = ["events"]
meetup_today = "2020-01-01"
html_baseurl = "https://meetup.example/"
