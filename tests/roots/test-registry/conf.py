project = "registry"
extensions = ["sphinx_meetup"]
exclude_patterns = ["events", "people"]
meetup_speakers = "people/speakers.yaml"
meetup_today = "2019-12-01"
suppress_warnings = ["meetup.image"]
