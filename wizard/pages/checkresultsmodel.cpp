// SPDX-License-Identifier: MIT
#include "checkresultsmodel.h"

#include <QApplication>
#include <QStyle>

namespace agm {

namespace {

QString statusWord(const QString &status)
{
    if (status == QLatin1String("pass"))
        return CheckResultsModel::tr("passed");
    if (status == QLatin1String("warn"))
        return CheckResultsModel::tr("warning");
    if (status == QLatin1String("fail"))
        return CheckResultsModel::tr("failed");
    if (status == QLatin1String("running"))
        return CheckResultsModel::tr("checking…");
    if (status == QLatin1String("cancelled"))
        return CheckResultsModel::tr("cancelled");
    if (status == QLatin1String("skipped"))
        return CheckResultsModel::tr("not run");
    return CheckResultsModel::tr("waiting");
}

} // namespace

CheckResultsModel::CheckResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int CheckResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

int CheckResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

CheckLayer CheckResultsModel::layerOf(int column)
{
    switch (column) {
    case Tcp: return CheckLayer::Tcp;
    case Tls: return CheckLayer::Tls;
    case Http: return CheckLayer::Http;
    default: return CheckLayer::Dns;
    }
}

QVariant CheckResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Endpoint: return tr("Endpoint");
    case Dns: return tr("DNS");
    case Tcp: return tr("TCP");
    case Tls: return tr("TLS");
    case Http: return tr("HTTP");
    case Result: return tr("Result");
    default: return {};
    }
}

const LayerCheck *CheckResultsModel::layerAt(int row, CheckLayer layer) const
{
    const Row &r = m_rows[std::size_t(row)];
    if (r.result)
        return r.result->layer(layer);
    for (const LayerCheck &l : r.layers) {
        if (l.layer == layer)
            return &l;
    }
    return nullptr;
}

QString CheckResultsModel::statusOf(int row, int column) const
{
    const Row &r = m_rows[std::size_t(row)];
    if (r.notRun && !r.result)
        return QStringLiteral("skipped");
    if (column == Endpoint || column == Result) {
        if (r.result)
            return r.result->cancelled ? QStringLiteral("cancelled") : checkStatusName(r.result->status);
        if (r.cancelled)
            return QStringLiteral("cancelled");
        return r.running ? QStringLiteral("running") : QStringLiteral("waiting");
    }
    const CheckLayer layer = layerOf(column);
    if (const LayerCheck *l = layerAt(row, layer)) {
        if (r.result && r.result->cancelled && l == &r.result->layers.back())
            return QStringLiteral("cancelled");
        return checkStatusName(l->status);
    }
    if (r.result)
        return QStringLiteral("skipped");
    if (r.cancelled)
        return QStringLiteral("cancelled");
    return r.running == layer ? QStringLiteral("running") : QStringLiteral("waiting");
}

QString CheckResultsModel::textOf(int row, int column) const
{
    const CheckTarget &t = m_targets[std::size_t(row)];
    const Row &r = m_rows[std::size_t(row)];
    const QString status = statusOf(row, column);
    if (column == Endpoint)
        return t.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(t.host).arg(t.port) : QStringLiteral("%1:%2").arg(t.host).arg(t.port);
    if (column == Result) {
        if (!r.result)
            return r.running && status == QLatin1String("running") ? tr("checking %1…").arg(checkLayerTitle(*r.running)) : statusWord(status);
        const EndpointCheck &c = *r.result;
        if (c.cancelled)
            return tr("cancelled");
        if (c.failedLayer)
            return tr("fails at %1: %2").arg(checkLayerTitle(*c.failedLayer), c.layer(*c.failedLayer)->detail);
        for (const LayerCheck &l : c.layers) {
            if (l.status == CheckStatus::Warn)
                return tr("passes, with a warning: %1").arg(l.detail);
        }
        return c.proxyUsed ? tr("passes (through a proxy)") : tr("passes");
    }
    if (status != QLatin1String("pass") && status != QLatin1String("warn"))
        return statusWord(status);
    // A short fact for a layer that passed; the details pane has the rest.
    const EndpointCheck *c = r.result ? &*r.result : nullptr;
    switch (column) {
    case Dns:
        if (c && !c->dns.addresses.isEmpty())
            return c->dns.addresses.size() == 1 ? c->dns.addresses.first()
                                                : tr("%1 (+%2)").arg(c->dns.addresses.first()).arg(c->dns.addresses.size() - 1);
        if (c && c->proxyUsed)
            return tr("by the proxy");
        break;
    case Tcp:
        if (c && c->tcpLatencyMs >= 0)
            return tr("%1 ms").arg(c->tcpLatencyMs);
        break;
    case Tls:
        if (c && !c->tls.protocol.isEmpty())
            return c->tls.daysLeft < 14 ? tr("%1, %2 days left").arg(c->tls.protocol).arg(c->tls.daysLeft) : c->tls.protocol;
        break;
    case Http:
        if (c && c->httpStatus > 0)
            return tr("HTTP %1").arg(c->httpStatus);
        break;
    default:
        break;
    }
    return statusWord(status);
}

QString CheckResultsModel::toolTipOf(int row, int column) const
{
    const Row &r = m_rows[std::size_t(row)];
    if (r.notRun && !r.result)
        return QStringLiteral("skipped");
    if (column == Endpoint || column == Result) {
        if (r.result) {
            const QString hint = r.result->hint();
            return hint.isEmpty() ? textOf(row, Result) : textOf(row, Result) + QStringLiteral("\n\n") + hint;
        }
        return textOf(row, column);
    }
    if (const LayerCheck *l = layerAt(row, layerOf(column)))
        return l->hint.isEmpty() ? l->detail : l->detail + QStringLiteral("\n\n") + l->hint;
    return statusWord(statusOf(row, column));
}

QIcon CheckResultsModel::iconFor(const QString &status) const
{
    QStyle *style = QApplication::style();
    if (!style)
        return {};
    if (status == QLatin1String("pass"))
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    if (status == QLatin1String("warn"))
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    if (status == QLatin1String("fail"))
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    if (status == QLatin1String("running"))
        return style->standardIcon(QStyle::SP_BrowserReload);
    if (status == QLatin1String("cancelled"))
        return style->standardIcon(QStyle::SP_BrowserStop);
    return {};
}

QVariant CheckResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row(), column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return textOf(row, column);
    case Qt::DecorationRole:
        if (column == Result)
            return {};
        return iconFor(statusOf(row, column));
    case Qt::ToolTipRole:
        return toolTipOf(row, column);
    case Qt::AccessibleTextRole:
        return column == Endpoint || column == Result ? textOf(row, column)
                                                      : QStringLiteral("%1: %2").arg(checkLayerTitle(layerOf(column)), textOf(row, column));
    case StatusRole:
        return statusOf(row, column);
    default:
        return {};
    }
}

void CheckResultsModel::setTargets(const std::vector<CheckTarget> &targets)
{
    beginResetModel();
    m_targets = targets;
    m_rows.assign(targets.size(), Row{});
    endResetModel();
}

void CheckResultsModel::setRunning(int row, CheckLayer layer)
{
    if (row < 0 || row >= rowCount())
        return;
    m_rows[std::size_t(row)].running = layer;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CheckResultsModel::setLayer(int row, const LayerCheck &layer)
{
    if (row < 0 || row >= rowCount())
        return;
    m_rows[std::size_t(row)].layers.push_back(layer);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CheckResultsModel::setResult(int row, const EndpointCheck &result)
{
    if (row < 0 || row >= rowCount())
        return;
    Row &r = m_rows[std::size_t(row)];
    r.result = result;
    r.running.reset();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CheckResultsModel::markNotRun()
{
    for (Row &r : m_rows)
        r.notRun = true;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CheckResultsModel::markCancelled()
{
    for (int row = 0; row < rowCount(); ++row) {
        Row &r = m_rows[std::size_t(row)];
        if (!r.result && !r.cancelled) {
            r.cancelled = true;
            r.running.reset();
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

} // namespace agm
