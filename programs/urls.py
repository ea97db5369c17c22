from django.urls import path

from . import feeds, views

app_name = "programs"

urlpatterns = [
    path("programs/", views.ProgramListView.as_view(), name="program_list"),
    path("programs/feed/", feeds.ProgramFeed(), name="program_feed"),
    path("programs/feed/atom/", feeds.ProgramAtomFeed(), name="program_feed_atom"),
    path("programs/calendar.ics", views.ProgramCalendarView.as_view(), name="calendar"),
    path("programs/<slug:slug>/", views.ProgramDetailView.as_view(), name="program_detail"),
    path(
        "programs/<slug:slug>/calendar.ics",
        views.ProgramEventCalendarView.as_view(),
        name="program_calendar",
    ),
]
