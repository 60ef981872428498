project = "Example Meetups"
author = "Example Community"
extensions = ["sphinx_meetup"]
exclude_patterns = ["_build", "events"]
html_baseurl = "https://meetup.example.org/docs/"
meetup_today = "2027-01-01"
