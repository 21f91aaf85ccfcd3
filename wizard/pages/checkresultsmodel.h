// SPDX-License-Identifier: MIT
#pragma once

#include "connectivity.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <optional>
#include <vector>

namespace agm {

// The connectivity checks as a table: one row per endpoint, one column per layer, with the
// status of each as a standard icon (QStyle) and a short text; the full detail is the tool tip.
class CheckResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Endpoint, Dns, Tcp, Tls, Http, Result, ColumnCount };
    enum Role { StatusRole = Qt::UserRole + 1 }; // "pass", "warn", "fail", "running", "waiting", "cancelled", "skipped"

    explicit CheckResultsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // New rows, all waiting.
    void setTargets(const std::vector<CheckTarget> &targets);
    void setRunning(int row, CheckLayer layer);
    void setLayer(int row, const LayerCheck &layer); // a layer done while the endpoint still runs
    void setResult(int row, const EndpointCheck &result);
    // Rows still waiting or running become cancelled.
    void markCancelled();
    // Every row: not run (no checker, or the options are wrong).
    void markNotRun();

    const std::vector<CheckTarget> &targets() const { return m_targets; }
    const std::optional<EndpointCheck> &result(int row) const { return m_rows[std::size_t(row)].result; }
    static CheckLayer layerOf(int column);

private:
    struct Row
    {
        std::optional<EndpointCheck> result;
        std::vector<LayerCheck> layers; // done so far
        std::optional<CheckLayer> running;
        bool cancelled = false;
        bool notRun = false;
    };
    const LayerCheck *layerAt(int row, CheckLayer layer) const;
    QString statusOf(int row, int column) const;
    QString textOf(int row, int column) const;
    QString toolTipOf(int row, int column) const;
    QIcon iconFor(const QString &status) const;

    std::vector<CheckTarget> m_targets;
    std::vector<Row> m_rows;
};

} // namespace agm
