#include "booth/badgeimage.h"
#include "booth/boothwindow.h"
#include "booth/scandetector.h"
#include "leads/leadstore.h"
#include "mainwindow/mainwindow.h"
#include "store/contactstore.h"
#include "store/teamstore.h"
#include "testdatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using namespace loopline::test;

// Booth mode on both backends, driven by the keyboard as booth staff use it: a lead
// from the first field to Saved, a badge scanner typing a vCard or MECARD into any
// field, a photo of a badge, the duplicate hint, bad input that clears nothing, and
// the PIN that guards leaving.
class TestBoothUi : public QObject
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
        m_db->setCurrentUser(u"booth-staff"_s);
        TeamMember rep;
        rep.name = u"olga"_s;
        rep.role = TeamRole::Sales;
        TeamStore(*m_db).add(rep);
        BoothCapture::ensureEvent(*m_db, kEvent);
    }
    void cleanup()
    {
        m_booth.reset();
        m_db.reset();
    }

    void keyboardFromFirstFieldToSaved()
    {
        BoothWindow &booth = open();
        QCOMPARE(QApplication::focusWidget(), booth.field(u"firstName"_s));
        type(u"Анна"_s);
        tab();
        type(u"Петрова"_s);
        tab();
        type(u"ООО Ромашка"_s);
        tab();
        type(u"CTO"_s);
        tab();
        type(u"anna@romashka.ru"_s);
        tab();
        type(u"8 916 123-45-67"_s);
        tab();
        type(u"Warehouse robots"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_H, Qt::AltModifier);
        QVERIFY(booth.ratingButton(Temperature::Hot)->isChecked());
        booth.consentBox()->setFocus();
        QTest::keyClick(booth.consentBox(), Qt::Key_Space);
        QVERIFY(booth.consentBox()->isChecked());
        booth.field(u"interest"_s)->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

        QVERIFY2(booth.statusLabel()->text().startsWith(u"Saved"_s), qPrintable(booth.statusLabel()->text()));
        QVERIFY(booth.statusLabel()->text().contains(u"olga"_s));
        QVERIFY(booth.field(u"firstName"_s)->text().isEmpty());
        QVERIFY(!booth.consentBox()->isChecked());
        QCOMPARE(QApplication::focusWidget(), booth.field(u"firstName"_s));
        QVERIFY(booth.counterLabel()->text().endsWith(u" 1"_s));

        QSqlQuery q
            = m_db->run(u"SELECT id, first_name, last_name, company_name, job_title, email, phone, interest, "
                        "source_id, campaign, temperature, handoff, owner FROM leads"_s);
        QVERIFY(q.next());
        const QString id = q.value(0).toString();
        QCOMPARE(q.value(1).toString(), u"Анна"_s);
        QCOMPARE(q.value(2).toString(), u"Петрова"_s);
        QCOMPARE(q.value(3).toString(), u"ООО Ромашка"_s);
        QCOMPARE(q.value(4).toString(), u"CTO"_s);
        QCOMPARE(q.value(5).toString(), u"anna@romashka.ru"_s);
        QCOMPARE(q.value(6).toString(), u"+79161234567"_s);
        QCOMPARE(q.value(7).toString(), u"Warehouse robots"_s);
        QCOMPARE(q.value(8).toString(), u"trade_show"_s);
        QCOMPARE(q.value(9).toString(), kEvent);
        QCOMPARE(q.value(10).toString(), u"hot"_s);
        QCOMPARE(q.value(11).toString(), u"sales"_s);
        QCOMPARE(q.value(12).toString(), u"olga"_s);
        QVERIFY(!q.next());
        q.finish();
        QCOMPARE(stringColumn(*m_db,
                     u"SELECT text_version FROM consent_events WHERE lead_id = ? AND given = 1"_s, {id}),
            QStringList({u"booth-v3"_s}));
        screenshot(booth, u"booth-saved"_s);
    }

    void scannerTypingAVCardFillsTheForm()
    {
        BoothWindow &booth = open();
        booth.field(u"company"_s)->setFocus(); // the cursor can be anywhere
        booth.field(u"company"_s)->setText(u"typed by hand"_s);
        booth.field(u"company"_s)->end(false);
        scan(u"BEGIN:VCARD\nVERSION:3.0\nN:Schmidt;Jonas;;;\nFN:Jonas Schmidt\nORG:Acme GmbH\n"
             "TITLE:Einkauf\nEMAIL;TYPE=work:jonas@acme.de\nTEL;TYPE=cell:+49 170 1234567\nEND:VCARD\n"_s);
        QCOMPARE(booth.field(u"firstName"_s)->text(), u"Jonas"_s);
        QCOMPARE(booth.field(u"lastName"_s)->text(), u"Schmidt"_s);
        QCOMPARE(booth.field(u"company"_s)->text(), u"Acme GmbH"_s);
        QCOMPARE(booth.field(u"jobTitle"_s)->text(), u"Einkauf"_s);
        QCOMPARE(booth.field(u"email"_s)->text(), u"jonas@acme.de"_s);
        QCOMPARE(booth.field(u"phone"_s)->text(), u"+49 170 1234567"_s);
        // The scan's line breaks did not press Save.
        QCOMPARE(LeadStore(*m_db).count(), 0);
        QCOMPARE(QApplication::focusWidget(), booth.field(u"interest"_s));
        QVERIFY(booth.save());
        QCOMPARE(m_db->scalar(u"SELECT phone FROM leads"_s).toString(), u"+491701234567"_s);
    }

    void scannerTypingAMecardIntoNotes()
    {
        BoothWindow &booth = open();
        booth.notesEdit()->setFocus();
        typeInto(booth.notesEdit(), u"met at lunch "_s);
        QTest::qWait(2 * ScanDetector::kBurstGapMs); // a person's pause before the scan
        scan(u"MECARD:N:Коваленко,Олена;TEL:+380441234567;EMAIL:olena@example.ua;ORG:Зелена\\; Енергія;;"_s);
        QCOMPARE(booth.field(u"firstName"_s)->text(), u"Олена"_s);
        QCOMPARE(booth.field(u"lastName"_s)->text(), u"Коваленко"_s);
        QCOMPARE(booth.field(u"company"_s)->text(), u"Зелена; Енергія"_s);
        QCOMPARE(booth.notesEdit()->toPlainText(), u"met at lunch "_s); // the scan took back its own keys
    }

    void badgePhotoIsRead()
    {
        BoothWindow &booth = open();
        const QString file = m_dir.filePath(u"badge.png"_s);
        QVERIFY(badgeimage::encodeQr(u"MECARD:N:Doe,John;EMAIL:john@example.com;ORG:Example Ltd;;"_s, 300)
                    .save(file));
        QVERIFY(booth.readBadgeImage(file));
        QCOMPARE(booth.field(u"firstName"_s)->text(), u"John"_s);
        QCOMPARE(booth.field(u"email"_s)->text(), u"john@example.com"_s);

        QImage blank(200, 200, QImage::Format_RGB32);
        blank.fill(Qt::white);
        const QString empty = m_dir.filePath(u"blank.png"_s);
        QVERIFY(blank.save(empty));
        QVERIFY(!booth.readBadgeImage(empty));
        QVERIFY(booth.statusLabel()->text().contains(u"No QR code"_s));
    }

    void knownEmailShowsAHintWithoutDetails()
    {
        Contact known;
        known.firstName = u"Secret"_s;
        known.lastName = u"Customer"_s;
        known.emails = {{u"work"_s, u"Known@Example.com"_s}};
        ContactStore(*m_db).create(known);
        BoothWindow &booth = open();
        booth.field(u"email"_s)->setText(u"known@example.com"_s);
        booth.checkDuplicates();
        const QString hint = booth.duplicateLabel()->text();
        QVERIFY2(hint.contains(u"1 contact"_s), qPrintable(hint));
        QVERIFY(!hint.contains(u"Secret"_s)); // booth staff see nothing of the database
        booth.field(u"email"_s)->setText(u"new@example.com"_s);
        booth.checkDuplicates();
        QVERIFY(booth.duplicateLabel()->text().isEmpty());
    }

    void badInputKeepsTheForm()
    {
        BoothWindow &booth = open();
        booth.field(u"firstName"_s)->setText(u"Ivan"_s);
        booth.field(u"email"_s)->setText(u"ivan@"_s);
        QVERIFY(!booth.save());
        QVERIFY(booth.statusLabel()->text().contains(u"ivan@"_s));
        QCOMPARE(booth.field(u"firstName"_s)->text(), u"Ivan"_s);
        QCOMPARE(QApplication::focusWidget(), booth.field(u"email"_s));
        QCOMPARE(LeadStore(*m_db).count(), 0);
    }

    void leavingNeedsThePin()
    {
        MainWindow window(*m_db);
        window.show();
        BoothWindow *booth = window.startBooth(kEvent, u"booth-v3"_s, u"2468"_s);
        QVERIFY(!window.isVisible());
        QSignalSpy left(booth, &BoothWindow::left);
        QVERIFY(!booth->close()); // Alt+F4 asks for the PIN instead
        QVERIFY(booth->isVisible());
        QTest::qWait(10);
        if (QWidget *dialog = QApplication::activeModalWidget())
            dialog->close();
        QVERIFY(!booth->tryLeave(u"1111"_s));
        QVERIFY(booth->isVisible());
        QVERIFY(booth->tryLeave(u"2468"_s));
        QCOMPARE(left.size(), 1);
        QVERIFY(window.isVisible());
    }

    void startDialogChecksItsFields()
    {
        BoothStartDialog dialog(*m_db);
        dialog.setEvent(u"New Expo 2027"_s);
        dialog.setConsentTextVersion(u"v1"_s);
        dialog.setPin(u"12"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        dialog.setPin(u"1234"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(BoothCapture::events(*m_db).contains(u"New Expo 2027"_s));
    }

private:
    static inline const QString kEvent = u"CeBIT 2026"_s;

    BoothWindow &open()
    {
        m_booth = std::make_unique<BoothWindow>(*m_db, kEvent, u"booth-v3"_s, u"2468"_s);
        m_booth->resize(1100, 760);
        m_booth->show();
        m_booth->activateWindow();
        if (!QTest::qWaitForWindowActive(m_booth.get()))
            qWarning("the booth window did not become active");
        m_booth->field(u"firstName"_s)->setFocus();
        return *m_booth;
    }
    // Key presses with their text, Cyrillic too (QTest::keyClicks takes Latin-1 only).
    static void typeInto(QWidget *target, const QString &text)
    {
        for (const QChar c : text) {
            const Qt::Key code = c.unicode() < 128 ? Qt::Key(c.toUpper().unicode()) : Qt::Key_unknown;
            QTest::sendKeyEvent(QTest::Press, target, code, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, target, code, QString(c), Qt::NoModifier);
        }
    }
    static void type(const QString &text) { typeInto(QApplication::focusWidget(), text); }
    static void tab() { QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); }
    // A keyboard-wedge scanner: every character as a key press, line breaks as Enter.
    static void scan(const QString &payload)
    {
        for (const QChar c : payload) {
            QWidget *target = QApplication::focusWidget();
            if (c == u'\n')
                QTest::keyClick(target, Qt::Key_Return);
            else
                typeInto(target, QString(c));
        }
    }
    void screenshot(QWidget &widget, const QString &name)
    {
        QFETCH_GLOBAL(QString, backend);
        if (const QString dir = qEnvironmentVariable("LOOPLINE_SCREENSHOTS");
            !dir.isEmpty() && backend == u"sqlite"_s)
            QVERIFY(widget.grab().save(dir + u'/' + name + u".png"_s));
    }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<BoothWindow> m_booth;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestBoothUi)
#include "tst_boothui.moc"
