#pragma once

#include <QLineEdit>
#include <functional>

class QCompleter;
class QStandardItemModel;

namespace loopline {

// A line edit that finds a record by what the user types (company by name,
// contact by name) and remembers the chosen record's id. Typing something that
// matches no record leaves id() empty with text() set, which the form reports.
class RecordPicker : public QLineEdit
{
    Q_OBJECT

public:
    // lookup(text) returns up to ~20 (id, label) matches; it runs in SQL.
    using Lookup = std::function<QList<QPair<QString, QString>>(const QString &text)>;
    explicit RecordPicker(Lookup lookup, QWidget *parent = nullptr);

    void setRecord(const QString &id, const QString &label);
    QString id() const;
    void clearRecord();

Q_SIGNALS:
    void recordChosen(const QString &id, const QString &label);

private:
    void refreshCompletions(const QString &text);

    Lookup m_lookup;
    QStandardItemModel *m_matches;
    QCompleter *m_completer;
    QString m_id;
    QString m_label;
};

} // namespace loopline
