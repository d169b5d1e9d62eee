"""Headings, paragraphs, lists, emphasis and inline code: all the wiki uses."""
import html
import re

_INLINE = [
    (re.compile(r"`([^`]+)`"), r"<code>\1</code>"),
    (re.compile(r"\*\*([^*]+)\*\*"), r"<strong>\1</strong>"),
    (re.compile(r"\*([^*]+)\*"), r"<em>\1</em>"),
    (re.compile(r"\[([^\]]+)\]\(([^)]+)\)"), r'<a href="\2">\1</a>'),
]


def _inline(text):
    text = html.escape(text, quote=False)
    for pattern, repl in _INLINE:
        text = pattern.sub(repl, text)
    return text


def _anchor(title):  # the wiki patch: stable ids for deep links
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def render(source):
    out, para, in_list = [], [], False

    def flush():
        nonlocal para
        if para:
            out.append(f"<p>{_inline(' '.join(para))}</p>")
            para = []

    for line in source.splitlines():
        heading = re.match(r"^(#{1,6})\s+(.*)$", line)
        item = re.match(r"^[-*]\s+(.*)$", line)
        if heading or item or not line.strip():
            flush()
        if in_list and not item:
            out.append("</ul>")
            in_list = False
        if heading:
            level, title = len(heading.group(1)), heading.group(2).strip()
            out.append(f'<h{level} id="{_anchor(title)}">{_inline(title)}</h{level}>')
        elif item:
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{_inline(item.group(1))}</li>")
        elif line.strip():
            para.append(line.strip())
    flush()
    if in_list:
        out.append("</ul>")
    return "\n".join(out)
