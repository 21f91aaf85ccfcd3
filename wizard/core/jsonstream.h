// SPDX-License-Identifier: MIT
#pragma once

// Writing a large JSON document to a device in pieces (the JSON and SARIF reports): its whole
// text is never held, and every piece goes through the one masker.

#include <QByteArray>
#include <QIODevice>
#include <QJsonObject>

#include <functional>

namespace agm {

struct JsonOut
{
    QIODevice &device;
    QByteArray text;

    void drain(bool everything = false);
};

// `json` (an indented QJsonDocument text) nested `indent` levels deep, secrets masked, without
// its final newline.
void appendNested(QByteArray &out, const QByteArray &json, int indent);
// `members`, then `name` holding `count` elements that `element` writes one at a time: a report
// of 150k findings never holds them as one QJsonArray, nor its text.
void appendStreamedObject(JsonOut &json, int indent, const QJsonObject &members, const char *name, int count,
                          const std::function<void(JsonOut &, int, int)> &element);

} // namespace agm
