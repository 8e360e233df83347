#include "common/listpage.h"
#include "mainwindow/mainwindow.h"
#include "models/recordlistmodel.h"
#include "store/contactstore.h"
#include "testdatabase.h"
#include "uitesting.h"
#include "ziptesting.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using namespace loopline::test;

// File → Export list… on the main window, on both backends: the list exported as it is
// shown (pending search, sort, column order), the file dialog's formats, and errors.
class TestListExportUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
        m_db->setCurrentUser(u"tester"_s);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }
    void cleanup()
    {
        m_window.reset();
        m_db.reset();
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
            QFile::remove(m_dir.filePath(name));
    }

    void exportsWhatTheListShows()
    {
        addContact(u"Ann"_s, u"Adams"_s, u"ann@example.com"_s, {u"vip"_s});
        addContact(u"Оксана"_s, u"Шевченко"_s, u"oksana@example.ua"_s, {u"vip"_s});
        addContact(u"Zed"_s, u"Zulu"_s, u"zed@example.com"_s, {});
        addContact(u"Bob"_s, u"Brown, Jr."_s, u"bob@example.com"_s, {u"vip"_s});
        MainWindow &w = window();
        ListPage *page = w.page(MainWindow::View::Contacts);
        QHeaderView *header = page->view()->horizontalHeader();
        header->moveSection(header->visualIndex(1), 0); // Email first, as the user dragged it

        // Typed but not yet applied: the export applies it, newest first as the list then shows.
        typeText(page->searchEdit(), u"vip"_s);
        const QString first = m_dir.filePath(u"vip.csv"_s);
        QVERIFY(page->exportTo(first));
        QVERIFY(page->model()->isFiltered());
        const QString name = QDir::toNativeSeparators(first);
        // (Tests load no translation, so English plurals read "contact(s)".)
        QCOMPARE(w.statusBar()->currentMessage(), u"Exported 3 contact(s) to %1"_s.arg(name));
        QStringList lines = csvLines(first, 2);
        QCOMPARE(lines,
            QStringList({u"Email,Name"_s, u"bob@example.com,\"Bob Brown, Jr.\""_s,
                u"oksana@example.ua,Оксана Шевченко"_s, u"ann@example.com,Ann Adams"_s}));

        // A click on the Name header sorts the matches by name, and so does the export.
        page->view()->sortByColumn(0, Qt::DescendingOrder);
        const QString second = m_dir.filePath(u"by name.csv"_s);
        QVERIFY(page->exportTo(second));
        QCOMPARE(csvLines(second, 2),
            QStringList({u"Email,Name"_s, u"oksana@example.ua,Оксана Шевченко"_s,
                u"bob@example.com,\"Bob Brown, Jr.\""_s, u"ann@example.com,Ann Adams"_s}));

        // A name without .csv or .xlsx is refused with a message.
        QString refused;
        onNextDialog<QMessageBox>([&refused](QMessageBox *box) {
            refused = box->text();
            box->button(QMessageBox::Ok)->click();
        });
        QVERIFY(!page->exportTo(m_dir.filePath(u"list.txt"_s)));
        QVERIFY2(refused.contains(u".xlsx"_s), qPrintable(refused));
        QVERIFY(!QFile::exists(m_dir.filePath(u"list.txt"_s)));
    }

    void actionAsksForTheFileAndFormat()
    {
        addContact(u"Ann"_s, u"Adams"_s, u"ann@example.com"_s, {});
        MainWindow &w = window();
        QAction *action = w.exportListAction();
        QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+E"_s));
        QMenu *file = nullptr;
        for (QAction *menu : w.menuBar()->actions()) {
            if (menu->text() == u"&File"_s)
                file = menu->menu();
        }
        QVERIFY(file && file->actions().contains(action));
        QVERIFY(action->isEnabled());
        w.showView(MainWindow::View::Tasks);
        QVERIFY(!action->isEnabled());
        w.showView(MainWindow::View::Reports);
        QVERIFY(!action->isEnabled());
        w.showView(MainWindow::View::Contacts);
        QVERIFY(action->isEnabled());

        QSettings().setValue(u"ListExport/folder"_s, m_dir.path());
        QString suggested;
        QString afterFilter;
        onNextDialog<QFileDialog>([&](QFileDialog *dialog) {
            suggested = dialog->selectedFiles().value(0);
            // The user picks "Excel workbooks" from the file type list.
            auto *types = dialog->findChild<QComboBox *>(u"fileTypeCombo"_s);
            QVERIFY(types);
            types->setFocus();
            QTest::keyClick(types, Qt::Key_Down);
            afterFilter = dialog->selectedFiles().value(0);
            dialog->selectFile(m_dir.filePath(u"my contacts"_s));
            static_cast<QDialog *>(dialog)->accept(); // as the Save button does
        });
        action->trigger();
        QCOMPARE(QFileInfo(suggested).fileName(), u"Contacts.csv"_s);
        QCOMPARE(QFileInfo(afterFilter).fileName(), u"Contacts.xlsx"_s);
        const QString written = m_dir.filePath(u"my contacts.xlsx"_s);
        QVERIFY(QFile::exists(written));
        const std::map<QString, QByteArray> members = unzipFile(written);
        QVERIFY(members.count(u"xl/workbook.xml"_s));
        QVERIFY(members.at(u"xl/workbook.xml"_s).contains("name=\"Contacts\""));
        QVERIFY(members.at(u"xl/worksheets/sheet1.xml"_s).contains("Ann Adams"));
        QCOMPARE(w.statusBar()->currentMessage(),
            u"Exported 1 contact(s) to %1"_s.arg(QDir::toNativeSeparators(written)));
        // The folder and the format are suggested again next time.
        QCOMPARE(QSettings().value(u"ListExport/format"_s).toString(), u"xlsx"_s);
        QCOMPARE(QSettings().value(u"ListExport/folder"_s).toString(), m_dir.path());

        // Cancelling the file dialog writes nothing.
        onNextDialog<QFileDialog>([](QFileDialog *dialog) { dialog->reject(); });
        action->trigger();
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList({u"my contacts.xlsx"_s}));
    }

    void errorIsShownInAMessageBox()
    {
        addContact(u"Ann"_s, u"Adams"_s, u"ann@example.com"_s, {});
        MainWindow &w = window();
        ListPage *page = w.page(MainWindow::View::Companies);
        w.showView(MainWindow::View::Companies);
        const QString fileName = m_dir.filePath(u"missing/companies.xlsx"_s);
        QString shown;
        onNextDialog<QMessageBox>([&shown](QMessageBox *box) {
            shown = box->text();
            box->button(QMessageBox::Ok)->click();
        });
        QVERIFY(!page->exportTo(fileName));
        QVERIFY2(shown.contains(QDir::toNativeSeparators(fileName)), qPrintable(shown));
        QVERIFY(shown.contains(u"does not exist"_s));
        QVERIFY(!QFile::exists(fileName));
    }

private:
    void addContact(const QString &first, const QString &last, const QString &email, const QStringList &tags)
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        c.tags = tags;
        c.emails = {{u"work"_s, email}};
        ContactStore(*m_db).create(c);
    }

    // The lines of a CSV export (BOM checked and dropped), each cut to its first columns.
    QStringList csvLines(const QString &fileName, int columns)
    {
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QByteArray bytes = file.readAll();
        if (!bytes.startsWith("\xEF\xBB\xBF"))
            return {u"no BOM"_s};
        QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        for (QString &line : lines) {
            // Cut after the given number of fields, outside quotes.
            int fields = 0;
            bool quoted = false;
            for (qsizetype i = 0; i < line.size(); ++i) {
                if (line.at(i) == u'"')
                    quoted = !quoted;
                else if (line.at(i) == u',' && !quoted && ++fields == columns) {
                    line.truncate(i);
                    break;
                }
            }
        }
        return lines;
    }

    MainWindow &window()
    {
        if (!m_window) {
            m_window = std::make_unique<MainWindow>(*m_db);
            m_window->show();
            (void)QTest::qWaitForWindowExposed(m_window.get());
        }
        return *m_window;
    }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestListExportUi)
#include "tst_listexportui.moc"
