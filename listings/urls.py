from django.urls import path

from . import views

app_name = "listings"

urlpatterns = [
    path(
        "suggest/<str:kind>/<slug:slug>/",
        views.SuggestEditView.as_view(),
        name="suggest",
    ),
    path(
        "suggest/<str:kind>/<slug:slug>/sent/",
        views.SuggestEditSentView.as_view(),
        name="suggest_sent",
    ),
    path("listing-check/<str:token>/", views.StillRightView.as_view(), name="confirm"),
    path(
        "listing-check/<str:token>/changed/",
        views.SomethingChangedView.as_view(),
        name="changed",
    ),
]
