"""Public pages: "Suggest an edit", and the two links of a contact reminder."""

from django.http import Http404
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView

from connection_hub.core.views import PublicFormViewMixin

from . import services
from .forms import SomethingChangedForm, SuggestEditForm


class ListingMixin:
    """The published program or resource named in the URL (404 otherwise)."""

    def dispatch(self, request, *args, **kwargs):
        self.listing = services.listing_for(kwargs["kind"], kwargs["slug"])
        if self.listing is None:
            raise Http404("No such listing")
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["listing"] = self.listing
        context["kind"] = self.kwargs["kind"]
        return context


class SuggestEditView(ListingMixin, PublicFormViewMixin, FormView):
    template_name = "listings/suggest_form.html"
    form_class = SuggestEditForm

    REFUSED_RATE = gettext_lazy(
        "Thank you. We have already received several suggestions from your connection in the "
        "last hour, so we cannot take another one just now. Everything you typed is still "
        "below: please try again in an hour."
    )
    REFUSED_BOT = gettext_lazy(
        "Sorry, we could not accept this suggestion because it looked automated. If you are a "
        "person, please check the form and send it again."
    )

    def client(self, request):
        return services.client(request)

    def is_rate_limited(self, client):
        return services.is_rate_limited(client=client)

    def record_submission(self, client):
        services.record_submission(client=client)

    def accept(self, form, client):
        services.create_suggestion(
            listing=self.listing,
            data=form.suggestion_data,
            language=get_language() or "",
            client=client,
        )
        return redirect("listings:suggest_sent", kind=self.kwargs["kind"], slug=self.listing.slug)


class SuggestEditSentView(ListingMixin, TemplateView):
    template_name = "listings/suggest_sent.html"


# --- The links in a reminder email --------------------------------------------------------


@method_decorator(never_cache, name="dispatch")
class ReminderLinkMixin:
    """A signed, expiring, one-time link: a used or expired one says so on a calm page."""

    salt = ""

    def dispatch(self, request, *args, **kwargs):
        try:
            self.reminder = services.reminder_from_token(kwargs["token"], salt=self.salt)
        except services.LinkProblem as problem:
            return self.link_problem(problem)
        return super().dispatch(request, *args, **kwargs)

    def link_problem(self, problem):
        return self.response_class(
            request=self.request,
            template="listings/link_problem.html",
            context={"reason": problem.reason, "reminder": problem.reminder},
            using=self.template_engine,
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["program"] = self.reminder.program
        context["schedules"] = [s.describe() for s in self.reminder.program.schedules.all()]
        return context


class StillRightView(ReminderLinkMixin, TemplateView):
    """ "Yes, still right": the page shows a button; only the POST records the check."""

    template_name = "listings/still_right.html"
    salt = services.CONFIRM_SALT

    def post(self, request, *args, **kwargs):
        try:
            services.confirm_listing(reminder=self.reminder)
        except services.LinkProblem as problem:
            return self.link_problem(problem)
        return self.response_class(
            request=request,
            template="listings/thanks.html",
            context={"program": self.reminder.program, "confirmed": True},
            using=self.template_engine,
        )


class SomethingChangedView(ReminderLinkMixin, FormView):
    template_name = "listings/something_changed.html"
    form_class = SomethingChangedForm
    salt = services.CHANGED_SALT

    def get_initial(self):
        program = self.reminder.program
        lines = [
            f"{_('Where')}: "
            + (f"{program.venue.name}, {program.venue.address}" if program.venue else "")
            + (f" {program.get_format_display()}" if not program.venue else ""),
            *[f"{_('When')}: {s.describe()}" for s in program.schedules.all()],
            f"{_('Contact')}: "
            + " · ".join(p for p in (program.contact_email, program.contact_phone) if p),
        ]
        if program.how_to_join:
            lines.append(f"{_('How to join')}: {program.how_to_join}")
        return {"details": "\n".join(lines), "reply_email": self.reminder.sent_to}

    def form_valid(self, form):
        try:
            services.report_change(
                reminder=self.reminder,
                data=form.suggestion_data,
                language=get_language() or "",
            )
        except services.LinkProblem as problem:
            return self.link_problem(problem)
        return self.response_class(
            request=self.request,
            template="listings/thanks.html",
            context={"program": self.reminder.program, "confirmed": False},
            using=self.template_engine,
        )
