#include "contacts/privacydialog.h"
#include "privacy/privacy.h"
#include "store/contactstore.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using namespace loopline::test;

// The privacy dialog of a contact on both backends: the consent history it shows and
// records, the export of the person's data as JSON and vCard, and erasure.
class TestPrivacyUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
        m_db->setCurrentUser(u"dpo"_s);
        Contact c;
        c.firstName = u"Олена"_s;
        c.lastName = u"Коваленко"_s;
        c.emails = {{u"work"_s, u"olena@example.ua"_s}};
        c.consent = {true, QDateTime(), u"Web form"_s, u"v1"_s};
        m_id = ContactStore(*m_db).create(c);
    }
    void cleanup() { m_db.reset(); }

    void showsAndRecordsTheHistory()
    {
        PrivacyDialog dialog(*m_db, m_id, u"Олена Коваленко"_s);
        dialog.show();
        QCOMPARE(dialog.historyTable()->rowCount(), 1);
        QCOMPARE(dialog.historyTable()->item(0, 2)->text(), u"Web form"_s);
        QSignalSpy changed(&dialog, &PrivacyDialog::consentChanged);
        QVERIFY(dialog.recordConsent(false, u"Reply to a newsletter"_s, QString()));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(dialog.historyTable()->rowCount(), 2);
        QCOMPARE(dialog.historyTable()->item(1, 1)->text(), u"Withdrawn"_s);
        QVERIFY(!ContactStore(*m_db).get(m_id)->consent.given);
        QString error;
        QVERIFY(!dialog.recordConsent(true, u"Booth"_s, QString(), &error));
        QVERIFY(error.contains(u"version"_s));
        if (const QString dir = qEnvironmentVariable("LOOPLINE_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(dir + u"/privacy.png"_s));
    }

    void exportsJsonAndVCard()
    {
        PrivacyDialog dialog(*m_db, m_id, u"Олена Коваленко"_s);
        QTemporaryDir dir;
        const QStringList written = dialog.exportTo(dir.path());
        QCOMPARE(written.size(), 2);
        QFile json(QDir(dir.path()).filePath(u"Олена Коваленко.json"_s));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QVERIFY(json.readAll().contains("olena@example.ua"));
        QFile vcard(QDir(dir.path()).filePath(u"Олена Коваленко.vcf"_s));
        QVERIFY(vcard.open(QIODevice::ReadOnly));
        const QByteArray card = vcard.readAll();
        QVERIFY(card.startsWith("BEGIN:VCARD"));
        QVERIFY(card.contains(u"Коваленко"_s.toUtf8()));
    }

    void erasesThePerson()
    {
        PrivacyDialog dialog(*m_db, m_id, u"Олена Коваленко"_s);
        QSignalSpy erased(&dialog, &PrivacyDialog::erased);
        QVERIFY(dialog.eraseNow(u"Letter of 1 March"_s));
        QCOMPARE(erased.size(), 1);
        QVERIFY(!ContactStore(*m_db).get(m_id));
        QVERIFY(Privacy(*m_db).isErased(u"contact"_s, m_id));
    }

private:
    std::unique_ptr<Database> m_db;
    QString m_id;
};

QTEST_MAIN(TestPrivacyUi)
#include "tst_privacyui.moc"
