// SPDX-License-Identifier: MIT
// The application icon resource (resources/icons via the agm_icons object library): registered by
// linking alone, every rendered size present and sharp, the SVG at its documented path.
#include "appicon.h"

#include <QColor>
#include <QFile>
#include <QImage>
#include <QPixmap>
#include <QTest>

class TestAppIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Runs first: nothing has called agmApplicationIcon() yet, so only the link registered it.
    void resourceRegisteredByLinking()
    {
        const QString svg = QStringLiteral(":/agm/icons/%1.svg").arg(agmApplicationId());
        QVERIFY2(QFile::exists(svg), qPrintable(svg));
    }

    void applicationId()
    {
        // Reverse-DNS, and the same string the .desktop file is named after (packaging tests).
        QVERIFY(agmApplicationId().startsWith(QLatin1String("io.github.")));
        QCOMPARE(agmApplicationId().count(QLatin1Char('.')), 3);
    }

    void sizes_data()
    {
        QTest::addColumn<int>("size");
        for (const int size : {16, 22, 32, 48, 64, 128, 256})
            QTest::addRow("%dx%d", size, size) << size;
    }

    void sizes()
    {
        QFETCH(int, size);
        const QIcon icon = agmApplicationIcon();
        QVERIFY(!icon.isNull());
        QVERIFY(icon.availableSizes().contains(QSize(size, size)));
        const QImage image = icon.pixmap(QSize(size, size)).toImage();
        QCOMPARE(image.size(), QSize(size, size));
        // The tile's blue fills the upper-left quarter's centre; the corners stay transparent.
        const QColor tile = image.pixelColor(size / 4, size / 4);
        QVERIFY2(tile.blue() > 150 && tile.red() < 80 && tile.alpha() == 255, qPrintable(tile.name(QColor::HexArgb)));
        QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
    }
};

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
