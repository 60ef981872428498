extensions = ["sphinx_meetup"]
meetup_events_dir = "events"
meetup_today = "2024-01-01"
html_baseurl = "https://meetup.example.org/docs/"
