// SPDX-License-Identifier: MIT
#include "aboutdialog.h"

#include "sidebysidediffview.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace agm {

QString AboutDialog::versionsText()
{
    QString text;
    text += tr("APIM Gateway Migrator %1").arg(QApplication::applicationVersion()) + QLatin1Char('\n');
    text += tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)) + QLatin1Char('\n');
    text += tr("yaml-cpp %1").arg(QStringLiteral(AGM_YAML_CPP_VERSION)) + QLatin1Char('\n');
    const QString syntax = SideBySideDiffView::syntaxHighlightingVersion();
    text += syntax.isEmpty() ? tr("KSyntaxHighlighting: not available in this build, so YAML is shown without token colours "
                                  "(build with Qt 5 + KF5, or with KF6 SyntaxHighlighting installed, to get them)")
                             : tr("KSyntaxHighlighting %1").arg(syntax);
    return text;
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About APIM Gateway Migrator"));
    auto *title = new QLabel(tr("<h2>APIM Gateway Migrator %1</h2>"
                                "<p>Moves Azure API Management self-hosted gateway deployments from v0/v1 to v2, "
                                "changing only the bytes the migration needs.</p>")
                                 .arg(QApplication::applicationVersion().toHtmlEscaped()));
    title->setWordWrap(true);
    auto *versions = new QLabel(versionsText().toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    versions->setWordWrap(true);
    versions->setAccessibleName(tr("Versions"));
    auto *licence = new QLabel(tr("<p>Released under the MIT licence. Not affiliated with Microsoft; Azure and "
                                  "API Management are trademarks of Microsoft Corporation.</p>"
                                  "<p>Qt is used under the LGPL v3; yaml-cpp under the MIT licence; "
                                  "KSyntaxHighlighting under the MIT licence.</p>"));
    licence->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("&Copy versions"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [] { QApplication::clipboard()->setText(versionsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(versions);
    layout->addWidget(licence);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

} // namespace agm
