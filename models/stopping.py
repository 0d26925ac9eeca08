"""Stop generating once a response has closed its code block.

The rewarder only sees the code `extract_code` picks out, and chat models tend to follow their block with an
explanation. Stopping at the closing fence saves that generation, keeps the explanation out of the PPO update
(the tokens after the stop are masked, as after EOS), and makes responses end cleanly instead of running into
the length limit. It is a stop sequence in the sense of HumanEval's harness, decided on decoded text because a
fence can be tokenised in many ways.
This file must not sample or score; it only tells `ppo.rollout.generate` which responses are finished.
"""

from __future__ import annotations

from tasks.prompting import code_block_closed


class CodeBlockStop:
    """`closed(response)`: whether a response (its token ids so far) has just closed its first Python block."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def closed(self, response: list[int]) -> bool:
        # a fence needs a backtick: decode the whole response only when the newest token has one
        if not response or "`" not in self.tokenizer.decode(response[-1:]):
            return False
        return code_block_closed(self.tokenizer.decode(response, skip_special_tokens=True))
