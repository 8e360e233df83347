#include "dedupe/duplicatesdialog.h"
#include "store/companystore.h"
#include "store/contactstore.h"
#include "testdatabase.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace loopline;
using namespace loopline::test;

// Edit → Find duplicates on both backends: the pairs listed, a merge with a field
// taken from the other record, undone and redone on the undo stack.
class TestDuplicatesUi : public QObject
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

    void mergesAPairAndUndoes()
    {
        const QString a = contact(u"Anna"_s, u"Smith"_s, u"anna@x.example"_s, u""_s);
        const QString b = contact(u"Anne"_s, u"Smith"_s, u"ANNA@x.example"_s, u"CFO"_s);
        Company c1, c2;
        c1.name = u"ООО «Ромашка»"_s;
        c2.name = u"Ромашка"_s;
        CompanyStore(*m_db).create(c1);
        CompanyStore(*m_db).create(c2);

        QUndoStack undo;
        DuplicatesDialog dialog(*m_db, &undo);
        dialog.show();
        QCOMPARE(dialog.contactsTable()->rowCount(), 1);
        QCOMPARE(dialog.contactsTable()->item(0, 2)->text(), u"same email"_s);
        QCOMPARE(dialog.companiesTable()->rowCount(), 1);
        if (const QString dir = qEnvironmentVariable("LOOPLINE_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(dir + u"/duplicates.png"_s));

        MergeDialog choices(*ContactStore(*m_db).get(a), *ContactStore(*m_db).get(b));
        QCOMPARE(choices.fieldCount(), 10);
        choices.chooseSecond(0, true); // "Anne"
        // The job title is empty on the kept record: the other's is chosen already.
        QCOMPARE(choices.mergedContact().jobTitle, u"CFO"_s);
        if (const QString dir = qEnvironmentVariable("LOOPLINE_SCREENSHOTS"); !dir.isEmpty()) {
            choices.show();
            QVERIFY(choices.grab().save(dir + u"/merge.png"_s));
        }
        QSignalSpy merged(&dialog, &DuplicatesDialog::merged);
        QVERIFY(dialog.mergeRow(false, 0, &choices));
        QCOMPARE(merged.size(), 1);
        QCOMPARE(ContactStore(*m_db).count(), 1);
        QCOMPARE(ContactStore(*m_db).get(a)->firstName, u"Anne"_s);
        QCOMPARE(ContactStore(*m_db).get(a)->jobTitle, u"CFO"_s);
        QCOMPARE(dialog.contactsTable()->rowCount(), 0); // found again without the pair

        QCOMPARE(undo.count(), 1);
        undo.undo();
        QCOMPARE(ContactStore(*m_db).count(), 2);
        QCOMPARE(ContactStore(*m_db).get(a)->firstName, u"Anna"_s);
        QCOMPARE(ContactStore(*m_db).get(b)->jobTitle, u"CFO"_s);
        undo.redo();
        QCOMPARE(ContactStore(*m_db).count(), 1);

        QVERIFY(dialog.mergeRow(true, 0)); // the companies, with the defaults
        QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM companies"_s).toInt(), 1);
        dialog.refresh();
        QVERIFY(dialog.findChild<QLabel *>()->text().startsWith(u"No probable duplicates"_s));
    }

private:
    QString contact(const QString &first, const QString &last, const QString &email, const QString &title)
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        c.jobTitle = title;
        c.emails = {{u"work"_s, email}};
        return ContactStore(*m_db).create(c);
    }
    std::unique_ptr<Database> m_db;
};

QTEST_MAIN(TestDuplicatesUi)
#include "tst_duplicatesui.moc"
