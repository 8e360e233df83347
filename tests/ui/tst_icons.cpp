#include "common/contraststyle.h"
#include "common/icons.h"
#include "mainwindow/mainwindow.h"
#include "settings/settingsdialog.h"
#include "testdatabase.h"
#include "uitesting.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QPainter>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QToolBar>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::TestDatabase;

// The application's icon set: every icon exists, is drawn at the device's own resolution
// (sharp at 200 %), follows the palette (light, dark, selected, disabled), and is what the
// main window shows. Also: the dark look's check boxes and radio buttons have a visible frame.
class tst_Icons : public QObject
{
    Q_OBJECT

    // Pixels that are drawn (not transparent), and their mean colour.
    struct Ink
    {
        int pixels = 0;
        QColor mean;
    };
    static Ink inkOf(const QImage &image)
    {
        const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
        qint64 r = 0, g = 0, b = 0;
        int count = 0;
        for (int y = 0; y < argb.height(); ++y) {
            for (int x = 0; x < argb.width(); ++x) {
                const QColor c = argb.pixelColor(x, y);
                if (c.alpha() < 200)
                    continue; // edges blend with the background; the stroke's core has the colour
                r += c.red();
                g += c.green();
                b += c.blue();
                ++count;
            }
        }
        if (count == 0)
            return {};
        return {count, QColor(int(r / count), int(g / count), int(b / count))};
    }
    static int distance(const QColor &a, const QColor &b)
    {
        return qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue());
    }
    // How many pixels of the check box's indicator stand out from the field's own colour.
    static int indicatorContrast(QAbstractButton *button)
    {
        button->ensurePolished();
        button->resize(button->sizeHint());
        const QImage image = button->grab().toImage();
        QStyleOptionButton option;
        option.initFrom(button);
        const bool radio = qobject_cast<QRadioButton *>(button);
        const QRect indicator = button->style()->subElementRect(
            radio ? QStyle::SE_RadioButtonIndicator : QStyle::SE_CheckBoxIndicator, &option, button);
        const QColor window = button->palette().color(QPalette::Window);
        const QColor base = button->palette().color(QPalette::Base);
        int standing = 0;
        for (int y = indicator.top(); y <= indicator.bottom(); ++y) {
            for (int x = indicator.left(); x <= indicator.right(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (distance(c, base) > 90 && distance(c, window) > 90)
                    ++standing;
            }
        }
        return standing;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
    void cleanup() { QApplication::setPalette(QApplication::style()->standardPalette()); }

    void everyIconIsDrawn()
    {
        for (Icon icon : allIcons()) {
            const QString name = iconName(icon);
            QVERIFY2(QFile::exists(u":/loopline/icons/ui/%1.svg"_s.arg(name)), qPrintable(name));
            const QIcon drawn = themedIcon(icon);
            QVERIFY2(!drawn.isNull(), qPrintable(name));
            QCOMPARE(drawn.name(), name);
            const QPixmap pixmap = drawn.pixmap(QSize(24, 24));
            QCOMPARE(pixmap.size(), QSize(24, 24));
            const Ink ink = inkOf(pixmap.toImage());
            // A line drawing: some strokes, mostly empty.
            QVERIFY2(ink.pixels > 12, qPrintable(name + u": %1 pixels"_s.arg(ink.pixels)));
            QVERIFY2(ink.pixels < 24 * 24 / 2, qPrintable(name + u": %1 pixels"_s.arg(ink.pixels)));
        }
        // The names are the files: no two icons share one.
        QStringList names;
        for (Icon icon : allIcons())
            names << iconName(icon);
        names.removeDuplicates();
        QCOMPARE(names.size(), allIcons().size());
        // Every drawing in the folder is in the set.
        QCOMPARE(QDir(u":/loopline/icons/ui"_s).entryList({u"*.svg"_s}).size(), allIcons().size());
    }

    void sharpAtTwiceTheScale()
    {
        for (Icon icon : allIcons()) {
            const QIcon drawn = themedIcon(icon);
            const QPixmap doubled = drawn.pixmap(QSize(16, 16), 2.0);
            QCOMPARE(doubled.size(), QSize(32, 32));
            QCOMPARE(doubled.devicePixelRatio(), 2.0);
            // Drawn afresh at 32 device pixels, not the 16-pixel picture blown up.
            const QImage native = doubled.toImage().convertToFormat(QImage::Format_ARGB32);
            const QImage blownUp = drawn.pixmap(QSize(16, 16), 1.0)
                                       .toImage()
                                       .scaled(32, 32, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                       .convertToFormat(QImage::Format_ARGB32);
            int differing = 0;
            for (int y = 0; y < 32; ++y)
                for (int x = 0; x < 32; ++x)
                    differing += qAbs(qAlpha(native.pixel(x, y)) - qAlpha(blownUp.pixel(x, y))) > 40;
            QVERIFY2(differing > 8, qPrintable(iconName(icon) + u": %1"_s.arg(differing)));
            // A painter on a 200 % device gets the same sharp drawing.
            QImage target(32, 32, QImage::Format_ARGB32_Premultiplied);
            target.setDevicePixelRatio(2.0);
            target.fill(Qt::transparent);
            {
                QPainter painter(&target);
                drawn.paint(&painter, QRect(0, 0, 16, 16));
            }
            int same = 0;
            for (int y = 0; y < 32; ++y)
                for (int x = 0; x < 32; ++x)
                    same += qAbs(qAlpha(target.pixel(x, y)) - qAlpha(native.pixel(x, y))) <= 8;
            QVERIFY2(same >= 32 * 32 - 4, qPrintable(iconName(icon) + u": %1"_s.arg(same)));
        }
    }

    void followsThePalette()
    {
        const QIcon contacts = themedIcon(Icon::Contacts);
        const QColor lightText = QApplication::palette().color(QPalette::WindowText);
        const Ink light = inkOf(contacts.pixmap(QSize(48, 48)).toImage());
        QVERIFY2(distance(light.mean, lightText) < 40, qPrintable(light.mean.name()));

        QApplication::setPalette(SettingsDialog::darkPalette());
        const QPalette dark = QApplication::palette();
        const Ink onDark = inkOf(contacts.pixmap(QSize(48, 48)).toImage());
        QVERIFY2(
            distance(onDark.mean, dark.color(QPalette::WindowText)) < 40, qPrintable(onDark.mean.name()));
        QVERIFY(onDark.mean.lightness() > 180);
        QVERIFY(light.mean.lightness() < 80);

        const Ink disabled = inkOf(contacts.pixmap(QSize(48, 48), QIcon::Disabled).toImage());
        QVERIFY2(distance(disabled.mean, dark.color(QPalette::Disabled, QPalette::WindowText)) < 40,
            qPrintable(disabled.mean.name()));
        const Ink selected = inkOf(contacts.pixmap(QSize(48, 48), QIcon::Selected).toImage());
        QVERIFY2(distance(selected.mean, dark.color(QPalette::HighlightedText)) < 40,
            qPrintable(selected.mean.name()));
    }

    void mainWindowShowsTheSet()
    {
        auto db
            = Database::open(ConnectionSpec::sqlite(TestDatabase::temporaryDirectory() + u"/icons.sqlite"_s));
        db->setCurrentUser(u"tester"_s);
        MainWindow window(*db);
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *sidebar = window.findChild<QListWidget *>(u"sidebar"_s);
        QVERIFY(sidebar);
        const QStringList expected = {u"contacts"_s, u"companies"_s, u"deals"_s, u"leads"_s, u"queue"_s,
            u"campaigns"_s, u"tasks"_s, u"reports"_s};
        QStringList shown;
        for (int i = 0; i < sidebar->count(); ++i)
            shown << sidebar->item(i)->icon().name();
        QCOMPARE(shown, expected);
        auto *toolbar = window.findChild<QToolBar *>(u"mainToolbar"_s);
        QVERIFY(toolbar);
        int withIcons = 0;
        for (QAction *action : toolbar->actions()) {
            if (action->isSeparator())
                continue;
            // One of the set, not a style's icon nor none.
            QVERIFY2(!action->icon().name().isEmpty(), qPrintable(action->text()));
            ++withIcons;
        }
        QVERIFY(withIcons >= 7); // new, save, delete, undo, redo, refresh, take lead
        test::screenshot(&window, u"icons-mainwindow"_s);
    }

    void darkCheckBoxesHaveAFrame()
    {
        QApplication::setPalette(SettingsDialog::darkPalette());
        QStyle *fusion = QStyleFactory::create(u"Fusion"_s);
        ContrastStyle contrast(QStyleFactory::create(u"Fusion"_s));
        QCheckBox box(u"Consent given"_s);
        QRadioButton radio(u"Hot"_s);
        box.setStyle(fusion);
        radio.setStyle(fusion);
        const int plainBox = indicatorContrast(&box);
        const int plainRadio = indicatorContrast(&radio);
        box.setStyle(&contrast);
        radio.setStyle(&contrast);
        const int framedBox = indicatorContrast(&box);
        const int framedRadio = indicatorContrast(&radio);
        // The frame goes round the indicator: at least three of its sides stand out.
        QVERIFY2(framedBox >= 30, qPrintable(u"%1 (Fusion alone: %2)"_s.arg(framedBox).arg(plainBox)));
        QVERIFY2(framedRadio >= 24, qPrintable(u"%1 (Fusion alone: %2)"_s.arg(framedRadio).arg(plainRadio)));
        QVERIFY(framedBox > plainBox);
        QVERIFY(framedRadio > plainRadio);
        // On a light window the style draws nothing of its own.
        QApplication::setPalette(QApplication::style()->standardPalette());
        QCheckBox lightBox(u"Consent given"_s);
        lightBox.setStyle(fusion);
        const QImage plainLight = (lightBox.resize(lightBox.sizeHint()), lightBox.grab().toImage());
        lightBox.setStyle(&contrast);
        QCOMPARE(lightBox.grab().toImage(), plainLight);
        box.setStyle(nullptr);
        radio.setStyle(nullptr);
        lightBox.setStyle(nullptr);
        delete fusion;
    }

    // A sheet of every icon at 16, 24 and 48 pixels, light and dark, and at 200 %, for a person
    // to look at (saved only with LOOPLINE_SCREENSHOTS).
    void iconSheet()
    {
        if (qEnvironmentVariableIsEmpty("LOOPLINE_SCREENSHOTS"))
            QSKIP("LOOPLINE_SCREENSHOTS is not set");
        const QList<Icon> icons = allIcons();
        const QList<int> sizes = {16, 24, 48};
        QImage sheet(icons.size() * 56 + 8, 2 * 3 * 56 + 2 * 40, QImage::Format_ARGB32);
        sheet.fill(Qt::white);
        QPainter painter(&sheet);
        for (int theme = 0; theme < 2; ++theme) {
            QApplication::setPalette(
                theme == 0 ? QApplication::style()->standardPalette() : SettingsDialog::darkPalette());
            const int top = theme * (3 * 56 + 40);
            painter.fillRect(
                0, top, sheet.width(), 3 * 56 + 40, QApplication::palette().color(QPalette::Window));
            for (qsizetype i = 0; i < icons.size(); ++i) {
                for (qsizetype s = 0; s < sizes.size(); ++s) {
                    const int side = sizes.at(s);
                    themedIcon(icons.at(i))
                        .paint(&painter, QRect(8 + int(i) * 56, top + 8 + int(s) * 56, side, side));
                }
                QPixmap doubled = themedIcon(icons.at(i)).pixmap(QSize(16, 16), 2.0);
                doubled.setDevicePixelRatio(1.0); // its 32 device pixels, one to one
                painter.drawPixmap(8 + int(i) * 56, top + 8 + 3 * 56, doubled);
            }
        }
        painter.end();
        QDir().mkpath(qEnvironmentVariable("LOOPLINE_SCREENSHOTS"));
        QVERIFY(sheet.save(qEnvironmentVariable("LOOPLINE_SCREENSHOTS") + u"/icons-sheet.png"_s));
    }
};

QTEST_MAIN(tst_Icons)
#include "tst_icons.moc"
