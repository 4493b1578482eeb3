import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_request_counters():
    """Password reset limits are counted in the cache, which outlives a test's database."""
    cache.clear()
    yield
    cache.clear()
