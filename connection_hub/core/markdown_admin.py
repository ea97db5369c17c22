"""What readers will see of a Markdown field, shown in the admin before saving.

The widget shows the sanitized rendering of the saved text under the field (no
JavaScript needed: it appears after saving); with JavaScript it follows the typing,
asking ``markdown_preview`` (staff only, POST, CSRF-protected) to render the draft
text with the same Markdown + nh3 pipeline the public pages use.
"""

from django import forms
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .text import render_markdown

MAX_PREVIEW_CHARS = 100_000


class MarkdownPreviewTextarea(forms.Textarea):
    class Media:
        js = ["js/admin-markdown-preview.js"]
        css = {"all": ["css/admin.css"]}

    def render(self, name, value, attrs=None, renderer=None):
        attrs = {
            **(attrs or {}),
            "data-markdown-preview": reverse("markdown_preview"),
            "aria-describedby": f"{(attrs or {}).get('id', name)}-preview",
        }
        textarea = super().render(name, value, attrs, renderer)
        preview_id = f"{attrs.get('id', name)}-preview"
        return format_html(
            '{}<div class="markdown-preview" id="{}" aria-live="polite">'
            '<p class="markdown-preview-label">{}</p><div class="markdown-preview-body">{}</div>'
            "</div>",
            textarea,
            preview_id,
            _("What readers will see (the sanitizer removes anything unsafe):"),
            mark_safe(render_markdown(value or "")),  # sanitized by nh3
        )


class MarkdownPreviewMixin:
    """For a ModelAdmin or an inline: ``markdown_fields`` get the preview widget
    (every language's column of a translated field)."""

    markdown_fields: tuple = ()

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        original = getattr(db_field, "translated_field", db_field)
        if original.name in self.markdown_fields:
            kwargs["widget"] = MarkdownPreviewTextarea
        return super().formfield_for_dbfield(db_field, request, **kwargs)


@staff_member_required
@require_POST
def markdown_preview(request):
    text = request.POST.get("text", "")[:MAX_PREVIEW_CHARS]
    return HttpResponse(render_markdown(text), content_type="text/html; charset=utf-8")
