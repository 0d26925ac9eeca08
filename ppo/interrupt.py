"""Ctrl-C and SIGTERM: finish the current step, write a checkpoint, exit non-zero. A second signal aborts.

A step half-way through its update cannot be saved consistently, so the first signal only sets a flag
that the training loop reads between steps; all ranks agree on it before acting.
This file must not save anything itself.
"""

import signal

import torch

from ppo import distributed


class GracefulStop:
    """Context manager: `stop.requested()` is True (on every rank) once SIGINT/SIGTERM arrived on any rank."""

    def __init__(self, announce: bool = True):
        self.flag = False
        self.signal_number = 0
        self.announce = announce
        self.previous = {}

    def __enter__(self):
        for signal_number in (signal.SIGINT, signal.SIGTERM):
            self.previous[signal_number] = signal.signal(signal_number, self._handle)
        return self

    def __exit__(self, *exc):
        for signal_number, handler in self.previous.items():
            signal.signal(signal_number, handler)
        return False

    def _handle(self, signal_number, frame):
        if self.flag:  # second signal: stop now, the last checkpoint stays as it is
            raise KeyboardInterrupt
        self.flag, self.signal_number = True, signal_number
        if self.announce:
            print(
                f"\n{signal.Signals(signal_number).name}: finishing this step, then saving a checkpoint "
                "(send it again to abort without saving)",
                flush=True,
            )

    def requested(self) -> bool:
        flag = torch.tensor(float(self.flag), device=distributed.communication_device())
        return bool(distributed.all_reduce_sum(flag).item() > 0)

    def exit_code(self) -> int:
        return 128 + (self.signal_number or signal.SIGINT)
