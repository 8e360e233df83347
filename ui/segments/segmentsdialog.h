#pragma once

#include "segments/segmentstore.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace loopline {

// The target groups marketing hands to sales: a list of segments on the left (add, rename,
// archive, delete), and on the right the one selected — its name, what it needs, and its
// buyers' selection criteria with their weights. Everything is edited in the dialog and
// written in one transaction by Save; Cancel leaves the database as it was. A rename is
// carried to every lead, contact, deal and team member of the segment.
class SegmentsDialog : public QDialog
{
    Q_OBJECT

public:
    enum CriteriaColumn {
        CriterionNameColumn,
        CriterionWeightColumn,
        CriterionShareColumn,
        CriteriaColumnCount
    };

    explicit SegmentsDialog(Database &db, QWidget *parent = nullptr);

    // The row of the segment named so (exactly), or -1.
    int segmentRow(const QString &name) const;
    void selectSegment(int row);
    // Adds a criterion row to the shown segment.
    void addCriterion(const QString &name = {}, int weight = 10);
    // The weight spin box of a criteria row.
    QSpinBox *weightSpinBox(int row) const;
    // True when Save would write something.
    bool hasChanges() const;

    QListWidget *segmentList() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *archiveButton() const { return m_archive; }
    QPushButton *deleteButton() const { return m_delete; }
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *needsEdit() const { return m_needs; }
    QTableWidget *criteriaTable() const { return m_criteria; }
    QPushButton *addCriterionButton() const { return m_addCriterion; }
    QPushButton *removeCriterionButton() const { return m_removeCriterion; }
    QLabel *totalLabel() const { return m_total; }
    QLabel *problemBanner() const { return m_banner; }
    QPushButton *saveButton() const;

    void accept() override;
    void done(int result) override;

private:
    // A segment as edited here: what was loaded, what it is now, and whether it goes.
    struct Item
    {
        Segment original; // empty id: added in this dialog
        Segment current;
        bool deleted = false;
    };

    QWidget *buildListSide();
    QWidget *buildDetailSide();
    void load();
    void refreshList();
    int itemIndex(int row) const;
    void showItem(int index);
    void storeForm();
    void updateButtons();
    void updateTotal();
    void addSegment();
    void toggleArchived();
    void deleteSegment();
    bool save();
    void showProblem(const QString &message);
    static bool sameSegment(const Segment &a, const Segment &b);

    Database &m_db;
    QList<Item> m_items;
    int m_shown = -1; // index into m_items of the segment on the right
    bool m_loading = false;

    QLabel *m_banner;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_archive;
    QPushButton *m_delete;
    QWidget *m_detail;
    QLineEdit *m_name;
    QPlainTextEdit *m_needs;
    QTableWidget *m_criteria;
    QPushButton *m_addCriterion;
    QPushButton *m_removeCriterion;
    QLabel *m_total;
    QDialogButtonBox *m_buttons;
};

} // namespace loopline
