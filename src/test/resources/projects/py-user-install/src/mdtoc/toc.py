import re

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^(```|~~~)")


def slug(title):
    s = re.sub(r"[^\w\- ]", "", title.lower()).strip()
    return re.sub(r"\s+", "-", s)


def headings(lines):
    in_code = False
    for line in lines:
        if _FENCE.match(line):
            in_code = not in_code
            continue
        m = None if in_code else _HEADING.match(line)
        if m:
            yield len(m.group(1)), m.group(2)


def toc(lines, max_depth=3):
    out = []
    for depth, title in headings(lines):
        if depth <= max_depth:
            out.append(f"{'  ' * (depth - 1)}- [{title}](#{slug(title)})")
    return out
