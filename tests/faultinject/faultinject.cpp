// SPDX-License-Identifier: MIT
// LD_PRELOAD fault injection for tst_writefaults: interposes the libc calls a file write goes
// through and fails one of them, driven by the environment. Only files under AGM_FAULT_DIR are
// affected, so standard output, Qt's own files and the inputs' folder elsewhere are not.
//
//   AGM_FAULT_DIR=/abs/dir   required; nothing is injected without it
//   AGM_FAULT=<kind>         write-enospc, write-eio (after AGM_FAULT_AFTER bytes, then always),
//                            fsync-eio, close-eio, rename-exdev, rename-eacces, rename-ebusy,
//                            publish-einval (renameat2 without RENAME_NOREPLACE support),
//                            link-eperm, open-eacces, open-enospc (creating a file), mkdir-eacces,
//                            unlink-eio, touch-on-create (appends AGM_FAULT_TOUCH_DATA to
//                            AGM_FAULT_TOUCH when a file is created: a concurrent writer),
//                            kill (SIGKILL before the n-th write, fsync, create or rename: a crash);
//                            syncfs on a watched folder counts as an fsync
//   AGM_FAULT_NTH=<n>        the n-th matching call fails (1 by default; 0: every call)
//   AGM_FAULT_AFTER=<bytes>  for write-*: bytes that still succeed across the watched files
//   AGM_FAULT_LOG=<file>     appends one line per injected fault (the test checks it fired)
#undef _FORTIFY_SOURCE
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

#include <dlfcn.h>
#include <signal.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

#include <atomic>

namespace {

template<typename F>
F next(const char *name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

const char *env(const char *name)
{
    const char *value = getenv(name);
    return value && *value ? value : nullptr;
}

// AGM_FAULT may list several kinds, separated by commas.
bool faultIs(const char *kind)
{
    const char *fault = env("AGM_FAULT");
    const size_t n = strlen(kind);
    for (const char *p = fault; p && *p; p = strchr(p, ',') ? strchr(p, ',') + 1 : nullptr) {
        if (strncmp(p, kind, n) == 0 && (p[n] == ',' || p[n] == '\0'))
            return true;
    }
    return false;
}

// Whether an absolute or cwd-relative path lies under AGM_FAULT_DIR.
bool watchedPath(int dirfd, const char *path)
{
    const char *dir = env("AGM_FAULT_DIR");
    if (!dir || !path)
        return false;
    char full[4096];
    if (path[0] == '/') {
        snprintf(full, sizeof full, "%s", path);
    } else {
        if (dirfd != AT_FDCWD)
            return false;
        char cwd[2048];
        if (!getcwd(cwd, sizeof cwd))
            return false;
        snprintf(full, sizeof full, "%s/%s", cwd, path);
    }
    const size_t n = strlen(dir);
    return strncmp(full, dir, n) == 0 && (full[n] == '/' || full[n] == '\0');
}

constexpr int kMaxFds = 65536;
std::atomic<bool> watchedFds[kMaxFds];
std::atomic<long long> bytesWritten{0};
std::atomic<int> calls{0};

bool watchedFd(int fd)
{
    return fd >= 0 && fd < kMaxFds && watchedFds[fd].load();
}

void log(const char *what, const char *detail)
{
    const char *file = env("AGM_FAULT_LOG");
    if (!file)
        return;
    static auto realOpen = next<int (*)(const char *, int, ...)>("open");
    static auto realWrite = next<ssize_t (*)(int, const void *, size_t)>("write");
    const int fd = realOpen(file, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0)
        return;
    char line[4200];
    const int n = snprintf(line, sizeof line, "%s %s\n", what, detail ? detail : "");
    realWrite(fd, line, size_t(n > 0 && n < int(sizeof line) ? n : 0));
    close(fd);
}

// Counts a matching call; true when this one is to fail.
bool strike(const char *what, const char *detail)
{
    const char *nthText = env("AGM_FAULT_NTH");
    const int nth = nthText ? atoi(nthText) : 1;
    const int count = ++calls;
    if (nth != 0 && count != nth)
        return false;
    log(what, detail);
    return true;
}

// A crash at this call, if it is the chosen one.
void maybeKill(const char *what, const char *detail)
{
    if (faultIs("kill") && strike(what, detail))
        kill(getpid(), SIGKILL);
}

void touch()
{
    const char *path = env("AGM_FAULT_TOUCH");
    if (!path)
        return;
    static auto realOpen = next<int (*)(const char *, int, ...)>("open");
    static auto realWrite = next<ssize_t (*)(int, const void *, size_t)>("write");
    const int fd = realOpen(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0)
        return;
    const char *data = env("AGM_FAULT_TOUCH_DATA");
    data = data ? data : "changed meanwhile\n";
    realWrite(fd, data, strlen(data));
    close(fd);
}

// Before a file is opened: the fault for creating one, if any (0 = go on).
int beforeOpen(int dirfd, const char *path, int flags)
{
    const bool creates = (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE;
    if (!creates || !watchedPath(dirfd, path))
        return 0;
    maybeKill("open", path);
    if (faultIs("open-eacces") && strike("open", path))
        return EACCES;
    if (faultIs("open-enospc") && strike("open", path))
        return ENOSPC;
    if (faultIs("touch-on-create") && strike("touch", path))
        touch();
    return 0;
}

// Files opened for writing under the folder are watched; reading the inputs is never faulted.
int afterOpen(int fd, int dirfd, const char *path, int flags)
{
    if (fd >= 0 && fd < kMaxFds)
        watchedFds[fd] = (flags & O_ACCMODE) != O_RDONLY && watchedPath(dirfd, path);
    return fd;
}

// How many of `count` bytes may be written to `fd` (-1 with errno set: none).
ssize_t writable(int fd, size_t count)
{
    if (!watchedFd(fd))
        return ssize_t(count);
    maybeKill("write", nullptr);
    int error = 0;
    if (faultIs("write-enospc"))
        error = ENOSPC;
    else if (faultIs("write-eio"))
        error = EIO;
    if (!error)
        return ssize_t(count);
    const char *afterText = env("AGM_FAULT_AFTER");
    const long long after = afterText ? atoll(afterText) : 0;
    const long long before = bytesWritten.fetch_add(static_cast<long long>(count));
    if (before + static_cast<long long>(count) <= after)
        return ssize_t(count);
    if (before < after)
        return ssize_t(after - before); // a short write, as a filling disk gives
    log("write", nullptr);
    errno = error;
    return -1;
}

int renameFault(const char *target)
{
    if (!watchedPath(AT_FDCWD, target))
        return 0;
    maybeKill("rename", target);
    if (faultIs("rename-exdev") && strike("rename", target))
        return EXDEV;
    if (faultIs("rename-eacces") && strike("rename", target))
        return EACCES;
    if (faultIs("rename-ebusy") && strike("rename", target))
        return EBUSY;
    return 0;
}

template<typename Call>
int intercepted(int dirfd, const char *path, int flags, Call call)
{
    if (const int error = beforeOpen(dirfd, path, flags)) {
        errno = error;
        return -1;
    }
    return afterOpen(call(), dirfd, path, flags);
}

} // namespace

extern "C" {

#define AGM_OPEN_MODE(flags)                                                                                           \
    mode_t mode = 0;                                                                                                   \
    if (((flags) & O_CREAT) || ((flags) & O_TMPFILE) == O_TMPFILE) {                                                   \
        va_list args;                                                                                                  \
        va_start(args, flags);                                                                                         \
        mode = mode_t(va_arg(args, int));                                                                              \
        va_end(args);                                                                                                  \
    }

int open(const char *path, int flags, ...)
{
    AGM_OPEN_MODE(flags)
    static auto real = next<int (*)(const char *, int, ...)>("open");
    return intercepted(AT_FDCWD, path, flags, [&] { return real(path, flags, mode); });
}

int open64(const char *path, int flags, ...)
{
    AGM_OPEN_MODE(flags)
    static auto real = next<int (*)(const char *, int, ...)>("open64");
    return intercepted(AT_FDCWD, path, flags, [&] { return real(path, flags, mode); });
}

int openat(int dirfd, const char *path, int flags, ...)
{
    AGM_OPEN_MODE(flags)
    static auto real = next<int (*)(int, const char *, int, ...)>("openat");
    return intercepted(dirfd, path, flags, [&] { return real(dirfd, path, flags, mode); });
}

int openat64(int dirfd, const char *path, int flags, ...)
{
    AGM_OPEN_MODE(flags)
    static auto real = next<int (*)(int, const char *, int, ...)>("openat64");
    return intercepted(dirfd, path, flags, [&] { return real(dirfd, path, flags, mode); });
}

int creat(const char *path, mode_t mode)
{
    return open(path, O_CREAT | O_WRONLY | O_TRUNC, mode);
}

ssize_t write(int fd, const void *data, size_t count)
{
    static auto real = next<ssize_t (*)(int, const void *, size_t)>("write");
    const ssize_t allowed = writable(fd, count);
    return allowed < 0 ? -1 : real(fd, data, size_t(allowed));
}

ssize_t pwrite(int fd, const void *data, size_t count, off_t offset)
{
    static auto real = next<ssize_t (*)(int, const void *, size_t, off_t)>("pwrite");
    const ssize_t allowed = writable(fd, count);
    return allowed < 0 ? -1 : real(fd, data, size_t(allowed), offset);
}

ssize_t pwrite64(int fd, const void *data, size_t count, off64_t offset)
{
    static auto real = next<ssize_t (*)(int, const void *, size_t, off64_t)>("pwrite64");
    const ssize_t allowed = writable(fd, count);
    return allowed < 0 ? -1 : real(fd, data, size_t(allowed), offset);
}

ssize_t writev(int fd, const struct iovec *iov, int count)
{
    static auto real = next<ssize_t (*)(int, const struct iovec *, int)>("writev");
    if (watchedFd(fd) && (faultIs("write-enospc") || faultIs("write-eio"))) {
        // Rare for files; treat it as one write of its first buffer.
        return count > 0 ? write(fd, iov[0].iov_base, iov[0].iov_len) : 0;
    }
    return real(fd, iov, count);
}

int fsync(int fd)
{
    static auto real = next<int (*)(int)>("fsync");
    if (watchedFd(fd))
        maybeKill("fsync", nullptr);
    if (watchedFd(fd) && faultIs("fsync-eio") && strike("fsync", nullptr)) {
        errno = EIO;
        return -1;
    }
    return real(fd);
}

// The batched export flushes a whole file system through a folder opened read-only: it counts
// as an fsync of the watched folder.
int syncfs(int fd)
{
    static auto real = next<int (*)(int)>("syncfs");
    char link[64];
    char target[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = readlink(link, target, sizeof target - 1);
    bool watched = false;
    if (n > 0) {
        target[n] = 0;
        watched = watchedPath(AT_FDCWD, target);
    }
    if (watched)
        maybeKill("fsync", nullptr);
    if (watched && faultIs("fsync-eio") && strike("fsync", target)) {
        errno = EIO;
        return -1;
    }
    return real(fd);
}

int fdatasync(int fd)
{
    static auto real = next<int (*)(int)>("fdatasync");
    if (watchedFd(fd) && faultIs("fsync-eio") && strike("fdatasync", nullptr)) {
        errno = EIO;
        return -1;
    }
    return real(fd);
}

int close(int fd)
{
    static auto real = next<int (*)(int)>("close");
    const bool watched = watchedFd(fd);
    if (fd >= 0 && fd < kMaxFds)
        watchedFds[fd] = false;
    const int result = real(fd);
    // NFS reports deferred write errors here; the descriptor is gone either way.
    if (result == 0 && watched && faultIs("close-eio") && strike("close", nullptr)) {
        errno = EIO;
        return -1;
    }
    return result;
}

int rename(const char *from, const char *to)
{
    static auto real = next<int (*)(const char *, const char *)>("rename");
    if (const int error = renameFault(to)) {
        errno = error;
        return -1;
    }
    return real(from, to);
}

int renameat(int fromdir, const char *from, int todir, const char *to)
{
    static auto real = next<int (*)(int, const char *, int, const char *)>("renameat");
    if (todir == AT_FDCWD) {
        if (const int error = renameFault(to)) {
            errno = error;
            return -1;
        }
    }
    return real(fromdir, from, todir, to);
}

int renameat2(int fromdir, const char *from, int todir, const char *to, unsigned int flags)
{
    static auto real = next<int (*)(int, const char *, int, const char *, unsigned int)>("renameat2");
    if (todir == AT_FDCWD) {
        if (const int error = renameFault(to)) {
            errno = error;
            return -1;
        }
        if (faultIs("publish-einval") && watchedPath(todir, to) && strike("renameat2", to)) {
            errno = EINVAL;
            return -1;
        }
    }
    return real(fromdir, from, todir, to, flags);
}

int link(const char *from, const char *to)
{
    static auto real = next<int (*)(const char *, const char *)>("link");
    if (watchedPath(AT_FDCWD, to)) {
        if (const int error = renameFault(to)) {
            errno = error;
            return -1;
        }
        if (faultIs("link-eperm") && strike("link", to)) {
            errno = EPERM;
            return -1;
        }
    }
    return real(from, to);
}

int linkat(int fromdir, const char *from, int todir, const char *to, int flags)
{
    static auto real = next<int (*)(int, const char *, int, const char *, int)>("linkat");
    if (todir == AT_FDCWD && watchedPath(todir, to)) {
        if (const int error = renameFault(to)) {
            errno = error;
            return -1;
        }
    }
    return real(fromdir, from, todir, to, flags);
}

int mkdir(const char *path, mode_t mode)
{
    static auto real = next<int (*)(const char *, mode_t)>("mkdir");
    if (faultIs("mkdir-eacces") && watchedPath(AT_FDCWD, path) && strike("mkdir", path)) {
        errno = EACCES;
        return -1;
    }
    return real(path, mode);
}

int unlink(const char *path)
{
    static auto real = next<int (*)(const char *)>("unlink");
    if (faultIs("unlink-eio") && watchedPath(AT_FDCWD, path) && strike("unlink", path)) {
        errno = EIO;
        return -1;
    }
    return real(path);
}

} // extern "C"
