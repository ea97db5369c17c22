"""The workshop request form and the confirmation page after it."""

from django.http import Http404
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView

from connection_hub.core.forms import HONEYPOT_FIELD
from connection_hub.core.views import PublicFormViewMixin

from . import services
from .forms import WorkshopRequestForm
from .models import WorkshopRequest


class WorkshopRequestView(PublicFormViewMixin, FormView):
    template_name = "workshops/request_form.html"
    form_class = WorkshopRequestForm

    REFUSED_RATE = _(
        "Thank you for your interest. We have already received several requests from your "
        "connection in the last hour, so we cannot take another one just now. Everything you "
        "typed is still below: please try again in an hour."
    )
    REFUSED_BOT = _(
        "Sorry, we could not accept this request because it looked automated. If you are a "
        "person, please check the form and send it again."
    )

    def client(self, request):
        return services.client_hash(services.client_address(request))

    def is_rate_limited(self, client):
        return services.is_rate_limited(client=client)

    def record_submission(self, client):
        services.record_submission(client=client)

    def accept(self, form, client):
        data = {k: v for k, v in form.cleaned_data.items() if k not in ("topics", HONEYPOT_FIELD)}
        workshop_request = services.create_workshop_request(
            data=data,
            topics=form.cleaned_data["topics"],
            language=get_language() or "en",
            client=client,
        )
        token = services.confirmation_token(workshop_request)
        return redirect("workshops:request_sent", token=token)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["description"] = _(
            "Ask for a toolkit workshop or online session on social connection for your "
            "school, workplace, library or community group."
        )
        return context


@method_decorator(never_cache, name="dispatch")  # it repeats personal details
class WorkshopRequestSentView(TemplateView):
    template_name = "workshops/request_sent.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        workshop_request = services.request_from_token(kwargs["token"])
        if workshop_request is None:
            raise Http404("No such request")
        context["workshop_request"] = workshop_request
        context["topics"] = list(workshop_request.topics.all())
        context["format_label"] = WorkshopRequest.Format(workshop_request.format).label
        return context
