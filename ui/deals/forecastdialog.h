#pragma once

#include "pipeline/forecast.h"
#include "store/database.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace loopline {

// Expected revenue by month from a pipeline's open deals, weighted by how often deals that
// reached each stage were won over a chosen history period, with the method and the numbers
// behind every rate shown: a table of months (expected, unweighted pipeline, deals) with a
// total, a table of stages (closed deals that reached it, won, the rate used and where it
// comes from), and notes for the deals left out. Read-only; computed again on every change.
class ForecastDialog : public QDialog
{
    Q_OBJECT

public:
    enum MonthColumn { MonthNameColumn, ExpectedColumn, PipelineColumn, DealsColumn, MonthColumnCount };
    enum StageColumn { StageNameColumn, ClosedColumn, WonColumn, RateColumn, BasisColumn, StageColumnCount };

    explicit ForecastDialog(Database &db, QWidget *parent = nullptr);

    void setPipeline(const QString &pipelineId);
    QString pipeline() const;
    // The closed deals the rates are measured on, both days included.
    void setHistoryPeriod(QDate from, QDate to);
    QDate historyFrom() const;
    QDate historyTo() const;
    void setMonthsAhead(int months);
    int monthsAhead() const;
    void setMinimumSample(int closedDeals);
    int minimumSample() const;

    // The figures shown, as last computed.
    const QList<ForecastMonth> &months() const { return m_months; }
    const QList<StageConversion> &conversions() const { return m_conversions; }

    QComboBox *pipelineCombo() const { return m_pipeline; }
    QDateEdit *historyFromEdit() const { return m_from; }
    QDateEdit *historyToEdit() const { return m_to; }
    QSpinBox *monthsAheadSpinBox() const { return m_monthsAhead; }
    QSpinBox *minimumSampleSpinBox() const { return m_minimumSample; }
    // The months, then a total row.
    QTableWidget *monthsTable() const { return m_monthsTable; }
    QTableWidget *stagesTable() const { return m_stagesTable; }
    QLabel *methodLabel() const { return m_method; }
    // Deals left out or moved: unconverted, undated, overdue. Hidden when there are none.
    QLabel *notesLabel() const { return m_notes; }

    void done(int result) override;

public Q_SLOTS:
    void recompute();

private:
    QWidget *buildInputs();
    QWidget *buildMonths();
    QWidget *buildStages();
    void fillPipelines();
    QDate today() const;
    void clear();
    void showMonths(const QString &currency);
    void showStages();
    void showMethod(const QString &currency);
    void showNotes(qint64 unconverted, qint64 undated);

    Database &m_db;
    QComboBox *m_pipeline = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QSpinBox *m_monthsAhead = nullptr;
    QSpinBox *m_minimumSample = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_monthsTitle = nullptr;
    QTableWidget *m_monthsTable = nullptr;
    QTableWidget *m_stagesTable = nullptr;
    QLabel *m_method = nullptr;
    QLabel *m_notes = nullptr;
    QList<ForecastMonth> m_months;
    QList<StageConversion> m_conversions;
};

} // namespace loopline
