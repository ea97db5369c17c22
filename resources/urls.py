from django.urls import path

from . import feeds, views

app_name = "resources"

urlpatterns = [
    path("topics/", views.TopicListView.as_view(), name="topic_list"),
    path("topics/<slug:slug>/", views.TopicDetailView.as_view(), name="topic_detail"),
    path("topics/<slug:slug>/feed/", feeds.TopicFeed(), name="topic_feed"),
    path("topics/<slug:slug>/feed/atom/", feeds.TopicAtomFeed(), name="topic_feed_atom"),
    path("topics/<slug:slug>/qr.svg", views.TopicQRCodeView.as_view(), name="topic_qr"),
    path("topics/<slug:slug>/handout/", views.TopicHandoutView.as_view(), name="topic_handout"),
    path("resources/", views.ResourceListView.as_view(), name="resource_list"),
    path("resources/feed/", feeds.ResourceFeed(), name="resource_feed"),
    path("resources/feed/atom/", feeds.ResourceAtomFeed(), name="resource_feed_atom"),
    path("resources/<slug:slug>/", views.ResourceDetailView.as_view(), name="resource_detail"),
    path("practices/", views.PracticeListView.as_view(), name="practice_list"),
    path("practices/<slug:slug>/", views.PracticeDetailView.as_view(), name="practice_detail"),
]
