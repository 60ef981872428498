project = "Programme"
extensions = ["sphinx_meetup"]
exclude_patterns = ["_build", "events"]
html_baseurl = "https://meetup.example.org/docs/"
meetup_today = "2024-01-01"
meetup_speakers = "speakers.yaml"
