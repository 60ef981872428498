project = "inline"
extensions = ["sphinx_meetup"]
meetup_today = "2027-01-01"
meetup_parts = ["header", "agenda"]
meetup_image_dirs = "not a list"
exclude_patterns = ["index-event.md"]
suppress_warnings = ["meetup.image"]
