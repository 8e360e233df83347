#include "exchange/contactimport.h"
#include "exchange/vcardimport.h"
#include "store/contactstore.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::stringColumn;
using loopline::test::TestDatabase;

// A vCard file imported on both backends through the same import as CSV: its cards
// become rows with the importer's own headers, mapped by the Automatic preset.
class tst_VCardImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
        m_db->setCurrentUser(u"tester"_s);
    }
    void cleanup() { m_db.reset(); }

    void cardsLandAsContacts()
    {
        const QByteArray vcf
            = "BEGIN:VCARD\r\nVERSION:2.1\r\n"
              "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9F=D0=B5=D1=82=D1=80=D0=BE=D0=B2=D0=B0;"
              "=D0=90=D0=BD=D0=BD=D0=B0\r\n"
              "TEL;CELL:8 916 123-45-67\r\nEMAIL;INTERNET:anna@romashka.ru\r\n"
              "ORG:Romashka\r\nEND:VCARD\r\n"
              "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Schmidt;Jonas;;;\r\nFN:Jonas Schmidt\r\n"
              "TEL;TYPE=work,voice:+49 30 1234567\r\nTEL;TYPE=cell:+49 170 1234567\r\n"
              "EMAIL;TYPE=home:jonas@home.example\r\nEMAIL;TYPE=work:jonas@acme.example\r\n"
              "ADR;TYPE=work:;;Hauptstr. 1;Berlin;;10115;Germany\r\nURL:https://linkedin.example/jonas\r\n"
              "CATEGORIES:fair,vip\r\nEND:VCARD\r\n"
              "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bad Mail\r\nN:Mail;Bad;;;\r\nEMAIL:bad@\r\nEND:VCARD\r\n";
        QBuffer csv;
        csv.open(QIODevice::ReadWrite);
        const VCardImport::Result converted = VCardImport::toCsv(vcf, &csv);
        QCOMPARE(converted.cards, 3);
        csv.seek(0);
        ImportOptions options;
        options.columns
            = ContactImporter::mapHeaders(VCardImport::headers(), ContactImporter::builtInPresets().first());
        QCOMPARE(options.columns,
            QList<ImportField>({ImportField::FirstName, ImportField::LastName, ImportField::Email,
                ImportField::OtherEmail, ImportField::Phone, ImportField::MobilePhone, ImportField::JobTitle,
                ImportField::Company, ImportField::Notes, ImportField::Tags}));
        options.defaultRegion = u"RU"_s;
        const ImportResult result = ContactImporter(*m_db).run(&csv, CsvFormat {}, options);
        QVERIFY2(result.committed(), qPrintable(result.error));
        QCOMPARE(result.created, 2);
        QCOMPARE(result.rejected, 1);
        QCOMPARE(result.problems.value(0).row - 1, 3); // the third card
        QCOMPARE(result.problems.value(0).field, u"Email"_s);

        const QString anna
            = m_db->scalar(u"SELECT id FROM contacts WHERE last_name = 'Петрова'"_s).toString();
        const Contact a = *ContactStore(*m_db).get(anna);
        QCOMPARE(a.firstName, u"Анна"_s);
        QCOMPARE(a.companyName, u"Romashka"_s);
        QCOMPARE(a.phones.value(0).number, u"+79161234567"_s);
        QCOMPARE(a.phones.value(0).kind, u"mobile"_s);
        const QString jonas
            = m_db->scalar(u"SELECT id FROM contacts WHERE last_name = 'Schmidt'"_s).toString();
        const Contact j = *ContactStore(*m_db).get(jonas);
        QCOMPARE(j.primaryEmail(), u"jonas@acme.example"_s);
        QCOMPARE(j.emails.size(), 2);
        QCOMPARE(j.phones.size(), 2);
        QCOMPARE(j.tags, QStringList({u"fair"_s, u"vip"_s}));
        QVERIFY(j.notes.contains(u"Hauptstr. 1, Berlin, 10115, Germany"_s));
        QVERIFY(j.notes.contains(u"https://linkedin.example/jonas"_s));
        QCOMPARE(j.companyId, QString()); // no company on the card: none made from the URL
    }

private:
    std::unique_ptr<Database> m_db;
};

QTEST_MAIN(tst_VCardImport)
#include "tst_vcardimport.moc"
