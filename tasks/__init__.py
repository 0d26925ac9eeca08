"""Problems as text: the `Problem` type and its loaders, the built-in task set, prompting and code extraction.

Everything that knows a dataset's format or a prompt's shape lives here; `reward/` runs a `Problem`'s code
without knowing where it came from, and `ppo/` sees problems only through `build_prompt` and a score function.
This package must not run code, time anything or load models.
"""

from tasks.datasets import load_problems
from tasks.problems import DatasetError, Problem, save_problems

__all__ = ["DatasetError", "Problem", "load_problems", "save_problems"]
