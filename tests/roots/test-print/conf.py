project = "Print tests"
author = "sphinx-meetup contributors"
version = release = "1.0"
copyright = "2026, sphinx-meetup contributors"
extensions = ["sphinx_meetup"]
meetup_events_dir = "events"
meetup_image_dirs = ["static"]
meetup_today = "2024-06-01"
