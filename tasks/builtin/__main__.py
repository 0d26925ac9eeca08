"""`python -m tasks.builtin`: rewrite tasks/builtin/train.jsonl, test.jsonl and ood.jsonl from the family modules."""

from tasks.builtin import main

main()
