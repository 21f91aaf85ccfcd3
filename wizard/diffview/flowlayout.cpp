// SPDX-License-Identifier: MIT
#include "flowlayout.h"

#include <QWidget>

#include <algorithm>

namespace agm {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
}

FlowLayout::~FlowLayout()
{
    for (QLayoutItem *item : m_items)
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.push_back(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < count() ? m_items[std::size_t(index)] : nullptr;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= count())
        return nullptr;
    QLayoutItem *item = m_items[std::size_t(index)];
    m_items.erase(m_items.begin() + index);
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

// As narrow as the widest item: everything else wraps.
QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->sizeHint());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

// One row, when there is room for it.
QSize FlowLayout::sizeHint() const
{
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += (width > 0 ? spacing() : 0) + item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = std::max(spacing(), 0);
    const int width = std::max(area.width(), 0);
    struct Row
    {
        std::vector<std::pair<QLayoutItem *, QSize>> leading;
        std::vector<std::pair<QLayoutItem *, QSize>> trailing;
        int used = 0;
        int height = 0;
    };
    std::vector<Row> rows;
    auto room = [&](const Row &row) { return width - row.used; };
    auto put = [&](Row &row, QLayoutItem *item, QSize size, bool trailing) {
        (trailing ? row.trailing : row.leading).emplace_back(item, size);
        row.used += (row.used > 0 ? gap : 0) + size.width();
        row.height = std::max(row.height, size.height());
    };
    for (int i = 0; i < count(); ++i) {
        QLayoutItem *item = m_items[std::size_t(i)];
        if (item->isEmpty())
            continue;
        const QSize size = item->sizeHint().boundedTo(QSize(width, QWIDGETSIZE_MAX));
        const bool trailing = m_trailingFrom >= 0 && i >= m_trailingFrom;
        // A trailing item takes the first row with room at its end, so the rows above fill up
        // before a new one starts; a leading one follows the last row.
        auto row = trailing ? std::find_if(rows.begin(), rows.end(), [&](const Row &r) { return room(r) >= gap + size.width(); })
                            : (rows.empty() || (rows.back().used > 0 && room(rows.back()) < gap + size.width()) ? rows.end()
                                                                                                               : rows.end() - 1);
        if (row == rows.end()) {
            rows.emplace_back();
            row = rows.end() - 1;
        }
        put(*row, item, size, trailing);
    }
    int y = area.y();
    for (const Row &row : rows) {
        if (apply) {
            auto place = [&](int x, const std::pair<QLayoutItem *, QSize> &entry) {
                entry.first->setGeometry(QRect(QPoint(x, y + (row.height - entry.second.height()) / 2), entry.second));
                return x + entry.second.width() + gap;
            };
            int x = area.x();
            for (const auto &entry : row.leading)
                x = place(x, entry);
            int trailingWidth = -gap;
            for (const auto &entry : row.trailing)
                trailingWidth += gap + entry.second.width();
            x = std::max(x, area.x() + width - trailingWidth);
            for (const auto &entry : row.trailing)
                x = place(x, entry);
        }
        y += row.height + verticalSpacing();
    }
    return (rows.empty() ? area.y() : y - verticalSpacing()) - rect.y() + contentsMargins().bottom();
}

} // namespace agm
