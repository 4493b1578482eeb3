from quizzes.progress import due_count


def review_due(request) -> dict:
    """How many review questions are due, for the nav; one query for signed-in users."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"review_due": due_count(user)}
