// SPDX-License-Identifier: MIT
// Writes under faults. After every injected failure each target holds exactly its old or exactly
// its new bytes, keeps its permissions, no temporary file is left, and the message names the file.
// Faults come from three places: the core's FileOps seam (in process), an LD_PRELOAD shim around
// the real CLI (tests/faultinject), and a real small tmpfs in a private mount namespace.
// We run as root in CI, where permission bits never stop a write: EACCES comes from the seam
// and the shim, not from chmod.
#include "../testfiles.h"

#include "atomicwrite.h"
#include "exporter.h"
#include "project.h"
#include "report.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <functional>
#include <map>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#include <unistd.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/xattr.h>
#endif

using agm::test::filesUnder;
using agm::test::readAll;

namespace {

const QString kApp = QStringLiteral(AGM_APP_PATH);
const QString kData = QStringLiteral(AGM_TEST_DATA);
#ifdef AGM_FAULTINJECT_PATH
const QString kShim = QStringLiteral(AGM_FAULTINJECT_PATH);
#else
const QString kShim;
#endif

// The inputs: three formats, with distinct permissions (a script stays executable, a file with
// a token stays private).
struct Input
{
    const char *golden;
    const char *name;
    QFile::Permissions permissions;
};
const Input kInputs[] = {
    {"k8s-portal-v1/input/gateway.yaml", "gateway.yaml", QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup},
    {"compose-env-list/input/docker-compose.yml", "docker-compose.yml", QFile::ReadOwner | QFile::WriteOwner},
    {"script-docker-run-bash/input/run-gateway.sh", "run-gateway.sh",
     QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther},
};

// Scratch folders on a RAM file system when there is one: the CLI's real fsyncs are then cheap,
// and the faults under test do not depend on the file system.
QString tempBase()
{
    static const QString base = QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm/tst_writefaults-XXXXXX")
                                                                                   : QDir::tempPath() + QStringLiteral("/tst_writefaults-XXXXXX");
    return base;
}

QString canonical(const QString &path)
{
    return QFileInfo(path).canonicalFilePath();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// Copies the inputs into `dir` with their permissions.
void makeInputs(const QString &dir)
{
    for (const Input &input : kInputs) {
        const QString path = dir + QLatin1Char('/') + QLatin1String(input.name);
        writeBytes(path, readAll(kData + QStringLiteral("/golden/") + QLatin1String(input.golden)));
        QVERIFY(QFile::setPermissions(path, input.permissions));
    }
}

struct Snapshot
{
    std::map<QString, QByteArray> bytes;
    std::map<QString, QFile::Permissions> permissions;
};

// Owner, group and other bits only (Qt adds "current user" bits that depend on who runs us).
QFile::Permissions permissionsOf(const QFileInfo &info)
{
    return info.permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser);
}

Snapshot snapshot(const QString &dir)
{
    Snapshot s;
    for (const QString &rel : filesUnder(dir)) {
        s.bytes[rel] = readAll(dir + QLatin1Char('/') + rel);
        s.permissions[rel] = permissionsOf(QFileInfo(dir + QLatin1Char('/') + rel));
    }
    return s;
}

// Temporary files of ours, or any other stray file, anywhere below `dir`.
QStringList leftovers(const QString &dir)
{
    QStringList found;
    for (const QString &rel : filesUnder(dir)) {
        const QString name = QFileInfo(rel).fileName();
        if (name.startsWith(QLatin1String(".agm-")) || name.endsWith(QLatin1String(".tmp")) || name.contains(QRegularExpression(QStringLiteral("\\.yaml\\.[A-Za-z]{6}$"))))
            found << rel;
    }
    return found;
}

QByteArray sha(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16);
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(kApp, args);
    if (!p.waitForFinished(60000))
        qFatal("the CLI did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QStringList migrateArgs()
{
    return {QStringLiteral("migrate"), QStringLiteral("--offline"), QStringLiteral("--tag"), QStringLiteral("2.11.1")};
}

enum class Mode { Copies, InPlace, Report };

// What a successful run writes, from a run without faults on a copy of the inputs.
struct Expected
{
    std::map<QString, QByteArray> migrated; // input name -> new bytes
    QByteArray report;
};

const Expected &expected()
{
    static const Expected e = [] {
        Expected result;
        QTemporaryDir dir(tempBase());
        makeInputs(dir.filePath(QStringLiteral("in")));
        const Run r = runCli(migrateArgs() << QStringLiteral("--in-place") << QStringLiteral("--report") << dir.filePath(QStringLiteral("r.md"))
                                           << dir.filePath(QStringLiteral("in")));
        if (r.exitCode != 0)
            qFatal("the reference run failed: %s", r.err.constData());
        for (const Input &input : kInputs)
            result.migrated[QLatin1String(input.name)] = readAll(dir.filePath(QStringLiteral("in/")) + QLatin1String(input.name));
        result.report = readAll(dir.filePath(QStringLiteral("r.md")));
        return result;
    }();
    return e;
}

QByteArray original(const QString &name)
{
    for (const Input &input : kInputs) {
        if (name == QLatin1String(input.name))
            return readAll(kData + QStringLiteral("/golden/") + QLatin1String(input.golden));
    }
    return {};
}

QFile::Permissions permissionsOf(const QString &name)
{
    for (const Input &input : kInputs) {
        if (name == QLatin1String(input.name))
            return input.permissions;
    }
    return {};
}

QFile::Permissions permissionsOf(const QString &name);

// The invariant after a run in `root` (inputs in root/in, copies in root/out, report root/r.md).
// Returns a description of the first violation, or an empty string. After a crash (kill -9) our
// named temporary files may stay, a backup may precede its rewrite and --out may be partial,
// but every file there is still complete.
QString violation(Mode mode, const QString &root, bool succeeded, bool crashed = false)
{
    const Expected &e = expected();
    const QString in = root + QStringLiteral("/in");
    static const QRegularExpression ours(QStringLiteral("^\\.agm-[0-9a-f]{12}\\.tmp$"));
    for (const QString &left : leftovers(root)) {
        if (!crashed || !ours.match(QFileInfo(left).fileName()).hasMatch())
            return QStringLiteral("temporary files left: ") + leftovers(root).join(QLatin1Char(' '));
    }
    const Snapshot inputs = snapshot(in);
    for (const Input &input : kInputs) {
        const QString name = QLatin1String(input.name);
        const auto found = inputs.bytes.find(name);
        if (found == inputs.bytes.end())
            return name + QStringLiteral(" is gone");
        const QByteArray &now = found->second;
        const bool isNew = now == e.migrated.at(name);
        const bool isOld = now == original(name);
        if (inputs.permissions.at(name) != input.permissions)
            return name + QStringLiteral(" lost its permissions");
        const auto backup = inputs.bytes.find(name + QStringLiteral(".bak"));
        if (mode != Mode::InPlace) {
            if (!isOld)
                return name + QStringLiteral(" (an input) changed");
            if (backup != inputs.bytes.end())
                return name + QStringLiteral(".bak written outside in-place mode");
            continue;
        }
        if (!isNew && !isOld)
            return name + QStringLiteral(" holds neither the old nor the new bytes (") + QString::fromLatin1(sha(now)) + QLatin1Char(')');
        if (succeeded && !isNew)
            return name + QStringLiteral(" was not rewritten although the run succeeded");
        // A rewritten file has its backup; an untouched one has none left behind.
        if (isNew && (backup == inputs.bytes.end() || backup->second != original(name)))
            return name + QStringLiteral(" was rewritten without a complete backup");
        if (isNew && inputs.permissions.at(name + QStringLiteral(".bak")) != input.permissions)
            return name + QStringLiteral(".bak does not have the original's permissions");
        if (isOld && backup != inputs.bytes.end() && (!crashed || backup->second != original(name)))
            return name + QStringLiteral(".bak left although ") + name + QStringLiteral(" is unchanged");
    }
    if (mode == Mode::Copies) {
        const QString out = root + QStringLiteral("/out");
        const Snapshot copies = snapshot(out);
        for (const auto &[rel, bytes] : copies.bytes) {
            if (crashed && !ours.match(QFileInfo(rel).fileName()).hasMatch()
                && (bytes != e.migrated.at(rel) || copies.permissions.at(rel) != permissionsOf(rel)))
                return QStringLiteral("the copy of ") + rel + QStringLiteral(" is incomplete after a crash");
        }
        if (crashed)
            return {};
        if (!succeeded && !copies.bytes.empty())
            return QStringLiteral("a failed --out left files: ") + filesUnder(out).join(QLatin1Char(' '));
        if (!succeeded && QFileInfo::exists(out))
            return QStringLiteral("a failed --out left the folder it created");
        if (succeeded) {
            for (const Input &input : kInputs) {
                const QString name = QLatin1String(input.name);
                if (copies.bytes.count(name) == 0 || copies.bytes.at(name) != e.migrated.at(name))
                    return QStringLiteral("the copy of ") + name + QStringLiteral(" is wrong");
                if (copies.permissions.at(name) != input.permissions)
                    return QStringLiteral("the copy of ") + name + QStringLiteral(" does not have its input's permissions");
            }
        }
    }
    if (mode == Mode::Report) {
        // --report never replaces a file: it is created complete, or not at all.
        const bool exists = QFileInfo::exists(root + QStringLiteral("/r.md"));
        if (exists && readAll(root + QStringLiteral("/r.md")) != e.report)
            return QStringLiteral("the report is incomplete");
        if (succeeded && !exists)
            return QStringLiteral("the report was not written although the run succeeded");
    }
    return {};
}

// What a successful run writes in `mode`, in bytes.
qint64 bytesWritten(Mode mode)
{
    qint64 total = mode == Mode::Report ? expected().report.size() : 0;
    for (const Input &input : kInputs) {
        const QString name = QLatin1String(input.name);
        if (mode != Mode::Report)
            total += expected().migrated.at(name).size();
        if (mode == Mode::InPlace)
            total += original(name).size(); // the backup
    }
    return total;
}

// Prepares root/in and returns the CLI arguments for `mode`.
QStringList prepare(Mode mode, const QString &root)
{
    makeInputs(root + QStringLiteral("/in"));
    const QString in = root + QStringLiteral("/in");
    switch (mode) {
    case Mode::Copies:
        return migrateArgs() << QStringLiteral("--out") << root + QStringLiteral("/out") << in;
    case Mode::InPlace:
        return migrateArgs() << QStringLiteral("--in-place") << in;
    case Mode::Report:
        return migrateArgs() << QStringLiteral("--report") << root + QStringLiteral("/r.md") << in;
    }
    return {};
}

QString modeName(Mode mode)
{
    return mode == Mode::Copies ? QStringLiteral("copies") : mode == Mode::InPlace ? QStringLiteral("in place") : QStringLiteral("report");
}

QProcessEnvironment shimEnvironment(const QString &dir, const QString &fault, int nth, qint64 after, const QString &log)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_PRELOAD"), kShim);
    // An ASan build wants its runtime first; the shim only forwards calls.
    env.insert(QStringLiteral("ASAN_OPTIONS"), env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":verify_asan_link_order=0"));
    env.insert(QStringLiteral("AGM_FAULT_DIR"), dir);
    env.insert(QStringLiteral("AGM_FAULT"), fault);
    env.insert(QStringLiteral("AGM_FAULT_NTH"), QString::number(nth));
    env.insert(QStringLiteral("AGM_FAULT_AFTER"), QString::number(after));
    env.insert(QStringLiteral("AGM_FAULT_LOG"), log);
    return env;
}

// A failure message names a file under `root` and says what to do.
bool clearMessage(const QByteArray &err, const QString &root)
{
    static const QRegularExpression advice(QStringLiteral("run again|another folder|permissions|delete it|empty folder|make it writable|write copies"));
    const QString text = QString::fromUtf8(err);
    return text.contains(QRegularExpression(QRegularExpression::escape(root) + QStringLiteral("/\\S+"))) && text.contains(advice);
}

// The seam: fails the call a test picks, or runs a side effect just before it.
class ScriptedOps : public agm::FileOps
{
public:
    // Called before each operation with its name and path; a non-zero errno fails it.
    std::function<int(const QString &call, const QString &path)> before;
    qint64 bytesBeforeFull = -1; // ENOSPC once this many bytes were written (-1: never)
    QStringList calls;

    int status(const QString &path, Status &s) override { return ask(QStringLiteral("status"), path, [&] { return FileOps::status(path, s); }); }
    int read(const QString &path, QByteArray &bytes) override { return ask(QStringLiteral("read"), path, [&] { return FileOps::read(path, bytes); }); }
    int makeDir(const QString &path) override { return ask(QStringLiteral("makeDir"), path, [&] { return FileOps::makeDir(path); }); }
    int create(const QString &path, Handle &handle) override
    {
        return ask(QStringLiteral("create"), path, [&] {
            const int error = FileOps::create(path, handle);
            if (!error)
                m_paths[handle] = path;
            return error;
        });
    }
    int write(Handle handle, const char *data, qint64 size) override
    {
        return ask(QStringLiteral("write"), m_paths.value(handle), [&] {
            if (bytesBeforeFull >= 0 && m_written + size > bytesBeforeFull) {
                const qint64 room = qMax<qint64>(0, bytesBeforeFull - m_written);
                m_written += room;
                FileOps::write(handle, data, room);
                return ENOSPC;
            }
            m_written += size;
            return FileOps::write(handle, data, size);
        });
    }
    // Durability is not under test here; real fsyncs would only make the test slow.
    int sync(Handle handle) override { return ask(QStringLiteral("sync"), m_paths.value(handle), [] { return 0; }); }
    // A batch's flush is the "sync" call of every file in it; without syncfs, one per file.
    bool hasSyncfs = true;
    int syncFileSystem(const QString &path) override { return hasSyncfs ? ask(QStringLiteral("sync"), path, [] { return 0; }) : ENOSYS; }
    int syncFile(const QString &path) override { return ask(QStringLiteral("sync"), path, [] { return 0; }); }
    void syncDir(const QString &) override {}
    int setMode(Handle handle, unsigned mode) override { return ask(QStringLiteral("setMode"), m_paths.value(handle), [&] { return FileOps::setMode(handle, mode); }); }
    int close(Handle handle) override
    {
        const QString path = m_paths.take(handle);
        const int error = FileOps::close(handle); // the descriptor is gone even when close fails
        return error ? error : ask(QStringLiteral("close"), path, [] { return 0; });
    }
    int replace(const QString &from, const QString &to) override { return ask(QStringLiteral("replace"), to, [&] { return FileOps::replace(from, to); }); }
    int publish(const QString &from, const QString &to) override { return ask(QStringLiteral("publish"), to, [&] { return FileOps::publish(from, to); }); }
    int remove(const QString &path) override { return ask(QStringLiteral("remove"), path, [&] { return FileOps::remove(path); }); }
    int hardLink(const QString &existing, const QString &name) override
    {
        return ask(QStringLiteral("hardLink"), name, [&] { return FileOps::hardLink(existing, name); });
    }

private:
    template<typename F>
    int ask(const QString &call, const QString &path, F real)
    {
        calls << call;
        if (before) {
            if (const int error = before(call, path))
                return error;
        }
        return real();
    }
    QHash<Handle, QString> m_paths;
    qint64 m_written = 0;
};

agm::MigrationOptions options()
{
    agm::MigrationOptions o;
    o.tag = QStringLiteral("2.11.1");
    return o;
}

struct Loaded
{
    agm::Project project;
    agm::ProjectPlan plan;
};

Loaded load(const QString &in)
{
    Loaded l;
    l.project = agm::importPaths({in});
    l.plan = agm::planProject(l.project, options());
    return l;
}

// Runs the core for `mode` in `root` through `ops`; Report means exportMigration into root/out.
bool runCore(Mode mode, const QString &root, agm::FileOps &ops, QString *error = nullptr, QStringList *warnings = nullptr)
{
    const Loaded l = load(root + QStringLiteral("/in"));
    agm::WriteOutcome outcome;
    if (mode == Mode::Report) {
        agm::ExportSettings s;
        s.outDir = root + QStringLiteral("/out");
        const agm::ExportOutcome e = agm::exportMigration(l.project, l.plan, s, {QStringLiteral("2.11.1"), QStringLiteral("test"), QStringLiteral("0"), std::nullopt, {}}, ops);
        outcome.ok = e.ok;
        outcome.error = e.error;
        outcome.warnings = e.warnings;
    } else {
        outcome = mode == Mode::Copies ? agm::writeCopies(l.project, l.plan, root + QStringLiteral("/out"), ops) : agm::writeInPlace(l.project, l.plan, ops);
    }
    if (error)
        *error = outcome.error;
    if (warnings)
        *warnings = outcome.warnings;
    return outcome.ok;
}

// For exportMigration the checks differ from the CLI's report: every artifact or none.
QString exportViolation(const QString &root, bool succeeded)
{
    const QString out = root + QStringLiteral("/out");
    if (const QStringList left = leftovers(root); !left.isEmpty())
        return QStringLiteral("temporary files left: ") + left.join(QLatin1Char(' '));
    const QStringList files = filesUnder(out);
    if (succeeded)
        return files.size() == 3 + 5 ? QString() : QStringLiteral("not every file and report written: ") + files.join(QLatin1Char(' '));
    const int reports = int(files.filter(QStringLiteral("apim-gateway-migration-reports/")).size());
    if (reports != 0 && reports != 5)
        return QStringLiteral("some reports written, not all: ") + files.join(QLatin1Char(' '));
    if (!files.isEmpty() && files.size() != 3 && files.size() != 8)
        return QStringLiteral("a partial set of files: ") + files.join(QLatin1Char(' '));
    for (const QString &rel : files) {
        const QString name = QFileInfo(rel).fileName();
        if (expected().migrated.count(name) && readAll(out + QLatin1Char('/') + rel) != expected().migrated.at(name))
            return QStringLiteral("the copy of ") + name + QStringLiteral(" is wrong");
    }
    return {};
}

bool mountNamespaceAvailable(QString *why)
{
    if (QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty()) {
        *why = QStringLiteral("unshare(1) is not installed");
        return false;
    }
    QTemporaryDir dir(tempBase());
    QProcess p;
    p.start(QStringLiteral("unshare"), {QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"),
                                        QStringLiteral("mount -t tmpfs -o size=64k tmpfs \"$0\" && touch \"$0/x\""), dir.path()});
    p.waitForFinished(10000);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *why = QStringLiteral("no mount namespace with a tmpfs here (unshare -rm: %1)").arg(QString::fromUtf8(p.readAllStandardError().trimmed()));
        return false;
    }
    return true;
}

} // namespace

class TestWriteFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!expected().report.isEmpty());
        for (const Input &input : kInputs)
            QVERIFY2(expected().migrated.at(QLatin1String(input.name)) != original(QLatin1String(input.name)), input.name);
    }

    // The real CLI under the LD_PRELOAD shim: each fault in each mode.
    void cliUnderShim_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("nth");
        QTest::addColumn<qint64>("after");
        QTest::addColumn<bool>("recoverable"); // the writer works around it and succeeds
        QTest::addColumn<QString>("message");  // part of the system's error text
        QTest::addColumn<bool>("fires");       // whether that mode makes the call that fails
        struct Row
        {
            const char *name;
            const char *fault;
            int nth;
            qint64 after; // negative: counted back from the last byte written
            bool recoverable;
            const char *message;
            const char *modes; // c(opies), i(n place), r(eport): where it fires
        };
        const Row rows[] = {
            {"ENOSPC at the first byte", "write-enospc", 0, 0, false, "No space left", "cir"},
            {"ENOSPC after 700 bytes", "write-enospc", 0, 700, false, "No space left", "cir"},
            {"ENOSPC 100 bytes before the end", "write-enospc", 0, -100, false, "No space left", "cir"},
            {"EIO on write", "write-eio", 0, 1500, false, "Input/output error", "cir"},
            {"EIO on the first fsync", "fsync-eio", 1, 0, false, "Input/output error", "cir"},
            {"EIO on close", "close-eio", 2, 0, false, "Input/output error", "ci"},
            {"EXDEV on the first rename", "rename-exdev", 1, 0, false, "cross-device", "cir"},
            {"EXDEV on the second rename", "rename-exdev", 2, 0, false, "cross-device", "ci"},
            {"EXDEV on the fourth rename", "rename-exdev", 4, 0, false, "cross-device", "i"},
            {"EACCES on rename", "rename-eacces", 1, 0, false, "Permission denied", "cir"},
            {"EBUSY on rename (a bind-mounted file)", "rename-ebusy", 2, 0, false, "busy", "ci"},
            {"read-only folder (EACCES creating)", "open-eacces", 1, 0, false, "Permission denied", "cir"},
            {"no inodes left (ENOSPC creating)", "open-enospc", 2, 0, false, "No space left", "ci"},
            {"EACCES creating the output folder", "mkdir-eacces", 1, 0, false, "Permission denied", "c"},
            {"no RENAME_NOREPLACE: link fallback", "publish-einval", 0, 0, true, "", "cir"},
            {"no hard links either: last fallback", "publish-einval,link-eperm", 0, 0, true, "", "cir"},
        };
        for (Mode mode : {Mode::Copies, Mode::InPlace, Mode::Report}) {
            const char letter = mode == Mode::Copies ? 'c' : mode == Mode::InPlace ? 'i' : 'r';
            for (const Row &row : rows) {
                QTest::addRow("%s, %s", qPrintable(modeName(mode)), row.name) << int(mode) << QString::fromLatin1(row.fault) << row.nth << row.after
                                                                               << row.recoverable << QString::fromLatin1(row.message)
                                                                               << (std::strchr(row.modes, letter) != nullptr);
            }
        }
    }

    void cliUnderShim()
    {
        if (kShim.isEmpty())
            QSKIP("the LD_PRELOAD shim is built on Linux only");
        QFETCH(int, mode);
        QFETCH(QString, fault);
        QFETCH(int, nth);
        QFETCH(qint64, after);
        QFETCH(bool, recoverable);
        QFETCH(QString, message);
        QFETCH(bool, fires);
        QTemporaryDir dir(tempBase());
        const QString root = canonical(dir.path());
        const QStringList args = prepare(Mode(mode), root);
        if (after < 0)
            after += bytesWritten(Mode(mode));
        const QString log = root + QStringLiteral("/../") + QFileInfo(root).fileName() + QStringLiteral(".log");
        const Run r = runCli(args, shimEnvironment(root, fault, nth, after, log));
        const bool injected = QFile::exists(log);
        QFile::remove(log);
        QCOMPARE(injected, fires);
        const bool succeeded = r.exitCode == 0;
        const QString broken = violation(Mode(mode), root, succeeded);
        QVERIFY2(broken.isEmpty(), qPrintable(broken + QStringLiteral("\nstderr: ") + QString::fromUtf8(r.err)));
        if (!injected || recoverable) {
            // The fault cannot fire in that mode (say, no folder to create in place) or was worked around.
            QVERIFY2(succeeded, r.err.constData());
            return;
        }
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(clearMessage(r.err, root), r.err.constData());
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    }

    // The same through the seam, in process, and exportMigration's reports as a third mode.
    void coreThroughSeam_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("call");
        QTest::addColumn<int>("nth");
        QTest::addColumn<int>("error");
        for (Mode mode : {Mode::Copies, Mode::InPlace, Mode::Report}) {
            // sync-per-file: a system without syncfs, where a batch syncs each file.
            for (const char *call : {"create", "write", "setMode", "sync", "sync-per-file", "close", "replace", "publish", "makeDir"}) {
                for (int nth : {1, 2, 5}) {
                    for (int error : {ENOSPC, EIO, EACCES, EXDEV}) {
                        QTest::addRow("%s, %s #%d, %s", qPrintable(modeName(mode)), call, nth, strerror(error)) << int(mode) << QString::fromLatin1(call) << nth << error;
                    }
                }
            }
        }
    }

    void coreThroughSeam()
    {
        QFETCH(int, mode);
        QFETCH(QString, call);
        QFETCH(int, nth);
        QFETCH(int, error);
        QTemporaryDir dir(tempBase());
        const QString root = canonical(dir.path());
        makeInputs(root + QStringLiteral("/in"));
        ScriptedOps ops;
        if (call == QLatin1String("sync-per-file")) {
            ops.hasSyncfs = false;
            call = QStringLiteral("sync");
        }
        int seen = 0;
        bool fired = false;
        ops.before = [&](const QString &name, const QString &) {
            if (name != call || ++seen != nth)
                return 0;
            fired = true;
            return error;
        };
        QString message;
        const bool ok = runCore(Mode(mode), root, ops, &message);
        const QString broken = Mode(mode) == Mode::Report ? exportViolation(root, ok) : violation(Mode(mode), root, ok);
        QVERIFY2(broken.isEmpty(), qPrintable(broken + QStringLiteral("\nerror: ") + message));
        QCOMPARE(ok, !fired);
        if (fired) {
            QVERIFY2(clearMessage(message.toUtf8(), root), qPrintable(message));
            QVERIFY2(message.contains(qt_error_string(error)), qPrintable(message));
        }
    }

    // SHA256SUMS escapes names as sha256sum does (a newline in a name would forge a line), and
    // sha256sum itself verifies it; a file it cannot read is an error, not a shorter manifest.
    void checksumManifest()
    {
        QTemporaryDir dir(tempBase());
        const QString root = canonical(dir.path());
        QStringList files;
        for (const QString &name : {QStringLiteral("plain.yaml"), QStringLiteral("new\nline.yaml"), QStringLiteral("back\\slash.yaml")}) {
            files << root + QStringLiteral("/sub/") + name;
            writeBytes(files.last(), name.toUtf8() + "\n");
        }
        QString error;
        const QByteArray manifest = agm::sha256Manifest(root, files, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(manifest.count('\n'), 3);
        const auto line = [](const QByteArray &content, const char *escapedName) -> QByteArray {
            return QByteArray("\\") + QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex() + "  sub/" + escapedName + '\n';
        };
        QVERIFY(manifest.contains(line("new\nline.yaml\n", "new\\nline.yaml")));
        QVERIFY(manifest.contains(line("back\\slash.yaml\n", "back\\\\slash.yaml")));
        writeBytes(root + QStringLiteral("/SHA256SUMS"), manifest);
        if (!QStandardPaths::findExecutable(QStringLiteral("sha256sum")).isEmpty()) {
            QProcess check;
            check.setWorkingDirectory(root);
            check.start(QStringLiteral("sha256sum"), {QStringLiteral("--strict"), QStringLiteral("-c"), QStringLiteral("SHA256SUMS")});
            QVERIFY(check.waitForFinished(60000));
            QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
            QCOMPARE(check.readAllStandardOutput().count(": OK\n"), 3);
        }
        files << root + QStringLiteral("/gone.yaml");
        QVERIFY(agm::sha256Manifest(root, files, error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("gone.yaml")), qPrintable(error));
    }

    // A target that is read-only gets an explicit refusal, never a silent rewrite (by its mode
    // bits, so this holds for root too).
    void readOnlyTarget()
    {
        QTemporaryDir dir(tempBase());
        const QString root = canonical(dir.path());
        makeInputs(root + QStringLiteral("/in"));
        const QString target = root + QStringLiteral("/in/gateway.yaml");
        QVERIFY(QFile::setPermissions(target, QFile::ReadOwner | QFile::ReadGroup));
        const Run r = runCli(migrateArgs() << QStringLiteral("--in-place") << root + QStringLiteral("/in"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QByteArray(target.toUtf8() + " is read-only")) && r.err.contains("make it writable"), r.err.constData());
        QCOMPARE(readAll(target), original(QStringLiteral("gateway.yaml")));
        QCOMPARE(permissionsOf(QFileInfo(target)), QFile::ReadOwner | QFile::ReadGroup);
        // Nothing else was changed either (all inputs are staged before the first rename).
        QCOMPARE(filesUnder(root + QStringLiteral("/in")).size(), 3);
        for (const Input &input : kInputs)
            QCOMPARE(readAll(root + QStringLiteral("/in/") + QLatin1String(input.name)), original(QLatin1String(input.name)));
    }

    // A read-only folder: creating the temporary file fails (EACCES from the seam; as root the
    // kernel would allow it). Nothing changes and the message names the folder and the file.
    void readOnlyFolder()
    {
        QTemporaryDir dir(tempBase());
        const QString root = canonical(dir.path());
        makeInputs(root + QStringLiteral("/in"));
        ScriptedOps ops;
        ops.before = [&](const QString &call, const QString &path) {
            return call == QLatin1String("create") && path.startsWith(root + QStringLiteral("/in/")) ? EACCES : 0;
        };
        QString message;
        QVERIFY(!runCore(Mode::InPlace, root, ops, &message));
        QVERIFY2(message.contains(QStringLiteral("cannot create a temporary file in ") + root + QStringLiteral("/in to write ")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Permission denied")) && message.contains(QStringLiteral("Nothing was changed")), qPrintable(message));
        const QString broken = violation(Mode::InPlace, root, false);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
    }

    // A symlinked input: the link stays a link, its target gets the new bytes, the backup is a
    // plain copy next to the link.
    void symlinkedTarget()
    {
        QTemporaryDir dir(tempBase());
        const QString root = canonical(dir.path());
        makeInputs(root + QStringLiteral("/real"));
        QDir().mkpath(root + QStringLiteral("/in"));
        QVERIFY(QFile::link(QStringLiteral("../real/gateway.yaml"), root + QStringLiteral("/in/gateway.yaml")));
        const Run r = runCli(migrateArgs() << QStringLiteral("--in-place") << root + QStringLiteral("/in/gateway.yaml"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFileInfo(root + QStringLiteral("/in/gateway.yaml")).isSymLink());
        QCOMPARE(QFileInfo(root + QStringLiteral("/in/gateway.yaml")).symLinkTarget(), root + QStringLiteral("/real/gateway.yaml"));
        QCOMPARE(readAll(root + QStringLiteral("/real/gateway.yaml")), expected().migrated.at(QStringLiteral("gateway.yaml")));
        QCOMPARE(permissionsOf(QFileInfo(root + QStringLiteral("/real/gateway.yaml"))), permissionsOf(QStringLiteral("gateway.yaml")));
        QVERIFY(!QFileInfo(root + QStringLiteral("/in/gateway.yaml.bak")).isSymLink());
        QCOMPARE(readAll(root + QStringLiteral("/in/gateway.yaml.bak")), original(QStringLiteral("gateway.yaml")));
        QVERIFY(leftovers(root).isEmpty());
    }

    // A link retargeted between planning and writing: the file it now points to is not the one
    // that was planned, so nothing is written through it.
    void symlinkRetargetedMeanwhile()
    {
        QTemporaryDir dir(tempBase());
        const QString root = canonical(dir.path());
        makeInputs(root + QStringLiteral("/real"));
        writeBytes(root + QStringLiteral("/other/gateway.yaml"), original(QStringLiteral("gateway.yaml")));
        QDir().mkpath(root + QStringLiteral("/in"));
        const QString link = root + QStringLiteral("/in/gateway.yaml");
        QVERIFY(QFile::link(root + QStringLiteral("/real/gateway.yaml"), link));
        const Loaded l = load(link);
        ScriptedOps ops;
        bool swapped = false;
        ops.before = [&](const QString &call, const QString &) {
            if (call == QLatin1String("publish") && !swapped) { // everything staged, nothing renamed
                swapped = true;
                QFile::remove(link);
                QFile::link(root + QStringLiteral("/other/gateway.yaml"), link);
            }
            return 0;
        };
        const agm::WriteOutcome outcome = agm::writeInPlace(l.project, l.plan, ops);
        QVERIFY(swapped);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(link + QStringLiteral(" changed on disk since it was read")), qPrintable(outcome.error));
        QCOMPARE(readAll(root + QStringLiteral("/real/gateway.yaml")), original(QStringLiteral("gateway.yaml")));
        QCOMPARE(readAll(root + QStringLiteral("/other/gateway.yaml")), original(QStringLiteral("gateway.yaml")));
        QVERIFY(!QFile::exists(link + QStringLiteral(".bak")));
        QVERIFY(leftovers(root).isEmpty());
    }

    // A hard-linked input: rewritten atomically (a torn file in every name would be worse), so
    // the link breaks, and the outcome says so.
    void hardLinkedTarget()
    {
        QTemporaryDir dir(tempBase());
        const QString root = canonical(dir.path());
        makeInputs(root + QStringLiteral("/in"));
        const QString target = root + QStringLiteral("/in/gateway.yaml");
        const QString other = root + QStringLiteral("/elsewhere.yaml");
        QVERIFY(::link(QFile::encodeName(target).constData(), QFile::encodeName(other).constData()) == 0);
        const Run r = runCli(migrateArgs() << QStringLiteral("--in-place") << target);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains(QByteArray("warning: " + target.toUtf8() + " had 2 hard links; they were broken")), r.err.constData());
        QCOMPARE(readAll(target), expected().migrated.at(QStringLiteral("gateway.yaml")));
        QCOMPARE(readAll(other), original(QStringLiteral("gateway.yaml")));
        QCOMPARE(permissionsOf(QFileInfo(target)), permissionsOf(QStringLiteral("gateway.yaml")));
        // The seam reports the same through the core's outcome.
        makeInputs(root + QStringLiteral("/in2"));
        QVERIFY(::link(QFile::encodeName(root + QStringLiteral("/in2/run-gateway.sh")).constData(), QFile::encodeName(root + QStringLiteral("/x.sh")).constData()) == 0);
        const Loaded l = load(root + QStringLiteral("/in2"));
        const agm::WriteOutcome outcome = agm::writeInPlace(l.project, l.plan);
        QVERIFY(outcome.ok);
        QCOMPARE(outcome.warnings.size(), 1);
        QVERIFY(outcome.warnings.first().contains(QStringLiteral("run-gateway.sh had 2 hard links")));
    }

    // Both names of a hard link are inputs: one is rewritten, the other linked to it again. When
    // that link cannot be made, the other name keeps the old content, no temporary file stays, and
    // the outcome says so.
    void hardLinkedInputsRelinked()
    {
        QTemporaryDir dir(tempBase());
        const QString root = canonical(dir.path());
        for (const bool linkFails : {true, false}) {
            const QString in = root + (linkFails ? QStringLiteral("/failing") : QStringLiteral("/in"));
            makeInputs(in);
            const QString target = in + QStringLiteral("/gateway.yaml"), other = in + QStringLiteral("/same-gateway.yaml");
            QVERIFY(::link(QFile::encodeName(target).constData(), QFile::encodeName(other).constData()) == 0);
            const Loaded l = load(in);
            QCOMPARE(l.project.sameFiles.size(), std::size_t(1));
            ScriptedOps ops;
            ops.before = [&](const QString &call, const QString &) { return linkFails && call == QLatin1String("hardLink") ? EPERM : 0; };
            const agm::WriteOutcome outcome = agm::writeInPlace(l.project, l.plan, ops);
            QVERIFY2(outcome.ok, qPrintable(outcome.error));
            QVERIFY(ops.calls.contains(QStringLiteral("hardLink")));
            QCOMPARE(readAll(target), expected().migrated.at(QStringLiteral("gateway.yaml")));
            QVERIFY(leftovers(root).isEmpty());
            if (linkFails) {
                QCOMPARE(outcome.warnings.size(), 1);
                QVERIFY2(outcome.warnings.first().startsWith(other + QStringLiteral(" keeps the old content: it could not be made a link to the new ")),
                         qPrintable(outcome.warnings.first()));
                QCOMPARE(readAll(other), original(QStringLiteral("gateway.yaml")));
            } else {
                QCOMPARE(outcome.warnings, QStringList());
                QCOMPARE(readAll(other), expected().migrated.at(QStringLiteral("gateway.yaml")));
                QCOMPARE(std::filesystem::hard_link_count(target.toStdString()), std::uintmax_t(2)); // one file under both names again
            }
        }
    }

    // Extended attributes and ACLs are not carried over by a rename: said in the outcome. (The
    // seam reports them; user xattrs are not available on every file system CI runs on.)
    void extendedAttributesWarned()
    {
        QTemporaryDir dir(tempBase());
        const QString root = canonical(dir.path());
        makeInputs(root + QStringLiteral("/in"));
        const QString target = root + QStringLiteral("/in/gateway.yaml");
        class XattrOps : public ScriptedOps
        {
        public:
            QString withAttributes;
            int status(const QString &path, Status &s) override
            {
                const int error = ScriptedOps::status(path, s);
                s.extendedAttributes = s.extendedAttributes || path == withAttributes;
                return error;
            }
        } ops;
        ops.withAttributes = target;
        QStringList warnings;
        QString error;
        QVERIFY2(runCore(Mode::InPlace, root, ops, &error, &warnings), qPrintable(error));
        QCOMPARE(warnings, QStringList{target + QStringLiteral(" had extended attributes or an ACL; the rewritten file does not carry them over.")});
    }

#if defined(Q_OS_LINUX)
    // The same with a real user xattr, where the file system has them.
    void realExtendedAttributesWarned()
    {
        QTemporaryDir dir(tempBase());
        const QString root = canonical(dir.path());
        makeInputs(root + QStringLiteral("/in"));
        const QString target = root + QStringLiteral("/in/gateway.yaml");
        if (::setxattr(QFile::encodeName(target).constData(), "user.agm-test", "1", 1, 0) != 0)
            QSKIP(qPrintable(QStringLiteral("no user xattrs here: ") + qt_error_string(errno)));
        const Run r = runCli(migrateArgs() << QStringLiteral("--in-place") << target);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains(QByteArray("warning: " + target.toUtf8() + " had extended attributes or an ACL")), r.err.constData());
    }
#endif

#if defined(Q_OS_UNIX)
    // The owner and group of a rewritten file are kept (needs root to hand a file to another user).
    void ownerKept()
    {
        if (::geteuid() != 0)
            QSKIP("only root can give a file to another owner to set this up");
        QTemporaryDir dir(tempBase());
        const QString root = canonical(dir.path());
        makeInputs(root + QStringLiteral("/in"));
        const QByteArray target = QFile::encodeName(root + QStringLiteral("/in/gateway.yaml"));
        QVERIFY(::chown(target.constData(), 4321, 4322) == 0);
        const Run r = runCli(migrateArgs() << QStringLiteral("--in-place") << root + QStringLiteral("/in"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        struct stat st;
        QVERIFY(::stat(target.constData(), &st) == 0);
        QCOMPARE(st.st_uid, uid_t(4321));
        QCOMPARE(st.st_gid, gid_t(4322));
        QCOMPARE(readAll(root + QStringLiteral("/in/gateway.yaml")), expected().migrated.at(QStringLiteral("gateway.yaml")));
    }
#endif

    // An input edited by someone else after planning: found right before the rename; nothing
    // is overwritten, the other input that was fine is not half-migrated either.
    void changedBetweenPlanningAndWriting_data()
    {
        QTest::addColumn<QString>("when");
        QTest::newRow("before any write") << QStringLiteral("read");
        QTest::newRow("while staging") << QStringLiteral("sync");
        QTest::newRow("right before the rename") << QStringLiteral("publish");
    }

    void changedBetweenPlanningAndWriting()
    {
        QFETCH(QString, when);
        QTemporaryDir dir(tempBase());
        const QString root = canonical(dir.path());
        makeInputs(root + QStringLiteral("/in"));
        const Loaded l = load(root + QStringLiteral("/in"));
        const QString victim = root + QStringLiteral("/in/run-gateway.sh");
        const QByteArray edited = original(QStringLiteral("run-gateway.sh")) + "# edited meanwhile\n";
        ScriptedOps ops;
        bool edited_ = false;
        ops.before = [&](const QString &call, const QString &) {
            if (call == when && !edited_) {
                edited_ = true;
                writeBytes(victim, edited);
            }
            return 0;
        };
        const agm::WriteOutcome outcome = agm::writeInPlace(l.project, l.plan, ops);
        QVERIFY(edited_);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(victim + QStringLiteral(" changed on disk since it was read")), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(QStringLiteral("run the migration again"), Qt::CaseInsensitive), qPrintable(outcome.error));
        QCOMPARE(readAll(victim), edited);
        QVERIFY(leftovers(root).isEmpty());
        QVERIFY(!QFile::exists(victim + QStringLiteral(".bak")));
        // Files renamed before the victim's turn are complete, with their backups, and listed.
        for (const QString &path : outcome.written) {
            const QString name = QFileInfo(path).fileName();
            QCOMPARE(readAll(path), expected().migrated.at(name));
            QCOMPARE(readAll(path + QStringLiteral(".bak")), original(name));
            QVERIFY(outcome.error.contains(path));
        }
    }

    // The same through the CLI: a concurrent writer (the shim) appends to an input as soon as
    // the first temporary file is created, i.e. after planning.
    void changedMeanwhileCli()
    {
        if (kShim.isEmpty())
            QSKIP("the LD_PRELOAD shim is built on Linux only");
        QTemporaryDir dir(tempBase());
        const QString root = canonical(dir.path());
        const QStringList args = prepare(Mode::InPlace, root);
        const QString victim = root + QStringLiteral("/in/gateway.yaml");
        QProcessEnvironment env = shimEnvironment(root, QStringLiteral("touch-on-create"), 1, 0, QString());
        env.insert(QStringLiteral("AGM_FAULT_TOUCH"), victim);
        const Run r = runCli(args, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QByteArray(victim.toUtf8() + " changed on disk since it was read")), r.err.constData());
        QCOMPARE(readAll(victim), original(QStringLiteral("gateway.yaml")) + "changed meanwhile\n");
        QVERIFY(leftovers(root).isEmpty());
        QVERIFY(!QFile::exists(victim + QStringLiteral(".bak")));
    }

    // A file appearing in the output folder after the check: never overwritten, and the files
    // already published are taken back (all or nothing). For copies and for the reports.
    void targetAppearsMeanwhile_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("name");
        QTest::newRow("copies, first file") << int(Mode::Copies) << QStringLiteral("docker-compose.yml");
        QTest::newRow("copies, last file") << int(Mode::Copies) << QStringLiteral("run-gateway.sh");
        QTest::newRow("report, the checksums") << int(Mode::Report) << QStringLiteral("apim-gateway-migration-reports/SHA256SUMS");
        QTest::newRow("in place, the backup") << int(Mode::InPlace) << QStringLiteral("gateway.yaml.bak");
    }

    void targetAppearsMeanwhile()
    {
        QFETCH(int, mode);
        QFETCH(QString, name);
        QTemporaryDir dir(tempBase());
        const QString root = canonical(dir.path());
        makeInputs(root + QStringLiteral("/in"));
        const QString appeared = (Mode(mode) == Mode::InPlace ? root + QStringLiteral("/in/") : root + QStringLiteral("/out/")) + name;
        ScriptedOps ops;
        ops.before = [&](const QString &call, const QString &path) {
            if (call == QLatin1String("publish") && path == appeared && !QFile::exists(appeared))
                writeBytes(appeared, "someone else's file\n");
            return 0;
        };
        QString message;
        QVERIFY(!runCore(Mode(mode), root, ops, &message));
        QVERIFY2(message.contains(appeared + QStringLiteral(" appeared while writing; it was not overwritten")), qPrintable(message));
        QCOMPARE(readAll(appeared), QByteArray("someone else's file\n"));
        QFile::remove(appeared);
        QDir().rmdir(root + QStringLiteral("/out")); // created by us, kept because the newcomer was in it
        if (Mode(mode) == Mode::Report) {
            // The migrated files stay (the message says so); no report was left.
            QVERIFY2(message.contains(QStringLiteral("The migrated files are written; no report was")), qPrintable(message));
            QCOMPARE(filesUnder(root + QStringLiteral("/out")).size(), 3);
        } else {
            const QString broken = violation(Mode(mode), root, false);
            QVERIFY2(broken.isEmpty(), qPrintable(broken));
        }
    }

    // Permissions: an in-place rewrite keeps the file's own, a copy takes its input's (the old
    // writer made every copy 0644: scripts lost their x bit, private files became readable).
    void permissionsKept()
    {
        QTemporaryDir dir(tempBase());
        const QString root = canonical(dir.path());
        const QStringList args = prepare(Mode::Copies, root);
        const Run r = runCli(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(violation(Mode::Copies, root, true).isEmpty());
        const Run inPlace = runCli(migrateArgs() << QStringLiteral("--in-place") << root + QStringLiteral("/in"));
        QVERIFY2(inPlace.exitCode == 0, inPlace.err.constData());
        QVERIFY(violation(Mode::InPlace, root, true).isEmpty());
    }

    // Disk full for real: a small tmpfs in a private mount namespace (unshare), the CLI run in
    // it, the result copied out for checking.
    void realTmpfs_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("options");
        QTest::addColumn<int>("padding"); // bytes of comment added to gateway.yaml
        QTest::newRow("in place, no room for the backup") << int(Mode::InPlace) << QStringLiteral("size=160k") << 100000;
        QTest::newRow("in place, no room for the new file") << int(Mode::InPlace) << QStringLiteral("size=240k") << 100000;
        QTest::newRow("in place, no inodes") << int(Mode::InPlace) << QStringLiteral("size=1m,nr_inodes=6") << 0;
        QTest::newRow("copies, no room") << int(Mode::Copies) << QStringLiteral("size=160k") << 100000;
        QTest::newRow("copies, no inodes") << int(Mode::Copies) << QStringLiteral("size=1m,nr_inodes=7") << 0;
    }

    void realTmpfs()
    {
        QString why;
        if (!mountNamespaceAvailable(&why))
            QSKIP(qPrintable(why));
        QFETCH(int, mode);
        QFETCH(QString, options);
        QFETCH(int, padding);
        QTemporaryDir dir(tempBase());
        const QString root = canonical(dir.path());
        const QString staging = root + QStringLiteral("/staging");
        makeInputs(staging);
        const QString gateway = staging + QStringLiteral("/gateway.yaml");
        const QByteArray padded = original(QStringLiteral("gateway.yaml")) + QByteArray(padding / 50, '#').replace("#", "# padding padding padding padding padding padding\n");
        writeBytes(gateway, padded);
        QFile::setPermissions(gateway, permissionsOf(QStringLiteral("gateway.yaml")));
        const QString mount = root + QStringLiteral("/mnt");
        const QString result = root + QStringLiteral("/result");
        QDir().mkpath(mount);
        QDir().mkpath(result);
        const QString args = Mode(mode) == Mode::InPlace ? QStringLiteral("--in-place \"$1/in\"") : QStringLiteral("--out \"$1/out\" \"$1/in\"");
        // Inputs go to the tmpfs in both modes (they are small); copies then have less room.
        const QString script = QStringLiteral("set -e; mount -t tmpfs -o %1 tmpfs \"$1\"; cp -a \"$2\" \"$1/in\"; set +e; \"$3\" migrate --offline --tag 2.11.1 %2; "
                                              "code=$?; cp -a \"$1/.\" \"$4/\"; exit $code")
                                   .arg(options, args);
        QProcess p;
        p.start(QStringLiteral("unshare"), {QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"), mount, staging, kApp, result});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(clearMessage(err, mount), err.constData());
        QVERIFY2(err.contains("No space left on device"), err.constData());
        // Checked as in the other tests, with the padded input as "old" for gateway.yaml.
        const QString in = result + QStringLiteral("/in");
        QVERIFY(leftovers(result).isEmpty());
        QCOMPARE(readAll(in + QStringLiteral("/gateway.yaml")), padded);
        for (const Input &input : kInputs) {
            const QString name = QLatin1String(input.name);
            QCOMPARE(permissionsOf(QFileInfo(in + QLatin1Char('/') + name)), input.permissions);
            if (name != QLatin1String("gateway.yaml"))
                QVERIFY(readAll(in + QLatin1Char('/') + name) == original(name) || readAll(in + QLatin1Char('/') + name) == expected().migrated.at(name));
        }
        QVERIFY(!QFile::exists(in + QStringLiteral("/gateway.yaml.bak")));
        if (Mode(mode) == Mode::Copies)
            QVERIFY2(!QFileInfo::exists(result + QStringLiteral("/out")) || filesUnder(result + QStringLiteral("/out")).isEmpty(), qPrintable(filesUnder(result + QStringLiteral("/out")).join(QLatin1Char(' '))));
    }

    // Many random fault points: through the seam (any call, any byte) and, fewer, through the
    // shim around the real CLI. The invariant holds after each.
    void randomInjections()
    {
        QRandomGenerator random(20261126);
        QElapsedTimer timer;
        timer.start();
        int seamRuns = 0;
        int cliRuns = 0;
        int failures = 0;
        const char *calls[] = {"status", "read", "create", "write", "setMode", "sync", "close", "replace", "publish", "makeDir"};
        // (A failing remove leaves a named temporary file behind: see leftoverNamed.)
        const int errors[] = {ENOSPC, EIO, EACCES, EXDEV, EBUSY, EROFS};
        for (; seamRuns < 1000; ++seamRuns) {
            const Mode mode = Mode(random.bounded(3));
            QTemporaryDir dir(tempBase());
            const QString root = canonical(dir.path());
            makeInputs(root + QStringLiteral("/in"));
            ScriptedOps ops;
            const QString call = QString::fromLatin1(calls[random.bounded(int(std::size(calls)))]);
            const int nth = 1 + random.bounded(8);
            const int error = errors[random.bounded(int(std::size(errors)))];
            if (random.bounded(3) == 0)
                ops.bytesBeforeFull = random.bounded(9000);
            int seen = 0;
            ops.before = [&](const QString &name, const QString &) { return name == call && ++seen == nth ? error : 0; };
            QString message;
            const bool ok = runCore(mode, root, ops, &message);
            failures += ok ? 0 : 1;
            const QString broken = mode == Mode::Report ? exportViolation(root, ok) : violation(mode, root, ok);
            QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("%1, %2 #%3 %4, full at %5: %6\n%7").arg(modeName(mode), call).arg(nth).arg(qt_error_string(error)).arg(ops.bytesBeforeFull).arg(broken, message)));
            if (!ok)
                QVERIFY2(clearMessage(message.toUtf8(), root) || message.contains(QStringLiteral("changed on disk")), qPrintable(message));
        }
        if (!kShim.isEmpty()) {
            const char *faults[] = {"write-enospc", "write-eio", "fsync-eio", "close-eio", "rename-exdev", "rename-eacces", "open-eacces", "open-enospc", "mkdir-eacces"};
            for (; cliRuns < 200 && timer.elapsed() < 12000; ++cliRuns) {
                const Mode mode = Mode(random.bounded(3));
                QTemporaryDir dir(tempBase());
                const QString root = canonical(dir.path());
                const QStringList args = prepare(mode, root);
                const QString fault = QString::fromLatin1(faults[random.bounded(int(std::size(faults)))]);
                const int nth = 1 + random.bounded(6);
                const qint64 after = random.bounded(12000);
                const Run r = runCli(args, shimEnvironment(root, fault, nth, after, QString()));
                QVERIFY2(r.exitCode == 0 || r.exitCode == 2, r.err.constData());
                failures += r.exitCode == 2 ? 1 : 0;
                const QString broken = violation(mode, root, r.exitCode == 0);
                QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("%1, %2 #%3 after %4: %5\n%6").arg(modeName(mode), fault).arg(nth).arg(after).arg(broken, QString::fromUtf8(r.err))));
                if (r.exitCode == 2)
                    QVERIFY2(clearMessage(r.err, root), r.err.constData());
            }
        }
        qInfo("%d injections through the seam, %d through the shim, %d of them failed the write, %lld ms", seamRuns, cliRuns, failures, timer.elapsed());
        QVERIFY(failures > (seamRuns + cliRuns) / 4); // the faults really fired
    }

    // kill -9 at random points of the CLI's writes (the shim sends SIGKILL before the n-th write,
    // fsync, create or rename): every file is still whole; only our named temporary files stay,
    // and the next write in that folder removes them once they are stale.
    void crashes()
    {
        if (kShim.isEmpty())
            QSKIP("the LD_PRELOAD shim is built on Linux only");
        QRandomGenerator random(4242);
        QElapsedTimer timer;
        timer.start();
        int runs = 0;
        int killed = 0;
        int leftBehind = 0;
        for (; runs < 100 && timer.elapsed() < 8000; ++runs) {
            const Mode mode = Mode(random.bounded(3));
            QTemporaryDir dir(tempBase());
            const QString root = canonical(dir.path());
            const QStringList args = prepare(mode, root);
            const int nth = 1 + random.bounded(mode == Mode::Report ? 5 : 30);
            const Run r = runCli(args, shimEnvironment(root, QStringLiteral("kill"), nth, 0, QString()));
            QVERIFY2(r.exitCode == -1 || r.exitCode == 0, r.err.constData());
            killed += r.exitCode == -1 ? 1 : 0;
            const QString broken = violation(mode, root, r.exitCode == 0, r.exitCode == -1);
            QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("%1, killed at call %2: %3").arg(modeName(mode)).arg(nth).arg(broken)));
            // The next write there, an hour later, clears what the crash left.
            const QStringList left = leftovers(root);
            leftBehind += left.isEmpty() ? 0 : 1;
            QSet<QString> folders;
            for (const QString &rel : left) {
                QFile f(root + QLatin1Char('/') + rel);
                QVERIFY(f.open(QIODevice::ReadWrite));
                QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-7200), QFileDevice::FileModificationTime));
                folders.insert(QFileInfo(f.fileName()).absolutePath());
            }
            for (const QString &folder : folders)
                QVERIFY(agm::writeFileAtomically(folder + QStringLiteral("/next.txt"), "next").ok);
            QVERIFY2(leftovers(root).isEmpty(), qPrintable(leftovers(root).join(QLatin1Char(' '))));
        }
        qInfo("%d runs, %d killed, %d left temporary files", runs, killed, leftBehind);
        QVERIFY(killed > runs / 2);
    }

    // A temporary file that cannot be removed after a failure is named, so it can be deleted.
    void leftoverNamed()
    {
        QTemporaryDir dir(tempBase());
        const QString root = canonical(dir.path());
        ScriptedOps ops;
        QString temp;
        ops.before = [&](const QString &call, const QString &path) {
            if (call == QLatin1String("create"))
                temp = path;
            return call == QLatin1String("sync") ? EIO : call == QLatin1String("remove") ? EACCES : 0;
        };
        const agm::FileWriteResult r = agm::writeFileAtomically(root + QStringLiteral("/cache.json"), "{}", agm::WriteMode::Replace, ops);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("The temporary file %1 could not be removed").arg(temp)) && r.error.contains(QStringLiteral("delete it")), qPrintable(r.error));
        QVERIFY(QFile::remove(temp));
    }
};

QTEST_GUILESS_MAIN(TestWriteFaults)
#include "tst_writefaults.moc"
