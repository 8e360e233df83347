#pragma once

#include <QPair>
#include <QWidget>

class QTableWidget;

namespace loopline {

// A small editable list of (kind, value) pairs — a contact's emails or phones.
// The first row is the primary one.
class EntryListEditor : public QWidget
{
    Q_OBJECT

public:
    // kinds: stable keys with their translated labels.
    EntryListEditor(
        const QList<QPair<QString, QString>> &kinds, const QString &placeholder, QWidget *parent = nullptr);
    // The name a screen reader gives the list ("Emails").
    void setListName(const QString &name);
    void setEntries(const QList<QPair<QString, QString>> &entries);
    // Rows with an empty value are left out.
    QList<QPair<QString, QString>> entries() const;
    void addRow(const QString &kind = {}, const QString &value = {});
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void edited();

private:
    QString kindName() const;
    QList<QPair<QString, QString>> m_kinds;
    QString m_placeholder;
    QTableWidget *m_table;
};

} // namespace loopline
