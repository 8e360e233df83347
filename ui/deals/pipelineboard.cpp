#include "pipelineboard.h"

#include "common/banner.h"
#include "pipeline/pipelinestore.h"
#include "records/money.h"
#include "segments/segmentstore.h"
#include "store/dealstore.h"

#include <QApplication>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QScrollArea>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

constexpr int kPageSize = 30;
constexpr int kColumnWidth = 230;

// One stage move, undone by moving back (without the follow-up tasks the move made,
// which the undo removes).
class MoveDealCommand : public QUndoCommand
{
public:
    MoveDealCommand(
        Database &db, const QString &dealId, const QString &from, const QString &to, const QString &text)
        : QUndoCommand(text)
        , m_db(db)
        , m_dealId(dealId)
        , m_from(from)
        , m_to(to)
    {
    }
    // Runs the first redo itself, so a refused move never reaches the undo stack.
    void perform() { m_tasks = DealStore(m_db).moveToStage(m_dealId, m_to); }
    void redo() override
    {
        if (m_done) {
            run([this] { m_tasks = DealStore(m_db).moveToStage(m_dealId, m_to); });
        }
        m_done = true;
    }
    void undo() override
    {
        run([this] {
            Transaction tx(m_db);
            DealStore(m_db).moveToStage(m_dealId, m_from, false);
            for (const QString &task : std::as_const(m_tasks))
                m_db.run(u"DELETE FROM tasks WHERE id = ?"_s, {task});
            tx.commit();
            m_tasks.clear();
        });
    }

private:
    template<typename F> void run(F &&step)
    {
        try {
            step();
        } catch (const StoreError &error) {
            setObsolete(true);
            QMessageBox::warning(
                QApplication::activeWindow(), PipelineBoard::tr("Not moved"), error.message());
        }
    }
    Database &m_db;
    QString m_dealId;
    QString m_from;
    QString m_to;
    QStringList m_tasks;
    bool m_done = false;
};

// Paints a deal card: title, company, value, owner and days in stage, next task.
class CardDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {kColumnWidth - 24, option.fontMetrics.height() * 4 + 22};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const auto card = index.data(BoardColumnModel::CardRole).value<BoardCard>();
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRect box = option.rect.adjusted(4, 3, -4, -3);
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette &palette = option.palette;
        painter->setPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid));
        painter->setBrush(palette.color(QPalette::Base));
        painter->drawRoundedRect(box, 5, 5);
        if (selected)
            painter->fillRect(
                QRect(box.left(), box.top() + 4, 3, box.height() - 8), palette.color(QPalette::Highlight));

        const int line = option.fontMetrics.height();
        QRect text = box.adjusted(9, 5, -8, -5);
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(palette.color(QPalette::Text));
        const auto elided = [&](const QString &s) {
            return option.fontMetrics.elidedText(s, Qt::ElideRight, text.width());
        };
        painter->drawText(QRect(text.left(), text.top(), text.width(), line), Qt::AlignLeft,
            QFontMetrics(bold).elidedText(card.title, Qt::ElideRight, text.width()));
        const QString value = formatMoney(card.valueMinor, card.currency);
        const int valueWidth = QFontMetrics(bold).horizontalAdvance(value);
        painter->drawText(QRect(text.left(), text.top() + line, text.width(), line), Qt::AlignRight, value);
        painter->setFont(option.font);
        painter->drawText(QRect(text.left(), text.top() + line, text.width() - valueWidth - 8, line),
            Qt::AlignLeft,
            option.fontMetrics.elidedText(
                card.companyName.isEmpty() ? PipelineBoard::tr("No company") : card.companyName,
                Qt::ElideRight, text.width() - valueWidth - 8));
        painter->setPen(palette.color(QPalette::PlaceholderText));
        const qint64 days
            = card.stageEnteredAt.isValid() ? card.stageEnteredAt.daysTo(QDateTime::currentDateTimeUtc()) : 0;
        painter->drawText(QRect(text.left(), text.top() + 2 * line, text.width(), line), Qt::AlignLeft,
            elided(PipelineBoard::tr("%1 · %n day(s) in stage", nullptr, int(days)).arg(card.owner)));
        if (!card.nextTask.isEmpty()) {
            const bool late
                = card.nextTaskDue.isValid() && card.nextTaskDue < QDateTime::currentDateTimeUtc();
            painter->setPen(late ? tone::alert() : palette.color(QPalette::Text));
            painter->drawText(QRect(text.left(), text.top() + 3 * line, text.width(), line), Qt::AlignLeft,
                elided(u"▸ "_s + card.nextTask));
        }
        painter->restore();
    }
};

} // namespace

BoardColumnModel::BoardColumnModel(const BoardQuery &query, const QString &stageId, QObject *parent)
    : QAbstractListModel(parent)
    , m_query(query)
    , m_stageId(stageId)
{
}

int BoardColumnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

QVariant BoardColumnModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const BoardCard &card = m_cards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3")
            .arg(card.title, card.companyName, formatMoney(card.valueMinor, card.currency));
    case Qt::ToolTipRole:
        return card.nextTask.isEmpty() ? card.title : tr("%1\nNext: %2").arg(card.title, card.nextTask);
    case IdRole:
        return card.id;
    case CardRole:
        return QVariant::fromValue(card);
    default:
        return {};
    }
}

Qt::ItemFlags BoardColumnModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index) | Qt::ItemIsDropEnabled;
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

bool BoardColumnModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void BoardColumnModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QList<BoardCard> page
        = m_query.cards(m_stageId, m_cards.isEmpty() ? nullptr : &m_cards.constLast(), kPageSize);
    m_atEnd = page.size() < kPageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_cards.size()), int(m_cards.size() + page.size()) - 1);
    m_cards << page;
    endInsertRows();
}

void BoardColumnModel::reload()
{
    beginResetModel();
    m_cards = m_query.cards(m_stageId, nullptr, kPageSize);
    m_atEnd = m_cards.size() < kPageSize;
    endResetModel();
}

int BoardColumnModel::rowOfId(const QString &id) const
{
    for (qsizetype i = 0; i < m_cards.size(); ++i) {
        if (m_cards.at(i).id == id)
            return int(i);
    }
    return -1;
}

QStringList BoardColumnModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType)};
}

QMimeData *BoardColumnModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(MimeType), m_cards.at(indexes.first().row()).id.toUtf8());
    return data;
}

bool BoardColumnModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const
{
    return data && data->hasFormat(QString::fromLatin1(MimeType));
}

bool BoardColumnModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &)
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(QString::fromLatin1(MimeType)))
        return false;
    const QString id = QString::fromUtf8(data->data(QString::fromLatin1(MimeType)));
    if (rowOfId(id) >= 0)
        return false; // dropped on its own column
    // After the drag finishes: the source view must not remove a row of its own.
    QTimer::singleShot(0, this, [this, id] { Q_EMIT dropped(id, m_stageId); });
    return false;
}

PipelineBoard::PipelineBoard(Database &db, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_undo(undoStack)
    , m_query(db)
    , m_pipeline(new QComboBox(this))
    , m_owner(new QLineEdit(this))
    , m_segment(new QComboBox(this))
    , m_close(new QComboBox(this))
    , m_currencyNote(new QLabel(this))
    , m_columnsHost(new QWidget(this))
    , m_columnsLayout(new QHBoxLayout(m_columnsHost))
{
    setObjectName(u"pipelineBoard"_s);
    m_pipeline->setObjectName(u"boardPipeline"_s);
    m_owner->setPlaceholderText(tr("Owner"));
    m_owner->setClearButtonEnabled(true);
    m_owner->setObjectName(u"boardOwner"_s);
    m_segment->setObjectName(u"boardSegment"_s);
    m_segment->setToolTip(tr("Show the deals of one segment"));
    m_close->addItem(tr("Any close date"), 0);
    m_close->addItem(tr("Closing this month"), 1);
    m_close->addItem(tr("Closing in 3 months"), 3);
    m_close->addItem(tr("Close date passed"), -1);
    m_currencyNote->setObjectName(u"boardCurrencyNote"_s);
    m_currencyNote->setWordWrap(true);
    m_currencyNote->setStyleSheet(u"color: palette(placeholder-text);"_s);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_pipeline);
    bar->addWidget(m_owner, 1);
    bar->addWidget(m_segment);
    bar->addWidget(m_close);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_columnsHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_columnsLayout->setContentsMargins(0, 0, 0, 0);
    m_columnsLayout->setSpacing(8);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_currencyNote);
    layout->addWidget(scroll, 1);

    auto *ownerTimer = new QTimer(this);
    ownerTimer->setSingleShot(true);
    ownerTimer->setInterval(300);
    connect(m_owner, &QLineEdit::textChanged, ownerTimer, qOverload<>(&QTimer::start));
    connect(ownerTimer, &QTimer::timeout, this, &PipelineBoard::applyFilter);
    connect(m_close, &QComboBox::currentIndexChanged, this, &PipelineBoard::applyFilter);
    connect(m_segment, &QComboBox::currentIndexChanged, this, &PipelineBoard::applyFilter);
    connect(m_pipeline, &QComboBox::currentIndexChanged, this, &PipelineBoard::applyFilter);
    reloadPipelines();
    reloadSegments();
    applyFilter(); // reads the board when it is first shown
}

void PipelineBoard::reloadSegments()
{
    const QSignalBlocker blocker(m_segment);
    const QString current = m_segment->currentData().toString();
    m_segment->clear();
    m_segment->addItem(tr("All segments"), QString());
    // Segments are records (a small table); the distinct values of a million deals are not read.
    const QStringList names = SegmentStore(m_db).names(true);
    for (const QString &name : names)
        m_segment->addItem(name, name);
    m_segment->setCurrentIndex(std::max(0, m_segment->findData(current)));
    m_segment->setVisible(m_segment->count() > 1);
}

void PipelineBoard::reloadPipelines()
{
    const QSignalBlocker blocker(m_pipeline);
    const QString current = m_pipeline->currentData().toString();
    m_pipeline->clear();
    for (const Pipeline &p : PipelineStore(m_db).pipelines())
        m_pipeline->addItem(PipelineStore::displayName(p), p.id);
    m_pipeline->setCurrentIndex(
        std::max(0, m_pipeline->findData(current.isEmpty() ? u"default"_s : current)));
    m_pipeline->setVisible(m_pipeline->count() > 1);
}

void PipelineBoard::applyFilter()
{
    BoardFilter filter;
    filter.pipelineId = m_pipeline->currentData().toString();
    if (filter.pipelineId.isEmpty())
        filter.pipelineId = u"default"_s;
    filter.owner = m_owner->text().trimmed();
    filter.segment = m_segment->currentData().toString();
    const QDate today = QDate::currentDate();
    const int months = m_close->currentData().toInt();
    if (months > 0) {
        filter.closeFrom = QDate(today.year(), today.month(), 1);
        filter.closeTo = filter.closeFrom.addMonths(months).addDays(-1);
    } else if (months < 0) {
        filter.closeTo = today.addDays(-1);
    }
    m_query.setFilter(filter);
    refresh();
}

void PipelineBoard::rebuildColumns()
{
    const QList<BoardColumn> columns = m_query.columns();
    QStringList ids;
    for (const BoardColumn &c : columns)
        ids << c.stage.id;
    if (ids != m_stageIds) {
        for (QWidget *w : m_columnsHost->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
            delete w;
        qDeleteAll(m_models);
        m_models.clear();
        m_views.clear();
        m_headers.clear();
        while (m_columnsLayout->count() > 0)
            delete m_columnsLayout->takeAt(0);
        m_stageIds = ids;
        for (const BoardColumn &c : columns) {
            auto *frame = new QFrame(m_columnsHost);
            frame->setFixedWidth(kColumnWidth);
            auto *header = new QLabel(frame);
            header->setTextFormat(Qt::RichText);
            header->setWordWrap(true);
            // Room for a stage name on two lines plus the totals, so the columns line up.
            header->setFixedHeight(header->fontMetrics().lineSpacing() * 3 + 4);
            header->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
            header->setObjectName(u"boardHeader_"_s + c.stage.id);
            auto *model = new BoardColumnModel(m_query, c.stage.id, this);
            auto *view = new QListView(frame);
            view->setObjectName(u"boardColumn_"_s + c.stage.id);
            view->setModel(model);
            view->setItemDelegate(new CardDelegate(view));
            view->setSelectionMode(QAbstractItemView::SingleSelection);
            view->setDragDropMode(QAbstractItemView::DragDrop);
            view->setDefaultDropAction(Qt::MoveAction);
            view->setDragDropOverwriteMode(false);
            view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
            view->setAccessibleName(DealStore::stageDisplayName(c.stage));
            view->installEventFilter(this);
            auto *box = new QVBoxLayout(frame);
            box->setContentsMargins(0, 0, 0, 0);
            box->addWidget(header);
            box->addWidget(view, 1);
            m_columnsLayout->addWidget(frame);
            connect(model, &BoardColumnModel::dropped, this, &PipelineBoard::moveDeal);
            connect(view, &QListView::activated, this, [this, model](const QModelIndex &index) {
                Q_EMIT dealActivated(model->card(index.row()).id);
            });
            connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, model](const QModelIndex &index) {
                    if (index.isValid())
                        Q_EMIT dealSelected(model->card(index.row()).id);
                });
            m_models << model;
            m_views << view;
            m_headers << header;
        }
        m_columnsLayout->addStretch(1);
    }
    updateHeaders(columns);
    for (BoardColumnModel *model : std::as_const(m_models))
        model->reload();
}

void PipelineBoard::refresh()
{
    // A hidden board (the Deals screen shows its list) is read again when it is shown.
    if (!isVisible())
        return;
    const QString selected = selectedDealId();
    reloadPipelines();
    reloadSegments();
    rebuildColumns();
    if (!selected.isEmpty())
        selectDeal(selected);
}

void PipelineBoard::updateHeaders(const QList<BoardColumn> &columns)
{
    const QString base = m_query.baseCurrency();
    qint64 unconverted = 0;
    for (qsizetype i = 0; i < columns.size() && i < m_headers.size(); ++i) {
        const BoardColumn &c = columns.at(i);
        unconverted += c.unconverted;
        m_headers[i]->setText(u"<b>%1</b><br>%2 · %3"_s.arg(
            DealStore::stageDisplayName(c.stage).toHtmlEscaped(), tr("%Ln deal(s)", nullptr, int(c.count)),
            formatMoney(qRound64(c.totalMinor), base).toHtmlEscaped()));
    }
    m_currencyNote->setText(unconverted == 0
            ? tr("Totals in %1; deals in other currencies are converted with the rates in Deals → Currency "
                 "rates.")
                  .arg(base)
            : tr("Totals in %1. %Ln deal(s) in a currency without a rate are counted but not in the totals.",
                nullptr, int(unconverted))
                  .arg(base));
}

bool PipelineBoard::moveDeal(const QString &dealId, const QString &toStageId)
{
    const std::optional<Deal> deal = DealStore(m_db).get(dealId);
    if (!deal || deal->stageId == toStageId)
        return false;
    QString toName = toStageId;
    for (const DealStage &s : DealStore(m_db).stages()) {
        if (s.id == toStageId)
            toName = DealStore::stageDisplayName(s);
    }
    auto command = std::make_unique<MoveDealCommand>(
        m_db, dealId, deal->stageId, toStageId, tr("Move %1 to %2").arg(deal->title, toName));
    try {
        command->perform();
    } catch (const StoreError &error) {
        QMessageBox::warning(this, tr("Not moved"), error.message());
        return false;
    }
    if (m_undo)
        m_undo->push(command.release()); // its first redo does nothing: the move is done
    refresh();
    selectDeal(dealId);
    return true;
}

QString PipelineBoard::selectedDealId() const
{
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        const QModelIndex index = m_views.at(i)->currentIndex();
        if (index.isValid() && m_views.at(i)->hasFocus())
            return m_models.at(i)->card(index.row()).id;
    }
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        const QModelIndex index = m_views.at(i)->currentIndex();
        if (index.isValid())
            return m_models.at(i)->card(index.row()).id;
    }
    return {};
}

bool PipelineBoard::selectDeal(const QString &dealId)
{
    for (qsizetype i = 0; i < m_models.size(); ++i) {
        const int row = m_models.at(i)->rowOfId(dealId);
        if (row >= 0) {
            for (QListView *other : std::as_const(m_views))
                other->clearSelection();
            m_views.at(i)->setCurrentIndex(m_models.at(i)->index(row));
            m_views.at(i)->setFocus();
            return true;
        }
    }
    return false;
}

void PipelineBoard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

bool PipelineBoard::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Right / Ctrl+Left move the selected card to the next or previous stage (the
    // list views would otherwise take the keys for their own cursor).
    if (event->type() == QEvent::KeyPress && m_views.contains(watched)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::ControlModifier
            && (key->key() == Qt::Key_Right || key->key() == Qt::Key_Left)) {
            moveSelected(key->key() == Qt::Key_Right ? 1 : -1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool PipelineBoard::moveSelected(int direction)
{
    const QString id = selectedDealId();
    if (id.isEmpty())
        return false;
    for (qsizetype i = 0; i < m_models.size(); ++i) {
        if (m_models.at(i)->rowOfId(id) < 0)
            continue;
        const qsizetype target = i + direction;
        if (target < 0 || target >= m_stageIds.size())
            return false;
        return moveDeal(id, m_stageIds.at(target));
    }
    return false;
}

} // namespace loopline
