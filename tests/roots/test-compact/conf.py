project = "sphinx-meetup tests"
version = "1.0"
copyright = "2026, sphinx-meetup contributors"
extensions = ["sphinx_meetup"]
exclude_patterns = ["events"]
meetup_today = "2030-01-01"


def setup(app):
    """An extension that gives one node a writer for the ePub builder by its name: from
    then on Sphinx looks up every writer of that builder by its name, not by "html"."""
    from docutils import nodes

    class written_by_name(nodes.General, nodes.Element):  # noqa: N801
        pass

    app.add_node(written_by_name, epub=(lambda self, node: None, None))
