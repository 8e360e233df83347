#pragma once

#include "dedupe/duplicates.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QTabWidget;
class QUndoStack;

namespace loopline {

// Chooses, field by field, what the merged record keeps from each of two duplicates.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    // Contacts, or companies (the other pair of constructors' arguments empty).
    MergeDialog(const Contact &first, const Contact &second, QWidget *parent = nullptr);
    MergeDialog(const Company &first, const Company &second, QWidget *parent = nullptr);

    // Which record survives (its id), and the values chosen.
    Contact mergedContact() const;
    Company mergedCompany() const;
    QString removedId() const;
    // For tests and the keyboard: take the second record's value of a field row.
    void chooseSecond(int row, bool second);
    void keepSecond(bool second);
    int fieldCount() const;

private:
    void build(const QStringList &names, const QStringList &firstValues, const QStringList &secondValues);
    QList<bool> choices() const;

    bool m_contacts;
    Contact m_firstContact, m_secondContact;
    Company m_firstCompany, m_secondCompany;
    QRadioButton *m_keepFirst = nullptr;
    QRadioButton *m_keepSecond = nullptr;
    QList<QPair<QRadioButton *, QRadioButton *>> m_rows;
};

// Lists probable duplicate contacts and companies and merges the chosen pair; each
// merge goes on the undo stack (Ctrl+Z puts both records back).
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    DuplicatesDialog(Database &db, QUndoStack *undo, QWidget *parent = nullptr);

    QTableWidget *contactsTable() const { return m_contacts; }
    QTableWidget *companiesTable() const { return m_companies; }
    // Merges the pair in row of the current tab with the given dialog's choices
    // (nullptr: the defaults, keeping the older record and its non-empty fields).
    bool mergeRow(bool companies, int row, MergeDialog *choices = nullptr);
    void refresh();

Q_SIGNALS:
    void merged();

private:
    void mergeSelected();
    void fill(QTableWidget *table, const QList<DuplicatePair> &pairs);

    Database &m_db;
    QUndoStack *m_undo;
    QTabWidget *m_tabs;
    QTableWidget *m_contacts;
    QTableWidget *m_companies;
    QList<DuplicatePair> m_contactPairs;
    QList<DuplicatePair> m_companyPairs;
    QLabel *m_status;
};

} // namespace loopline
