"""Question generation from a document outline: plain Python, no Django.

ENGINE_VERSION names the rules' behaviour. Bump it whenever a change to the rules would
change their output, so ``generate_questions`` regenerates documents it would otherwise
skip as unchanged. It lives here, away from the modules that load spaCy, so reading it
is free.
"""

ENGINE_VERSION = "2026.12.01.8"
