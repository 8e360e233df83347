#pragma once

#include "leads/handoff.h"
#include "leads/leadfigures.h"
#include "leads/scoring.h"
#include "leads/workinghours.h"
#include "store/database.h"
#include "store/teamstore.h"

#include <QDialog>
#include <QHash>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTimeEdit;

namespace loopline {

// The team-wide lead settings: the first-response SLA and working hours, the scoring
// weights and thresholds, the hand-off rules and the team, and the SDR bonus rates.
// OK validates every part and writes them all in one transaction; a problem is shown
// in a banner naming the tab and field, that tab is brought forward and nothing is
// written. Cancel discards.
class LeadSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Tab { SlaTab, ScoringTab, HandOffTab, BonusTab };
    enum TeamColumn { NameColumn, RoleColumn, TerritoryColumn, SegmentColumn, ActiveColumn, TeamColumnCount };

    explicit LeadSettingsDialog(Database &db, QWidget *parent = nullptr);

    // Validates and writes everything; false (with the problem shown) when nothing was written.
    bool save();

    // The form as the settings it describes.
    SlaPolicy slaPolicy() const;
    ScoringConfig scoringConfig() const;
    HandOffRules handOffRules() const;
    BonusRates bonusRates() const;

    QTabWidget *tabs() const { return m_tabs; }
    QLabel *problemBanner() const { return m_banner; }
    QDialogButtonBox *buttonBox() const { return m_buttons; }
    // SLA and working hours
    QSpinBox *minutesSpinBox() const { return m_minutes; }
    QCheckBox *workingHoursCheckBox() const { return m_hoursEnabled; }
    QTimeEdit *startTimeEdit() const { return m_start; }
    QTimeEdit *endTimeEdit() const { return m_end; }
    QCheckBox *dayCheckBox(Qt::DayOfWeek day) const { return m_days.value(day); }
    QComboBox *timeZoneCombo() const { return m_timeZone; }
    QLabel *exampleLabel() const { return m_example; }
    // Scoring
    QSpinBox *budgetSpinBox() const { return m_budget; }
    QSpinBox *authoritySpinBox() const { return m_authority; }
    QSpinBox *needSpinBox() const { return m_need; }
    QSpinBox *timeframeSpinBox() const { return m_timeframe; }
    QSpinBox *signalWeightSpinBox(SignalKind kind) const { return m_signalWeights.value(kind); }
    QSpinBox *hotThresholdSpinBox() const { return m_hotAt; }
    QSpinBox *warmThresholdSpinBox() const { return m_warmAt; }
    QPushButton *restoreDefaultsButton() const { return m_restoreDefaults; }
    // Hand-off
    QComboBox *modeCombo() const { return m_mode; }
    QSpinBox *followUpSpinBox() const { return m_followUp; }
    QTableWidget *teamTable() const { return m_team; }
    QPushButton *addMemberButton() const { return m_addMember; }
    QPushButton *removeMemberButton() const { return m_removeMember; }
    // SDR bonus
    QDoubleSpinBox *perConvertedSpinBox() const { return m_perConverted; }
    QDoubleSpinBox *perSqlSpinBox() const { return m_perSql; }
    QDoubleSpinBox *perSalSpinBox() const { return m_perSal; }
    QComboBox *currencyCombo() const { return m_currency; }

    void done(int result) override;

private:
    QWidget *buildSlaTab();
    QWidget *buildScoringTab();
    QWidget *buildHandOffTab();
    QWidget *buildBonusTab();
    QWidget *buildTeamBox(QWidget *parent);

    void loadSettings();
    void showSla(const SlaPolicy &policy);
    void showScoring(const ScoringConfig &config);
    void showBonus(const BonusRates &rates);
    void showCurrencySymbol(const QString &code);
    void showTeam(const QList<TeamMember> &members);
    void addTeamRow(const TeamMember &member);
    void addMember();
    void removeMember();
    void updateHoursEnabled();
    void updateExample();

    // The first problem found before writing; false (with it shown) when there is one.
    bool checkForm();
    void writeAll();
    void writeTeam();
    TeamMember memberAt(int row) const;

    void showProblem(Tab tab, QWidget *field, const QString &message);
    void showTeamProblem(int row, const QString &message);
    void clearProblem();
    QString fieldName(QWidget *field) const;

    Database &m_db;
    QTabWidget *m_tabs;
    QLabel *m_banner;
    QDialogButtonBox *m_buttons;
    QWidget *m_invalidField = nullptr;

    QSpinBox *m_minutes = nullptr;
    QCheckBox *m_hoursEnabled = nullptr;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QHash<int, QCheckBox *> m_days; // by Qt::DayOfWeek
    QWidget *m_daysRow = nullptr;
    QComboBox *m_timeZone = nullptr;
    QLabel *m_example = nullptr;

    QSpinBox *m_budget = nullptr;
    QSpinBox *m_authority = nullptr;
    QSpinBox *m_need = nullptr;
    QSpinBox *m_timeframe = nullptr;
    QMap<SignalKind, QSpinBox *> m_signalWeights;
    QSpinBox *m_hotAt = nullptr;
    QSpinBox *m_warmAt = nullptr;
    QPushButton *m_restoreDefaults = nullptr;

    QComboBox *m_mode = nullptr;
    QSpinBox *m_followUp = nullptr;
    QTableWidget *m_team = nullptr;
    QPushButton *m_addMember = nullptr;
    QPushButton *m_removeMember = nullptr;
    QHash<QString, TeamMember> m_loadedMembers; // by id, as read from the store
    QStringList m_removedIds;
    int m_failedRow = -1; // the team row whose write failed

    QDoubleSpinBox *m_perConverted = nullptr;
    QDoubleSpinBox *m_perSql = nullptr;
    QDoubleSpinBox *m_perSal = nullptr;
    QComboBox *m_currency = nullptr;
};

} // namespace loopline
