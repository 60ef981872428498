extensions = ["sphinx_meetup"]
exclude_patterns = ["events", "static"]
meetup_image_dirs = ["static"]
meetup_today = "2030-01-01"
