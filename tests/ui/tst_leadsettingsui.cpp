#include "leads/leadfiguresdialog.h"
#include "leads/leadsettingsdialog.h"
#include "records/money.h"
#include "store/clock.h"
#include "testdatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <optional>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::TestDatabase;

namespace {

QDateTime local(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2024, month, day), QTime(hour, minute));
}

QVariant msOrNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

// A lead row written with plain SQL, so the figures see exactly these instants.
struct LeadRow
{
    QString sdr;
    QDateTime received;
    std::optional<int> respondedAfterMinutes; // none: nobody has answered yet
    int maxStep = 1;
    QDateTime mqlAt;
    QDateTime sqlAt;
    QDateTime salAt;
    QDateTime convertedAt;
};

void insertLead(Database &db, const LeadRow &row)
{
    constexpr qint64 kMinute = 60'000;
    const qint64 received = row.received.toMSecsSinceEpoch();
    const QVariant responded = row.respondedAfterMinutes
        ? QVariant(received + *row.respondedAfterMinutes * kMinute)
        : QVariant(QMetaType::fromType<qint64>());
    const QVariant responseMs = row.respondedAfterMinutes
        ? QVariant(qint64(*row.respondedAfterMinutes) * kMinute)
        : QVariant(QMetaType::fromType<qint64>());
    db.run(u"INSERT INTO leads (id, source_id, sdr, received_at, sla_due_at, first_response_at, "
           "first_response_ms, max_step, mql_at, sql_at, sal_at, converted_at, created_at, updated_at) "
           "VALUES (?, 'web_site', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {Database::newId(), row.sdr, received, received + 30 * kMinute, responded, responseMs, row.maxStep,
            msOrNull(row.mqlAt), msOrNull(row.sqlAt), msOrNull(row.salAt), msOrNull(row.convertedAt),
            received, received});
}

QString labelText(const QDialog &dialog, const QString &name)
{
    const auto *label = dialog.findChild<QLabel *>(name);
    return label ? label->text() : u"<no label %1>"_s.arg(name);
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

// Adds a row with the dialog's button and types the name into the editor it opens.
int addMember(LeadSettingsDialog &dialog, const QString &name, TeamRole role)
{
    QTableWidget *table = dialog.teamTable();
    dialog.addMemberButton()->click();
    const int row = table->rowCount() - 1;
    auto *editor = qobject_cast<QLineEdit *>(
        table->indexWidget(table->model()->index(row, LeadSettingsDialog::NameColumn)));
    if (!editor)
        return -1;
    QTest::keyClicks(editor, name);
    QTest::keyClick(editor, Qt::Key_Return);
    auto *roles = qobject_cast<QComboBox *>(
        table->indexWidget(table->model()->index(row, LeadSettingsDialog::RoleColumn)));
    if (!roles)
        return -1;
    roles->setCurrentIndex(roles->findData(TeamStore::roleKey(role)));
    return row;
}

void clickOk(QDialog &dialog)
{
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

} // namespace

class TestLeadSettingsUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Fixed formats: day names, 24-hour times, "€50.00", "25.0%".
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    void init()
    {
        try {
            m_db = TestDatabase::create(QString::fromLatin1(TestDatabase::Sqlite));
        } catch (const StoreError &error) {
            QFAIL(qPrintable(test::describe(error)));
        }
        m_db->setCurrentUser(u"tester"_s);
        QSettings().clear();
    }
    void cleanup() { m_db.reset(); }

    void savesEverySettingOnOk()
    {
        LeadSettingsDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.minutesSpinBox()->setValue(45);
        dialog.workingHoursCheckBox()->setChecked(true);
        dialog.dayCheckBox(Qt::Saturday)->setChecked(true);
        dialog.signalWeightSpinBox(SignalKind::DemoWatched)->setValue(25);
        dialog.budgetSpinBox()->setValue(30);
        dialog.hotThresholdSpinBox()->setValue(70);
        dialog.modeCombo()->setCurrentIndex(dialog.modeCombo()->findData(int(HandOffRules::Mode::Territory)));
        dialog.followUpSpinBox()->setValue(12);
        QCOMPARE(addMember(dialog, u"Kim Lee"_s, TeamRole::Sdr), 0);
        const int sam = addMember(dialog, u"Sam Ortiz"_s, TeamRole::Sales);
        QCOMPARE(sam, 1);
        dialog.teamTable()->item(sam, LeadSettingsDialog::TerritoryColumn)->setText(u"DE"_s);
        QVERIFY(dialog.isVisible()); // Enter in a cell finished editing it, and did not press OK
        QVERIFY(dialog.problemBanner()->isHidden());
        dialog.perConvertedSpinBox()->setValue(50);
        dialog.currencyCombo()->setCurrentText(u"usd"_s);
        QCOMPARE(dialog.perConvertedSpinBox()->prefix(), u"$"_s); // where en_GB writes the symbol

        clickOk(dialog);
        QVERIFY2(dialog.problemBanner()->isHidden(), qPrintable(dialog.problemBanner()->text()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const SlaPolicy sla = SlaPolicy::load(*m_db);
        QCOMPARE(sla.minutes, 45);
        QVERIFY(sla.hours.enabled);
        QCOMPARE(sla.hours.days,
            QList<int>({Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday, Qt::Saturday}));
        const ScoringConfig scoring = ScoringConfig::load(*m_db);
        QCOMPARE(scoring.signalWeights.value(SignalKind::DemoWatched), 25);
        QCOMPARE(scoring.budget, 30);
        QCOMPARE(scoring.hotAt, 70);
        QCOMPARE(scoring.warmAt, ScoringConfig().warmAt);
        const HandOffRules rules = HandOffRules::load(*m_db);
        QCOMPARE(rules.mode, HandOffRules::Mode::Territory);
        QCOMPARE(rules.followUpHours, 12);
        const QList<TeamMember> team = TeamStore(*m_db).members(std::nullopt, true);
        QCOMPARE(team.size(), 2);
        QCOMPARE(team.at(0).name, u"Kim Lee"_s);
        QCOMPARE(team.at(0).role, TeamRole::Sdr);
        QCOMPARE(team.at(1).name, u"Sam Ortiz"_s);
        QCOMPARE(team.at(1).role, TeamRole::Sales);
        QCOMPARE(team.at(1).territory, u"DE"_s);
        QVERIFY(team.at(1).active);
        const BonusRates rates = BonusRates::load(*m_db);
        QCOMPARE(rates.perConvertedMinor, 5000);
        QCOMPARE(rates.currency, u"USD"_s);

        // Opened again, the dialog shows what was stored.
        LeadSettingsDialog again(*m_db);
        QCOMPARE(again.minutesSpinBox()->value(), 45);
        QCOMPARE(again.hotThresholdSpinBox()->value(), 70);
        QCOMPARE(again.teamTable()->rowCount(), 2);
        QCOMPARE(again.modeCombo()->currentData().toInt(), int(HandOffRules::Mode::Territory));
    }

    void invalidThresholdsWriteNothing()
    {
        LeadSettingsDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.minutesSpinBox()->setValue(50);
        dialog.warmThresholdSpinBox()->setValue(40);
        dialog.hotThresholdSpinBox()->setValue(40);
        addMember(dialog, u"Kim Lee"_s, TeamRole::Sdr);
        dialog.tabs()->setCurrentIndex(LeadSettingsDialog::SlaTab);

        clickOk(dialog);
        QVERIFY(dialog.problemBanner()->isVisible());
        const QString problem = dialog.problemBanner()->text();
        QVERIFY2(problem.contains(u"Scoring"_s) && problem.contains(u"Hot from"_s)
                && problem.contains(u"must be above the warm threshold"_s),
            qPrintable(problem));
        QCOMPARE(dialog.tabs()->currentIndex(), int(LeadSettingsDialog::ScoringTab));
        QVERIFY(dialog.isVisible());
        QCOMPARE(SlaPolicy::load(*m_db), SlaPolicy());
        QCOMPARE(ScoringConfig::load(*m_db), ScoringConfig());
        QVERIFY(TeamStore(*m_db).members().isEmpty());

        dialog.hotThresholdSpinBox()->setValue(41);
        clickOk(dialog);
        QVERIFY(dialog.problemBanner()->isHidden());
        QCOMPARE(ScoringConfig::load(*m_db).hotAt, 41);
        QCOMPARE(SlaPolicy::load(*m_db).minutes, 50);
    }

    void invalidWorkingHoursWriteNothing()
    {
        LeadSettingsDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.hotThresholdSpinBox()->setValue(80);
        dialog.workingHoursCheckBox()->setChecked(true);
        dialog.endTimeEdit()->setTime(QTime(8, 30));
        dialog.tabs()->setCurrentIndex(LeadSettingsDialog::BonusTab);

        QVERIFY(!dialog.save());
        QCOMPARE(dialog.problemBanner()->text(),
            u"SLA and working hours › End of the working day: The working day must end after it starts."_s);
        QCOMPARE(dialog.tabs()->currentIndex(), int(LeadSettingsDialog::SlaTab));
        QCOMPARE(QApplication::focusWidget(), dialog.endTimeEdit());
        QCOMPARE(SlaPolicy::load(*m_db), SlaPolicy());
        QCOMPARE(ScoringConfig::load(*m_db), ScoringConfig());

        dialog.workingHoursCheckBox()->setChecked(false); // hours switched off are not checked
        QVERIFY(dialog.save());
        QVERIFY(dialog.problemBanner()->isHidden());
        QCOMPARE(ScoringConfig::load(*m_db).hotAt, 80);
    }

    void duplicateTeamNameWritesNothing()
    {
        TeamMember kim;
        kim.name = u"Kim Lee"_s;
        kim.role = TeamRole::Sdr;
        TeamStore(*m_db).add(kim);

        LeadSettingsDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.minutesSpinBox()->setValue(55);
        addMember(dialog, u"Ola Berg"_s, TeamRole::Sales);
        const int duplicate = addMember(dialog, u"Kim Lee"_s, TeamRole::Sales);
        QCOMPARE(duplicate, 2);

        clickOk(dialog);
        QVERIFY(dialog.problemBanner()->isVisible());
        const QString problem = dialog.problemBanner()->text();
        QVERIFY2(problem.contains(u"Hand-off"_s) && problem.contains(u"row 3"_s)
                && problem.contains(u"already a team member called \"Kim Lee\""_s),
            qPrintable(problem));
        QCOMPARE(dialog.tabs()->currentIndex(), int(LeadSettingsDialog::HandOffTab));
        QCOMPARE(dialog.teamTable()->currentRow(), duplicate);
        QCOMPARE(TeamStore(*m_db).members(std::nullopt, true).size(), 1);
        QCOMPARE(SlaPolicy::load(*m_db).minutes, SlaPolicy().minutes);

        // Without the duplicate row, everything goes in.
        dialog.removeMemberButton()->click();
        clickOk(dialog);
        QVERIFY2(dialog.problemBanner()->isHidden(), qPrintable(dialog.problemBanner()->text()));
        QCOMPARE(TeamStore(*m_db).members(std::nullopt, true).size(), 2);
        QCOMPARE(SlaPolicy::load(*m_db).minutes, 55);
    }

    void removesAndEditsMembers()
    {
        TeamMember kim;
        kim.name = u"Kim Lee"_s;
        kim.role = TeamRole::Sdr;
        TeamStore(*m_db).add(kim);
        TeamMember sam;
        sam.name = u"Sam Ortiz"_s;
        TeamStore(*m_db).add(sam);

        LeadSettingsDialog dialog(*m_db);
        QTableWidget *table = dialog.teamTable();
        QCOMPARE(table->rowCount(), 2);
        table->setCurrentCell(0, LeadSettingsDialog::NameColumn);
        dialog.removeMemberButton()->click();
        QCOMPARE(table->rowCount(), 1);
        table->item(0, LeadSettingsDialog::ActiveColumn)->setCheckState(Qt::Unchecked);
        QVERIFY(dialog.save());

        const QList<TeamMember> team = TeamStore(*m_db).members(std::nullopt, true);
        QCOMPARE(team.size(), 1);
        QCOMPARE(team.first().name, u"Sam Ortiz"_s);
        QVERIFY(!team.first().active);
    }

    void restoresDefaultWeights()
    {
        LeadSettingsDialog dialog(*m_db);
        dialog.hotThresholdSpinBox()->setValue(99);
        dialog.signalWeightSpinBox(SignalKind::SiteVisit)->setValue(1);
        dialog.restoreDefaultsButton()->click();
        QCOMPARE(dialog.scoringConfig(), ScoringConfig());
    }

    void showsAnExampleDueTime()
    {
        LeadSettingsDialog dialog(*m_db);
        dialog.workingHoursCheckBox()->setChecked(true);
        dialog.timeZoneCombo()->setCurrentIndex(
            dialog.timeZoneCombo()->findData(QByteArray("Europe/Berlin")));
        dialog.minutesSpinBox()->setValue(30);
        QCOMPARE(dialog.exampleLabel()->text(),
            u"A lead arriving on Friday at 17:50 is due on Monday at 09:20."_s);
        dialog.minutesSpinBox()->setValue(5);
        QCOMPARE(dialog.exampleLabel()->text(),
            u"A lead arriving on Friday at 17:50 is due on Friday at 17:55."_s);
        dialog.endTimeEdit()->setTime(QTime(8, 0));
        const SlaPolicy broken = dialog.slaPolicy();
        QVERIFY(!broken.validate().isEmpty());
        QCOMPARE(dialog.exampleLabel()->text(), broken.validate());
    }

    void remembersItsSize()
    {
        {
            LeadSettingsDialog dialog(*m_db);
            dialog.resize(910, 640);
            dialog.reject();
        }
        LeadSettingsDialog dialog(*m_db);
        QCOMPARE(dialog.size(), QSize(910, 640));
    }

    void showsFiguresForThePeriod()
    {
        m_db->setClock(std::make_shared<ManualClock>(local(3, 20, 12).toMSecsSinceEpoch()));
        insertLead(*m_db, {u"sam"_s, local(3, 4, 10), 10, 5, local(3, 5, 9), local(3, 6, 9), {}, {}});
        insertLead(*m_db,
            {u"sam"_s, local(3, 5, 10), 50, 9, local(3, 6, 9), local(3, 7, 9), local(3, 8, 9),
                local(3, 15, 9)});
        insertLead(*m_db, {u"kim"_s, local(3, 6, 9), 20, 3, local(3, 7, 9), {}, {}, {}});
        insertLead(*m_db, {QString(), local(3, 7, 9), std::nullopt, 1, {}, {}, {}, {}});
        insertLead(*m_db, {u"sam"_s, local(2, 20, 9), 5, 2, {}, {}, {}, {}});
        TeamMember ola;
        ola.name = u"ola"_s;
        ola.role = TeamRole::Sdr;
        TeamStore(*m_db).add(ola);
        BonusRates rates;
        rates.perConvertedMinor = 5000;
        rates.perSqlMinor = 1000;
        rates.perSalMinor = 500;
        rates.save(*m_db);

        LeadFiguresDialog dialog(*m_db);
        QCOMPARE(dialog.from(), QDate(2024, 3, 1));
        QCOMPARE(dialog.to(), QDate(2024, 3, 31));
        QStringList sdrs;
        for (int i = 0; i < dialog.sdrCombo()->count(); ++i)
            sdrs << dialog.sdrCombo()->itemText(i);
        QCOMPARE(sdrs, QStringList({u"Everyone"_s, u"kim"_s, u"ola"_s, u"sam"_s}));

        QCOMPARE(labelText(dialog, u"leadsReceived"_s), u"4"_s);
        QCOMPARE(labelText(dialog, u"leadsTaken"_s), u"3"_s);
        QCOMPARE(labelText(dialog, u"medianFirstResponse"_s), u"20 min"_s);
        QCOMPARE(labelText(dialog, u"slaBreaches"_s), u"2 (50.0%)"_s);
        QCOMPARE(labelText(dialog, u"mql"_s), u"3"_s);
        QCOMPARE(labelText(dialog, u"sql"_s), u"2"_s);
        QCOMPARE(labelText(dialog, u"sal"_s), u"1"_s);
        QCOMPARE(labelText(dialog, u"converted"_s), u"1"_s);
        QCOMPARE(labelText(dialog, u"bonus"_s), formatMoney(7500, u"EUR"_s));
        QCOMPARE(
            labelText(dialog, u"bonusRates"_s), u"1 converted × €50.00\n+ 2 SQL × €10.00\n+ 1 SAL × €5.00"_s);

        const QTableWidget *funnel = dialog.findChild<QTableWidget *>(u"funnelTable"_s);
        QVERIFY(funnel);
        QCOMPARE(funnel->rowCount(), 9);
        QCOMPARE(cell(funnel, 0, LeadFiguresDialog::StepColumn),
            u"1. %1"_s.arg(LeadLifecycle::displayName(LeadStatus::New)));
        QCOMPARE(cell(funnel, 8, LeadFiguresDialog::StepColumn),
            u"9. %1"_s.arg(LeadLifecycle::displayName(LeadStatus::Converted)));
        const QList<int> reached = {4, 3, 3, 2, 2, 1, 1, 1, 1};
        for (int row = 0; row < 9; ++row)
            QCOMPARE(cell(funnel, row, LeadFiguresDialog::LeadsColumn), QString::number(reached.at(row)));
        QCOMPARE(cell(funnel, 0, LeadFiguresDialog::FromPreviousColumn), u"—"_s);
        QCOMPARE(cell(funnel, 1, LeadFiguresDialog::FromPreviousColumn), u"75.0%"_s);
        QCOMPARE(cell(funnel, 3, LeadFiguresDialog::FromPreviousColumn), u"66.7%"_s);
        QCOMPARE(cell(funnel, 5, LeadFiguresDialog::FromPreviousColumn), u"50.0%"_s);
        QCOMPARE(cell(funnel, 8, LeadFiguresDialog::FromPreviousColumn), u"100.0%"_s);
        QCOMPARE(cell(funnel, 8, LeadFiguresDialog::FromFirstColumn), u"25.0%"_s);

        // One SDR: only the leads that SDR took.
        dialog.sdrCombo()->setCurrentIndex(dialog.sdrCombo()->findData(u"sam"_s));
        QCOMPARE(labelText(dialog, u"leadsReceived"_s), u"2"_s);
        QCOMPARE(labelText(dialog, u"medianFirstResponse"_s), u"30 min"_s);
        QCOMPARE(labelText(dialog, u"slaBreaches"_s), u"1 (50.0%)"_s);
        dialog.sdrCombo()->setCurrentIndex(dialog.sdrCombo()->findData(u"kim"_s));
        QCOMPARE(labelText(dialog, u"bonus"_s), formatMoney(0, u"EUR"_s));

        // Last month: February, with its one lead.
        dialog.sdrCombo()->setCurrentIndex(0);
        dialog.lastMonthButton()->click();
        QCOMPARE(dialog.from(), QDate(2024, 2, 1));
        QCOMPARE(dialog.to(), QDate(2024, 2, 29));
        QCOMPARE(labelText(dialog, u"leadsReceived"_s), u"1"_s);
        QCOMPARE(labelText(dialog, u"medianFirstResponse"_s), u"5 min"_s);
        QCOMPARE(
            labelText(dialog, u"bonusRates"_s), u"0 converted × €50.00\n+ 0 SQL × €10.00\n+ 0 SAL × €5.00"_s);

        // This quarter covers both months; a period ending before it starts shows no figures.
        dialog.thisQuarterButton()->click();
        QCOMPARE(dialog.to(), QDate(2024, 3, 31));
        QCOMPARE(labelText(dialog, u"leadsReceived"_s), u"5"_s);
        dialog.toDateEdit()->setDate(QDate(2023, 12, 31));
        QCOMPARE(labelText(dialog, u"leadsReceived"_s), u"—"_s);
        QVERIFY(!dialog.findChild<QLabel *>(u"figuresProblem"_s)->isHidden());
        dialog.thisMonthButton()->click();
        QCOMPARE(labelText(dialog, u"leadsReceived"_s), u"4"_s);
        QVERIFY(dialog.findChild<QLabel *>(u"figuresProblem"_s)->isHidden());
    }

    void formatsDurations()
    {
        QCOMPARE(LeadFiguresDialog::formatDuration(45'000), u"45 s"_s);
        QCOMPARE(LeadFiguresDialog::formatDuration(12 * 60'000), u"12 min"_s);
        QCOMPARE(LeadFiguresDialog::formatDuration(125 * 60'000), u"2 h 5 min"_s);
        QCOMPARE(LeadFiguresDialog::formatDuration(120 * 60'000), u"2 h"_s);
    }

private:
    std::unique_ptr<Database> m_db;
};

QTEST_MAIN(TestLeadSettingsUi)
#include "tst_leadsettingsui.moc"
