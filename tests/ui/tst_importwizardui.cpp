#include "import/importwizard.h"
#include "mainwindow/mainwindow.h"
#include "store/contactstore.h"
#include "testdatabase.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using namespace loopline::test;

// The CSV import wizard on both backends: a Bitrix24-style file in Windows-1251 with
// semicolons is detected and mapped, imported on the worker thread, its rejected row
// listed and saved; Stop and a malformed file leave the database as it was; a saved
// preset comes back; File → Import contacts… is on the main window.
class TestImportWizardUi : public QObject
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
    void cleanup() { m_db.reset(); }

    void importsABitrixExport()
    {
        const QString csv
            = u"Имя;Фамилия;Должность;Компания;Рабочий телефон;Рабочий e-mail;Дата создания\r\n"
              "Иван;Петров;Директор;ООО \"Ромашка\";8 (916) 123-45-67;ivan@romashka.ru;31.03.2024 10:15\r\n"
              "Мария;Сидорова;\"Менеджер; продажи\";ООО \"Ромашка\";+7 495 "
              "123-45-67;maria@romashka.ru;01.04.2024\r\n"
              "Пётр;Иванов;;;;not-an-email;02.04.2024\r\n"_s;
        const QString fileName = writeFile(u"bitrix.csv"_s, QStringEncoder("windows-1251")(csv));

        ImportWizard wizard(*m_db);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(wizard.setFileName(fileName));
        QCOMPARE(wizard.format().encoding, CsvEncoding::Windows1251);
        QCOMPARE(wizard.format().delimiter, ';');
        QCOMPARE(wizard.headers().size(), 7);
        QCOMPARE(wizard.previewTable()->rowCount(), 3);
        QCOMPARE(wizard.previewTable()->item(1, 2)->text(), u"Менеджер; продажи"_s);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        screenshot(wizard, u"import-file"_s);

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ColumnsPage));
        const QList<ImportField> expected
            = {ImportField::FirstName, ImportField::LastName, ImportField::JobTitle, ImportField::Company,
                ImportField::Phone, ImportField::Email, ImportField::CreatedAt};
        QCOMPARE(wizard.columns(), expected);
        QCOMPARE(wizard.mappingTable()->item(0, 1)->text(), u"Иван  ·  Мария  ·  Пётр"_s);
        wizard.setDefaultRegion(u"RU"_s);
        screenshot(wizard, u"import-columns"_s);

        QSignalSpy imported(&wizard, &ImportWizard::imported);
        wizard.next(); // the commit page: starts the import
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
        QVERIFY(QTest::qWaitFor([&] { return !wizard.isImporting(); }, 20000));
        QVERIFY2(wizard.result().committed(), qPrintable(wizard.result().error));
        QCOMPARE(imported.size(), 1);
        QCOMPARE(wizard.result().created, 2);
        QCOMPARE(wizard.result().rejected, 1);
        QCOMPARE(wizard.result().companiesCreated, 1);
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(wizard.summaryLabel()->text().contains(u"2 new contact"_s));
        QCOMPARE(wizard.problemsTable()->rowCount(), 1);
        QCOMPARE(wizard.problemsTable()->item(0, 0)->text(), u"4"_s);
        QCOMPARE(wizard.problemsTable()->item(0, 1)->text(), u"Рабочий e-mail"_s);
        QVERIFY(wizard.problemsTable()->item(0, 2)->text().contains(u"not-an-email"_s));
        screenshot(wizard, u"import-result"_s);

        QCOMPARE(ContactStore(*m_db).count(), 2);
        QCOMPARE(stringColumn(*m_db, u"SELECT number FROM contact_phones ORDER BY number"_s),
            QStringList({u"+74951234567"_s, u"+79161234567"_s}));
        QCOMPARE(stringColumn(*m_db, u"SELECT DISTINCT company_name FROM contacts"_s),
            QStringList({u"ООО \"Ромашка\""_s}));

        const QString rejected = m_dir.filePath(u"rejected.csv"_s);
        QVERIFY(wizard.saveRejectedRows(rejected));
        QFile file(rejected);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(u"4,Рабочий e-mail,"_s));
        QVERIFY(text.contains(u"Пётр,Иванов"_s));
    }

    void importsAVCardFile()
    {
        const QString fileName = writeFile(u"contacts.vcf"_s,
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Schmidt;Jonas;;;\r\nFN:Jonas Schmidt\r\nORG:Acme GmbH\r\n"
            "EMAIL;TYPE=work:jonas@acme.example\r\nTEL;TYPE=cell:+49 170 1234567\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Mail;Bad;;;\r\nFN:Bad Mail\r\nEMAIL:bad@\r\nEND:VCARD\r\n");
        ImportWizard wizard(*m_db);
        wizard.show();
        QVERIFY(wizard.setFileName(fileName));
        QCOMPARE(wizard.previewTable()->rowCount(), 2);
        QCOMPARE(wizard.previewTable()->item(0, 1)->text(), u"Schmidt"_s);
        wizard.next();
        QCOMPARE(wizard.columns().value(0), ImportField::FirstName);
        wizard.next();
        QVERIFY(QTest::qWaitFor([&] { return !wizard.isImporting(); }, 20000));
        QVERIFY2(wizard.result().committed(), qPrintable(wizard.result().error));
        QCOMPARE(wizard.result().created, 1);
        QCOMPARE(wizard.result().rejected, 1);
        QCOMPARE(wizard.problemsTable()->item(0, 0)->text(), u"2"_s); // the second card
        QCOMPARE(m_db->scalar(u"SELECT company_name FROM contacts"_s).toString(), u"Acme GmbH"_s);
        QCOMPARE(m_db->scalar(u"SELECT number FROM contact_phones"_s).toString(), u"+491701234567"_s);
    }

    void stopLeavesNothing()
    {
        QByteArray csv = "Name,Email,Company\r\n";
        for (int i = 0; i < 30000; ++i)
            csv += QByteArray("Person ") + QByteArray::number(i) + " Test,p" + QByteArray::number(i)
                + "@example.com,Company " + QByteArray::number(i % 500) + "\r\n";
        ImportWizard wizard(*m_db);
        wizard.show();
        QVERIFY(wizard.setFileName(writeFile(u"big.csv"_s, csv)));
        wizard.next();
        wizard.next();
        QVERIFY(wizard.isImporting());
        wizard.cancelImport();
        QVERIFY(QTest::qWaitFor([&] { return !wizard.isImporting(); }, 60000));
        QVERIFY(wizard.result().cancelled);
        QVERIFY(!wizard.result().committed());
        QCOMPARE(ContactStore(*m_db).count(), 0);
        QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM companies"_s).toInt(), 0);
    }

    void malformedFileWritesNothing()
    {
        // Broken in the first rows: the preview says so and Next stays off.
        ImportWizard early(*m_db);
        QVERIFY(!early.setFileName(writeFile(u"broken.csv"_s, "Name,Email\r\n\"Ann,ann@example.com\r\n")));
        QVERIFY(!early.button(QWizard::NextButton)->isEnabled());

        // Broken after the preview: the import fails whole and says where.
        QByteArray csv = "Name,Email\r\n";
        for (int i = 0; i < 3000; ++i) // past the 64 KiB the encoding is guessed from
            csv += "Person " + QByteArray::number(i) + " Test,p" + QByteArray::number(i) + "@example.com\r\n";
        csv += "Bad \xff\xfe Row,bad@example.com\r\n";
        ImportWizard wizard(*m_db);
        wizard.show();
        QVERIFY(wizard.setFileName(writeFile(u"late.csv"_s, csv)));
        QCOMPARE(wizard.format().encoding, CsvEncoding::Utf8);
        wizard.next();
        wizard.next();
        QVERIFY(QTest::qWaitFor([&] { return !wizard.isImporting(); }, 20000));
        QVERIFY(!wizard.result().committed());
        QVERIFY2(wizard.result().error.contains(u"Row 3002"_s), qPrintable(wizard.result().error));
        QCOMPARE(ContactStore(*m_db).count(), 0);
    }

    void savedPresetComesBack()
    {
        const QString fileName
            = writeFile(u"custom.csv"_s, "Who,Mail,Extra\r\nAnn Adams,ann@example.com,x\r\n");
        {
            ImportWizard wizard(*m_db);
            wizard.show();
            QVERIFY(wizard.setFileName(fileName));
            wizard.next();
            QCOMPARE(wizard.columns().value(0), ImportField::Ignore); // no preset knows these headers
            wizard.setColumn(0, ImportField::FullName);
            wizard.setColumn(1, ImportField::Email);
            wizard.setColumn(2, ImportField::Notes);
            wizard.savePreset(u"Our old CRM"_s);
        }
        ImportWizard wizard(*m_db);
        wizard.show();
        QVERIFY(wizard.setFileName(fileName));
        wizard.next();
        QVERIFY(wizard.presetNames().contains(u"Our old CRM"_s));
        QVERIFY(wizard.applyPreset(u"Our old CRM"_s));
        QCOMPARE(wizard.columns(),
            QList<ImportField>({ImportField::FullName, ImportField::Email, ImportField::Notes}));
    }

    void mainWindowOffersTheImport()
    {
        MainWindow window(*m_db);
        QAction *action = window.importContactsAction();
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        QVERIFY(action->isEnabled());
    }

private:
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }
    void screenshot(QWidget &widget, const QString &name)
    {
        QFETCH_GLOBAL(QString, backend);
        if (const QString dir = qEnvironmentVariable("LOOPLINE_SCREENSHOTS");
            !dir.isEmpty() && backend == u"sqlite"_s)
            QVERIFY(widget.grab().save(dir + u'/' + name + u".png"_s));
    }

    std::unique_ptr<Database> m_db;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestImportWizardUi)
#include "tst_importwizardui.moc"
