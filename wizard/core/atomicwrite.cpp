// SPDX-License-Identifier: MIT
#include "atomicwrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QDateTime>
#include <QDirIterator>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <utility>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cstdio>
#if defined(Q_OS_LINUX)
#include <sys/syscall.h>
#include <sys/xattr.h>
#endif
#elif defined(Q_OS_WIN)
#include <fcntl.h>
#include <io.h>
#include <share.h>
#include <sys/stat.h>
#include <windows.h>
#include <direct.h>
#endif

namespace agm {

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

#if defined(Q_OS_UNIX)

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

// Like RENAME_NOREPLACE, for file systems without it: link() never replaces an existing name.
int linkThenUnlink(const QByteArray &from, const QByteArray &to)
{
    if (::link(from.constData(), to.constData()) == 0) {
        ::unlink(from.constData());
        return 0;
    }
    const int error = errno;
    if (error != EPERM && error != ENOTSUP && error != EOPNOTSUPP && error != EMLINK && error != ENOSYS)
        return error;
    // No hard links here (FAT, some network shares): check, then rename. A file created between
    // the two calls would be replaced; no portable call closes that gap on such file systems.
    struct stat st;
    if (::lstat(to.constData(), &st) == 0)
        return EEXIST;
    return ::rename(from.constData(), to.constData()) == 0 ? 0 : errno;
}

#endif

} // namespace

FileOps::~FileOps() = default;

FileOps &FileOps::real()
{
    static FileOps ops;
    return ops;
}

#if defined(Q_OS_UNIX)

int FileOps::status(const QString &path, Status &status)
{
    status = Status();
    const QByteArray name = encoded(path);
    struct stat st;
    if (::lstat(name.constData(), &st) != 0)
        return errno == ENOENT || errno == ENOTDIR ? 0 : errno;
    status.exists = true;
    status.symlink = S_ISLNK(st.st_mode);
    status.directory = S_ISDIR(st.st_mode);
    status.mode = unsigned(st.st_mode & 07777);
    status.links = qint64(st.st_nlink);
    status.owner = unsigned(st.st_uid);
    status.group = unsigned(st.st_gid);
    status.device = quint64(st.st_dev);
    status.inode = quint64(st.st_ino);
#if defined(Q_OS_LINUX)
    if (S_ISREG(st.st_mode)) {
        char names[4096];
        const ssize_t size = ::llistxattr(name.constData(), names, sizeof names);
        // A new file gets its SELinux label from the folder; anything else would be lost.
        for (ssize_t i = 0; i < size; i += ssize_t(qstrlen(names + i)) + 1) {
            if (qstrcmp(names + i, "security.selinux") != 0)
                status.extendedAttributes = true;
        }
        if (size < 0 && errno == ERANGE)
            status.extendedAttributes = true;
    }
#endif
    return 0;
}

int FileOps::readLink(const QString &path, QString &target)
{
    QByteArray buffer(4096, Qt::Uninitialized);
    const ssize_t size = ::readlink(encoded(path).constData(), buffer.data(), size_t(buffer.size()));
    if (size < 0)
        return errno;
    if (size >= buffer.size())
        return ENAMETOOLONG;
    target = QFile::decodeName(buffer.left(int(size)));
    return 0;
}

int FileOps::read(const QString &path, QByteArray &bytes)
{
    bytes.clear();
    const int fd = ::open(encoded(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    char chunk[65536];
    int error = 0;
    for (;;) {
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            error = errno;
        if (n <= 0)
            break;
        bytes.append(chunk, int(n));
    }
    ::close(fd);
    return error;
}

int FileOps::makeDir(const QString &path)
{
    return ::mkdir(encoded(path).constData(), 0777) == 0 ? 0 : errno;
}

int FileOps::removeDir(const QString &path)
{
    return ::rmdir(encoded(path).constData()) == 0 ? 0 : errno;
}

int FileOps::create(const QString &path, Handle &handle)
{
    const int fd = ::open(encoded(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return errno;
    handle = fd;
    return 0;
}

int FileOps::write(Handle handle, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(int(handle), data, size_t(qMin<qint64>(size, 1 << 30)));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return errno;
        if (n == 0)
            return EIO;
        data += n;
        size -= n;
    }
    return 0;
}

int FileOps::sync(Handle handle)
{
#if defined(Q_OS_DARWIN)
    // fsync() on macOS leaves the data in the drive's cache.
    if (::fcntl(int(handle), F_FULLFSYNC) == 0)
        return 0;
#endif
    return ::fsync(int(handle)) == 0 ? 0 : errno;
}

int FileOps::setMode(Handle handle, unsigned mode)
{
    return ::fchmod(int(handle), mode_t(mode)) == 0 ? 0 : errno;
}

int FileOps::setOwner(Handle handle, unsigned owner, unsigned group)
{
    return ::fchown(int(handle), uid_t(owner), gid_t(group)) == 0 ? 0 : errno;
}

int FileOps::close(Handle handle)
{
    // After EINTR the descriptor is gone on Linux; retrying could close another thread's file.
    return ::close(int(handle)) == 0 || errno == EINTR ? 0 : errno;
}

int FileOps::replace(const QString &from, const QString &to)
{
    return ::rename(encoded(from).constData(), encoded(to).constData()) == 0 ? 0 : errno;
}

int FileOps::publish(const QString &from, const QString &to)
{
    const QByteArray source = encoded(from);
    const QByteArray target = encoded(to);
#if defined(Q_OS_LINUX) && defined(RENAME_NOREPLACE) // glibc 2.28+
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP && errno != EOPNOTSUPP)
        return errno;
#elif defined(Q_OS_LINUX) && defined(SYS_renameat2)
    if (::syscall(SYS_renameat2, AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), 1 /* RENAME_NOREPLACE */) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP && errno != EOPNOTSUPP)
        return errno;
#elif defined(Q_OS_DARWIN) && defined(RENAME_EXCL)
    if (::renamex_np(source.constData(), target.constData(), RENAME_EXCL) == 0)
        return 0;
    if (errno != ENOTSUP && errno != EINVAL)
        return errno;
#endif
    return linkThenUnlink(source, target);
}

int FileOps::hardLink(const QString &existing, const QString &name)
{
    return ::link(encoded(existing).constData(), encoded(name).constData()) == 0 ? 0 : errno;
}

int FileOps::remove(const QString &path)
{
    return ::unlink(encoded(path).constData()) == 0 ? 0 : errno;
}

void FileOps::syncDir(const QString &dir)
{
    const int fd = ::open(encoded(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

int FileOps::syncFileSystem(const QString &path)
{
#if defined(Q_OS_LINUX)
    const int fd = ::open(encoded(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    // Since Linux 5.8 syncfs() also reports write-back errors of the file system.
    const int error = ::syncfs(fd) == 0 ? 0 : errno;
    ::close(fd);
    return error;
#else
    Q_UNUSED(path);
    return ENOSYS;
#endif
}

int FileOps::syncFile(const QString &path)
{
    const int fd = ::open(encoded(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const int error = sync(Handle(fd));
    ::close(fd);
    return error;
}

unsigned defaultFileMode()
{
    static const unsigned mode = [] {
#if defined(Q_OS_LINUX)
        // Reading the mask there leaves it alone; umask() would change it for every thread.
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                bool ok = false;
                const unsigned mask = line.startsWith("Umask:") ? line.mid(6).trimmed().toUInt(&ok, 8) : 0;
                if (ok)
                    return 0666u & ~mask;
            }
        }
#endif
        const mode_t mask = ::umask(022);
        ::umask(mask);
        return 0666u & ~unsigned(mask);
    }();
    return mode;
}

#elif defined(Q_OS_WIN)

namespace {

const wchar_t *native(const QString &path)
{
    return reinterpret_cast<const wchar_t *>(path.utf16());
}

int fromWindowsError(DWORD code)
{
    switch (code) {
    case ERROR_ALREADY_EXISTS:
    case ERROR_FILE_EXISTS:
        return EEXIST;
    case ERROR_ACCESS_DENIED:
        return EACCES;
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION:
        return EBUSY;
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL:
        return ENOSPC;
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
        return ENOENT;
    case ERROR_NOT_SAME_DEVICE:
        return EXDEV;
    default:
        return EIO;
    }
}

// Virus scanners, indexers and sync clients hold new files for tens of milliseconds: retry a
// few times (10 to 160 ms, about 310 ms in all) on sharing and access errors only.
int moveFile(const QString &from, const QString &to, DWORD flags)
{
    const QString source = QDir::toNativeSeparators(from);
    const QString target = QDir::toNativeSeparators(to);
    DWORD code = 0;
    for (int attempt = 0, delay = 10; attempt < 5; ++attempt, delay *= 2) {
        if (MoveFileExW(native(source), native(target), flags | MOVEFILE_WRITE_THROUGH))
            return 0;
        code = GetLastError();
        if (code != ERROR_SHARING_VIOLATION && code != ERROR_ACCESS_DENIED)
            break;
        Sleep(DWORD(delay));
    }
    return fromWindowsError(code);
}

} // namespace

int FileOps::status(const QString &path, Status &status)
{
    status = Status();
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return 0;
    status.exists = true;
    status.symlink = info.isSymLink();
    status.directory = info.isDir();
    status.mode = info.isWritable() ? 0666u : 0444u;
    return 0;
}

int FileOps::readLink(const QString &path, QString &target)
{
    target = QFileInfo(path).symLinkTarget();
    return target.isEmpty() ? ENOENT : 0;
}

int FileOps::read(const QString &path, QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return file.error() == QFileDevice::PermissionsError ? EACCES : ENOENT;
    bytes = file.readAll();
    return file.error() == QFileDevice::NoError ? 0 : EIO;
}

int FileOps::makeDir(const QString &path)
{
    return _wmkdir(native(QDir::toNativeSeparators(path))) == 0 ? 0 : errno;
}

int FileOps::removeDir(const QString &path)
{
    return _wrmdir(native(QDir::toNativeSeparators(path))) == 0 ? 0 : errno;
}

int FileOps::create(const QString &path, Handle &handle)
{
    int fd = -1;
    const errno_t error = _wsopen_s(&fd, native(QDir::toNativeSeparators(path)), _O_WRONLY | _O_CREAT | _O_EXCL | _O_BINARY | _O_NOINHERIT,
                                    _SH_DENYNO, _S_IREAD | _S_IWRITE);
    if (error != 0)
        return error;
    handle = fd;
    return 0;
}

int FileOps::write(Handle handle, const char *data, qint64 size)
{
    while (size > 0) {
        const int n = _write(int(handle), data, unsigned(qMin<qint64>(size, 1 << 30)));
        if (n < 0)
            return errno;
        if (n == 0)
            return EIO;
        data += n;
        size -= n;
    }
    return 0;
}

int FileOps::sync(Handle handle)
{
    return _commit(int(handle)) == 0 ? 0 : errno;
}

int FileOps::setMode(Handle, unsigned)
{
    return 0; // the new file inherits the folder's ACL
}

int FileOps::setOwner(Handle, unsigned, unsigned)
{
    return 0;
}

int FileOps::close(Handle handle)
{
    return _close(int(handle)) == 0 ? 0 : errno;
}

int FileOps::replace(const QString &from, const QString &to)
{
    return moveFile(from, to, MOVEFILE_REPLACE_EXISTING);
}

int FileOps::publish(const QString &from, const QString &to)
{
    return moveFile(from, to, 0); // without MOVEFILE_REPLACE_EXISTING it fails when `to` exists
}

int FileOps::hardLink(const QString &existing, const QString &name)
{
    if (CreateHardLinkW(native(QDir::toNativeSeparators(name)), native(QDir::toNativeSeparators(existing)), nullptr))
        return 0;
    return fromWindowsError(GetLastError());
}

int FileOps::remove(const QString &path)
{
    return _wunlink(native(QDir::toNativeSeparators(path))) == 0 ? 0 : errno;
}

void FileOps::syncDir(const QString &)
{
}

int FileOps::syncFileSystem(const QString &)
{
    return ENOSYS;
}

int FileOps::syncFile(const QString &path)
{
    // _commit needs a handle open for writing.
    const int fd = _wopen(reinterpret_cast<const wchar_t *>(path.utf16()), _O_RDWR | _O_BINARY);
    if (fd < 0)
        return errno;
    const int error = sync(Handle(fd));
    _close(fd);
    return error;
}

unsigned defaultFileMode()
{
    return 0666u;
}

#endif

namespace {

// The system's text for an errno value (qt_error_string() takes Windows error codes there).
QString errorText(int code)
{
#if defined(Q_OS_WIN)
    char text[256] = {};
    strerror_s(text, sizeof text, code);
    return QString::fromLocal8Bit(text);
#else
    return qt_error_string(code);
#endif
}

} // namespace

QString describeFileError(int code)
{
    QString advice;
    switch (code) {
    case ENOSPC:
#if defined(EDQUOT)
    case EDQUOT:
#endif
        advice = QCoreApplication::translate("agm::Core", "Free some space or pick another folder, then run again.");
        break;
    case EACCES:
    case EPERM:
        advice = QCoreApplication::translate("agm::Core", "Check the permissions of the file and its folder, then run again.");
        break;
    case EROFS:
        advice = QCoreApplication::translate("agm::Core", "The file system is read-only; pick another folder.");
        break;
    case EXDEV:
    case EBUSY:
        advice = QCoreApplication::translate("agm::Core", "It cannot be replaced in one step (a mount point, a file in use or another file system); write copies to another folder instead.");
        break;
    case EIO:
        advice = QCoreApplication::translate("agm::Core", "The disk reported an error; check it, then run again.");
        break;
    default:
        advice = QCoreApplication::translate("agm::Core", "Check the disk and the folder, then run again.");
        break;
    }
    return errorText(code) + QStringLiteral(". ") + advice;
}

AtomicFile::AtomicFile(const QString &target, WriteMode mode, FileOps &ops)
    : m_ops(ops)
    , m_target(target)
    , m_mode(mode)
{
}

AtomicFile::~AtomicFile()
{
    discard();
}

bool AtomicFile::fail(int code, const QString &what)
{
    m_error = what + QStringLiteral(": ") + describeFileError(code);
    if (m_mode == WriteMode::Replace)
        m_error += QLatin1Char(' ') + QCoreApplication::translate("agm::Core", "%1 is unchanged.").arg(nativePath(m_target));
    discard(); // appends to m_error if the temporary file stays behind
    return false;
}

void AtomicFile::discard()
{
    if (m_temp.isEmpty())
        return;
    const int error = m_ops.remove(m_temp);
    if (error != 0 && error != ENOENT) {
        const QString leftover = QCoreApplication::translate("agm::Core", "The temporary file %1 could not be removed (%2); delete it.").arg(nativePath(m_temp), errorText(error));
        m_error = m_error.isEmpty() ? leftover : m_error + QLatin1Char(' ') + leftover;
    }
    m_temp.clear();
}

namespace {

// The file a chain of symbolic links ends at (which may not exist yet).
int resolveLinks(FileOps &ops, const QString &path, QString &resolved)
{
    QString current = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    for (int depth = 0; depth < 40; ++depth) {
        FileOps::Status status;
        if (const int error = ops.status(current, status))
            return error;
        if (!status.symlink) {
            resolved = current;
            return 0;
        }
        QString link;
        if (const int error = ops.readLink(current, link))
            return error;
        current = QDir::cleanPath(QDir::isAbsolutePath(link) ? link : QFileInfo(current).absolutePath() + QLatin1Char('/') + link);
    }
    return ELOOP;
}

QString temporaryName(const QString &dir)
{
    const quint64 random = QRandomGenerator::system()->generate64() & Q_UINT64_C(0xffffffffffff);
    return dir + QStringLiteral("/.agm-%1.tmp").arg(random, 12, 16, QLatin1Char('0'));
}

} // namespace

void removeStaleTemporaryFiles(const QString &dir, FileOps &ops)
{
    static const QRegularExpression ours(QStringLiteral("^\\.agm-[0-9a-f]{12}\\.tmp$"));
    const QDateTime stale = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QDirIterator it(dir, {QStringLiteral(".agm-*.tmp")}, QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    while (it.hasNext()) {
        it.next();
        if (ours.match(it.fileName()).hasMatch() && it.fileInfo().lastModified().toUTC() < stale)
            ops.remove(it.filePath());
    }
}

namespace {

// The temporary file as a device: every write goes through FileOps (so the fault tests reach it);
// after the first failure nothing more is written and the error is kept for stage().
class HandleDevice : public QIODevice
{
public:
    HandleDevice(FileOps &ops, FileOps::Handle handle)
        : m_ops(ops)
        , m_handle(handle)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    int error() const { return m_error; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_error == 0)
            m_error = m_ops.write(m_handle, data, size);
        return m_error == 0 ? size : -1;
    }

private:
    FileOps &m_ops;
    FileOps::Handle m_handle;
    int m_error = 0;
};

} // namespace

bool AtomicFile::stage(const QByteArray &bytes, unsigned newFileMode, Durability durability)
{
    return stage([&bytes](QIODevice &device) { device.write(bytes); }, newFileMode, durability);
}

bool AtomicFile::stage(const ContentWriter &content, unsigned newFileMode, Durability durability)
{
    discard();
    m_durability = durability;
    m_error.clear();
    m_warnings.clear();
    m_resolved = QDir::cleanPath(QFileInfo(m_target).absoluteFilePath());
    // A link is followed only where overwriting is wanted; for a new file any name is taken.
    if (m_mode == WriteMode::Replace) {
        if (const int error = resolveLinks(m_ops, m_target, m_resolved))
            return fail(error, QCoreApplication::translate("agm::Core", "cannot follow the link %1").arg(nativePath(m_target)));
    }
    FileOps::Status status;
    if (const int error = m_ops.status(m_resolved, status))
        return fail(error, QCoreApplication::translate("agm::Core", "cannot inspect %1").arg(nativePath(m_resolved)));
    m_replaced = status;
    unsigned mode = newFileMode ? newFileMode : defaultFileMode();
    if (status.exists) {
        if (m_mode == WriteMode::CreateNew) {
            m_error = QCoreApplication::translate("agm::Core", "%1 already exists; nothing was overwritten. Choose an empty folder.").arg(nativePath(m_target));
            return false;
        }
        if (status.directory) {
            m_error = QCoreApplication::translate("agm::Core", "%1 is a folder; give a file name.").arg(nativePath(m_target));
            return false;
        }
        if ((status.mode & 0222) == 0) {
            m_error = QCoreApplication::translate("agm::Core", "%1 is read-only, so it was left unchanged; make it writable first if it should be rewritten.").arg(nativePath(m_resolved));
            return false;
        }
        mode = status.mode;
        // Rewriting in place would keep the links but could leave a torn file behind; the names the
        // caller knows are linked again after the commit.
        if (status.links > 1 + m_otherNames.size()) {
            m_warnings << (m_otherNames.isEmpty()
                               ? QCoreApplication::translate("agm::Core", "%1 had %2 hard links; they were broken: the other names keep the old content.")
                                     .arg(nativePath(m_resolved)).arg(status.links)
                               : QCoreApplication::translate("agm::Core", "%1 had %2 hard links; the names that are not among the inputs keep the old content.")
                                     .arg(nativePath(m_resolved)).arg(status.links));
        }
        if (status.extendedAttributes)
            m_warnings << QCoreApplication::translate("agm::Core", "%1 had extended attributes or an ACL; the rewritten file does not carry them over.").arg(nativePath(m_resolved));
    }
    const QString dir = QFileInfo(m_resolved).absolutePath();
    {
        // Once per folder and process: listing a folder for each of its files would be quadratic.
        static QMutex mutex;
        static QSet<QString> cleaned;
        const QMutexLocker lock(&mutex);
        if (!cleaned.contains(dir)) {
            cleaned.insert(dir);
            removeStaleTemporaryFiles(dir, m_ops);
        }
    }
    FileOps::Handle handle = -1;
    int error = EEXIST;
    for (int attempt = 0; attempt < 100 && error == EEXIST; ++attempt) {
        m_temp = temporaryName(dir);
        error = m_ops.create(m_temp, handle);
    }
    if (error != 0) {
        m_temp.clear();
        return fail(error, QCoreApplication::translate("agm::Core", "cannot create a temporary file in %1 to write %2").arg(nativePath(dir), nativePath(m_target)));
    }
    {
        HandleDevice device(m_ops, handle);
        content(device);
        error = device.error();
    }
    // Owner before mode: changing the owner clears set-user-ID and set-group-ID bits.
    if (error == 0 && status.exists && m_ops.setOwner(handle, status.owner, status.group) != 0)
        m_warnings << QCoreApplication::translate("agm::Core", "%1 now belongs to you: its owner or group could not be kept.").arg(nativePath(m_resolved));
    if (error == 0)
        error = m_ops.setMode(handle, mode);
    if (error == 0 && durability == Durability::Now)
        error = m_ops.sync(handle);
    const int closeError = m_ops.close(handle);
    if (error == 0)
        error = closeError;
    if (error != 0)
        return fail(error, QCoreApplication::translate("agm::Core", "cannot write %1").arg(nativePath(m_target)));
    return true;
}

bool AtomicFile::commit(const QByteArray *expected)
{
    if (m_temp.isEmpty()) {
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("agm::Core", "%1 was not prepared for writing.").arg(nativePath(m_target));
        return false;
    }
    if (expected) {
        QString now;
        QByteArray current;
        const int error = resolveLinks(m_ops, m_target, now);
        const bool sameFile = error == 0 && now == m_resolved;
        if (const int readError = sameFile ? m_ops.read(m_resolved, current) : error)
            return fail(readError, QCoreApplication::translate("agm::Core", "cannot read %1 again before replacing it").arg(nativePath(m_target)));
        if (!sameFile || current != *expected) {
            m_error = QCoreApplication::translate("agm::Core", "%1 changed on disk since it was read, so it was left unchanged; run the migration again.").arg(nativePath(m_target));
            discard();
            return false;
        }
    }
    const int error = m_mode == WriteMode::Replace ? m_ops.replace(m_temp, m_resolved) : m_ops.publish(m_temp, m_resolved);
    if (error == EEXIST && m_mode == WriteMode::CreateNew) {
        m_error = QCoreApplication::translate("agm::Core", "%1 appeared while writing; it was not overwritten. Choose an empty folder.").arg(nativePath(m_target));
        discard();
        return false;
    }
    if (error != 0)
        return fail(error, QCoreApplication::translate("agm::Core", "cannot move the new %1 into place").arg(nativePath(m_target)));
    m_temp.clear();
    if (m_durability == Durability::Now)
        m_ops.syncDir(QFileInfo(m_resolved).absolutePath());
    relinkOtherNames();
    return true;
}

void AtomicFile::relinkOtherNames()
{
    for (const QString &name : std::as_const(m_otherNames)) {
        // Only a name that is still the file we replaced: another file there is not ours to touch.
        FileOps::Status now;
        int error = m_ops.status(name, now);
        const bool replacedFile = error == 0 && now.exists && now.device == m_replaced.device && now.inode == m_replaced.inode;
        if (replacedFile) {
            const QString temp = temporaryName(QFileInfo(name).absolutePath());
            error = m_ops.hardLink(m_resolved, temp);
            if (error == 0 && (error = m_ops.replace(temp, name)) != 0)
                m_ops.remove(temp);
        }
        if (!replacedFile || error != 0)
            m_warnings << QCoreApplication::translate("agm::Core", "%1 keeps the old content: it could not be made a link to the new %2 again (%3).")
                              .arg(nativePath(name), nativePath(m_resolved), replacedFile ? describeFileError(error)
                                                                                          : QCoreApplication::translate("agm::Core", "it is another file now"));
    }
}

bool commitAll(const std::vector<std::unique_ptr<AtomicFile>> &files, FileOps &ops, QString &error)
{
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (files[i]->commit())
            continue;
        error = files[i]->error();
        QStringList kept;
        for (std::size_t done = 0; done < i; ++done) {
            if (ops.remove(files[done]->target()) != 0)
                kept << nativePath(files[done]->target());
        }
        if (!kept.isEmpty())
            error += QLatin1Char(' ') + QCoreApplication::translate("agm::Core", "These files were written but could not be taken back; delete them: %1.").arg(kept.join(QStringLiteral(", ")));
        for (std::size_t rest = i + 1; rest < files.size(); ++rest)
            files[rest]->discard();
        return false;
    }
    return true;
}

bool makeStagedDurable(const std::vector<const AtomicFile *> &files, FileOps &ops, QString &error)
{
    // Folders by file system (a folder of unknown device on its own): one syncfs covers all the
    // files on it.
    QHash<QString, QString> fileSystems;
    QSet<QString> folders;
    for (const AtomicFile *file : files) {
        const QString folder = QFileInfo(file->temporaryPath()).absolutePath();
        if (folders.contains(folder))
            continue;
        folders.insert(folder);
        FileOps::Status status;
        const QString key = ops.status(folder, status) == 0 && status.device ? QString::number(status.device) : folder;
        if (!fileSystems.contains(key))
            fileSystems.insert(key, folder);
    }
    bool perFile = false;
    for (const QString &folder : std::as_const(fileSystems)) {
        const int code = ops.syncFileSystem(folder);
        if (code == ENOSYS) {
            perFile = true;
            break;
        }
        if (code != 0) {
            error = QCoreApplication::translate("agm::Core", "cannot make the new files in %1 durable: %2").arg(nativePath(folder), describeFileError(code));
            return false;
        }
    }
    if (!perFile)
        return true;
    for (const AtomicFile *file : files) {
        if (const int code = ops.syncFile(file->temporaryPath())) {
            error = QCoreApplication::translate("agm::Core", "cannot write %1").arg(nativePath(file->target())) + QStringLiteral(": ") + describeFileError(code);
            return false;
        }
    }
    return true;
}

void syncCommittedFolders(const std::vector<const AtomicFile *> &files, FileOps &ops)
{
    QSet<QString> folders;
    for (const AtomicFile *file : files)
        folders.insert(QFileInfo(file->resolvedTarget()).absolutePath());
    for (const QString &folder : std::as_const(folders))
        ops.syncDir(folder);
}

FolderMaker::~FolderMaker()
{
    for (auto it = m_created.crbegin(); it != m_created.crend(); ++it)
        m_ops.removeDir(*it);
}

bool FolderMaker::make(const QString &path, QString &error)
{
    const QString dir = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (QFileInfo(dir).isDir())
        return true;
    const QString parent = QFileInfo(dir).absolutePath();
    if (parent != dir && !make(parent, error))
        return false;
    const int code = m_ops.makeDir(dir);
    if (code == EEXIST && QFileInfo(dir).isDir())
        return true;
    if (code == EEXIST || code == ENOTDIR) {
        error = QCoreApplication::translate("agm::Core", "cannot create the folder %1: a file is in the way; move it or pick another folder.").arg(nativePath(dir));
        return false;
    }
    if (code != 0) {
        error = QCoreApplication::translate("agm::Core", "cannot create the folder %1: %2").arg(nativePath(dir), describeFileError(code));
        return false;
    }
    m_created << dir;
    return true;
}

FileWriteResult writeFileAtomically(const QString &path, const QByteArray &bytes, WriteMode mode, FileOps &ops)
{
    return writeFileAtomically(path, [&bytes](QIODevice &device) { device.write(bytes); }, mode, ops);
}

FileWriteResult writeFileAtomically(const QString &path, const ContentWriter &content, WriteMode mode, FileOps &ops)
{
    AtomicFile file(path, mode, ops);
    FileWriteResult result;
    result.ok = file.stage(content) && file.commit();
    result.error = file.error();
    if (result.ok)
        result.warnings = file.warnings();
    return result;
}

} // namespace agm
