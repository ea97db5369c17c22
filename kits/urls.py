from django.urls import path

from . import feeds, views

app_name = "kits"

urlpatterns = [
    path("kits/<slug:slug>/", views.KitDetailView.as_view(), name="kit_detail"),
    path("kits/<slug:slug>/qr.svg", views.KitQRCodeView.as_view(), name="kit_qr"),
    path("kits/<slug:slug>/handout/", views.KitHandoutView.as_view(), name="kit_handout"),
    path("kits/<slug:slug>/feed/", feeds.KitFeed(), name="kit_feed"),
    path("kits/<slug:slug>/feed/atom/", feeds.KitAtomFeed(), name="kit_feed_atom"),
]
