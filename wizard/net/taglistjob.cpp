// SPDX-License-Identifier: MIT
#include "registryjob.h"

#include "nettext.h"
#include "tagcache.h"

#include <QCoreApplication>
#include <QNetworkReply>

namespace agm::net {

void TagListJob::start(const TagFetchRequest &request)
{
    m_request = request;
    m_result.url = request.url;
    if (request.mode == TagFetchMode::Offline) {
        QTimer::singleShot(0, this, [this] { fallBack({}); });
        return;
    }
    m_visited.insert(request.url.toString(QUrl::FullyEncoded));
    RegistryJob::start(request.url, checkRegistryUrl(request.url));
}

void TagListJob::onAnswer(QNetworkReply *reply)
{
    ++m_result.pages;
    const int page = m_result.pages;
    const QString where = currentUrl().toDisplayString();
    TagParseResult parsed = parseTagList(body().data(), TagSourceKind::Live, where);
    clearBody();
    if (!parsed.list) {
        fail(QCoreApplication::translate("agm::net", "page %1 (%2): %3").arg(page).arg(where, parsed.error), true);
        return;
    }
    for (Tag &tag : parsed.list->tags) {
        if (!m_seen.contains(tag.name)) {
            m_seen.insert(tag.name);
            m_tags.push_back(std::move(tag));
        }
    }
    if (int(m_tags.size()) > settings().maxTags) {
        fail(QCoreApplication::translate("agm::net", "page %1 (%2): more than %3 tags in all; refused").arg(page).arg(where).arg(settings().maxTags), true);
        return;
    }
    const QUrl next = nextPageUrl(reply->rawHeader("Link"), currentUrl());
    if (next.isEmpty()) {
        succeed();
        return;
    }
    const QString error = checkFollowUrl(currentUrl(), next);
    if (!error.isEmpty()) {
        fail(QCoreApplication::translate("agm::net", "page %1 (%2): next-page link refused: %3").arg(page).arg(where, error), true);
        return;
    }
    const QString key = next.toString(QUrl::FullyEncoded);
    if (m_visited.contains(key)) {
        fail(QCoreApplication::translate("agm::net", "page %1 (%2): the next-page link leads back to %3").arg(page).arg(where, next.toDisplayString()), true);
        return;
    }
    if (page >= settings().maxPages) {
        fail(QCoreApplication::translate("agm::net", "page %1 (%2): the list goes on beyond %3 pages; refused").arg(page).arg(where).arg(settings().maxPages), true);
        return;
    }
    m_visited.insert(key);
    sendNext(next);
}

void TagListJob::succeed()
{
    TagList list;
    list.source = TagSourceKind::Live;
    list.url = shown(m_request.url); // a SAS token in the query is masked
    const QDateTime now = QDateTime::currentDateTimeUtc();
    list.fetchedAt = now.addMSecs(-now.time().msec());
    list.tags = std::move(m_tags);
    sortTags(list.tags);
    m_result.cacheError = writeTagCache(service()->cacheDirectory(), m_request.url, list);
    m_result.list = std::move(list);
    finish();
}

void TagListJob::fail(const QString &reason, bool fallBackAllowed)
{
    if (isDone())
        return;
    m_result.cancelled = isCancelled();
    if (fallBackAllowed && m_request.mode == TagFetchMode::LiveWithFallback) {
        fallBack(reason);
        return;
    }
    m_result.error = reason;
    finish();
}

// The cache, then the bundled snapshot; `reason` says why the registry was not used.
void TagListJob::fallBack(const QString &reason)
{
    if (isDone())
        return;
    TagFetchResult fallback = cachedOrBundledTags(service()->cacheDirectory(), m_request.url, reason);
    m_result.list = std::move(fallback.list);
    m_result.error = fallback.error;
    finish();
}

void TagListJob::completeResult()
{
    m_result.proxyUsed = proxy().used();
    m_result.proxy = proxy().description;
    m_result.proxyProblem = proxy().problem;
    m_result.http2Used = http2Used();
}

QList<QString *> TagListJob::shownTexts()
{
    return {&m_result.error, &m_result.cacheError, &m_result.proxy, &m_result.proxyProblem};
}

QString TagListJob::loggedOutcome() const
{
    if (m_result.error.isEmpty())
        return {};
    return (m_result.ok() ? QStringLiteral("fell back: ") : QStringLiteral("failed: ")) + m_result.error;
}

void TagListJob::emitFinished()
{
    Q_EMIT service()->tagsFinished(id(), m_result);
}

} // namespace agm::net
