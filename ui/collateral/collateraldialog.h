#pragma once

#include "collateral/collateralstore.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace loopline {

class SegmentComboBox;

// The collateral library: brochures, case studies and research sales send to support their
// claims, in a table that sorts by any column. Add…, Edit… and Delete… change it at once
// (Delete asks first); Open shows the file or link with the system's viewer.
class CollateralDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { TitleColumn, KindColumn, StageColumn, SegmentColumn, LocationColumn, ColumnCount };

    explicit CollateralDialog(Database &db, QWidget *parent = nullptr);

    // The row showing the piece, or -1.
    int row(const QString &collateralId) const;
    void selectCollateral(const QString &collateralId);
    QString currentId() const;
    // Opens the selected piece's file or link; false (with a message) when it cannot.
    bool openCurrent();
    void reload();

    QTableWidget *table() const { return m_table; }
    QCheckBox *showArchivedBox() const { return m_showArchived; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *archiveButton() const { return m_archive; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *openButton() const { return m_open; }

    void done(int result) override;

    // "Stage" or, with several pipelines, "Pipeline: Stage", per stage id; for the stage
    // columns and combo boxes.
    static QHash<QString, QString> stageNames(Database &db);

private:
    void addCollateral();
    void editCollateral();
    void toggleArchived();
    void deleteCollateral();
    void updateButtons();

    Database &m_db;
    QTableWidget *m_table;
    QCheckBox *m_showArchived;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_archive;
    QPushButton *m_delete;
    QPushButton *m_open;
    QDialogButtonBox *m_buttons;
    QList<Collateral> m_shown;
};

// Adds or edits one piece of collateral: its title, kind, file or link (typed, or picked
// with Browse…), and the stage and segment it serves. OK writes it; what the store refuses
// is shown above the fields and the dialog stays open.
class CollateralEditDialog : public QDialog
{
    Q_OBJECT

public:
    CollateralEditDialog(Database &db, const Collateral &collateral, QWidget *parent = nullptr);

    // The collateral as the fields describe it (the segment as typed).
    Collateral collateral() const;
    // The id written by the last successful OK.
    QString savedId() const { return m_saved; }

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *locationEdit() const { return m_location; }
    QPushButton *browseButton() const { return m_browse; }
    QComboBox *stageBox() const { return m_stage; }
    SegmentComboBox *segmentBox() const { return m_segment; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *okButton() const;

    void accept() override;

private:
    void browse();
    void updateOk();

    Database &m_db;
    Collateral m_original;
    QString m_saved;
    QLabel *m_problem;
    QLineEdit *m_title;
    QComboBox *m_kind;
    QLineEdit *m_location;
    QPushButton *m_browse;
    QComboBox *m_stage;
    SegmentComboBox *m_segment;
    QDialogButtonBox *m_buttons;
};

// Picks collateral to send to a deal: the library without what was sent already, the pieces
// for the deal's stage and segment first. Several can be chosen at once.
class SendCollateralDialog : public QDialog
{
    Q_OBJECT

public:
    SendCollateralDialog(Database &db, const QString &dealId, const QString &stageId, const QString &segment,
        QWidget *parent = nullptr);

    // The ids chosen, in list order.
    QStringList chosenIds() const;
    // Selects the pieces with these titles (for tests and keyboard use).
    void choose(const QStringList &titles);

    QListWidget *list() const { return m_list; }
    QPushButton *sendButton() const;

private:
    QListWidget *m_list;
    QDialogButtonBox *m_buttons;
};

} // namespace loopline
