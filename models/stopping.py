"""Stop generating once a response has closed its code block.

The rewarder only sees the code `extract_code` picks out, and chat models tend to follow their block with an
explanation. Stopping at the closing fence saves that generation, keeps the explanation out of the PPO update
(the tokens after the stop are masked, as after EOS), and makes responses end cleanly instead of running into
the length limit. It is a stop sequence in the sense of HumanEval's harness, decided on decoded text because a
fence can be tokenised in many ways.
This file must not sample or score; it only tells `generate` which rows are finished.
"""

from __future__ import annotations

import torch
from transformers import StoppingCriteria

from tasks.prompting import code_block_closed


class CodeBlockStop(StoppingCriteria):
    """Marks a row finished at the token that closes its first Python block.

    `lengths[row]` records the response length (tokens generated, the closing one included) at which each
    row stopped this way; rows that never did are absent. One instance serves one `generate` call.
    """

    def __init__(self, tokenizer, prompt_length: int):
        self.tokenizer = tokenizer
        self.prompt_length = prompt_length
        self.lengths: dict[int, int] = {}

    def __call__(self, input_ids: torch.Tensor, scores=None, **kwargs) -> torch.Tensor:
        done = torch.zeros(input_ids.shape[0], dtype=torch.bool, device=input_ids.device)
        responses = input_ids[:, self.prompt_length :]
        for row in range(input_ids.shape[0]):
            # a fence needs a backtick: decode the whole response only when the newest token has one
            if row in self.lengths or "`" not in self.tokenizer.decode(responses[row, -1:]):
                continue
            text = self.tokenizer.decode(responses[row], skip_special_tokens=True)
            if code_block_closed(text):
                self.lengths[row] = responses.shape[1]
        done[list(self.lengths)] = True
        return done
