from connection_hub.core.text import render_markdown


def test_markdown_renders_lists_links_and_emphasis():
    html = render_markdown("Some **bold** text.\n\n1. one\n2. two\n\n[link](https://example.org)")
    assert "<strong>bold</strong>" in html
    assert "<ol>" in html
    assert 'href="https://example.org"' in html


def test_scripts_event_handlers_and_javascript_links_are_removed():
    hostile = (
        "<script>alert('x')</script>\n\n"
        '<img src="x" onerror="alert(1)">\n\n'
        "[click me](javascript:alert(1))\n\n"
        '<a href="javascript:alert(2)">raw link</a>\n\n'
        '<p onclick="steal()">para</p>\n\n'
        "<iframe src='https://evil.example'></iframe>"
    )
    html = render_markdown(hostile)
    lowered = html.lower()
    assert "<script" not in lowered
    assert "alert('x')" not in lowered
    assert "onerror" not in lowered
    assert "onclick" not in lowered
    assert "javascript:" not in lowered
    assert "<iframe" not in lowered
    assert "<img" not in lowered
    assert "para" in html  # harmless text survives


def test_links_get_rel_noopener():
    assert 'rel="noopener noreferrer"' in render_markdown("[a](https://example.org)")


def test_empty_text_renders_nothing():
    assert render_markdown("") == ""


def test_plaintext_is_not_escaped_twice():
    from django.template import Context, Template

    rendered = Template("{% load hub %}{{ text|plaintext }}").render(
        Context({"text": "Tom's **bold** & Jerry"})
    )
    assert rendered == "Tom&#x27;s bold &amp; Jerry"
