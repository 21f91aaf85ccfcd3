// SPDX-License-Identifier: MIT
// Step 1: the target image tag, chosen from the live tag list.
#include "findinglist.h"
#include "migrationsession.h"
#include "migrationwizard.h"
#include "imagepage.h"
#include "pluraltext.h"
#include "recipeorigin.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace agm {

namespace {

QString kindBadge(TagKind kind)
{
    switch (kind) {
    case TagKind::Pinned: return ImagePage::tr("pinned");
    case TagKind::Rolling: return ImagePage::tr("rolling");
    case TagKind::Preview: return ImagePage::tr("preview");
    case TagKind::Floating: return ImagePage::tr("floating");
    case TagKind::Legacy: return ImagePage::tr("legacy v0/v1");
    case TagKind::Other: return ImagePage::tr("other");
    }
    return {};
}

QString kindAdvice(TagKind kind)
{
    switch (kind) {
    case TagKind::Pinned: return {};
    case TagKind::Rolling: return ImagePage::tr("Rolling tags move to every new 2.x release; replicas can end up on different versions. Pin an exact version for production.");
    case TagKind::Preview: return ImagePage::tr("Preview images are not supported in production.");
    case TagKind::Floating: return ImagePage::tr("Floating tags like 'latest' can jump to another major version without notice ('latest' moved from v1 to v2 in 2022).");
    case TagKind::Legacy: return ImagePage::tr("This is a v0/v1 image: it no longer receives configuration. Choose a 2.x.y tag.");
    case TagKind::Other: return ImagePage::tr("This is not one of the documented tag conventions; check that the tag exists.");
    }
    return {};
}

} // namespace

ImagePage::ImagePage(MigrationSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(MigrationWizard::numberedTitle(MigrationWizard::Image, tr("Pin the container image")));
    setSubTitle(tr("Every gateway image found in your files is listed. Choose the 2.x.y tag they should all run; "
                   "the registry host of each reference is kept."));
    m_findings = new FindingList(session, {Step::Image}, this);
    m_findings->setAccessibleName(tr("Image references"));

    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter tags"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter tags"));
    m_tags = new QTreeWidget;
    m_tags->setHeaderLabels({tr("Tag"), tr("Kind")});
    m_tags->setRootIsDecorated(false);
    m_tags->setUniformRowHeights(true);
    m_tags->setAccessibleName(tr("Available tags"));
    m_tags->header()->setStretchLastSection(true);
    m_custom = new QLineEdit;
    m_custom->setPlaceholderText(tr("or type a tag, e.g. 2.11.1"));
    m_custom->setAccessibleName(tr("Custom tag"));
    m_custom->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}(@sha256:[0-9a-f]{0,64})?")), m_custom));
    m_source = new QLabel;
    m_source->setWordWrap(true);
    m_refresh = new QPushButton(tr("Re&fresh list"));
    m_refresh->setToolTip(tr("Fetch the current tag list from the registry"));
    m_refresh->setEnabled(false);
    m_pin = new QPushButton(tr("Pin by &digest"));
    m_pin->setToolTip(tr("Ask the registry for the digest of the chosen tag and write tag@sha256:..."));
    m_pin->setEnabled(false);
    connect(m_refresh, &QPushButton::clicked, this, &ImagePage::refreshTags);
    connect(m_pin, &QPushButton::clicked, this, &ImagePage::pinDigest);
    m_advice = new QLabel;
    m_advice->setWordWrap(true);
    m_advice->setStyleSheet(QStringLiteral("color: #9a6700; font-weight: bold;"));
    m_confirm = new QCheckBox(tr("Use this floating tag an&yway"));
    m_confirm->setVisible(false);
    connect(m_confirm, &QCheckBox::toggled, this, [this](bool on) {
        m_confirmedTag = on ? m_session->options().tag : QString();
        Q_EMIT completeChanged();
    });

    auto *tagLabel = new QLabel(tr("&Target tag:"));
    tagLabel->setBuddy(m_tags);
    auto *customLabel = new QLabel(tr("C&ustom tag:"));
    customLabel->setBuddy(m_custom);

    auto *picker = new QWidget;
    auto *pickerLayout = new QVBoxLayout(picker);
    pickerLayout->setContentsMargins(0, 0, 0, 0);
    pickerLayout->addWidget(tagLabel);
    pickerLayout->addWidget(m_filter);
    pickerLayout->addWidget(m_tags, 1);
    // The custom tag's label beside its field: one row less, so the page fits 768 pixels in
    // presenter mode.
    auto *customRow = new QHBoxLayout;
    customRow->addWidget(customLabel);
    customRow->addWidget(m_custom, 1);
    pickerLayout->addLayout(customRow);
    auto *sourceButtons = new QHBoxLayout;
    sourceButtons->addWidget(m_refresh);
    sourceButtons->addWidget(m_pin);
    sourceButtons->addStretch();
    pickerLayout->addLayout(sourceButtons);
    pickerLayout->addWidget(m_source);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_findings->createPanel());
    split->addWidget(picker);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setSizes({860, 300});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new RecipeOriginLabel(session, {Step::Image}));
    layout->addWidget(split, 1);
    layout->addWidget(m_advice);
    layout->addWidget(m_confirm);

    connect(m_filter, &QLineEdit::textChanged, this, &ImagePage::fillTags);
    connect(m_tags, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && !item->isHidden())
            chooseTag(item->text(0));
    });
    connect(m_custom, &QLineEdit::textEdited, this, [this](const QString &text) {
        chooseTag(text);
    });
}

void ImagePage::setTagService(net::RegistryTagService *service, const net::TagFetchRequest &request)
{
    m_service = service;
    m_request = request;
    m_refresh->setEnabled(service != nullptr);
    m_pin->setEnabled(service != nullptr);
    connect(service, &net::RegistryTagService::tagsFinished, this, [this](quint64 id, const net::TagFetchResult &result) {
        if (id != m_fetch)
            return;
        m_fetch = 0;
        m_refresh->setEnabled(true);
        if (result.list) {
            m_session->setTags(*result.list);
            fillTags();
            chooseTag(m_session->options().tag);
        }
        // A failed live fetch is shown, not fatal: the cache or the snapshot stands in.
        showSource(result.error);
    });
    connect(service, &net::RegistryTagService::digestFinished, this, [this](quint64 id, const net::DigestResult &result) {
        if (id != m_digest)
            return;
        m_digest = 0;
        m_pin->setEnabled(true);
        if (result.ok()) {
            m_custom->setText(result.reference);
            chooseTag(result.reference);
            showSource();
        } else if (!result.cancelled) {
            showSource(tr("Pinning by digest failed: %1").arg(result.error));
        }
    });
}

void ImagePage::refreshTags()
{
    if (!m_service || m_fetch)
        return;
    m_refresh->setEnabled(false);
    m_source->setText(tr("Fetching the tag list from %1…").arg(m_request.url.host()));
    m_fetch = m_service->fetchTags(m_request);
}

void ImagePage::pinDigest()
{
    const QString tag = tagWithoutDigest(m_session->options().tag);
    if (!m_service || m_digest || tag.isEmpty())
        return;
    m_pin->setEnabled(false);
    m_source->setText(tr("Asking the registry for the digest of %1…").arg(tag));
    net::DigestRequest request;
    request.tagListUrl = m_request.url;
    request.tag = tag;
    m_digest = m_service->fetchDigest(request);
}

void ImagePage::showSource(const QString &problem)
{
    QString text = tr("Tag list: %1.").arg(m_session->tagSourceDescription());
    if (!problem.isEmpty())
        text += QStringLiteral("<br><span style=\"color:#9a6700\">%1</span>").arg(problem.toHtmlEscaped());
    m_source->setText(text);
}

void ImagePage::initializePage()
{
    fillTags();
    m_findings->refresh();
    chooseTag(m_session->options().tag);
    if (m_service && !m_fetchedOnce) {
        m_fetchedOnce = true;
        refreshTags();
    }
}

void ImagePage::fillTags()
{
    const QString filter = m_filter->text().trimmed();
    const QString current = m_session->options().tag;
    const QString recommended = m_session->tags().recommended();
    m_tags->clear();
    for (const Tag &tag : m_session->tags().tags) {
        if (!filter.isEmpty() && !tag.name.contains(filter, Qt::CaseInsensitive))
            continue;
        QString kind = kindBadge(tag.kind);
        if (tag.name == recommended)
            kind += QStringLiteral(" · ") + tr("recommended");
        auto *item = new QTreeWidgetItem(m_tags, {tag.name, kind});
        if (tag.kind != TagKind::Pinned)
            item->setForeground(1, QColor(0x9a, 0x67, 0x00));
        if (tag.name == current) {
            const QSignalBlocker block(m_tags);
            m_tags->setCurrentItem(item);
        }
    }
    m_tags->resizeColumnToContents(0);
    if (!m_fetch)
        showSource();
}

void ImagePage::chooseTag(const QString &tag)
{
    // A refused tag never reaches the plan: the session keeps the last acceptable one, and Next
    // waits until the operator chooses again.
    if (tag.isEmpty()) { // a cleared field: the chosen tag stands
        m_refused = false;
        showVerdict(m_session->options().tag);
        return;
    }
    m_refused = targetTagVerdict(tag) == TargetTagVerdict::Refused;
    if (!m_refused) {
        m_session->setTag(tag);
        if (m_custom->text() != tag && !m_tags->currentItem())
            m_custom->setText(tag);
    }
    showVerdict(tag);
}

// Refused (v0/v1, malformed) or to be confirmed (floating, rolling, preview): the page says why.
void ImagePage::showVerdict(const QString &tag)
{
    const QString name = tagWithoutDigest(tag);
    const TagKind kind = classifyTag(name);
    const TargetTagVerdict verdict = targetTagVerdict(tag);
    QString text;
    if (verdict == TargetTagVerdict::Refused) {
        const QString why = !isValidTargetTag(tag) ? tr("'%1' is not a valid image tag.").arg(tag)
                            : kind == TagKind::Legacy || kind == TagKind::Floating ? kindAdvice(TagKind::Legacy)
                                                                                   : tr("'%1' is not a 2.x.y version. Choose a pinned tag such as %2.")
                                                                                         .arg(name, m_session->tags().recommended());
        text = tr("Refused: %1").arg(why);
    } else {
        QString advice = kindAdvice(kind);
        if (!m_session->tags().contains(name) && !name.isEmpty())
            advice = (advice.isEmpty() ? QString() : advice + QLatin1Char(' ')) + tr("'%1' is not in the tag list.").arg(name);
        text = advice.isEmpty() ? QString() : tr("Warning: %1").arg(advice);
    }
    m_advice->setText(text);
    m_advice->setStyleSheet(verdict == TargetTagVerdict::Refused ? QStringLiteral("color: #cf222e; font-weight: bold;")
                                                                : QStringLiteral("color: #9a6700; font-weight: bold;"));
    const bool confirm = verdict == TargetTagVerdict::NeedsConfirmation;
    if (confirm)
        m_confirm->setText(kind == TagKind::Preview ? tr("Use this preview tag an&yway") : tr("Use this floating tag an&yway"));
    if (!confirm || m_confirmedTag != tag) {
        const QSignalBlocker block(m_confirm);
        m_confirm->setChecked(false); // a confirmation holds for the tag it was given for
    }
    m_confirm->setVisible(confirm);
    Q_EMIT completeChanged();
}

bool ImagePage::isComplete() const
{
    const QString tag = m_session->options().tag;
    if (m_refused)
        return false;
    switch (targetTagVerdict(tag)) {
    case TargetTagVerdict::Accepted: return true;
    case TargetTagVerdict::NeedsConfirmation: return m_confirm->isChecked();
    case TargetTagVerdict::Refused: return false;
    }
    return false;
}

} // namespace agm
