// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace agm::app {

int runMigrate(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace agm::app
