"""Hypothesis runs the same examples on every run, so a green suite stays green on a clean
clone; ``HYPOTHESIS_PROFILE=explore`` draws new ones each run, to look for bugs.

A random draw on CI once found a slice boundary the candidate test had never met
(tests/test_outline.py, ``'11111111111111:(做'`` cut before 做) and failed a change that did not
touch it.
"""

import os

from hypothesis import settings

# deadline=None: hypothesis's default fails an example slower than 200 ms, a wall-clock limit
settings.register_profile("deterministic", derandomize=True, database=None, deadline=None)
settings.register_profile("explore", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))
