"""The sandbox's processes: a clean zygote that forks sample processes, and the server's handle on each sample.

Processes, from the outside in (the first two are `reward.server`'s):

- the watchdog (`server.watch_server`), started by `reward.executor.Executor` in a fresh isolated
  interpreter. It forks the fork server, waits for it, and kills it once the executor's process is gone.
- the fork server (`server.serve`). With namespaces it is init of private PID, network, IPC and mount
  namespaces (`reward.isolation`). It is the judge (`reward.judge`): it holds the tests and the expected
  answers, runs `check`, compares answers and reads CPU clocks, under a CPU bound per sample and a memory
  limit of its own. It never runs candidate code.
- the zygote (`zygote_loop`), forked by the server before the first request, so it never holds a request's
  data. It only forks sample processes on command and reaps them.
- sample processes (`become_sample`), one per solution load: every defence of `reward.isolation` taken in
  order, then one job (`reward.harness`). It holds one solution and talks to the server over a private socket.

This file starts, tracks and reaps processes; the defences themselves are `reward.isolation`'s. Nothing here
may signal a process it did not create.
"""

from __future__ import annotations

import gc
import marshal
import os
import random
import select
import signal
import socket
import struct
import time
import traceback

from reward import harness, protocol, timing
from reward.isolation import (
    NOBODY, PR_SET_CHILD_SUBREAPER, REFERENCE_USER, _libc, apply_rlimits, compiled_seccomp_filter,
    disable_processes_and_signals, disable_sockets, drop_privileges, install_seccomp, make_workdir,
    process_cpu_seconds, remove_workdir, seccomp_works, set_parent_death_signal,
)
from reward.protocol import SampleGone, SampleMisbehaved, SampleTimeout
from reward.settings import Limits

HARNESS_CRASH_EXIT = 70
"""A sample process's exit code when it could not take its defences or its harness crashed."""

# ---------------------------------------------------------------- the zygote

_DEVNULL_FD = -1


def zygote_loop(control: socket.socket, isolation: str, seccomp: bool) -> None:
    """Fork sample processes on command and reap them. Holds no request: only limits and descriptors pass here.

    Commands are single packets: ("spawn", drop, limits, cpu_seconds, user) answers with the sample's pid and, as
    passed descriptors, the server's ends of its socket and output pipe; ("reap", pid) waits for it and answers
    its exit status and peak memory, after killing anything it left.
    """
    global _DEVNULL_FD
    _DEVNULL_FD = os.open(os.devnull, os.O_RDONLY)
    _libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    compiled_seccomp_filter()
    timing.snapshot_interpreter()  # what a timed batch restores between passes
    gc.collect()
    gc.freeze()
    workdirs: dict[int, str] = {}
    while True:
        try:
            packet = control.recv(1 << 16)
        except OSError:
            os._exit(0)
        if not packet:
            os._exit(0)
        command = marshal.loads(packet)
        if command[0] == "spawn":
            _, drop, limit_settings, cpu_seconds, user = command
            limits = Limits(**dict(limit_settings))
            workdir = make_workdir(drop, limits.file_size_mb, user)
            ours, theirs = socket.socketpair()
            output_read, output_write = os.pipe()
            pid = os.fork()
            if pid == 0:
                control.close()
                ours.close()
                os.close(output_read)
                become_sample(theirs.detach(), output_write, workdir, drop, isolation, seccomp, limits,
                              cpu_seconds, user)
            theirs.close()
            os.close(output_write)
            workdirs[pid] = workdir
            socket.send_fds(control, [struct.pack("<q", pid)], [ours.fileno(), output_read])
            ours.close()
            os.close(output_read)
        elif command[0] == "reap":
            pid = command[1]
            status, maxrss = _reap(pid)
            workdir = workdirs.pop(pid, None)
            # Under seccomp a sample cannot create processes, so there is nothing to sweep (and no /proc scan
            # on every reap, which the fallback pays for with the host's whole process table).
            leftovers = 0 if seccomp else kill_descendants(keep=set(workdirs))
            if workdir is not None:
                remove_workdir(workdir)
            control.send(marshal.dumps((status, maxrss, leftovers)))


def _reap(pid: int) -> tuple[int, int]:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        _, status, usage = os.wait4(pid, 0)
        return status, usage.ru_maxrss
    except ChildProcessError:
        return 0, 0


def kill_descendants(keep: set[int] = frozenset()) -> int:
    """SIGKILL and reap every process still below the zygote except the samples in `keep` (still in use) and
    their own children; only a sample's leftovers can be there, and only where seccomp is unavailable.

    Orphans are reparented to the zygote (a child subreaper), so its descendants are everything a sample left,
    however it detached. Found through /proc by parent pid, never by process group or kill(-1).
    """
    count = 0
    while True:
        found = _descendants(os.getpid(), keep)
        for pid in found:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        reaped = False
        while True:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                break
            if pid in keep:  # a sample in use ended by itself: its status is no longer known
                continue
            reaped = True
            count += 1
        if not found and not reaped:
            return count
        if found and not reaped:
            time.sleep(0.001)


def _descendants(root: int, keep: set[int] = frozenset()) -> list[int]:
    parents: dict[int, int] = {}
    try:
        names = os.listdir("/proc")
    except OSError:
        return []
    for name in names:
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
            parents[int(name)] = int(fields[1])
        except (OSError, IndexError, ValueError):
            continue
    found, frontier = [], {root}
    while frontier:
        children = [pid for pid, parent in parents.items() if parent in frontier and pid != root and pid not in keep]
        found.extend(children)
        frontier = set(children)
        for pid in children:
            parents.pop(pid, None)
    return found


def become_sample(fd: int, output_write: int, workdir: str, drop: bool, isolation: str, seccomp: bool,
                  limits: Limits, cpu_seconds: int, user: int) -> None:
    """In the forked sample process: take every defence, read the job, run it. Never returns."""
    try:
        zygote = os.getppid()
        os.setsid()
        set_parent_death_signal()
        if os.getppid() != zygote:
            os._exit(HARNESS_CRASH_EXIT)
        os.dup2(_DEVNULL_FD, 0)
        os.dup2(output_write, 1)
        os.dup2(output_write, 2)
        os.dup2(fd, 3)
        os.closerange(4, 65536)
        os.chdir(workdir)
        os.environ["HOME"] = os.environ["TMPDIR"] = workdir
        apply_rlimits(limits, cpu_seconds)
        if drop:
            drop_privileges(user)
            # Changing the user cleared the parent-death signal (prctl(2)); without a PID namespace only it ends
            # a sample whose zygote died.
            set_parent_death_signal()
            if os.getppid() != zygote:
                os._exit(HARNESS_CRASH_EXIT)
        protected = seccomp and install_seccomp()
        if isolation != "namespaces":
            disable_sockets()
        if not protected:
            disable_processes_and_signals()
        message = protocol.receive_message(3)
        if message is None:
            os._exit(0)
        random.seed(0)
        harness.run_job(protocol.Job(*message), 3)
        harness.flush_output()
        os._exit(0)
    except BaseException:  # noqa: BLE001 - nothing may ever return into the zygote's loop
        try:
            os.write(2, traceback.format_exc(limit=8).encode(errors="replace")[-4000:])
        finally:
            os._exit(HARNESS_CRASH_EXIT)


# ---------------------------------------------------------------- the server's view of one sample

class Sample:
    """A sample process as the server sees it: send trusted messages, receive checked ones, read its CPU clock."""

    def __init__(self, spawner: "Spawner", pid: int, fd: int, output_fd: int, output_bytes: int):
        self.spawner, self.pid, self.fd, self.output_fd = spawner, pid, fd, output_fd
        self.output, self.output_room = bytearray(), output_bytes
        self.buffer = bytearray()
        self.status: int | None = None
        self.maxrss_kb = 0

    def send(self, message: tuple) -> None:
        try:
            protocol.send_message(self.fd, message)
        except OSError as error:
            raise SampleGone(f"the sample process went away ({error.strerror})") from None

    def receive(self, deadline: float) -> tuple:
        """The next message, read while draining the output pipe; raises on timeout, exit or garbage."""
        while True:
            message = protocol.parse_message(self.buffer)
            if message is not None:
                return message
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise SampleTimeout()
            fds = [self.fd] + ([self.output_fd] if self.output_fd >= 0 else [])
            ready, _, _ = select.select(fds, [], [], remaining)
            if self.output_fd in ready:
                self._read_output()
            if self.fd in ready:
                try:
                    chunk = os.read(self.fd, 1 << 20)
                except OSError:
                    chunk = b""
                if not chunk:
                    raise SampleGone("the sample process exited")
                self.buffer += chunk
                if len(self.buffer) > protocol.MAX_MESSAGE_BYTES + 8:
                    raise SampleMisbehaved("a message larger than the limit")

    def _read_output(self) -> None:
        try:
            data = os.read(self.output_fd, 1 << 16)
        except OSError:
            data = b""
        if not data:
            os.close(self.output_fd)
            self.output_fd = -1
            return
        keep = data[:max(self.output_room - len(self.output), 0)]
        self.output += keep

    def cpu_seconds(self) -> float | None:
        return process_cpu_seconds(self.pid)

    def pause(self) -> None:
        """Stop every thread of the process (SIGSTOP cannot be caught), so none runs while another batch is timed."""
        self._signal(signal.SIGSTOP)

    def resume(self) -> None:
        self._signal(signal.SIGCONT)

    def _signal(self, number: int) -> None:
        if self.pid > 0 and self.status is None:
            try:
                os.kill(self.pid, number)
            except ProcessLookupError:
                pass

    def kill(self) -> None:
        self._signal(signal.SIGKILL)

    def finish(self) -> str:
        """Kill and reap the process (its folder goes with it); return its captured output."""
        if self.status is None:
            self.kill()
            os.close(self.fd)
            while self.output_fd >= 0:  # no writers are left once the process is gone
                self._read_output()
            self.status, self.maxrss_kb = self.spawner.reap(self.pid)
        return self.output.decode("utf-8", "replace")

    def died_of(self) -> str:
        """How the process ended, in words, once `finish` has reaped it."""
        status = self.status or 0
        if os.WIFSIGNALED(status):
            return f"killed by {signal.Signals(os.WTERMSIG(status)).name}"
        return f"exited with code {os.WEXITSTATUS(status)}"

    def cpu_limit_reached(self) -> bool:
        return self.status is not None and os.WIFSIGNALED(self.status) and \
            os.WTERMSIG(self.status) in (signal.SIGXCPU,)


class Spawner:
    """The server's handle on the zygote."""

    def __init__(self, control: socket.socket, isolation: str, seccomp: bool, zygote_pid: int):
        self.control, self.isolation, self.seccomp, self.zygote_pid = control, isolation, seccomp, zygote_pid
        self.leftovers = 0

    def spawn(self, job: protocol.Job, limits: Limits, wall_seconds: float, reference: bool = False) -> Sample:
        """Fork a sample for `job`: as `nobody`, or for the reference's code as REFERENCE_USER."""
        drop = limits.drop_privileges and os.geteuid() == 0
        cpu_seconds = int(wall_seconds) + 2
        user = REFERENCE_USER if reference else NOBODY
        self.control.send(marshal.dumps(("spawn", drop, tuple(limits.to_dict().items()), cpu_seconds, user)))
        data, fds, _, _ = socket.recv_fds(self.control, 8, 2)
        if len(data) != 8 or len(fds) != 2:
            raise RuntimeError("the zygote did not answer a spawn request")
        pid = struct.unpack("<q", data)[0]
        sample = Sample(self, pid, fds[0], fds[1], limits.output_bytes)
        sample.send(job.fields())
        return sample

    def reap(self, pid: int) -> tuple[int, int]:
        self.control.send(marshal.dumps(("reap", pid)))
        status, maxrss, leftovers = marshal.loads(self.control.recv(1 << 16))
        self.leftovers += leftovers
        return status, maxrss


def start_zygote(isolation: str, client_fds: tuple[int, ...] = ()) -> Spawner:
    """Fork the zygote now, before any request exists in this process. It closes `client_fds` (the server's
    pipes to the executor), so once the server is gone nothing holds them."""
    seccomp = seccomp_works()
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    pid = os.fork()
    if pid == 0:
        ours.close()
        for fd in client_fds:
            os.close(fd)
        try:
            set_parent_death_signal()
            zygote_loop(theirs, isolation, seccomp)
        finally:
            os._exit(0)
    theirs.close()
    return Spawner(ours, isolation, seccomp, pid)
