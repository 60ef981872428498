"""SVG photos are documents that can run script: checked before they are published.

A photo is copied to ``_images/`` (and ``_meetup/images/``, ``og:image``,
``events.json`` point at it): an SVG with a ``<script>``, an ``onload=`` or a link to a
script elsewhere runs on the site's own origin when someone opens it. An SVG is parsed
with ``defusedxml`` (no entity expansion, no external entities) and used only if it
holds none of these; otherwise it is refused with the reason, and the speaker gets an
avatar. Nothing is rewritten: the file published is the file the author gave.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

#: an SVG larger than this is not parsed (a photo is a few hundred KB at most)
MAX_SVG_BYTES = 8 * 2**20
#: elements that run script or embed another document
_ACTIVE = frozenset({"script", "foreignobject", "iframe", "embed", "object", "handler",
                     "listener"})
#: animation elements, refused when they animate a link (``<set attributeName="href">``)
_ANIMATION = frozenset({"set", "animate", "animatemotion", "animatetransform"})
#: pictures embedded in the SVG itself are fine; nothing else may be referenced
_EMBEDDED_PICTURE = re.compile(r"data:image/(?:png|jpe?g|gif|webp);base64,", re.IGNORECASE)
_CSS_OUT = re.compile(r"@import|url\(\s*['\"]?\s*(?!#)", re.IGNORECASE)


def looks_like_svg(path: Path) -> bool:
    """By name or by content: an SVG named ``.jpg`` is still an SVG to a browser that
    opens it from a link."""
    if path.suffix.lower() in {".svg", ".svgz"}:
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
    except OSError:
        return False
    return b"<svg" in head.lower()


def svg_problem(path: Path) -> str | None:
    """Why the SVG at ``path`` may not be published, or ``None`` if it may."""
    try:
        stat = path.stat()
    except OSError as error:
        return f"cannot be read ({error.strerror})"
    return _checked(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=512)
def _checked(path: str, mtime_ns: int, size: int) -> str | None:
    """One check per file and version (photos recur in many events)."""
    if path.lower().endswith(".svgz"):
        return "is a compressed SVG (.svgz), which is not checked; save it as .svg"
    if size > MAX_SVG_BYTES:
        return f"is an SVG larger than {MAX_SVG_BYTES // 2**20} MiB"
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        return f"cannot be read ({error.strerror})"
    if re.search(rb"<\?xml-stylesheet", data, re.IGNORECASE):
        return "is an SVG with an xml-stylesheet (a stylesheet can run script)"
    # imported here: the XML parser (7 ms) is only needed by a site with SVG photos
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        root = fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        return "is an SVG with entity declarations or external entities"
    except (ParseError, ValueError) as error:
        return f"is not a well-formed SVG ({error})"
    if _local(root.tag) != "svg":
        return "is not an SVG (its root element is not <svg>)"
    for element in root.iter():
        problem = _element_problem(element)
        if problem:
            return f"is an SVG with {problem}"
    return None


def _element_problem(element: object) -> str | None:
    tag = _local(getattr(element, "tag", ""))
    attributes: dict[str, str] = getattr(element, "attrib", {})
    if tag in _ACTIVE:
        return f"a <{tag}> element"
    if tag in _ANIMATION and attributes.get("attributeName", "").lower().endswith("href"):
        return f"a <{tag}> that changes a link"
    if tag == "style" and _CSS_OUT.search(getattr(element, "text", None) or ""):
        return "a stylesheet that loads something from elsewhere"
    for name, value in attributes.items():
        local = _local(name)
        if local.startswith("on"):
            return f"an event handler ({local}=)"
        if local == "href":
            target = value.strip()
            if not target.startswith("#") and not _EMBEDDED_PICTURE.match(target):
                return f"a reference to {target[:60]!r} (only #fragments and embedded pictures)"
        if _CSS_OUT.search(value):
            return f"a {local}= that loads something from elsewhere"
    return None


def _local(name: object) -> str:
    """``{namespace}tag`` → ``tag``, lower-cased."""
    text = name if isinstance(name, str) else ""
    return text.rsplit("}", 1)[-1].lower()
