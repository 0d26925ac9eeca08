"""Evaluation: did training make the code more correct and faster? The paper's comparison table.

`compare.py` decides the rows (models, samples files, train.py's checkpoints), gets each row's code and scores
it on the rewarder; `metrics.py` holds the formulas (pass@k, ECC, GET, NET, NMU, the one definition of
efficient-correct); `report.py` writes results.json, results.md and results.png. `evaluate.py` only wires
them to its flags. Nothing here changes a verdict: every number comes from the rewarder's measurements.
"""
