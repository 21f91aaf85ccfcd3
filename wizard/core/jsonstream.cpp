// SPDX-License-Identifier: MIT
#include "jsonstream.h"

#include "secretmask.h"

#include <QJsonDocument>

namespace agm {

namespace {

QByteArray spaces(int indent)
{
    return QByteArray(indent * 4, ' ');
}

} // namespace

void JsonOut::drain(bool everything)
{
    if (everything || text.size() >= (64 << 10)) {
        device.write(text);
        text.resize(0); // keeps its capacity for the next piece
    }
}

void appendNested(QByteArray &out, const QByteArray &json, int indent)
{
    const QByteArray masked = QByteArray::fromStdString(maskSecretsInText(json.trimmed().toStdString()));
    const QByteArray prefix = '\n' + spaces(indent);
    qsizetype from = 0;
    for (qsizetype nl = masked.indexOf('\n'); nl >= 0; from = nl + 1, nl = masked.indexOf('\n', from)) {
        out.append(masked.constData() + from, nl - from);
        out += prefix;
    }
    out.append(masked.constData() + from, masked.size() - from);
}

void appendStreamedObject(JsonOut &json, int indent, const QJsonObject &members, const char *name, int count,
                          const std::function<void(JsonOut &, int, int)> &element)
{
    QByteArray &out = json.text;
    QByteArray head = QJsonDocument(members).toJson(QJsonDocument::Indented).trimmed();
    head.chop(1); // the closing brace
    appendNested(out, head.trimmed(), indent);
    out += (members.isEmpty() ? "\n" : ",\n") + spaces(indent + 1) + '"' + name + "\": [";
    for (int i = 0; i < count; ++i) {
        out += (i ? ",\n" : "\n") + spaces(indent + 2);
        element(json, indent + 2, i);
        json.drain();
    }
    out += (count ? '\n' + spaces(indent + 1) : QByteArray()) + "]\n" + spaces(indent) + '}';
}

} // namespace agm
