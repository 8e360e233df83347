#include "questionnaireeditor.h"

#include "common/banner.h"
#include "leads/questionnaireform.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

constexpr int TypeRole = Qt::UserRole; // on Type items: the FieldType
constexpr int LockedRole = Qt::UserRole + 1; // on Key items: a built-in BANT field
constexpr int AutoKeyRole = Qt::UserRole + 2; // on Key items: the key follows the label
constexpr int TemplateIdRole = Qt::UserRole; // on template list items
constexpr int MaxKeyLength = 40;

const QColor kErrorBackground(0xf6, 0xc6, 0xc2);

constexpr FieldType kTypes[] = {FieldType::Text, FieldType::Number, FieldType::Money, FieldType::Date,
    FieldType::YesNo, FieldType::OneChoice, FieldType::SeveralChoices};

bool isChoiceType(FieldType type)
{
    return type == FieldType::OneChoice || type == FieldType::SeveralChoices;
}

bool isBantKey(const QString &key)
{
    const QList<QuestionField> bant = Questionnaire::bantFields();
    return std::any_of(bant.cbegin(), bant.cend(), [&](const QuestionField &f) { return f.key == key; });
}

// Choices as typed in one cell: one per line, or separated by commas. Blank ones are
// dropped; repeated ones are kept, for the template check to name.
QStringList parseChoices(const QString &text)
{
    QStringList choices;
    const QStringList parts = text.split(text.contains(u'\n') ? u'\n' : u',');
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            choices << part.trimmed();
    }
    return choices;
}

QString choicesText(const QStringList &choices)
{
    const bool hasComma
        = std::any_of(choices.cbegin(), choices.cend(), [](const QString &c) { return c.contains(u','); });
    return choices.join(hasComma ? u"\n"_s : u", "_s);
}

// "Current vendor" → "current_vendor"; accents dropped; other scripts give nothing.
QString keyFromLabel(const QString &label)
{
    QString key;
    for (const QChar c : label.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            key += c;
        else if (!c.isMark() && !key.isEmpty() && !key.endsWith(u'_'))
            key += u'_';
    }
    while (key.endsWith(u'_'))
        key.chop(1);
    return key.left(MaxKeyLength);
}

QTableWidgetItem *textItem(const QString &text)
{
    return new QTableWidgetItem(text);
}

// The Type column: looks like a combo box and edits with one (F2, typing, or a double click).
class TypeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (FieldType type : kTypes)
            combo->addItem(QuestionnaireEditorDialog::typeName(type), int(type));
        auto *self = const_cast<TypeDelegate *>(this);
        connect(combo, &QComboBox::activated, self, [self, combo] { Q_EMIT self->commitData(combo); });
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(TypeRole))));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        model->setData(index, combo->currentData(), TypeRole);
        model->setData(index, combo->currentText(), Qt::DisplayRole);
    }
    // Wide enough for the longest type name in a combo box, whichever type the row has.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        int textWidth = 0;
        for (FieldType type : kTypes)
            textWidth = std::max(
                textWidth, option.fontMetrics.horizontalAdvance(QuestionnaireEditorDialog::typeName(type)));
        QStyleOptionComboBox combo;
        combo.fontMetrics = option.fontMetrics;
        combo.frame = true;
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        const QSize size = style->sizeFromContents(
            QStyle::CT_ComboBox, &combo, QSize(textWidth, option.fontMetrics.height()), widget);
        const QSize base = QStyledItemDelegate::sizeHint(option, index);
        return {std::max(base.width(), size.width() + 4), std::max(base.height(), size.height() + 4)};
    }
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (!(index.flags() & Qt::ItemIsEditable)) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
        QStyleOptionComboBox combo;
        combo.rect = option.rect.adjusted(2, 2, -2, -2);
        combo.state = option.state & (QStyle::State_Enabled | QStyle::State_HasFocus);
        combo.palette = option.palette;
        combo.currentText = index.data().toString();
        combo.frame = true;
        style->drawComplexControl(QStyle::CC_ComboBox, &combo, painter, widget);
        style->drawControl(QStyle::CE_ComboBoxLabel, &combo, painter, widget);
    }
};

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

QuestionnaireEditorDialog::QuestionnaireEditorDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_splitter(new QSplitter(this))
{
    setWindowTitle(tr("Questionnaires"));
    m_splitter->addWidget(createListPane());
    m_splitter->addWidget(createEditPane());
    m_splitter->addWidget(createPreviewPane());
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({150, 550, 300});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ActionRole);
    m_save->setDefault(true);
    m_status = new QLabel(this);
    m_status->setObjectName(u"saveStatus"_s);
    connect(m_save, &QPushButton::clicked, this, &QuestionnaireEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QuestionnaireEditorDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(bottom);

    QSettings settings;
    settings.beginGroup(u"QuestionnaireEditor"_s);
    if (!restoreGeometry(settings.value(u"geometry"_s).toByteArray()))
        resize(1000, 650);
    m_splitter->restoreState(settings.value(u"splitter"_s).toByteArray());

    fillList(Questionnaire::builtinId());
    if (const std::optional<QuestionnaireTemplate> bant
        = QuestionnaireStore(m_db).get(Questionnaire::builtinId()))
        load(*bant);
    m_list->setFocus();
}

QWidget *QuestionnaireEditorDialog::createListPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Questionnaires:"), pane);
    m_list = new QListWidget(pane);
    m_list->setObjectName(u"templateList"_s);
    m_list->setAccessibleName(tr("Questionnaires"));
    label->setBuddy(m_list);
    m_newTemplate = new QPushButton(tr("New &template"), pane);
    m_archive = new QPushButton(tr("Arc&hive"), pane);
    m_archive->setObjectName(u"archiveTemplate"_s);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_newTemplate);
    layout->addWidget(m_archive);
    connect(m_list, &QListWidget::currentRowChanged, this, &QuestionnaireEditorDialog::listRowChanged);
    connect(m_newTemplate, &QPushButton::clicked, this, &QuestionnaireEditorDialog::newTemplate);
    connect(m_archive, &QPushButton::clicked, this, &QuestionnaireEditorDialog::toggleArchived);
    return pane;
}

QWidget *QuestionnaireEditorDialog::createEditPane()
{
    auto *pane = new QWidget(this);
    m_errors = new QLabel(pane);
    m_errors->setObjectName(u"validationErrors"_s);
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(problemBannerStyle());
    m_errors->hide();
    m_name = new QLineEdit(pane);
    m_name->setObjectName(u"templateName"_s);
    m_product = new QLineEdit(pane);
    m_product->setObjectName(u"templateProduct"_s);
    m_product->setPlaceholderText(tr("Leads interested in it get this questionnaire"));
    m_version = new QLabel(pane);
    m_version->setObjectName(u"templateVersion"_s);
    m_version->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Product or service:"), m_product);
    form->addRow(tr("Version:"), m_version);

    auto *fieldsLabel = new QLabel(tr("&Fields:"), pane);
    auto *hint = hintLabel(tr("Changing the fields saves a new version of the questionnaire: leads keep the "
                              "version they were answered under. The name and product are not versioned."),
        pane);
    hint->setObjectName(u"versionHint"_s);
    m_table = new QTableWidget(0, ColumnCount, pane);
    m_table->setObjectName(u"fieldsTable"_s);
    m_table->setAccessibleName(tr("Questions"));
    fieldsLabel->setBuddy(m_table);
    m_table->setHorizontalHeaderLabels(
        {tr("Key"), tr("Label"), tr("Type"), tr("Required"), tr("Help"), tr("Choices")});
    m_table->horizontalHeaderItem(KeyColumn)->setToolTip(
        tr("The answer's name on the lead: small letters a–z, digits and _. Renaming it "
           "leaves answers given earlier under the old name."));
    m_table->horizontalHeaderItem(ChoicesColumn)
        ->setToolTip(tr("For one-choice and several-choices fields: separated by commas, or one per line."));
    m_table->setItemDelegateForColumn(TypeColumn, new TypeDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    // Every column in view: the text ones share the width, their full text is in the tool tip.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RequiredColumn, QHeaderView::ResizeToContents);
    connect(m_table, &QTableWidget::cellChanged, this, &QuestionnaireEditorDialog::cellChanged);
    connect(m_table, &QTableWidget::currentCellChanged, this, &QuestionnaireEditorDialog::updateState);

    m_addField = new QPushButton(tr("&Add field"), pane);
    m_removeField = new QPushButton(tr("&Remove field"), pane);
    m_removeField->setObjectName(u"removeField"_s);
    m_moveUp = new QPushButton(tr("Move &up"), pane);
    m_moveDown = new QPushButton(tr("Move &down"), pane);
    connect(m_addField, &QPushButton::clicked, this, &QuestionnaireEditorDialog::addField);
    connect(m_removeField, &QPushButton::clicked, this, &QuestionnaireEditorDialog::removeField);
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveField(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveField(1); });
    auto *fieldButtons = new QHBoxLayout;
    for (QPushButton *button : {m_addField, m_removeField, m_moveUp, m_moveDown})
        fieldButtons->addWidget(button);
    fieldButtons->addStretch(1);

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_errors);
    layout->addLayout(form);
    layout->addWidget(fieldsLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(fieldButtons);
    layout->addWidget(hint);
    connect(m_name, &QLineEdit::textEdited, this, &QuestionnaireEditorDialog::updateState);
    connect(m_product, &QLineEdit::textEdited, this, &QuestionnaireEditorDialog::updateState);
    return pane;
}

QWidget *QuestionnaireEditorDialog::createPreviewPane()
{
    auto *box = new QGroupBox(tr("Preview"), this);
    auto *layout = new QVBoxLayout(box);
    auto *scroll = new QScrollArea(box);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_preview = new QuestionnaireForm(scroll);
    m_preview->setObjectName(u"questionnairePreview"_s);
    scroll->setWidget(m_preview);
    layout->addWidget(scroll);
    return box;
}

QString QuestionnaireEditorDialog::typeName(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return tr("Text");
    case FieldType::Number:
        return tr("Number");
    case FieldType::Money:
        return tr("Amount of money");
    case FieldType::Date:
        return tr("Date");
    case FieldType::YesNo:
        return tr("Yes or no");
    case FieldType::OneChoice:
        return tr("One choice");
    case FieldType::SeveralChoices:
        return tr("Several choices");
    }
    return tr("Text");
}

// --- The list of templates ------------------------------------------------------

void QuestionnaireEditorDialog::fillList(const QString &selectId)
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    m_list->clear();
    const QList<QuestionnaireTemplate> templates = QuestionnaireStore(m_db).templates(true);
    for (const QuestionnaireTemplate &tmpl : templates) {
        const QString name = Questionnaire::displayLabel(tmpl.name);
        auto *item = new QListWidgetItem(tmpl.archived ? tr("%1 (archived)").arg(name) : name, m_list);
        item->setData(TemplateIdRole, tmpl.id);
        if (tmpl.archived) {
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            item->setToolTip(tr("Archived: not offered for new leads; answers given under it still read."));
        } else if (tmpl.isBuiltin()) {
            item->setToolTip(tr("Built in: used when no other questionnaire fits the lead's interest."));
        }
    }
    selectRowOf(selectId);
}

void QuestionnaireEditorDialog::selectRowOf(const QString &templateId)
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    for (int row = 0; row < m_list->count(); ++row) {
        if (!templateId.isEmpty() && m_list->item(row)->data(TemplateIdRole).toString() == templateId) {
            m_list->setCurrentRow(row);
            return;
        }
    }
    m_list->setCurrentRow(-1);
}

void QuestionnaireEditorDialog::listRowChanged(int row)
{
    if (m_filling || row < 0)
        return;
    const QString id = m_list->item(row)->data(TemplateIdRole).toString();
    if (id != m_loaded.id && !selectTemplate(id))
        selectRowOf(m_loaded.id);
}

bool QuestionnaireEditorDialog::selectTemplate(const QString &templateId)
{
    if (templateId == m_loaded.id && !templateId.isEmpty()) {
        selectRowOf(templateId);
        return true;
    }
    if (!settleChanges())
        return false;
    const std::optional<QuestionnaireTemplate> tmpl = QuestionnaireStore(m_db).get(templateId);
    if (!tmpl)
        return false;
    selectRowOf(templateId);
    load(*tmpl);
    return true;
}

void QuestionnaireEditorDialog::newTemplate()
{
    if (!settleChanges())
        return;
    selectRowOf({});
    load(QuestionnaireTemplate());
    m_name->setFocus(Qt::OtherFocusReason);
}

void QuestionnaireEditorDialog::toggleArchived()
{
    if (m_loaded.id.isEmpty() || m_loaded.isBuiltin())
        return;
    clearErrors();
    try {
        QuestionnaireStore(m_db).setArchived(m_loaded.id, !m_loaded.archived);
    } catch (const StoreError &error) {
        showErrors({{QString(), error.message()}});
        return;
    }
    m_loaded.archived = !m_loaded.archived;
    fillList(m_loaded.id);
    m_status->setText(m_loaded.archived ? tr("Archived.") : tr("Unarchived."));
    updateState();
}

bool QuestionnaireEditorDialog::settleChanges()
{
    if (!isModified())
        return true;
    const QString name = m_name->text().trimmed();
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
        name.isEmpty() ? tr("Save the new questionnaire?") : tr("Save the changes to \"%1\"?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        load(m_loaded);
        return true;
    default:
        return false;
    }
}

// --- The template shown -----------------------------------------------------------

void QuestionnaireEditorDialog::load(const QuestionnaireTemplate &tmpl)
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    m_loaded = tmpl;
    m_name->setText(tmpl.name);
    m_product->setText(tmpl.product);
    m_table->setRowCount(0);
    for (const QuestionField &field : tmpl.fields) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        setRow(row, field, tmpl.isBuiltin() && isBantKey(field.key));
    }
    clearErrors();
    m_status->clear();
    m_preview->setFields(previewFields());
    updateState();
}

void QuestionnaireEditorDialog::setRow(int row, const QuestionField &field, bool locked)
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    auto *key = textItem(field.key);
    key->setData(LockedRole, locked);
    key->setData(AutoKeyRole, false);
    auto *type = textItem(typeName(field.type));
    type->setData(TypeRole, int(field.type));
    auto *required = textItem(QString());
    required->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    required->setCheckState(field.required ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, KeyColumn, key);
    m_table->setItem(row, LabelColumn, textItem(field.label));
    m_table->setItem(row, TypeColumn, type);
    m_table->setItem(row, RequiredColumn, required);
    m_table->setItem(row, HelpColumn, textItem(field.help));
    m_table->setItem(row, ChoicesColumn, textItem(choicesText(field.choices)));
    styleRow(row);
}

// Which cells of the row can be edited and how they look: built-in fields keep key, type
// and (timeframe) choices; choices only for choice types. Also clears error marks.
void QuestionnaireEditorDialog::styleRow(int row)
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    const bool locked = isLockedRow(row);
    const auto type = FieldType(m_table->item(row, TypeColumn)->data(TypeRole).toInt());
    const QString lockedTip = tr("A built-in BANT field: the lead score reads it, so its key, type and "
                                 "choices stay.");
    for (int column : {KeyColumn, LabelColumn, TypeColumn, HelpColumn, ChoicesColumn}) {
        QTableWidgetItem *item = m_table->item(row, column);
        const bool fixed = (locked && column != LabelColumn && column != HelpColumn)
            || (column == ChoicesColumn && !isChoiceType(type));
        item->setFlags(fixed ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable)
                             : (Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable));
        item->setForeground(fixed ? palette().brush(QPalette::Disabled, QPalette::Text) : QBrush());
        item->setBackground(QBrush());
        const bool longText = column == LabelColumn || column == HelpColumn || column == ChoicesColumn;
        item->setToolTip(locked && fixed ? lockedTip : longText ? item->text() : QString());
    }
    m_table->item(row, RequiredColumn)->setBackground(QBrush());
    if (!isChoiceType(type))
        m_table->item(row, ChoicesColumn)
            ->setToolTip(tr("Only one-choice and several-choices fields have choices."));
}

bool QuestionnaireEditorDialog::isLockedRow(int row) const
{
    const QTableWidgetItem *key = m_table->item(row, KeyColumn);
    return key && key->data(LockedRole).toBool();
}

QuestionField QuestionnaireEditorDialog::fieldAt(int row) const
{
    QuestionField field;
    field.key = m_table->item(row, KeyColumn)->text().trimmed();
    field.label = m_table->item(row, LabelColumn)->text().trimmed();
    field.type = FieldType(m_table->item(row, TypeColumn)->data(TypeRole).toInt());
    field.required = m_table->item(row, RequiredColumn)->checkState() == Qt::Checked;
    field.help = m_table->item(row, HelpColumn)->text().trimmed();
    if (isChoiceType(field.type))
        field.choices = parseChoices(m_table->item(row, ChoicesColumn)->text());
    return field;
}

QuestionnaireTemplate QuestionnaireEditorDialog::editedTemplate() const
{
    QuestionnaireTemplate tmpl = m_loaded;
    tmpl.name = m_name->text().trimmed();
    tmpl.product = m_product->text().trimmed();
    tmpl.fields.clear();
    for (int row = 0; row < m_table->rowCount(); ++row)
        tmpl.fields << fieldAt(row);
    return tmpl;
}

bool QuestionnaireEditorDialog::isModified() const
{
    const QuestionnaireTemplate edited = editedTemplate();
    return edited.name != m_loaded.name || edited.product != m_loaded.product
        || edited.fields != m_loaded.fields;
}

QList<QuestionField> QuestionnaireEditorDialog::previewFields() const
{
    QList<QuestionField> fields = editedTemplate().fields;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields.at(i).label.isEmpty())
            fields[i].label = tr("Field %1").arg(i + 1);
    }
    return fields;
}

void QuestionnaireEditorDialog::cellChanged(int row, int column)
{
    if (m_filling)
        return;
    QTableWidgetItem *key = m_table->item(row, KeyColumn);
    if (!key)
        return; // the row is still being filled in
    styleRow(row); // which cells edit, tool tips of the new text; clears the row's error marks
    if (column == KeyColumn) {
        const QScopedValueRollback<bool> filling(m_filling, true);
        key->setData(AutoKeyRole, false);
    }
    if (column == LabelColumn && key->data(AutoKeyRole).toBool()) {
        const QScopedValueRollback<bool> filling(m_filling, true);
        key->setText(uniqueKey(keyFromLabel(m_table->item(row, LabelColumn)->text()), row));
    }
    formEdited();
}

void QuestionnaireEditorDialog::formEdited()
{
    m_status->clear();
    m_preview->setFields(previewFields());
    updateState();
}

QString QuestionnaireEditorDialog::uniqueKey(const QString &wanted, int exceptRow) const
{
    const QString base = wanted.isEmpty() ? u"field"_s : wanted;
    const auto taken = [&](const QString &key) {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const QTableWidgetItem *item = m_table->item(row, KeyColumn);
            if (row != exceptRow && item && item->text().trimmed() == key)
                return true;
        }
        return false;
    };
    QString key = base;
    for (int n = 2; taken(key); ++n)
        key = u"%1_%2"_s.arg(base).arg(n);
    return key;
}

void QuestionnaireEditorDialog::updateState()
{
    const QuestionnaireTemplate edited = editedTemplate();
    const bool fieldsChanged = edited.fields != m_loaded.fields;
    if (m_loaded.id.isEmpty())
        m_version->setText(tr("New — saving writes version 1."));
    else if (fieldsChanged)
        m_version->setText(tr("Version %1 — saving writes version %2; answers given under earlier versions "
                              "keep them.")
                               .arg(m_loaded.version)
                               .arg(m_loaded.version + 1));
    else
        m_version->setText(
            tr("Version %1 — answers given under earlier versions keep them.").arg(m_loaded.version));
    const int row = m_table->currentRow();
    m_removeField->setEnabled(row >= 0 && !isLockedRow(row));
    m_removeField->setToolTip(
        row >= 0 && isLockedRow(row) ? tr("Built-in BANT fields cannot be removed.") : QString());
    m_moveUp->setEnabled(row > 0);
    m_moveDown->setEnabled(row >= 0 && row < m_table->rowCount() - 1);
    m_archive->setText(m_loaded.archived ? tr("Unarc&hive") : tr("Arc&hive"));
    m_archive->setEnabled(!m_loaded.id.isEmpty() && !m_loaded.isBuiltin());
    m_archive->setToolTip(m_loaded.isBuiltin()
            ? tr("BANT is used when no other questionnaire fits; it cannot be archived.")
            : QString());
    setWindowTitle(isModified() ? tr("Questionnaires — unsaved changes") : tr("Questionnaires"));
}

// --- Fields ----------------------------------------------------------------------

void QuestionnaireEditorDialog::addField()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    setRow(row, {uniqueKey(u"field"_s, row), QString(), FieldType::Text, false, QString(), {}}, false);
    {
        const QScopedValueRollback<bool> filling(m_filling, true);
        m_table->item(row, KeyColumn)->setData(AutoKeyRole, true);
    }
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->setCurrentCell(row, LabelColumn);
    m_table->editItem(m_table->item(row, LabelColumn));
    formEdited();
}

void QuestionnaireEditorDialog::removeField()
{
    const int row = m_table->currentRow();
    if (row < 0 || isLockedRow(row))
        return;
    m_table->removeRow(row);
    formEdited();
}

void QuestionnaireEditorDialog::moveField(int delta)
{
    const int row = m_table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    {
        const QScopedValueRollback<bool> filling(m_filling, true);
        for (int column = 0; column < ColumnCount; ++column) {
            QTableWidgetItem *moving = m_table->takeItem(row, column);
            QTableWidgetItem *other = m_table->takeItem(target, column);
            m_table->setItem(row, column, other);
            m_table->setItem(target, column, moving);
        }
    }
    m_table->setCurrentCell(target, std::max(0, m_table->currentColumn()));
    formEdited();
}

// --- Saving ----------------------------------------------------------------------

bool QuestionnaireEditorDialog::save()
{
    clearErrors();
    const QuestionnaireTemplate tmpl = editedTemplate();
    const FieldErrors errors = Questionnaire::validateTemplate(tmpl);
    if (!errors.isEmpty()) {
        showErrors(errors);
        return false;
    }
    const bool fieldsChanged = tmpl.fields != m_loaded.fields;
    QString id = tmpl.id;
    int version = 1;
    try {
        QuestionnaireStore store(m_db);
        if (id.isEmpty())
            id = store.create(tmpl);
        else
            version = store.save(tmpl);
    } catch (const StoreError &error) {
        showErrors({{QString(), error.message()}});
        return false;
    }
    fillList(id);
    if (const std::optional<QuestionnaireTemplate> saved = QuestionnaireStore(m_db).get(id))
        load(*saved);
    m_status->setText(
        tmpl.id.isEmpty() || fieldsChanged ? tr("Saved as version %1.").arg(version) : tr("Saved."));
    return true;
}

void QuestionnaireEditorDialog::showErrors(const FieldErrors &errors)
{
    QStringList lines;
    bool focused = false;
    for (const FieldError &error : errors) {
        lines << error.message;
        const QStringList parts = error.field.split(u'.');
        if (error.field == u"name") {
            m_name->setStyleSheet(tone::errorBorderStyle());
            m_name->setToolTip(error.message);
            if (!std::exchange(focused, true))
                m_name->setFocus(Qt::OtherFocusReason);
        } else if (parts.value(0) == u"fields" && parts.size() == 3) {
            const int row = parts.at(1).toInt();
            const int column = parts.at(2) == u"key" ? KeyColumn
                : parts.at(2) == u"label"            ? LabelColumn
                                                     : ChoicesColumn;
            if (QTableWidgetItem *item = m_table->item(row, column)) {
                const QScopedValueRollback<bool> filling(m_filling, true);
                item->setBackground(kErrorBackground);
                item->setToolTip(error.message);
                if (!std::exchange(focused, true)) {
                    // Current but not selected, so the mark stays visible.
                    m_table->setFocus(Qt::OtherFocusReason);
                    m_table->clearSelection();
                    m_table->selectionModel()->setCurrentIndex(
                        m_table->model()->index(row, column), QItemSelectionModel::NoUpdate);
                }
            }
        } else if (error.field == u"fields") {
            m_table->setStyleSheet(u"QTableWidget { %1 }"_s.arg(tone::errorBorderStyle()));
        }
    }
    m_errors->setText(lines.join(u'\n'));
    m_errors->setVisible(!lines.isEmpty());
}

void QuestionnaireEditorDialog::clearErrors()
{
    m_errors->hide();
    m_errors->clear();
    m_name->setStyleSheet({});
    m_name->setToolTip({});
    m_table->setStyleSheet({});
    for (int row = 0; row < m_table->rowCount(); ++row)
        styleRow(row);
}

// --- Closing -----------------------------------------------------------------------

void QuestionnaireEditorDialog::reject()
{
    if (settleChanges())
        QDialog::reject();
}

void QuestionnaireEditorDialog::done(int result)
{
    QSettings settings;
    settings.beginGroup(u"QuestionnaireEditor"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"splitter"_s, m_splitter->saveState());
    QDialog::done(result);
}

} // namespace loopline
