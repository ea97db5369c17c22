from django.shortcuts import render

ITEMS = [{"number": n, "name": f"Item {n}"} for n in range(1, 11)]


def page(request):
    return render(request, "page.html", {"title": "Minimal page", "items": ITEMS})
