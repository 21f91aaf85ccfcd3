// SPDX-License-Identifier: MIT
// Issue 16: the headless commands load no GUI library, and no network library unless they go
// online. Each command runs as a real process under glibc's LD_DEBUG=files, which logs every shared
// object the dynamic loader opens, at start-up or later (dlopen): Qt Gui, Qt Widgets,
// KSyntaxHighlighting and the wizard module must not be among them, nor Qt Network and the network
// module for a command that stays offline. The wizard still opens (through its module), check runs
// (through the network module), and a missing module is an error that says which file and what to do.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kApp = QStringLiteral(AGM_APP_PATH);
const QString kModuleName = QFileInfo(QStringLiteral(AGM_WIZARD_MODULE_PATH)).fileName();
const QString kNetModuleName = QFileInfo(QStringLiteral(AGM_NET_MODULE_PATH)).fileName();

struct Run
{
    int exitCode = -1; // -1: crashed or did not finish
    QByteArray out;
    QByteArray err;
    QStringList loaded; // "file=..." lines of the loader's log, one per shared object opened
};

// Runs `program` with the loader's log in a folder of its own; XDG folders are fresh, so the
// operator's tag cache and settings are neither read nor written.
Run run(const QString &program, const QStringList &args, const QStringList &environment = {})
{
    QTemporaryDir dir;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    env.insert(QStringLiteral("LD_DEBUG_OUTPUT"), dir.filePath(QStringLiteral("ld")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    for (const QString &entry : environment)
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    // One log per process: ld.<pid>.
    for (const QFileInfo &log : QDir(dir.path()).entryInfoList({QStringLiteral("ld.*")}, QDir::Files)) {
        QFile file(log.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.contains("file="))
                r.loaded << QString::fromLocal8Bit(line.simplified());
        }
    }
    return r;
}

QStringList matching(const QStringList &lines, const QRegularExpression &pattern)
{
    QStringList found;
    for (const QString &line : lines) {
        if (pattern.match(line).hasMatch())
            found << line;
    }
    return found;
}

const QRegularExpression kQtCore(QStringLiteral(R"(file=\S*libQt[56]Core\.so)"));
const QRegularExpression kWidgets(QStringLiteral(R"(file=\S*libQt[56]Widgets\.so)"));
const QRegularExpression kModule(QStringLiteral("file=\\S*") + QRegularExpression::escape(kModuleName));
const QRegularExpression kNetModule(QStringLiteral("file=\\S*") + QRegularExpression::escape(kNetModuleName));
const QRegularExpression kNetwork(QStringLiteral(R"(file=\S*libQt[56]Network\.so)"));

} // namespace

class TestStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headlessLoadsNoGuiLibrary_data()
    {
        const QString tiny = QStringLiteral(AGM_TEST_DATA "/golden/k8s-portal-v1/input/gateway.yaml");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("network"); // the command loads the network module (and Qt Network)
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << 0 << false;
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << 0 << false;
        QTest::newRow("--lang de --verbose --version")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--verbose"), QStringLiteral("--version")} << 0 << false;
        QTest::newRow("unknown command") << QStringList{QStringLiteral("no-such-command")} << 2 << false;
        QTest::newRow("migrate --offline FILE (diff on stdout)") << QStringList{QStringLiteral("migrate"), QStringLiteral("--offline"), tiny} << 0 << false;
        QTest::newRow("migrate --check") << QStringList{QStringLiteral("migrate"), QStringLiteral("--offline"), QStringLiteral("--check"), tiny} << 1 << false;
        // A tag given: the list only backs a warning and is read offline.
        QTest::newRow("migrate --tag FILE") << QStringList{QStringLiteral("migrate"), QStringLiteral("--tag"), QStringLiteral("2.9.2"), tiny} << 0 << false;
        QTest::newRow("migrate --help") << QStringList{QStringLiteral("migrate"), QStringLiteral("--help")} << 0 << false;
        QTest::newRow("tags --offline") << QStringList{QStringLiteral("tags"), QStringLiteral("--offline")} << 0 << false;
        QTest::newRow("tags --offline --json") << QStringList{QStringLiteral("tags"), QStringLiteral("--offline"), QStringLiteral("--json")} << 0 << false;
        QTest::newRow("tags --help") << QStringList{QStringLiteral("tags"), QStringLiteral("--help")} << 0 << false;
        QTest::newRow("check --help") << QStringList{QStringLiteral("check"), QStringLiteral("--help")} << 0 << true;
        QTest::newRow("check without endpoints") << QStringList{QStringLiteral("check")} << 2 << true;
        // --tags-url is checked against the URL policy, which is the network layer's (even offline).
        QTest::newRow("tags --offline --tags-url") << QStringList{QStringLiteral("tags"), QStringLiteral("--offline"), QStringLiteral("--tags-url"),
                                                                   QStringLiteral("http://127.0.0.1:9/v2/gateway/tags/list")} << 0 << true;
    }
    void headlessLoadsNoGuiLibrary()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(bool, network);
        const Run r = run(kApp, args);
        QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit code %1, expected %2; stderr: %3")
                                                        .arg(r.exitCode).arg(exitCode).arg(QString::fromLocal8Bit(r.err))));
        if (r.loaded.isEmpty())
            QSKIP("the dynamic loader wrote no LD_DEBUG log (not glibc?)");
        // The log is read right: Qt Core is in it.
        QVERIFY2(!matching(r.loaded, kQtCore).isEmpty(), qPrintable(r.loaded.join(u'\n')));
        const QRegularExpression gui(QStringLiteral(R"(file=\S*(libQt[56](Gui|Widgets|OpenGL|XcbQpa)\.so|SyntaxHighlighting\.so))"));
        const QStringList wrong = matching(r.loaded, gui) + matching(r.loaded, kModule);
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("%1 loaded:\n%2").arg(args.join(u' '), wrong.join(u'\n'))));
        const QStringList net = matching(r.loaded, kNetwork) + matching(r.loaded, kNetModule);
        if (network)
            QVERIFY2(!matching(r.loaded, kNetModule).isEmpty(), qPrintable(r.loaded.join(u'\n')));
        else
            QVERIFY2(net.isEmpty(), qPrintable(QStringLiteral("%1 loaded:\n%2").arg(args.join(u' '), net.join(u'\n'))));
    }

    // The wizard path loads its module (and with it Qt Widgets) and paints its first page.
    void wizardOpensThroughItsModule()
    {
        const Run r = run(kApp, {QStringLiteral("--offline")},
                          {QStringLiteral("AGM_FIRST_PAINT_PROBE=1"), QStringLiteral("QT_QPA_PLATFORM=offscreen")});
        QVERIFY2(r.exitCode == 0, qPrintable(QString::fromLocal8Bit(r.err)));
        QVERIFY2(r.out.contains("AGM_FIRST_PAINT "), r.out.constData());
        if (r.loaded.isEmpty())
            QSKIP("the dynamic loader wrote no LD_DEBUG log (not glibc?)");
        QVERIFY2(!matching(r.loaded, kModule).isEmpty(), qPrintable(r.loaded.join(u'\n')));
        QVERIFY2(!matching(r.loaded, kWidgets).isEmpty(), qPrintable(r.loaded.join(u'\n')));
    }

    // A program without its modules: the offline commands work; the wizard and the commands that
    // go online name the file and the fix.
    void missingModuleIsAnError()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QFileInfo(kApp).fileName());
        QVERIFY(QFile::copy(kApp, copy));
        const Run version = run(copy, {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("apim-gateway-migrator "));
        const Run offline = run(copy, {QStringLiteral("tags"), QStringLiteral("--offline")});
        QVERIFY2(offline.exitCode == 0, offline.err.constData());

        // Loopback only, should the module be found after all.
        for (const QStringList &args : {QStringList{QStringLiteral("check"), QStringLiteral("127.0.0.1:9")},
                                        QStringList{QStringLiteral("tags"), QStringLiteral("--tags-url"), QStringLiteral("http://127.0.0.1:9/v2/gateway/tags/list")}}) {
            const Run online = run(copy, args);
            QCOMPARE(online.exitCode, 2);
            const QString err = QString::fromLocal8Bit(online.err);
            QVERIFY2(err.startsWith(args.constFirst() + QStringLiteral(": ")), qPrintable(err));
            QVERIFY2(err.contains(kNetModuleName), qPrintable(err));
            QVERIFY2(err.contains(QStringLiteral("No such file or directory")), qPrintable(err));
            QVERIFY2(err.contains(QStringLiteral("reinstall")), qPrintable(err));
        }

        const Run wizard = run(copy, {QStringLiteral("--offline")}, {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
        QCOMPARE(wizard.exitCode, 2);
        QVERIFY(wizard.out.isEmpty());
        const QString err = QString::fromLocal8Bit(wizard.err);
        QVERIFY2(err.contains(kModuleName), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("No such file or directory")), qPrintable(err)); // the loader's reason
        QVERIFY2(err.contains(QStringLiteral("reinstall")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestStartup)
#include "tst_startup.moc"
