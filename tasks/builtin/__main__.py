"""`python -m tasks.builtin`: rewrite tasks/builtin/train.jsonl, test.jsonl, ood.jsonl and hard.jsonl from the family modules."""

from tasks.builtin import main

main()
