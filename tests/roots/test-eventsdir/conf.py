extensions = ["sphinx_meetup"]
meetup_events_dir = "events"
meetup_image_dirs = ["static"]
meetup_today = "2024-06-01"
