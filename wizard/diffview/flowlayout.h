// SPDX-License-Identifier: MIT
#pragma once

#include <QLayout>

#include <algorithm>
#include <vector>

namespace agm {

// Places its items left to right and wraps them onto another row when the width runs out, so a
// bar of buttons never makes its window wider than the screen (Japanese in presenter mode at
// 1024 pixels). Items from trailingFrom() on sit at the right end of a row, as after the stretch
// of a QHBoxLayout: of the first row with room for them, so a wrapped bar stays as short as it can.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void setTrailingFrom(int index) { m_trailingFrom = index; }
    int trailingFrom() const { return m_trailingFrom; }
    // Between rows; spacing() when not set (a wide gap between items need not part the rows).
    void setVerticalSpacing(int spacing) { m_verticalSpacing = spacing; }
    int verticalSpacing() const { return m_verticalSpacing >= 0 ? m_verticalSpacing : std::max(spacing(), 0); }

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Lays the items out in rect (or only measures); returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    std::vector<QLayoutItem *> m_items;
    int m_trailingFrom = -1;
    int m_verticalSpacing = -1;
};

} // namespace agm
