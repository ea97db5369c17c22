from django.urls import path

from . import views

app_name = "resources"

urlpatterns = [
    path("topics/", views.TopicListView.as_view(), name="topic_list"),
    path("topics/<slug:slug>/", views.TopicDetailView.as_view(), name="topic_detail"),
    path("resources/", views.ResourceListView.as_view(), name="resource_list"),
    path("resources/<slug:slug>/", views.ResourceDetailView.as_view(), name="resource_detail"),
    path("practices/", views.PracticeListView.as_view(), name="practice_list"),
    path("practices/<slug:slug>/", views.PracticeDetailView.as_view(), name="practice_detail"),
]
