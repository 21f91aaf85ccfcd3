// SPDX-License-Identifier: MIT
#pragma once

// The hostile corpus (tests/data/hostile, README.md there): its manifest, and the whole corpus
// built in a folder, the big files generated the same way on every run.

#include "sourcefile.h"
#include "testfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <vector>

namespace agm::test {

inline const QString kHostileCorpus = QStringLiteral(AGM_TEST_DATA "/hostile");

struct HostileEntry
{
    QString file;
    QString expect;  // code of the error finding; empty: the file loads cleanly
    int line = 0;    // line of that finding; 0: any
    QString message; // text the finding's message contains
    bool edits = false;
    QJsonObject generate;

    bool refused() const { return !expect.isEmpty() && expect != QLatin1String("helm-template"); }
};

inline std::vector<HostileEntry> hostileManifest()
{
    const QJsonArray files = QJsonDocument::fromJson(readAll(kHostileCorpus + QStringLiteral("/manifest.json"))).object().value(QStringLiteral("files")).toArray();
    std::vector<HostileEntry> out;
    for (const QJsonValue &v : files) {
        const QJsonObject o = v.toObject();
        out.push_back({o.value(QStringLiteral("file")).toString(), o.value(QStringLiteral("expect")).toString(),
                       o.value(QStringLiteral("line")).toInt(), o.value(QStringLiteral("message")).toString(),
                       o.value(QStringLiteral("edits")).toBool(), o.value(QStringLiteral("generate")).toObject()});
    }
    return out;
}

// The big files, built the same way on every run (some from a checked-in base file).
inline QByteArray generatedHostileFile(const QJsonObject &g)
{
    const QString kind = g.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("repeat")) {
        const int count = g.value(QStringLiteral("count")).toInt();
        return g.value(QStringLiteral("prefix")).toString().toUtf8() + g.value(QStringLiteral("unit")).toString().toUtf8().repeated(count)
               + g.value(QStringLiteral("close")).toString().toUtf8().repeated(count) + g.value(QStringLiteral("suffix")).toString().toUtf8();
    }
    if (kind == QLatin1String("deep-block")) {
        QByteArray out = "gateway:\n";
        for (int i = 0; i < g.value(QStringLiteral("levels")).toInt(); ++i)
            out += QByteArray(2 + i * 2, ' ') + 'k' + QByteArray::number(i) + ":\n";
        return out;
    }
    if (kind == QLatin1String("random")) {
        QRandomGenerator rng(quint32(g.value(QStringLiteral("seed")).toInt()));
        QByteArray out(g.value(QStringLiteral("size")).toInt(), '\0');
        for (char &c : out)
            c = char(rng.bounded(256));
        return out;
    }
    const QByteArray base = readAll(kHostileCorpus + QLatin1Char('/') + g.value(QStringLiteral("base")).toString());
    if (kind == QLatin1String("long-line")) // an args line after the base's last container
        return base + "        args: [\"" + QByteArray(g.value(QStringLiteral("bytes")).toInt(), 'A') + "\"]\n";
    if (kind == QLatin1String("many-lines"))
        return QByteArray("#\n").repeated(g.value(QStringLiteral("count")).toInt()) + base;
    qFatal("manifest.json: unknown generator '%s'", qPrintable(kind));
    return {};
}

// Writes every file of the corpus into `dir` (checked-in ones copied); returns what failed, or
// an empty string.
inline QString buildHostileCorpus(const QString &dir, const std::vector<HostileEntry> &entries)
{
    for (const HostileEntry &e : entries) {
        const QString target = dir + QLatin1Char('/') + e.file;
        QFile f(target);
        if (!f.open(QIODevice::WriteOnly))
            return target + QStringLiteral(": ") + f.errorString();
        const QString kind = e.generate.value(QStringLiteral("kind")).toString();
        const QByteArray bytes = e.generate.isEmpty() ? readAll(kHostileCorpus + QLatin1Char('/') + e.file)
                                 : kind == QLatin1String("sparse") ? QByteArray()
                                                                   : generatedHostileFile(e.generate);
        if (f.write(bytes) != bytes.size() || (kind == QLatin1String("sparse") && !f.resize(kMaxFileBytes + 1)))
            return target + QStringLiteral(": ") + f.errorString();
    }
    return {};
}

} // namespace agm::test
