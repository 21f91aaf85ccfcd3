// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

namespace agm {

// Versions of the program and of the libraries it was built with, and the licence.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    static QString versionsText(); // plain text, also for bug reports
};

} // namespace agm
