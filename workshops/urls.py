from django.urls import path

from . import views

app_name = "workshops"

urlpatterns = [
    path("workshops/request/", views.WorkshopRequestView.as_view(), name="request"),
    path(
        "workshops/request/sent/<str:token>/",
        views.WorkshopRequestSentView.as_view(),
        name="request_sent",
    ),
]
