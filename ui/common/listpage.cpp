#include "listpage.h"

#include "common/banner.h"
#include "common/recordeditor.h"
#include "export/listexport.h"
#include "models/recordlistmodel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <limits>

#ifdef LOOPLINE_MODEL_TESTER
#include <QAbstractItemModelTester>
#endif

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

// Shows an SLA countdown that has run out in red and bold.
class SlaDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(RecordListModel::SlaBreachedRole).toBool()) {
            option->palette.setColor(QPalette::Text, tone::alert());
            option->palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xd7, 0xd5));
            option->font.setBold(true);
        }
    }
};

// "Contacts" → "contacts" for use inside a sentence; "SDR queue" keeps its acronym.
QString inSentence(const QString &title)
{
    if (title.size() > 1 && title.at(1).isUpper())
        return title;
    return title.left(1).toLower() + title.mid(1);
}

} // namespace

ListPage::ListPage(Database &db, ListSpec spec, RecordEditor *editor, Texts texts, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new RecordListModel(db, std::move(spec), this))
    , m_editor(editor)
    , m_texts(std::move(texts))
    , m_search(new QLineEdit(this))
    , m_filterField(new QComboBox(this))
    , m_filterValue(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_listStack(new QStackedWidget(this))
    , m_splitter(new QSplitter(this))
    , m_searchTimer(new QTimer(this))
{
#ifdef LOOPLINE_MODEL_TESTER
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::Warning, this);
#endif
    m_search->setPlaceholderText(tr("Search %1 (Ctrl+F)…").arg(inSentence(m_texts.plural)));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(u"search"_s);
    m_search->setAccessibleName(tr("Search %1").arg(inSentence(m_texts.plural)));
    m_filterField->addItem(tr("Any field"), QString());
    for (const ListFilterField &field : m_model->query().spec().filters)
        m_filterField->addItem(QCoreApplication::translate("ListColumns", field.title), field.key);
    m_filterField->setToolTip(tr("Filter by a field"));
    m_filterField->setAccessibleName(tr("Search in field"));
    m_filterValue->setPlaceholderText(tr("starts with…"));
    m_filterValue->setClearButtonEnabled(true);
    m_filterValue->setEnabled(false);

    auto *bar = new QHBoxLayout;
    m_bar = bar;
    bar->addWidget(m_search, 3);
    bar->addWidget(m_filterField);
    bar->addWidget(m_filterValue, 2);
    bar->addWidget(m_count);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    // The indicator first: enabling sorting sorts by whatever it shows.
    m_view->horizontalHeader()->setSortIndicator(
        m_model->query().spec().defaultSortColumn, m_model->query().spec().defaultSortOrder);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    m_view->setObjectName(u"recordList"_s);
    m_view->setAccessibleName(m_texts.plural);
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_view->setColumnWidth(column, column == 0 ? 200 : 150);
    setUpLiveColumns();

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(u"emptyState"_s);
    m_empty->setMargin(24);
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_empty);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_listStack, 1);

    auto *scroll = new QScrollArea(this);
    m_editorScroll = scroll;
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(360);

    m_splitter->addWidget(left);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_splitterPlaced = true; });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &ListPage::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ListPage::applySearch);
    connect(m_filterValue, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_filterField, &QComboBox::currentIndexChanged, this, [this] {
        m_filterValue->setEnabled(!m_filterField->currentData().toString().isEmpty());
        applySearch();
    });
    m_search->installEventFilter(this);
    m_splitter->installEventFilter(this);

    // Count again only when the query changed; scrolling in more rows changes no count.
    connect(m_model, &RecordListModel::modelReset, this, &ListPage::updateEmptyState);
    connect(m_model, &RecordListModel::loadFailed, this,
        [this](const QString &message) { QMessageBox::warning(this, tr("Cannot read the list"), message); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { onCurrentRowChanged(current.isValid() ? current.row() : -1); });
    connect(m_model, &RecordListModel::modelReset, this, [this] {
        // Keep the record that was shown selected when it is still in the list.
        if (!m_shownId.isEmpty())
            selectId(m_shownId);
    });
    connect(m_editor, &RecordEditor::saved, this, [this](const QString &id) {
        m_shownId = id;
        refresh();
    });
    updateEmptyState();
}

bool ListPage::eventFilter(QObject *watched, QEvent *event)
{
    // Once the splitter has shared out its new width, the form may need more of it.
    if (watched == m_splitter && event->type() == QEvent::Resize && !m_splitterPlaced)
        QMetaObject::invokeMethod(this, &ListPage::fitEditor, Qt::QueuedConnection);
    // In the search box, Esc clears it and Down moves into the list.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            applySearch();
            return true;
        }
        if (key == Qt::Key_Down) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
                m_view->setCurrentIndex(m_model->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString ListPage::entity() const
{
    return m_model->query().spec().entity;
}

void ListPage::applySearch()
{
    m_searchTimer->stop();
    QHeaderView *header = m_view->horizontalHeader();
    const bool searching = !ListQuery::searchWords(m_search->text()).isEmpty();
    if (searching != m_searching) {
        // While searching, matches come newest first straight from the search index (no
        // sort over every match); a click on a column header sorts them by that column.
        // Clearing the search brings back the column sort the list had before.
        const QSignalBlocker blocker(header);
        if (searching) {
            m_sortBeforeSearch = {header->sortIndicatorSection(), header->sortIndicatorOrder()};
            header->setSortIndicator(-1, Qt::DescendingOrder);
        } else {
            header->setSortIndicator(m_sortBeforeSearch.first, m_sortBeforeSearch.second);
        }
        m_searching = searching;
    }
    const int column = header->sortIndicatorSection();
    m_model->setQuery(m_search->text(), m_filterField->currentData().toString(), m_filterValue->text(),
        column < 0 ? ListQuery::NewestFirst : column, header->sortIndicatorOrder());
}

void ListPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    if (empty) {
        if (m_model->isFiltered()) {
            m_empty->setText(
                tr("<h3>No %1 match</h3><p>Nothing matches “%2”. Try fewer or shorter words, or press "
                   "Esc in the search box to see everything.</p>")
                    .arg(m_texts.plural.toLower(),
                        (m_search->text() + u' ' + m_filterValue->text()).trimmed().toHtmlEscaped()));
        } else {
            m_empty->setText(
                u"<h3>%1</h3><p>%2</p>"_s.arg(m_texts.emptyTitle.toHtmlEscaped(), m_texts.emptyHint));
        }
    }
    if (m_alternative && m_alternativeToggle->isChecked())
        m_listStack->setCurrentWidget(m_alternative);
    else
        m_listStack->setCurrentWidget(
            empty ? static_cast<QWidget *>(m_empty) : static_cast<QWidget *>(m_view));
    qint64 total = 0;
    try {
        total = m_model->totalCount();
    } catch (const StoreError &) {
        total = m_model->rowCount();
    }
    m_status = m_texts.countText(int(std::min<qint64>(total, std::numeric_limits<int>::max())));
    m_count->setText(m_status);
    Q_EMIT statusChanged(m_status);
}

bool ListPage::isShowingEmptyState() const
{
    return m_listStack->currentWidget() == m_empty;
}

void ListPage::onCurrentRowChanged(int row)
{
    if (m_reverting)
        return;
    const QString id = m_model->idAt(row);
    if (id.isEmpty() || id == m_editor->currentId())
        return;
    if (!maybeSave()) {
        // Stay on the record being edited.
        m_reverting = true;
        const int previous = m_model->rowOfId(m_editor->currentId());
        m_view->setCurrentIndex(previous >= 0 ? m_model->index(previous, 0) : QModelIndex());
        m_reverting = false;
        return;
    }
    m_shownId = id;
    m_editor->load(id);
}

bool ListPage::maybeSave()
{
    if (!m_editor->isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
        tr("%1 has unsaved changes. Save them?")
            .arg(m_editor->recordTitle().isEmpty() ? tr("This record") : m_editor->recordTitle()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return m_editor->save();
    m_editor->clear();
    return true;
}

void ListPage::newRecord()
{
    if (!maybeSave())
        return;
    m_view->clearSelection();
    m_shownId.clear();
    m_editor->startNew();
}

bool ListPage::saveRecord()
{
    return m_editor->save();
}

bool ListPage::deleteRecord(QUndoStack *undoStack)
{
    const QString id = m_editor->currentId().isEmpty() ? m_model->idAt(m_view->currentIndex().row())
                                                       : m_editor->currentId();
    if (id.isEmpty())
        return false;
    if (m_editor->currentId() != id)
        m_editor->load(id);
    const QString title = m_editor->recordTitle();
    const auto answer = QMessageBox::question(this, tr("Delete"),
        tr("Delete “%1”?\n\nYou can undo this with Ctrl+Z.").arg(title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    std::unique_ptr<QUndoCommand> command = m_editor->makeDeleteCommand(id);
    if (!command)
        return false;
    const int row = m_view->currentIndex().row();
    m_shownId = m_model->idAt(row + 1);
    m_editor->clear();
    undoStack->push(command.release());
    if (m_shownId.isEmpty() && row > 0)
        m_shownId = m_model->idAt(row - 1);
    if (!m_shownId.isEmpty() && selectId(m_shownId))
        m_editor->load(m_shownId);
    return true;
}

void ListPage::refresh()
{
    const QString keep = m_shownId;
    if (m_alternative)
        QMetaObject::invokeMethod(m_alternative, "refresh");
    m_model->reload();
    if (!keep.isEmpty() && !selectId(keep) && m_editor->currentId() == keep && !m_editor->load(keep))
        m_shownId.clear();
}

bool ListPage::selectId(const QString &id)
{
    int row = m_model->rowOfId(id);
    // The record may be further down than what is loaded; read a few more pages.
    for (int pages = 0; row < 0 && pages < 5 && m_model->canFetchMore(); ++pages) {
        m_model->fetchMore();
        row = m_model->rowOfId(id);
    }
    if (row < 0)
        return false;
    m_reverting = true;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
    m_reverting = false;
    m_shownId = id;
    return true;
}

void ListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ListPage::exportList()
{
    QSettings settings;
    settings.beginGroup(u"ListExport"_s);
    const QString folder
        = settings.value(u"folder"_s, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    const QString csvFilter = tr("CSV files (*.csv)");
    const QString xlsxFilter = tr("Excel workbooks (*.xlsx)");
    const QString vcardFilter = tr("vCard address cards (*.vcf)");
    // Contacts can also go to address books and phones as vCards.
    const bool contacts = m_model->query().spec().entity == u"contact";
    const QMap<QString, QString> suffixes
        = {{csvFilter, u"csv"_s}, {xlsxFilter, u"xlsx"_s}, {vcardFilter, u"vcf"_s}};
    const auto suffixOf = [suffixes](const QString &filter) { return suffixes.value(filter, u"csv"_s); };
    QString suffix = settings.value(u"format"_s).toString();
    if (suffix != u"xlsx" && !(contacts && suffix == u"vcf"))
        suffix = u"csv"_s;

    QFileDialog dialog(this, tr("Export list"), folder);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters(
        contacts ? QStringList {csvFilter, xlsxFilter, vcardFilter} : QStringList {csvFilter, xlsxFilter});
    dialog.selectNameFilter(suffixes.key(suffix));
    dialog.setDefaultSuffix(suffix);
    dialog.selectFile(QString(m_texts.plural).remove(u'/') + u'.' + suffix);
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog, suffixOf](const QString &filter) {
        // Another format: the default suffix and the suggested name's extension follow it.
        const QString wanted = suffixOf(filter);
        dialog.setDefaultSuffix(wanted);
        const QString current = dialog.selectedFiles().value(0);
        if (ListExport::formatOf(current) && QFileInfo(current).suffix().toLower() != wanted)
            dialog.selectFile(QFileInfo(current).completeBaseName() + u'.' + wanted);
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    QString fileName = dialog.selectedFiles().constFirst();
    // The name's extension decides the format; without one, the chosen filter does.
    if (!ListExport::formatOf(fileName))
        fileName += u'.' + suffixOf(dialog.selectedNameFilter());
    settings.setValue(u"folder"_s, QFileInfo(fileName).absolutePath());
    settings.setValue(u"format"_s, QFileInfo(fileName).suffix().toLower());
    exportTo(fileName);
}

bool ListPage::exportTo(const QString &fileName)
{
    // What was typed into the search box but not yet applied is what the list is about to show.
    if (m_searchTimer->isActive())
        applySearch();
    const std::optional<ListExport::Format> format = ListExport::formatOf(fileName);
    if (!format) {
        QMessageBox::warning(this, tr("Export list"),
            tr("Cannot export to %1: choose a name ending in .csv, .xlsx or, for contacts, .vcf.")
                .arg(QDir::toNativeSeparators(fileName)));
        return false;
    }
    ListExport exporter(m_db, m_model->query());
    exporter.setTitle(m_texts.plural);
    QList<int> columns; // as the user arranged them
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    exporter.setColumns(columns);

    const QString what = inSentence(m_texts.plural);
    QProgressDialog progress(tr("Exporting %1…").arg(what), tr("Cancel"), 0, 0, this);
    progress.setWindowTitle(tr("Export list"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    const QLocale locale;
    const auto report = [&](qint64 done, qint64 total) {
        if (total > 0) {
            progress.setMaximum(1000);
            progress.setValue(int(std::min<qint64>(done, total) * 1000 / total));
            progress.setLabelText(
                tr("Exporting %1… %2 of %3").arg(what, locale.toString(done), locale.toString(total)));
        }
        // The window keeps painting, and Cancel can be pressed, while the rows are written.
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    ListExport::Result result;
    try {
        result = exporter.write(fileName, *format, report);
    } catch (const StoreError &error) {
        progress.close();
        QMessageBox::warning(this, tr("Export list"), error.message());
        return false;
    }
    progress.close();
    if (result.cancelled) {
        Q_EMIT statusMessage(tr("Export cancelled; no file was written."));
        return false;
    }
    Q_EMIT statusMessage(
        tr("Exported %1 to %2")
            .arg(m_texts.countText(int(std::min<qint64>(result.rows, std::numeric_limits<int>::max()))),
                QDir::toNativeSeparators(fileName)));
    return true;
}

void ListPage::saveState(QSettings &settings) const
{
    settings.setValue(u"header"_s, m_view->horizontalHeader()->saveState());
    if (m_searching) {
        settings.setValue(u"sortColumn"_s, m_sortBeforeSearch.first);
        settings.setValue(u"sortOrder"_s, int(m_sortBeforeSearch.second));
    } else {
        settings.remove(u"sortColumn"_s);
        settings.remove(u"sortOrder"_s);
    }
    settings.setValue(u"splitter"_s, m_splitter->saveState());
    if (m_alternative)
        settings.setValue(u"alternative"_s, isShowingAlternative());
}

void ListPage::restoreState(QSettings &settings)
{
    const QByteArray header = settings.value(u"header"_s).toByteArray();
    if (!header.isEmpty() && m_view->horizontalHeader()->restoreState(header)) {
        QHeaderView *h = m_view->horizontalHeader();
        // A list saved while searching remembers the column sort it had before the search.
        if (settings.contains(u"sortColumn"_s))
            h->setSortIndicator(settings.value(u"sortColumn"_s).toInt(),
                Qt::SortOrder(settings.value(u"sortOrder"_s).toInt()));
        if (h->sortIndicatorSection() < 0)
            h->setSortIndicator(
                m_model->query().spec().defaultSortColumn, m_model->query().spec().defaultSortOrder);
        m_model->sort(h->sortIndicatorSection(), h->sortIndicatorOrder());
    }
    const QByteArray splitter = settings.value(u"splitter"_s).toByteArray();
    if (!splitter.isEmpty())
        m_splitterPlaced = m_splitter->restoreState(splitter);
    if (m_alternative && settings.value(u"alternative"_s).toBool())
        showAlternative(true);
}

void ListPage::setUpLiveColumns()
{
    const QList<ListColumn> &columns = m_model->query().spec().columns;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).kind != ListColumn::Kind::SlaDue)
            continue;
        m_view->setItemDelegateForColumn(int(i), new SlaDelegate(m_view));
        m_view->setColumnWidth(int(i), 160);
        // The countdown ticks every second; new arrivals show up within half a minute.
        auto *tick = new QTimer(this);
        tick->setInterval(1000);
        connect(tick, &QTimer::timeout, m_model, &RecordListModel::refreshLiveColumns);
        tick->start();
        auto *poll = new QTimer(this);
        poll->setInterval(30'000);
        connect(poll, &QTimer::timeout, this, [this] {
            if (isVisible() && !m_editor->isModified())
                refresh();
        });
        poll->start();
    }
}

void ListPage::addAlternativeView(QWidget *view, const QString &label)
{
    m_alternative = view;
    m_listStack->addWidget(view);
    m_alternativeToggle = new QToolButton(this);
    m_alternativeToggle->setText(label);
    m_alternativeToggle->setCheckable(true);
    m_alternativeToggle->setToolTip(tr("Switch between the list and %1").arg(QString(label).remove(u'&')));
    m_alternativeToggle->setObjectName(u"alternativeToggle"_s);
    // Left-aligned, so it stays where it was when the list's search fields are hidden.
    m_bar->insertWidget(0, m_alternativeToggle, 0, Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_alternativeToggle, &QToolButton::toggled, this, &ListPage::showAlternative);
}

void ListPage::fitEditor()
{
    if (m_splitterPlaced)
        return;
    // Until the person places the divider, the form gets the width it needs (longer labels
    // in Russian or Ukrainian) rather than a horizontal scroll bar, while the list keeps at
    // least two fifths.
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    const int needed = m_editor->minimumSizeHint().width()
        + m_editorScroll->verticalScrollBar()->sizeHint().width() + 2 * m_editorScroll->frameWidth();
    if (total <= 0 || sizes.value(1) >= needed)
        return;
    const int editor = qMin(needed, total - total * 2 / 5);
    m_splitter->setSizes({total - editor, editor});
}

void ListPage::showAlternative(bool show)
{
    if (!m_alternative)
        return;
    const QSignalBlocker blocker(m_alternativeToggle);
    m_alternativeToggle->setChecked(show);
    for (QWidget *w : {static_cast<QWidget *>(m_search), static_cast<QWidget *>(m_filterField),
             static_cast<QWidget *>(m_filterValue), static_cast<QWidget *>(m_count)})
        w->setVisible(!show);
    if (show)
        QMetaObject::invokeMethod(m_alternative, "refresh");
    updateEmptyState();
}

bool ListPage::isShowingAlternative() const
{
    return m_alternative && m_listStack->currentWidget() == m_alternative;
}

void ListPage::showRecord(const QString &id)
{
    if (id.isEmpty() || id == m_editor->currentId() || !maybeSave())
        return;
    m_shownId = id;
    m_editor->load(id);
}

} // namespace loopline
