#include "collateraldialog.h"

#include "common/banner.h"
#include "common/windowsize.h"
#include "pipeline/pipelinestore.h"
#include "segments/segmentcombo.h"
#include "store/dealstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

const QString kSettingsGroup = u"CollateralDialog"_s;

// A file path or a link, as something the desktop can open.
QUrl locationUrl(const QString &location)
{
    const QString trimmed = location.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (QFileInfo(trimmed).isAbsolute() && !trimmed.contains("://"_L1))
        return QUrl::fromLocalFile(trimmed);
    return QUrl::fromUserInput(trimmed);
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// CollateralDialog

CollateralDialog::CollateralDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_showArchived(new QCheckBox(tr("Show a&rchived"), this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_archive(new QPushButton(tr("Arc&hive"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Collateral"));
    m_table->setObjectName(u"collateralTable"_s);
    m_table->setAccessibleName(tr("Collateral"));
    m_table->setHorizontalHeaderLabels(
        {tr("Title"), tr("Kind"), tr("Stage"), tr("Segment"), tr("File or link")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(LocationColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(TitleColumn, 260);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TitleColumn, Qt::AscendingOrder);
    m_open->setToolTip(tr("Open the file or link"));

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_edit, m_archive, m_delete})
        buttons->addWidget(button);
    buttons->addSpacing(12);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_table, 1);
    body->addLayout(buttons);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_showArchived);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("Brochures, case studies and research sales send to support their claims. "
                               "Record what was sent on each deal (Collateral sent); Reports show the win "
                               "rate with and without each piece."),
        this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    layout->addLayout(body, 1);
    layout->addLayout(bottom);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &CollateralDialog::addCollateral);
    connect(m_edit, &QPushButton::clicked, this, &CollateralDialog::editCollateral);
    connect(m_archive, &QPushButton::clicked, this, &CollateralDialog::toggleArchived);
    connect(m_delete, &QPushButton::clicked, this, &CollateralDialog::deleteCollateral);
    connect(m_open, &QPushButton::clicked, this, &CollateralDialog::openCurrent);
    connect(m_showArchived, &QCheckBox::toggled, this, &CollateralDialog::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CollateralDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &CollateralDialog::editCollateral);

    reload();
    restoreWindowSize(this, kSettingsGroup, QSize(860, 420));
}

QHash<QString, QString> CollateralDialog::stageNames(Database &db)
{
    PipelineStore pipelines(db);
    const QList<Pipeline> all = pipelines.pipelines(true);
    QHash<QString, QString> names;
    for (const Pipeline &pipeline : all) {
        for (const DealStage &stage : pipelines.stages(pipeline.id)) {
            const QString name = DealStore::stageDisplayName(stage);
            names.insert(stage.id,
                all.size() > 1 ? tr("%1: %2").arg(PipelineStore::displayName(pipeline), name) : name);
        }
    }
    return names;
}

void CollateralDialog::reload()
{
    const QString current = currentId();
    try {
        m_shown = CollateralStore(m_db).list(m_showArchived->isChecked());
    } catch (const StoreError &error) {
        m_shown.clear();
        QMessageBox::warning(this, tr("Cannot read the collateral"), error.message());
    }
    const QHash<QString, QString> stages = stageNames(m_db);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    for (const Collateral &c : std::as_const(m_shown)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *title = readOnlyItem(c.archived ? tr("%1 (archived)").arg(c.title) : c.title);
        title->setData(Qt::UserRole, c.id);
        title->setToolTip(c.title);
        m_table->setItem(row, TitleColumn, title);
        m_table->setItem(row, KindColumn, readOnlyItem(CollateralStore::kindDisplayName(c.kind)));
        m_table->setItem(row, StageColumn,
            readOnlyItem(c.stageId.isEmpty() ? tr("Any") : stages.value(c.stageId, c.stageId)));
        m_table->setItem(row, SegmentColumn, readOnlyItem(c.segment.isEmpty() ? tr("All") : c.segment));
        auto *location = readOnlyItem(c.location);
        location->setToolTip(c.location);
        m_table->setItem(row, LocationColumn, location);
        if (c.archived) {
            for (int column = 0; column < ColumnCount; ++column)
                m_table->item(row, column)
                    ->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    m_table->setSortingEnabled(true);
    if (!current.isEmpty())
        selectCollateral(current);
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

int CollateralDialog::row(const QString &collateralId) const
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, TitleColumn)->data(Qt::UserRole).toString() == collateralId)
            return r;
    }
    return -1;
}

void CollateralDialog::selectCollateral(const QString &collateralId)
{
    const int r = row(collateralId);
    if (r >= 0)
        m_table->selectRow(r);
}

QString CollateralDialog::currentId() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return {};
    const QTableWidgetItem *title = m_table->item(selected.first()->row(), TitleColumn);
    return title ? title->data(Qt::UserRole).toString() : QString();
}

void CollateralDialog::updateButtons()
{
    const QString id = currentId();
    const bool selected = !id.isEmpty();
    m_edit->setEnabled(selected);
    m_archive->setEnabled(selected);
    m_delete->setEnabled(selected);
    bool archived = false;
    QString location;
    for (const Collateral &c : std::as_const(m_shown)) {
        if (c.id == id) {
            archived = c.archived;
            location = c.location;
        }
    }
    m_archive->setText(archived ? tr("Rest&ore") : tr("Arc&hive"));
    m_archive->setToolTip(archived ? tr("Offer it again when sending collateral")
                                   : tr("Stop offering it; the deals it was sent to keep it"));
    m_open->setEnabled(selected && !location.trimmed().isEmpty());
}

void CollateralDialog::addCollateral()
{
    CollateralEditDialog dialog(m_db, Collateral(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectCollateral(dialog.savedId());
}

void CollateralDialog::editCollateral()
{
    const std::optional<Collateral> c = CollateralStore(m_db).get(currentId());
    if (!c) {
        reload();
        return;
    }
    CollateralEditDialog dialog(m_db, *c, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectCollateral(c->id);
}

void CollateralDialog::toggleArchived()
{
    const std::optional<Collateral> c = CollateralStore(m_db).get(currentId());
    if (!c) {
        reload();
        return;
    }
    try {
        CollateralStore(m_db).setArchived(c->id, !c->archived);
    } catch (const StoreError &error) {
        QMessageBox::warning(this, tr("Not changed"), error.message());
    }
    reload();
}

void CollateralDialog::deleteCollateral()
{
    const std::optional<Collateral> c = CollateralStore(m_db).get(currentId());
    if (!c) {
        reload();
        return;
    }
    const qint64 sent = CollateralStore(m_db).sentCount(c->id);
    const QString question = sent > 0
        ? tr("Delete \"%1\"? It was sent to %n deal(s); the reports will no longer count it. Archive it "
             "instead to keep its figures.",
            nullptr, int(sent))
              .arg(c->title)
        : tr("Delete \"%1\"?").arg(c->title);
    const auto answer = QMessageBox::question(
        this, tr("Delete collateral"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    try {
        CollateralStore(m_db).remove(c->id);
    } catch (const StoreError &error) {
        QMessageBox::warning(this, tr("Not deleted"), error.message());
    }
    reload();
}

bool CollateralDialog::openCurrent()
{
    const std::optional<Collateral> c = CollateralStore(m_db).get(currentId());
    if (!c)
        return false;
    const QUrl url = locationUrl(c->location);
    if (!url.isValid() || url.isEmpty()) {
        QMessageBox::information(
            this, tr("Nothing to open"), tr("\"%1\" has no file or link.").arg(c->title));
        return false;
    }
    if (!QDesktopServices::openUrl(url)) {
        QMessageBox::warning(this, tr("Not opened"), tr("Cannot open \"%1\".").arg(c->location));
        return false;
    }
    return true;
}

void CollateralDialog::done(int result)
{
    saveWindowSize(this, kSettingsGroup);
    QDialog::done(result);
}

// ---------------------------------------------------------------------------------------------
// CollateralEditDialog

CollateralEditDialog::CollateralEditDialog(Database &db, const Collateral &collateral, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_original(collateral)
    , m_problem(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_location(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_stage(new QComboBox(this))
    , m_segment(new SegmentComboBox(db, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(collateral.id.isEmpty() ? tr("New collateral") : tr("Edit %1").arg(collateral.title));
    m_problem->setObjectName(u"collateralProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(problemBannerStyle());
    m_problem->hide();
    m_title->setObjectName(u"collateralTitle"_s);
    m_title->setPlaceholderText(tr("e.g. Retail chain: 40 stores live in six weeks"));
    for (Collateral::Kind kind : CollateralStore::kinds())
        m_kind->addItem(CollateralStore::kindDisplayName(kind), int(kind));
    m_location->setObjectName(u"collateralLocation"_s);
    m_location->setPlaceholderText(tr("A file, or a link such as https://…"));
    m_browse->setToolTip(tr("Choose a file"));
    m_stage->addItem(tr("Any stage"), QString());
    const QHash<QString, QString> stages = CollateralDialog::stageNames(db);
    PipelineStore pipelines(db);
    for (const Pipeline &pipeline : pipelines.pipelines(true)) {
        for (const DealStage &stage : pipelines.stages(pipeline.id))
            m_stage->addItem(stages.value(stage.id), stage.id);
    }
    m_segment->lineEdit()->setPlaceholderText(tr("Every segment, or choose one"));

    m_title->setText(collateral.title);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(collateral.kind))));
    m_location->setText(collateral.location);
    const int stageIndex = m_stage->findData(collateral.stageId);
    m_stage->setCurrentIndex(std::max(0, stageIndex));
    m_segment->setSegment(collateral.segment);

    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    auto *locationLabel = new QLabel(tr("&File or link:"), this);
    locationLabel->setBuddy(m_location);
    form->addRow(locationLabel, locationRow);
    form->addRow(tr("For the &stage:"), m_stage);
    form->addRow(tr("For the se&gment:"), m_segment);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CollateralEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &CollateralEditDialog::browse);
    connect(m_title, &QLineEdit::textChanged, this, &CollateralEditDialog::updateOk);
    updateOk();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

QPushButton *CollateralEditDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void CollateralEditDialog::updateOk()
{
    const bool ok = !m_title->text().trimmed().isEmpty();
    okButton()->setEnabled(ok);
    okButton()->setToolTip(ok ? QString() : tr("Give it a title"));
}

void CollateralEditDialog::browse()
{
    const QFileInfo current(m_location->text().trimmed());
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose the file"),
        current.isAbsolute() ? current.absolutePath() : QString(),
        tr("Documents (*.pdf *.doc *.docx *.odt *.ppt *.pptx *.odp *.xls *.xlsx *.ods);;All files (*)"));
    if (!file.isEmpty())
        m_location->setText(QDir::toNativeSeparators(file));
}

Collateral CollateralEditDialog::collateral() const
{
    Collateral c = m_original;
    c.title = m_title->text().trimmed();
    c.kind = Collateral::Kind(m_kind->currentData().toInt());
    c.location = m_location->text().trimmed();
    c.stageId = m_stage->currentData().toString();
    c.segment = m_segment->segment();
    return c;
}

void CollateralEditDialog::accept()
{
    Collateral c = collateral();
    try {
        CollateralStore store(m_db);
        Transaction tx(m_db);
        c.segment = m_segment->ensureSegment();
        if (c.id.isEmpty())
            c.id = store.create(c);
        else
            store.update(c);
        tx.commit();
    } catch (const StoreError &error) {
        m_problem->setText(error.message());
        m_problem->show();
        return;
    }
    m_saved = c.id;
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------
// SendCollateralDialog

SendCollateralDialog::SendCollateralDialog(
    Database &db, const QString &dealId, const QString &stageId, const QString &segment, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Send collateral"));
    m_list->setObjectName(u"sendCollateralList"_s);
    m_list->setAccessibleName(tr("Collateral to send"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *send = m_buttons->addButton(tr("Record as &sent"), QDialogButtonBox::AcceptRole);
    send->setToolTip(tr("Record that the chosen pieces were sent to the deal today"));

    CollateralStore store(db);
    QStringList sent;
    for (const SentCollateral &s : store.sentTo(dealId))
        sent << s.collateralId;
    // The pieces meant for the deal's stage and segment first, then the rest, by title.
    QList<QPair<int, Collateral>> offered;
    for (const Collateral &c : store.list()) {
        if (sent.contains(c.id))
            continue;
        const int fit = (!c.stageId.isEmpty() && c.stageId == stageId ? 2 : 0)
            + (!c.segment.isEmpty() && c.segment.compare(segment, Qt::CaseInsensitive) == 0 ? 1 : 0);
        offered.append({fit, c});
    }
    std::stable_sort(
        offered.begin(), offered.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[fit, c] : std::as_const(offered)) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(c.title, CollateralStore::kindDisplayName(c.kind)), m_list);
        item->setData(Qt::UserRole, c.id);
        item->setData(Qt::UserRole + 1, c.title);
        item->setToolTip(c.location);
        if (fit > 0) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            item->setToolTip(tr("Meant for this deal's stage or segment")
                + (c.location.isEmpty() ? QString() : u"\n"_s + c.location));
        }
    }

    auto *note = new QLabel(offered.isEmpty()
            ? tr("Nothing left to send: everything in the library was sent to this deal already, or the "
                 "library is empty (Deals → Collateral…).")
            : tr("Choose what was sent to the client (Ctrl+click for several). Pieces meant for the deal's "
                 "stage or segment are in bold."),
        this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
        [this] { sendButton()->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    sendButton()->setEnabled(false);
    resize(sizeHint().expandedTo(QSize(480, 320)));
}

QPushButton *SendCollateralDialog::sendButton() const
{
    const QList<QAbstractButton *> buttons = m_buttons->buttons();
    for (QAbstractButton *button : buttons) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}

QStringList SendCollateralDialog::chosenIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->isSelected())
            ids << m_list->item(i)->data(Qt::UserRole).toString();
    }
    return ids;
}

void SendCollateralDialog::choose(const QStringList &titles)
{
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setSelected(titles.contains(m_list->item(i)->data(Qt::UserRole + 1).toString()));
}

} // namespace loopline
