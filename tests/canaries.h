// SPDX-License-Identifier: MIT
#pragma once

// The secret canaries of tests/data/canaries (README.md there): every value holding "CANARY" is a
// secret, written plainly or base64-encoded (Secret data, .dockerconfigjson and the registry auth
// inside it). The tests look for each form in everything the program shows, logs and writes.

#include "testfiles.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QRegularExpression>
#include <QString>

#include <algorithm>

namespace agm::test {

inline const QString kCanaryData = QStringLiteral(AGM_TEST_DATA "/canaries");

// The marker and every base64 text that decodes (once or more) to something holding it.
inline QByteArrayList canaryForms()
{
    QByteArrayList forms{QByteArrayLiteral("CANARY")};
    static const QRegularExpression base64(QStringLiteral("[A-Za-z0-9+/]{16,}={0,2}"));
    QByteArrayList texts;
    for (const QString &file : filesUnder(kCanaryData))
        texts << readAll(kCanaryData + QLatin1Char('/') + file);
    while (!texts.isEmpty()) {
        const QByteArray text = texts.takeFirst();
        auto it = base64.globalMatch(QString::fromLatin1(text));
        while (it.hasNext()) {
            const QByteArray encoded = it.next().captured().toLatin1();
            const QByteArray decoded = QByteArray::fromBase64(encoded);
            if (decoded.contains("CANARY") && !forms.contains(encoded))
                forms << encoded;
            texts << decoded; // shorter than its source, so this ends; it may hold base64 itself
        }
    }
    return forms;
}

// The first canary form found in `bytes`, or an empty array.
inline QByteArray findCanary(const QByteArray &bytes, const QByteArrayList &forms)
{
    for (const QByteArray &form : forms) {
        if (bytes.contains(form))
            return form;
    }
    return {};
}

// For a failure message: each canary form `bytes` holds (base64 ones decoded), one per line with
// the text around its first place, so one run names every leak rather than the first.
inline QByteArray leakReport(const QByteArray &bytes, const QByteArrayList &forms)
{
    QByteArray report;
    QByteArrayList named;
    for (const QByteArray &form : forms) {
        const qsizetype at = bytes.indexOf(form);
        if (at < 0 || form == "CANARY")
            continue;
        named << form;
        report += QByteArray::fromBase64(form) + " (base64) at ..." + bytes.mid(std::max<qsizetype>(0, at - 60), 120) + "...\n";
    }
    static const QRegularExpression value(QStringLiteral("CANARY\\d\\d\\w*"));
    auto it = value.globalMatch(QString::fromLatin1(bytes));
    while (it.hasNext()) {
        const auto m = it.next();
        const QByteArray canary = m.captured().toLatin1();
        if (named.contains(canary))
            continue;
        named << canary;
        report += canary + " at ..." + bytes.mid(std::max<qsizetype>(0, m.capturedStart() - 60), 120) + "...\n";
    }
    return report;
}

// Every plain canary value ("CANARY" followed by letters and digits) in `bytes`, in order.
inline QByteArrayList plainCanaries(const QByteArray &bytes)
{
    QByteArrayList found;
    static const QRegularExpression value(QStringLiteral("CANARY\\d\\d\\w+"));
    auto it = value.globalMatch(QString::fromLatin1(bytes));
    while (it.hasNext())
        found << it.next().captured().toLatin1();
    return found;
}

} // namespace agm::test
