project = "sandbox"
extensions = ["sphinx_meetup"]
exclude_patterns = ["events"]
meetup_today = "2020-01-01"
# a site that enables every evaluating MyST syntax for its own pages
myst_enable_extensions = ["substitution", "dollarmath", "amsmath", "colon_fence", "deflist",
                          "strikethrough", "tasklist"]
myst_substitutions = {"site_secret": "SITE-SECRET-VALUE"}
