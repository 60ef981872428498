project = "stray"
extensions = ["sphinx_meetup"]
suppress_warnings = ["meetup.image"]
