"""Flashcards for a section: the front of a card, its back, and the learner's rating.

Each side is its own page and the rating a form POST followed by a redirect, so the deck
works without JavaScript; the key is only ever sent with the back of a card.
"""

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from content.models import Section
from quizzes import flashcards

# Far beyond any section's deck; keeps the number a small integer.
MAX_CARD_NUMBER = 10_000


class RatingForm(forms.Form):
    card = forms.IntegerField(min_value=1, max_value=MAX_CARD_NUMBER)
    question = forms.IntegerField(min_value=1)
    knew = forms.TypedChoiceField(
        choices=[("yes", "I knew it"), ("no", "Not yet")], coerce=lambda value: value == "yes"
    )


def _live_section(slug: str, path: str) -> Section:
    """The section if the current document still contains it; 404 otherwise (an archived
    section's questions are no longer served)."""
    return get_object_or_404(
        Section.objects.live().select_related("document"), document__slug=slug, path=path
    )


def _card_number(raw: str) -> int:
    return int(raw) if raw.isdigit() and int(raw) <= MAX_CARD_NUMBER else 1


def deck_url(section: Section, number: int = 1, *, back: bool = False) -> str:
    url = reverse(
        "quizzes:flashcards", kwargs={"slug": section.document.slug, "path": section.path}
    )
    return f"{url}?card={number}" + ("&side=back" if back else "")


@login_required
@require_GET
def flashcard(request: HttpRequest, slug: str, path: str) -> HttpResponse:
    """Card ``?card=N`` of the section's deck, its front or (``side=back``) its back; past
    the last card, the end of the deck."""
    section = _live_section(slug, path)
    number = _card_number(request.GET.get("card", "1"))
    card = flashcards.card_at(section, number)
    context = {"section": section, "document": section.document}
    if card is None:
        total = flashcards.deck(section).count()
        if total and number > total:
            return render(request, "quizzes/flashcards_done.html", {**context, "total": total})
        if total:
            return redirect(deck_url(section))
        return render(request, "quizzes/flashcards_empty.html", context)
    context["card"] = card
    if request.GET.get("side") != "back":
        return render(request, "quizzes/flashcards_front.html", context)
    context["intervals"] = {
        interval.name: interval
        for interval in flashcards.intervals_for(request.user, card.question, when=timezone.now())
    }
    return render(request, "quizzes/flashcards_back.html", context)


@login_required
@require_POST
def rate(request: HttpRequest, slug: str, path: str) -> HttpResponse:
    """Schedule the card from "I knew it" or "Not yet", then show the next card."""
    section = _live_section(slug, path)
    form = RatingForm(request.POST)
    if not form.is_valid():
        return redirect(deck_url(section))
    question = flashcards.deck(section).filter(pk=form.cleaned_data["question"]).first()
    if question is None:
        # Retired, re-imported away or not in this section: nothing to rate.
        raise Http404("No such card in this section.")
    flashcards.rate_flashcard(
        learner=request.user, question=question, knew=form.cleaned_data["knew"]
    )
    return redirect(deck_url(section, form.cleaned_data["card"] + 1))
