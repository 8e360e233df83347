#pragma once

#include "pipeline/board.h"

#include <QAbstractListModel>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListView;
class QUndoStack;

namespace loopline {

// The open deals of one stage, read a page at a time as the column scrolls.
class BoardColumnModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, CardRole };
    static constexpr const char *MimeType = "application/x-loopline-deal";

    BoardColumnModel(const BoardQuery &query, const QString &stageId, QObject *parent = nullptr);
    QString stageId() const { return m_stageId; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;
    void reload();
    int rowOfId(const QString &id) const;
    const BoardCard &card(int row) const { return m_cards.at(row); }

Q_SIGNALS:
    // A card from another column was dropped here.
    void dropped(const QString &dealId, const QString &toStageId);

private:
    const BoardQuery &m_query;
    QString m_stageId;
    QList<BoardCard> m_cards;
    bool m_atEnd = false;
};

// The stage board (kanban) of a pipeline: a column per stage with the count and total
// of its open deals, cards that move by drag and drop or Ctrl+Left/Right (undoable),
// and filters by pipeline, owner and expected close.
class PipelineBoard : public QWidget
{
    Q_OBJECT

public:
    PipelineBoard(Database &db, QUndoStack *undoStack, QWidget *parent = nullptr);

    BoardQuery &query() { return m_query; }
    int columnCount() const { return int(m_models.size()); }
    BoardColumnModel *columnModel(int column) const { return m_models.at(column); }
    QListView *columnView(int column) const { return m_views.at(column); }
    QLabel *columnHeader(int column) const { return m_headers.at(column); }
    QComboBox *pipelineBox() const { return m_pipeline; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QComboBox *closeBox() const { return m_close; }
    QComboBox *segmentBox() const { return m_segment; }
    // Moves the deal to the stage as an undoable step; false (with a message) when refused.
    bool moveDeal(const QString &dealId, const QString &toStageId);
    // Moves the selected card one stage right (+1) or left (-1).
    bool moveSelected(int direction);
    QString selectedDealId() const;
    bool selectDeal(const QString &dealId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

public Q_SLOTS:
    // Reads the columns, totals and first pages again (after any change).
    void refresh();

Q_SIGNALS:
    void dealActivated(const QString &dealId);
    void dealSelected(const QString &dealId);

private:
    void rebuildColumns();
    void applyFilter();
    void updateHeaders(const QList<BoardColumn> &columns);
    void reloadPipelines();
    void reloadSegments();

    Database &m_db;
    QUndoStack *m_undo;
    BoardQuery m_query;
    QComboBox *m_pipeline;
    QLineEdit *m_owner;
    QComboBox *m_segment;
    QComboBox *m_close;
    QLabel *m_currencyNote;
    QWidget *m_columnsHost;
    QHBoxLayout *m_columnsLayout;
    QList<BoardColumnModel *> m_models;
    QList<QListView *> m_views;
    QList<QLabel *> m_headers;
    QList<QString> m_stageIds;
};

} // namespace loopline
