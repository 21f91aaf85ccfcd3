// SPDX-License-Identifier: MIT
#pragma once

// The one way the tool writes a file: a temporary file beside the target, written in full,
// synced, then renamed over it (or, for new files, renamed only if nothing is there yet).
// After any failure the target holds exactly its old bytes and no temporary file is left.

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace agm {

// The file-system calls behind every write. The default instance makes the real calls; tests
// derive from it to fail one call or to change the disk at a precise moment. Calls return 0 or
// an errno value. Safe to use from any thread.
class FileOps
{
public:
    using Handle = std::intptr_t;
    struct Status
    {
        bool exists = false;
        bool symlink = false; // the path itself is a symbolic link (not followed)
        bool directory = false;
        unsigned mode = 0;    // permission bits, 07777
        qint64 links = 1;     // hard links to the file
        unsigned owner = 0;
        unsigned group = 0;
        bool extendedAttributes = false; // xattrs or an ACL that a rewrite does not carry over
        quint64 device = 0;              // the file system it is on (0 where unknown)
        quint64 inode = 0;               // with `device`, which file it is: hard links share it (0 where unknown)
    };

    virtual ~FileOps();
    virtual int status(const QString &path, Status &status);
    virtual int readLink(const QString &path, QString &target); // one level, as stored
    virtual int read(const QString &path, QByteArray &bytes);  // follows links
    virtual int makeDir(const QString &path);                   // one level
    virtual int removeDir(const QString &path);
    virtual int create(const QString &path, Handle &handle);    // new file, owner-only, never an existing one
    virtual int write(Handle handle, const char *data, qint64 size); // all of it
    virtual int sync(Handle handle);
    virtual int setMode(Handle handle, unsigned mode);
    virtual int setOwner(Handle handle, unsigned owner, unsigned group);
    virtual int close(Handle handle);
    virtual int replace(const QString &from, const QString &to); // rename over `to`
    virtual int publish(const QString &from, const QString &to); // rename; EEXIST if `to` exists
    virtual int hardLink(const QString &existing, const QString &name); // a new name; EEXIST if `name` exists
    virtual int remove(const QString &path);
    virtual void syncDir(const QString &dir); // best effort: makes a rename durable
    // Flushes every written file of the file system holding `path` (Linux syncfs); ENOSYS where
    // the system cannot, and callers then sync each file with syncFile.
    virtual int syncFileSystem(const QString &path);
    virtual int syncFile(const QString &path); // an already closed file, by name

    static FileOps &real();
};

// When stage() makes a file durable: at once, or together with the others of a batch
// (makeStagedDurable) before any of them is committed; one file-system sync instead of one per file.
enum class Durability { Now, Batched };

enum class WriteMode {
    Replace,   // the target may exist: its permissions and owner are kept, symlinks are followed
    CreateNew, // the target must not exist, not even as a dangling symlink; never overwritten
};

// Writes a file's content to a device piece by piece (a report of 100k findings), so that its
// whole text is never held in memory.
using ContentWriter = std::function<void(QIODevice &)>;

// Permission bits for a new file without a model: 0666 less the process umask.
unsigned defaultFileMode();

// One file written in two steps, so that callers can stage many files before committing any.
// Destroying an uncommitted AtomicFile removes its temporary file.
class AtomicFile
{
public:
    AtomicFile(const QString &target, WriteMode mode, FileOps &ops = FileOps::real());
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    // Other names (hard links) of the target that the caller wants rewritten too: after the commit
    // each is made a hard link to the new file again, so they are written once and stay linked.
    // Before stage(); Replace mode only.
    void relinkAfterCommit(const QStringList &otherNames) { m_otherNames = otherNames; }
    // Writes, syncs and closes the temporary file. `newFileMode` applies when the target is
    // new (an existing target keeps its own); 0 means defaultFileMode().
    bool stage(const QByteArray &bytes, unsigned newFileMode = 0, Durability durability = Durability::Now);
    // The same with the content streamed into the temporary file; a failed write fails the stage.
    bool stage(const ContentWriter &content, unsigned newFileMode = 0, Durability durability = Durability::Now);
    // Renames the staged file into place. With `expected`, the target must still hold exactly
    // those bytes (and resolve to the same file) right before the rename. A batched file's folder
    // is synced by syncCommittedFolders, once for the batch.
    bool commit(const QByteArray *expected = nullptr);
    // Removes the temporary file, if any.
    void discard();

    const QString &target() const { return m_target; }
    const QString &temporaryPath() const { return m_temp; } // empty unless staged
    const QString &resolvedTarget() const { return m_resolved; }
    const QString &error() const { return m_error; }           // names the file and what to do
    const QStringList &warnings() const { return m_warnings; } // hard links, xattrs, owner

private:
    bool fail(int code, const QString &what);
    void relinkOtherNames();

    FileOps &m_ops;
    QString m_target;   // as given
    QString m_resolved; // the file really written (links followed in Replace mode)
    QString m_temp;
    QStringList m_otherNames;
    FileOps::Status m_replaced; // the target as it was at stage() (Replace mode)
    WriteMode m_mode;
    Durability m_durability = Durability::Now;
    QString m_error;
    QStringList m_warnings;
};

struct FileWriteResult
{
    bool ok = false;
    QString error;
    QStringList warnings;
};

FileWriteResult writeFileAtomically(const QString &path, const QByteArray &bytes, WriteMode mode = WriteMode::Replace,
                                    FileOps &ops = FileOps::real());
FileWriteResult writeFileAtomically(const QString &path, const ContentWriter &content, WriteMode mode = WriteMode::Replace,
                                    FileOps &ops = FileOps::real());

// Removes our temporary files that a crash (kill -9, power loss) left in `dir`: named like ours
// and untouched for an hour, far longer than any write takes.
void removeStaleTemporaryFiles(const QString &dir, FileOps &ops = FileOps::real());

// Commits every staged new file in order; when one fails, removes those already committed, so
// that either all are in place or none (files staged in Replace mode cannot be taken back).
bool commitAll(const std::vector<std::unique_ptr<AtomicFile>> &files, FileOps &ops, QString &error);

// Makes the staged temporary files of a batch durable before any is renamed into place, so a
// crash leaves each target old or whole and new: one syncfs per file system, or one fsync per file
// where the system has no syncfs. False (with the reason) when the data may not have reached the disk.
bool makeStagedDurable(const std::vector<const AtomicFile *> &files, FileOps &ops, QString &error);
// After a batch is committed: each of the targets' folders synced once, so the renames are durable.
void syncCommittedFolders(const std::vector<const AtomicFile *> &files, FileOps &ops);

// Creates missing folders; unless keep() is called, removes them again (deepest first).
class FolderMaker
{
public:
    explicit FolderMaker(FileOps &ops = FileOps::real()) : m_ops(ops) {}
    ~FolderMaker();
    FolderMaker(const FolderMaker &) = delete;
    FolderMaker &operator=(const FolderMaker &) = delete;
    bool make(const QString &path, QString &error);
    void keep() { m_created.clear(); }

private:
    FileOps &m_ops;
    QStringList m_created;
};

// The system's text for an errno value followed by what the operator can do about it.
QString describeFileError(int code);

} // namespace agm
