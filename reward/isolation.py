"""Isolation primitives: the limits a sample runs under and each defence that enforces them, one named function each.

Used by the fork server (`reward.server`: namespaces, the filesystem view) and by a sample process right after
the zygote forks it (`reward.sandbox.become_sample`: rlimits, user, seccomp, the fallback blocks). Nothing here
starts, tracks or signals a process: that is `reward.sandbox`'s. What these defend against, and what they do
not, is the threat model in `reward/__init__.py`.
"""

from __future__ import annotations

import ctypes
import errno
import os
import platform
import resource
import secrets
import signal
import socket
import stat
import sys
import tempfile
import time
from pathlib import Path, PurePath

from reward.settings import Limits

SAMPLE_ENVIRONMENT = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
"""The sample's whole environment, plus HOME and TMPDIR pointing at its own folder."""

CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC = 0x00020000, 0x04000000, 0x08000000
CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET = 0x10000000, 0x20000000, 0x40000000
PR_SET_PDEATHSIG, PR_SET_DUMPABLE, PR_SET_CHILD_SUBREAPER, PR_SET_NO_NEW_PRIVS, PR_SET_SECCOMP = 1, 4, 36, 38, 22
NOBODY = 65534
REFERENCE_USER = 65533
"""The reference's samples run as this user, so a candidate (user `nobody`) can neither signal nor read them."""

_libc = ctypes.CDLL(None, use_errno=True)


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
