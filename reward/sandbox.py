"""The sandbox: a clean zygote that forks the processes running samples, and every defence they run under.

Processes, from the outside in (the first two are `reward.server`'s):

- the watchdog (`server.watch_server`), started by `reward.executor.Executor` in a fresh isolated
  interpreter. It forks the fork server, waits for it, and kills it once the executor's process is gone.
- the fork server (`server.serve`). With namespaces it is init of private PID, network, IPC and mount
  namespaces (`enter_namespaces`, `isolate_filesystem` here). It is the judge (`reward.judge`): it holds the
  tests and the expected answers, runs `check`, compares answers and reads CPU clocks, under a CPU bound per
  sample and a memory limit of its own. It never runs candidate code.
- the zygote (`zygote_loop`), forked by the server before the first request, so it never holds a request's
  data. It only forks sample processes on command and reaps them.
- sample processes, one per solution load: a fresh working folder, its own session, user `nobody`, rlimits,
  a seccomp filter (no new processes or exec, no ptrace, no System V or POSIX IPC, no keyrings, no AF_UNIX
  sockets, no io_uring or memfd), stdin closed and output captured. It holds one solution and talks to the
  server over a private socket.

Each defence is a named function below. Nothing here may signal a process it did not create.
"""

from __future__ import annotations

import ctypes
import errno
import gc
import os
import platform
import random
import resource
import secrets
import select
import signal
import socket
import stat
import struct
import sys
import tempfile
import time
import traceback
import marshal
from dataclasses import asdict, dataclass
from pathlib import Path, PurePath

from reward import harness

# Modules that solutions commonly import, loaded once in the fork server so a sample's imports are free.
# Not `queue` or anything else that imports `threading`: its after-fork handler would cost every sample ~0.3 ms.
PRELOADED_MODULES = (
    "typing", "collections", "heapq", "bisect", "itertools", "functools", "math", "string", "operator",
    "re", "random", "datetime", "copy", "fractions", "decimal", "statistics", "array", "hashlib", "cmath",
    "secrets", "dataclasses", "enum", "json", "struct", "textwrap", "numbers", "abc",
)
SAMPLE_ENVIRONMENT = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
"""The sample's whole environment, plus HOME and TMPDIR pointing at its own folder."""

CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC = 0x00020000, 0x04000000, 0x08000000
CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET = 0x10000000, 0x20000000, 0x40000000
PR_SET_PDEATHSIG, PR_SET_DUMPABLE, PR_SET_CHILD_SUBREAPER, PR_SET_NO_NEW_PRIVS, PR_SET_SECCOMP = 1, 4, 36, 38, 22
NOBODY = 65534
REFERENCE_USER = 65533
"""The reference's samples run as this user, so a candidate (user `nobody`) can neither signal nor read them."""
HARNESS_CRASH_EXIT = 70

_libc = ctypes.CDLL(None, use_errno=True)


@dataclass(frozen=True)
class Limits:
    """Resource limits for one sample, all enforced from outside the sample's process."""

    timeout: float = 10.0
    """Wall-clock seconds a candidate gets for loading and its tests at least; see `timeout_factor`."""
    timeout_factor: float = 10.0
    """A candidate's tests may take this multiple of the reference's time on them, when that is longer than
    `timeout`; timed batches get the same multiple of the reference's batch time."""
    reference_timeout: float = 300.0
    """Wall-clock seconds the reference may take on the tests and the workload (measured once per problem)."""
    memory_mb: int = 1024
    """Address-space limit (RLIMIT_AS) of a sample process, in MiB."""
    file_size_mb: int = 16
    """Largest file a sample may write (RLIMIT_FSIZE), and the size of its private folder, in MiB."""
    open_files: int = 64
    """Open file descriptors (RLIMIT_NOFILE)."""
    processes: int = 32
    """Processes of the sandbox user (RLIMIT_NPROC), where seccomp cannot forbid new processes outright."""
    output_bytes: int = 64 * 1024
    """Captured stdout+stderr kept per sample; the rest is read and discarded."""
    drop_privileges: bool = True
    """When running as root, run samples as user `nobody`."""
    namespaces: bool = True
    """Use PID, network, IPC and mount namespaces when the OS allows; False forces the weaker fallback."""
    judge_cpu_seconds: float = 60.0
    """CPU seconds the judge (the fork server) may spend on one sample: decoding and comparing answers, running
    `check` and the workload (its waits on samples cost it nothing). It took at most 1.2 s on any problem of the
    built-in, LeetCodeDataset-test and ENAMEL sets, the reference's profile and timing included. Past this,
    SIGXCPU ends it even inside one C call (marshal building a set whose items all hash alike), and the sample
    gets a verdict."""
    judge_memory_mb: int = 4096
    """Address-space limit (RLIMIT_AS) of the judge, in MiB (an idle judge maps about 25): past it, a MemoryError
    ends the sample with an error verdict and the judge is replaced."""

    def __post_init__(self):
        for name in ("timeout", "timeout_factor", "reference_timeout", "memory_mb", "file_size_mb", "open_files",
                     "processes", "output_bytes", "judge_cpu_seconds", "judge_memory_mb"):
            if not getattr(self, name) > 0:
                raise ValueError(f"Limits.{name}={getattr(self, name)!r}: must be positive")

    def to_dict(self) -> dict:
        return asdict(self)


# ---------------------------------------------------------------- namespaces and the filesystem view

def enter_namespaces() -> str:
    """Move the fork server into fresh PID, network, IPC and UTS namespaces; return which isolation applies.

    The network namespace has no interface up, so no connection can be opened. Without privileges we try a
    user namespace; failing both, the caller falls back to a subreaper and Python-level blocks.
    """
    wanted = CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS
    for flags in (wanted, CLONE_NEWUSER | wanted):
        if _libc.unshare(flags) == 0:
            return "namespaces"
    return "process"


MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = \
    1, 2, 4, 8, 32, 4096, 16384, 1 << 18
MNT_DETACH = 2
STAGING = "/tmp/acecode-import-paths"
"""An empty folder on the host; only inside the fork server's mount namespace does a tmpfs cover it."""
REPO_ROOT = Path(__file__).resolve().parent.parent


class FilesystemView:
    """What the samples see of the filesystem, decided once in the fork server's private mount namespace."""

    private = False
    """Whether the mount namespace is private (then sample folders are tmpfs mounts of their own)."""
    workdirs = tempfile.gettempdir()
    hidden: tuple[str, ...] = ()
    """Folders covered by an empty read-only tmpfs."""


def _mount(source, target, fstype, flags, data=None) -> bool:
    encode = (lambda value: value.encode() if isinstance(value, str) else value)
    return _libc.mount(encode(source), encode(target), encode(fstype), flags, encode(data)) == 0


def isolate_filesystem() -> dict[str, str]:
    """As root, in a private mount namespace: a fresh /proc, private read-only /tmp, /var/tmp and /dev/shm, the
    project, its data and home folders hidden, and the interpreter's folders bound read-only where samples
    can read them. Return the old -> new import paths. Without privileges nothing changes.

    Nothing here reaches the host: the namespace is made private (MS_PRIVATE, recursively) before any mount.
    """
    if os.geteuid() != 0:
        return {}
    os.makedirs(STAGING, mode=0o755, exist_ok=True)
    status = os.lstat(STAGING)
    if not stat.S_ISDIR(status.st_mode) or status.st_uid != 0:
        return {}  # not our plain root-owned folder (e.g. a planted symlink): do not mount over it
    if _libc.unshare(CLONE_NEWNS) != 0 or not _mount(None, "/", None, MS_REC | MS_PRIVATE):
        return {}  # the namespace is not private: mount nothing rather than touch the host's mounts
    if not _mount("tmpfs", STAGING, "tmpfs", MS_NOSUID | MS_NODEV, "mode=755,size=1m"):
        return {}
    FilesystemView.private = True
    covered = _folders_to_hide()
    mapping = {}
    entries = [entry for entry in dict.fromkeys(sys.path) if entry and os.path.isdir(entry)]
    for index, entry in enumerate(entries):
        if not _others_can_read(entry) or any(_is_within(entry, folder) for folder in covered):
            target = os.path.join(STAGING, f"path{index}")
            os.mkdir(target, 0o755)
            if _mount(entry, target, None, MS_BIND | MS_REC):
                _mount(None, target, None, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV)
                mapping[entry] = target
    work = os.path.join(STAGING, "work")
    os.mkdir(work, 0o755)
    FilesystemView.workdirs = work
    staging = os.open(STAGING, os.O_PATH)
    hidden = []
    for folder in covered:
        if _mount("tmpfs", folder, "tmpfs", MS_NOSUID | MS_NODEV, "mode=755,size=1m"):
            hidden.append(folder)
    if _is_within(STAGING, "/tmp") and "/tmp" in hidden:
        os.mkdir(STAGING, 0o755)
        _mount(f"/proc/self/fd/{staging}", STAGING, None, MS_BIND | MS_REC)
    os.close(staging)
    for folder in hidden:
        _mount(None, folder, None, MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV)
    FilesystemView.hidden = tuple(hidden)
    sys.path[:] = [_remap(entry, mapping) for entry in sys.path]
    sys.path_importer_cache.clear()
    for module in list(sys.modules.values()):
        package_path = getattr(module, "__path__", None)
        if isinstance(package_path, list):
            package_path[:] = [_remap(entry, mapping) for entry in package_path]
    return mapping


def mount_fresh_proc() -> bool:
    """In a private PID and mount namespace: a /proc that shows this namespace's processes only."""
    return FilesystemView.private and _mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)


def _folders_to_hide() -> list[str]:
    folders = ["/tmp", "/var/tmp", "/dev/shm", str(REPO_ROOT), "/home", "/root", os.path.expanduser("~")]
    parent = REPO_ROOT.parent
    if parent != Path("/") and len(parent.parts) > 1 and parent.parts[1] not in ("usr", "opt", "lib", "bin", "etc"):
        folders.append(str(parent))  # the project's siblings: data sets, other checkouts
    unique = []
    for folder in dict.fromkeys(folders):
        if os.path.isdir(folder) and not os.path.islink(folder) and folder != "/":
            unique.append(folder)
    return unique


def _is_within(path: str, folder: str) -> bool:
    path, folder = os.path.abspath(path), os.path.abspath(folder)
    return path == folder or path.startswith(folder.rstrip("/") + "/")


def _others_can_read(path: str) -> bool:
    """Whether a user with no relation to the owner can list `path` (every ancestor searchable)."""
    path = os.path.abspath(path)
    parts = [path] + [str(parent) for parent in PurePath(path).parents]
    for index, folder in enumerate(parts):
        mode = os.stat(folder).st_mode
        needed = 0o005 if index == 0 else 0o001
        if mode & needed != needed:
            return False
    return True


def _remap(entry: str, mapping: dict[str, str]) -> str:
    for old, new in mapping.items():
        if entry == old or entry.startswith(old + os.sep):
            return new + entry[len(old):]
    return entry


def make_workdir(drop: bool, size_mb: int, user: int = NOBODY) -> str:
    """A fresh, empty folder for one sample: its own size-capped tmpfs in a private mount namespace."""
    workdir = os.path.join(FilesystemView.workdirs, "acecode-sample-" + secrets.token_hex(8))
    os.mkdir(workdir, 0o700)
    if FilesystemView.private:
        _mount("tmpfs", workdir, "tmpfs", MS_NOSUID | MS_NODEV, f"mode=700,size={size_mb}m")
    if drop:
        os.chown(workdir, user, user)
    return workdir


def remove_workdir(workdir: str) -> None:
    """Remove a sample's folder, however deep the tree it left: detach its tmpfs, or delete without recursion."""
    if FilesystemView.private and _libc.umount2(workdir.encode(), MNT_DETACH) == 0:
        try:
            os.rmdir(workdir)
            return
        except OSError:
            pass
    remove_tree(workdir)


def remove_tree(top: str) -> None:
    """`shutil.rmtree` without recursion (a sample may leave thousands of nested folders); never follows links."""
    stack = [top]
    while stack:
        folder = stack[-1]
        try:
            entries = list(os.scandir(folder))
        except OSError:
            stack.pop()
            continue
        pushed = False
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(entry.path)
                    pushed = True
                else:
                    os.unlink(entry.path)
            except OSError:
                pass
        if not pushed:
            stack.pop()
            try:
                os.rmdir(folder)
            except OSError:
                pass


# ---------------------------------------------------------------- a sample process's own defences

def set_parent_death_signal() -> None:
    """Die with SIGKILL when the parent dies, so nothing outlives the process that owns it."""
    _libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def apply_rlimits(limits: Limits, cpu_seconds: int) -> None:
    """Kernel-enforced ceilings on CPU, memory, file size, descriptors, processes and core dumps."""
    megabyte = 1 << 20
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    resource.setrlimit(resource.RLIMIT_AS, (limits.memory_mb * megabyte,) * 2)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limits.file_size_mb * megabyte,) * 2)
    resource.setrlimit(resource.RLIMIT_NOFILE, (limits.open_files,) * 2)
    resource.setrlimit(resource.RLIMIT_NPROC, (limits.processes,) * 2)
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def drop_privileges(user: int = NOBODY) -> None:
    """Become `user` (`nobody` for candidates) with no supplementary groups and no way to regain privileges."""
    os.setgroups([])
    os.setresgid(user, user, user)
    os.setresuid(user, user, user)
    _libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)


# Seccomp: system calls a sample may not make, per architecture. Threads stay allowed (clone with CLONE_THREAD;
# clone3 answers ENOSYS so the C library falls back to clone): a process's CPU clock counts all its threads, so
# only new processes could hide CPU time from the judge. The filter is installed before the sample reads its job
# (the zygote forks it, no exec), so it may also refuse execve/execveat (no program can replace the sample),
# io_uring (system calls made by the kernel on the sample's behalf, out of the filter's sight), memfd_create and
# personality: nothing a solution needs calls them.
SYSCALLS = {
    "x86_64": dict(audit_arch=0xC000003E, clone=56, fork=57, vfork=58, clone3=435, ptrace=101,
                   process_vm_readv=310, process_vm_writev=311, socket=41, socketpair=53,
                   shmget=29, semget=64, msgget=68, mq_open=240, add_key=248, request_key=249, keyctl=250,
                   unshare=272, setns=308, execve=59, execveat=322, io_uring_setup=425, io_uring_enter=426,
                   io_uring_register=427, memfd_create=319, personality=135),
    "aarch64": dict(audit_arch=0xC00000B7, clone=220, fork=None, vfork=None, clone3=435, ptrace=117,
                    process_vm_readv=270, process_vm_writev=271, socket=198, socketpair=199,
                    shmget=194, semget=190, msgget=186, mq_open=180, add_key=217, request_key=218, keyctl=219,
                    unshare=97, setns=268, execve=221, execveat=281, io_uring_setup=425, io_uring_enter=426,
                    io_uring_register=427, memfd_create=279, personality=92),
}
CLONE_THREAD, AF_UNIX, X32_SYSCALL_BIT = 0x00010000, 1, 0x40000000
SECCOMP_RET_ALLOW, SECCOMP_RET_ERRNO, SECCOMP_RET_KILL_PROCESS = 0x7FFF0000, 0x00050000, 0x80000000


class _SockFilter(ctypes.Structure):
    _fields_ = [("code", ctypes.c_ushort), ("jt", ctypes.c_ubyte), ("jf", ctypes.c_ubyte), ("k", ctypes.c_uint)]


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(_SockFilter))]


def seccomp_program() -> list[tuple[int, int, int, int]] | None:
    """The BPF filter for this machine's architecture, or None where it is not known."""
    numbers = SYSCALLS.get(platform.machine())
    if numbers is None:
        return None
    ld_w_abs, jeq_k, jge_k, jset_k, ret_k = 0x20, 0x15, 0x35, 0x45, 0x06
    eperm, enosys = SECCOMP_RET_ERRNO | errno.EPERM, SECCOMP_RET_ERRNO | errno.ENOSYS
    denied = [numbers[name] for name in ("fork", "vfork", "ptrace", "process_vm_readv", "process_vm_writev",
                                         "shmget", "semget", "msgget", "mq_open", "add_key", "request_key",
                                         "keyctl", "unshare", "setns", "socketpair", "execve", "execveat",
                                         "io_uring_setup", "io_uring_enter", "io_uring_register", "memfd_create",
                                         "personality") if numbers[name] is not None]
    program = [(ld_w_abs, 0, 0, 4), (jeq_k, 1, 0, numbers["audit_arch"]), (ret_k, 0, 0, SECCOMP_RET_KILL_PROCESS),
               (ld_w_abs, 0, 0, 0)]
    if platform.machine() == "x86_64":
        # x32 system calls share x86_64's audit arch but carry bit 30 (fork is 57 | 1 << 30): refuse them all,
        # or every number below could be made again under its x32 alias where the kernel has x32 enabled.
        program += [(jge_k, 0, 1, X32_SYSCALL_BIT), (ret_k, 0, 0, eperm)]
    for number in denied:
        program += [(jeq_k, 0, 1, number), (ret_k, 0, 0, eperm)]
    program += [(jeq_k, 0, 1, numbers["clone3"]), (ret_k, 0, 0, enosys)]
    # clone: allowed only for threads (flags are the first argument on both architectures).
    program += [(jeq_k, 0, 4, numbers["clone"]), (ld_w_abs, 0, 0, 16), (jset_k, 1, 0, CLONE_THREAD),
                (ret_k, 0, 0, eperm), (ret_k, 0, 0, SECCOMP_RET_ALLOW)]
    # socket: no AF_UNIX (a path socket could reach a listener outside every namespace).
    program += [(jeq_k, 0, 3, numbers["socket"]), (ld_w_abs, 0, 0, 16), (jeq_k, 0, 1, AF_UNIX),
                (ret_k, 0, 0, eperm)]
    program += [(ret_k, 0, 0, SECCOMP_RET_ALLOW)]
    return program


_COMPILED_FILTER: tuple | None = None


def compiled_seccomp_filter():
    """The filter as the kernel reads it, built once per process (the zygote builds it before forking, so a
    sample only makes the system call)."""
    global _COMPILED_FILTER
    if _COMPILED_FILTER is None:
        program = seccomp_program()
        if program is None:
            return None
        filters = (_SockFilter * len(program))(*[_SockFilter(*instruction) for instruction in program])
        _COMPILED_FILTER = (filters, _SockFprog(len(program), filters))
    return _COMPILED_FILTER[1]


def install_seccomp() -> bool:
    """Install the filter in this process (after no_new_privs); return whether it is in force."""
    fprog = compiled_seccomp_filter()
    if fprog is None:
        return False
    _libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)
    return _libc.prctl(PR_SET_SECCOMP, 2, ctypes.byref(fprog), 0, 0) == 0


def seccomp_works() -> bool:
    """Whether a forked probe can install the filter and is then refused a fork (checked once per server)."""
    pid = os.fork()
    if pid == 0:
        try:
            if not install_seccomp():
                os._exit(2)
            try:
                child = os.fork()
            except PermissionError:
                os._exit(0)
            if child == 0:
                os._exit(0)
            os._exit(3)
        except BaseException:  # noqa: BLE001
            os._exit(4)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status) == 0


def disable_sockets() -> None:
    """Fallback without a network namespace: make socket creation raise inside the sample (Python level)."""
    import _socket

    def refuse(*args, **kwargs):
        raise PermissionError("network access is disabled in the sandbox")

    for module in (socket, _socket):
        for name in ("socket", "socketpair", "fromfd", "create_connection", "create_server", "getaddrinfo"):
            if hasattr(module, name):
                setattr(module, name, refuse)


def disable_processes_and_signals() -> None:
    """Fallback without seccomp or a PID namespace: make forking and signalling raise (Python level)."""
    def refuse(*args, **kwargs):
        raise PermissionError("creating processes and sending signals are disabled in the sandbox")

    for name in ("kill", "killpg", "pidfd_open", "fork", "forkpty", "posix_spawn", "posix_spawnp", "system",
                 "execv", "execve"):
        if hasattr(os, name):
            setattr(os, name, refuse)
    signal.pthread_kill = refuse


def process_cpu_seconds(pid: int) -> float | None:
    """CPU seconds a process (all its threads) has used so far, read from outside via its POSIX CPU clock."""
    try:
        return time.clock_gettime((~pid << 3) | 2)  # MAKE_PROCESS_CPUCLOCK(pid, CPUCLOCK_SCHED)
    except OSError:
        return None


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
    harness.snapshot_interpreter()
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
        message = harness.receive_message(3)
        if message is None:
            os._exit(0)
        random.seed(0)
        harness.run_job(harness.Job(*message), 3)
        harness.flush_output()
        os._exit(0)
    except BaseException:  # noqa: BLE001 - nothing may ever return into the zygote's loop
        try:
            os.write(2, traceback.format_exc(limit=8).encode(errors="replace")[-4000:])
        finally:
            os._exit(HARNESS_CRASH_EXIT)


# ---------------------------------------------------------------- the server's view of one sample

class SampleGone(Exception):
    """The sample process exited or closed its socket before answering."""


class SampleTimeout(Exception):
    """The sample did not answer before its deadline."""


class SampleMisbehaved(Exception):
    """The sample sent something that is not a well-formed message."""


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
            harness.send_message(self.fd, message)
        except OSError as error:
            raise SampleGone(f"the sample process went away ({error.strerror})") from None

    def receive(self, deadline: float) -> tuple:
        """The next message, read while draining the output pipe; raises on timeout, exit or garbage."""
        while True:
            message = self._parse()
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
                if len(self.buffer) > harness.MAX_MESSAGE_BYTES + 8:
                    raise SampleMisbehaved("a message larger than the limit")

    def _parse(self) -> tuple | None:
        if len(self.buffer) < 8:
            return None
        size = struct.unpack("<Q", self.buffer[:8])[0]
        if size > harness.MAX_MESSAGE_BYTES:
            raise SampleMisbehaved("a message larger than the limit")
        if len(self.buffer) < 8 + size:
            return None
        body = bytes(self.buffer[8:8 + size])
        del self.buffer[:8 + size]
        try:
            message = marshal.loads(body)
        except Exception:  # noqa: BLE001 - forged data may raise anything marshal has
            raise SampleMisbehaved("a malformed message") from None
        if type(message) is not tuple or not message or type(message[0]) is not str:
            raise SampleMisbehaved("a malformed message")
        return message

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

    def spawn(self, job: harness.Job, limits: Limits, wall_seconds: float, reference: bool = False) -> Sample:
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
        fields = (job.role, job.solution, job.preamble, job.entry_point, tuple(job.class_names), job.class_source,
                  job.passes, job.fresh_arguments, job.collect_garbage, job.pass_loop)
        sample.send(fields)
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
