// SPDX-License-Identifier: MIT
#include "registryjob.h"

#include <QCoreApplication>
#include <QNetworkReply>

namespace agm::net {

void DigestJob::start(const DigestRequest &request)
{
    m_request = request;
    m_result.tag = request.tag;
    QString error;
    const auto repository = repositoryFromTagListUrl(request.tagListUrl);
    if (!isValidTagName(request.tag))
        error = QCoreApplication::translate("agm::net", "'%1' is not a valid tag name").arg(request.tag.left(200));
    else if (!repository)
        error = QCoreApplication::translate("agm::net", "%1 does not name a repository (expected https://HOST/v2/REPOSITORY/tags/list)")
                    .arg(request.tagListUrl.toDisplayString());
    else
        error = checkRegistryUrl(request.tagListUrl);
    const QUrl url = repository ? manifestUrl(*repository, request.tag) : request.tagListUrl;
    m_result.url = url;
    RegistryJob::start(url, error);
}

QByteArray DigestJob::accept() const
{
    return manifestAcceptHeader();
}

QString DigestJob::notFoundHint() const
{
    return QCoreApplication::translate("agm::net", "the registry has no manifest for tag %1").arg(m_request.tag);
}

void DigestJob::onAnswer(QNetworkReply *reply)
{
    const QString where = currentUrl().toDisplayString();
    const QString digest = QString::fromLatin1(reply->rawHeader("Docker-Content-Digest").trimmed());
    if (digest.isEmpty()) {
        fail(QCoreApplication::translate("agm::net", "%1: the registry sent no Docker-Content-Digest header").arg(where), true);
        return;
    }
    if (!isValidDigest(digest)) {
        fail(QCoreApplication::translate("agm::net", "%1: Docker-Content-Digest '%2' is not sha256: and 64 lowercase hex digits").arg(where, digest.left(100)), true);
        return;
    }
    m_result.digest = digest;
    m_result.reference = m_request.tag + QLatin1Char('@') + digest;
    m_result.mediaType = reply->header(QNetworkRequest::ContentTypeHeader).toString().section(QLatin1Char(';'), 0, 0).trimmed().left(200);
    const QDateTime modified = reply->header(QNetworkRequest::LastModifiedHeader).toDateTime();
    if (modified.isValid())
        m_result.lastModified = modified.toUTC();
    finish();
}

void DigestJob::fail(const QString &reason, bool)
{
    if (isDone())
        return;
    m_result.error = reason;
    m_result.cancelled = isCancelled();
    finish();
}

void DigestJob::completeResult()
{
    m_result.proxyUsed = proxy().used();
    m_result.proxy = proxy().description;
    m_result.proxyProblem = proxy().problem;
}

QList<QString *> DigestJob::shownTexts()
{
    return {&m_result.error, &m_result.mediaType, &m_result.proxy, &m_result.proxyProblem};
}

QString DigestJob::loggedOutcome() const
{
    return m_result.error.isEmpty() ? QString() : QStringLiteral("failed: ") + m_result.error;
}

void DigestJob::emitFinished()
{
    Q_EMIT service()->digestFinished(id(), m_result);
}

} // namespace agm::net
