#pragma once

#include "analytics/reports.h"
#include "store/database.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace loopline {

class RecordListModel;

// The records behind one bar of a chart: a sortable list paged from SQL like the main
// lists, with the number found. Enter or a double-click opens the record.
class RecordsDialog : public QDialog
{
    Q_OBJECT

public:
    RecordsDialog(Database &db, const QString &title, const DrillDown &records, QWidget *parent = nullptr);
    ~RecordsDialog() override;

    QTableView *view() const { return m_view; }
    RecordListModel *model() const { return m_model; }
    QString entity() const { return m_entity; }

Q_SIGNALS:
    void openRecord(const QString &entity, const QString &id);

private:
    void openCurrent();

    QString m_entity;
    RecordListModel *m_model;
    QTableView *m_view;
    QLabel *m_count;
};

} // namespace loopline
