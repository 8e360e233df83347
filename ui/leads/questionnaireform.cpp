#include "questionnaireform.h"

#include "common/banner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleValidator>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScopedValueRollback>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

// On combo box and list items: the stored value (a choice's text as stored, a bool for yes/no).
constexpr int ValueRole = Qt::UserRole;
// On input widgets: the help text, the tool tip to put back when an error is cleared.
constexpr const char *HelpProperty = "loopline_help";
constexpr int MaxListRows = 6;
// Money is entered in units and stored in minor units (cents).
constexpr double MinorPerUnit = 100.0;
constexpr double MaxMoney = 1e13;
// Narrower than this, labels go above their fields, so the fields keep a useful width.
constexpr int NarrowWidth = 420;
constexpr int RowSpacing = 10;

// Puts an & before the first letter not used by an earlier label of the form.
QString withMnemonic(const QString &text, QString &used)
{
    QString escaped = text;
    escaped.replace(u'&', u"&&"_s);
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        const QChar lower = escaped.at(i).toLower();
        if (!lower.isLetterOrNumber() || used.contains(lower))
            continue;
        used.append(lower);
        escaped.insert(i, u'&');
        return escaped;
    }
    return escaped;
}

std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = text.toDouble(&ok); // "1.5" typed in a locale with a decimal comma
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<qint64> parseMinorUnits(const QString &text)
{
    const std::optional<double> units = parseNumber(text);
    if (!units || std::fabs(*units) > MaxMoney)
        return std::nullopt;
    return qRound64(*units * MinorPerUnit);
}

QString numberText(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

QString moneyText(qint64 minor)
{
    return QLocale().toString(double(minor) / MinorPerUnit, 'f', 2);
}

// The locale's short date with a four-digit year, so no century is ever guessed.
QString dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}

QLabel *helpLabel(const QString &help, QWidget *parent)
{
    auto *label = new QLabel(help, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    return label;
}

QLineEdit *numberEdit(FieldType type, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    auto *validator
        = type == FieldType::Money ? new QDoubleValidator(0, MaxMoney, 2, edit) : new QDoubleValidator(edit);
    validator->setNotation(QDoubleValidator::StandardNotation);
    edit->setValidator(validator);
    if (type == FieldType::Money)
        edit->setPlaceholderText(QuestionnaireForm::tr("e.g. %1").arg(moneyText(150'000)));
    return edit;
}

QComboBox *choiceCombo(const QuestionField &field, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(QString());
    if (field.type == FieldType::YesNo) {
        combo->addItem(QuestionnaireForm::tr("Yes"), true);
        combo->addItem(QuestionnaireForm::tr("No"), false);
        return combo;
    }
    for (const QString &choice : field.choices)
        combo->addItem(Questionnaire::displayLabel(choice), choice);
    return combo;
}

QListWidget *choiceList(const QuestionField &field, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    for (const QString &choice : field.choices) {
        auto *item = new QListWidgetItem(Questionnaire::displayLabel(choice), list);
        item->setData(ValueRole, choice);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (list->count() > 0)
        list->setCurrentRow(0, QItemSelectionModel::NoUpdate); // Space ticks at once
    const int rows = std::clamp(int(list->count()), 1, MaxListRows);
    list->setFixedHeight(list->sizeHintForRow(0) * rows + 2 * list->frameWidth() + 2);
    return list;
}

// Sets the combo box to the item holding value, adding it when the choices no longer have it
// (an answer given under another version), so nothing is lost by showing it.
void selectValue(QComboBox *combo, const QVariant &value)
{
    if (!Questionnaire::isAnswered(value)) {
        combo->setCurrentIndex(0);
        return;
    }
    int index = combo->findData(value);
    if (index < 0 && value.typeId() == QMetaType::QString) {
        combo->addItem(value.toString(), value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(index, 0));
}

void checkValues(QListWidget *list, const QStringList &values)
{
    for (const QString &value : values) {
        bool listed = false;
        for (int i = 0; i < list->count(); ++i)
            listed = listed || list->item(i)->data(ValueRole).toString() == value;
        if (!listed) {
            auto *item = new QListWidgetItem(value, list);
            item->setData(ValueRole, value);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        }
    }
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        item->setCheckState(values.contains(item->data(ValueRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList checkedValues(const QListWidget *list)
{
    QStringList values;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            values << list->item(i)->data(ValueRole).toString();
    }
    return values;
}

QDate dateOf(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    return QDate::fromString(value.toString().trimmed(), Qt::ISODate);
}

void setTextAnswer(QLineEdit *edit, FieldType type, const QVariant &value)
{
    if (!Questionnaire::isAnswered(value)) {
        edit->clear();
        return;
    }
    bool ok = false;
    if (type == FieldType::Number && value.typeId() != QMetaType::QString) {
        const double number = value.toDouble(&ok);
        edit->setText(ok ? numberText(number) : value.toString());
    } else if (type == FieldType::Money && value.typeId() != QMetaType::QString) {
        const qint64 minor = value.toLongLong(&ok);
        edit->setText(ok ? moneyText(minor) : value.toString());
    } else {
        edit->setText(value.toString());
    }
    edit->setCursorPosition(0); // a long answer shows its beginning
}

// An answer the text cannot be read as is given back as typed, for validate() to name.
QVariant textAnswer(const QLineEdit *edit, FieldType type)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return {};
    if (type == FieldType::Number) {
        const std::optional<double> number = parseNumber(text);
        return number ? QVariant(*number) : QVariant(text);
    }
    if (type == FieldType::Money) {
        const std::optional<qint64> minor = parseMinorUnits(text);
        return minor ? QVariant(*minor) : QVariant(text);
    }
    return text;
}

// Puts the labels above their fields while the form is narrow (a side panel, the editor's preview).
class NarrowWrap : public QObject
{
public:
    explicit NarrowWrap(QWidget *form)
        : QObject(form)
    {
        form->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Resize)
            return false;
        auto *form = static_cast<QWidget *>(watched);
        const auto policy
            = form->width() < NarrowWidth ? QFormLayout::WrapAllRows : QFormLayout::WrapLongRows;
        const QList<QFormLayout *> layouts = form->findChildren<QFormLayout *>();
        for (QFormLayout *layout : layouts) {
            if (layout->rowWrapPolicy() != policy)
                layout->setRowWrapPolicy(policy);
        }
        return false;
    }
};

} // namespace

QuestionnaireForm::QuestionnaireForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_errors(new QLabel(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_errors->setObjectName(u"questionnaireErrors"_s);
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(problemBannerStyle());
    m_errors->hide();
    m_layout->addWidget(m_errors);
    m_layout->addStretch(1);
    new NarrowWrap(this);
    setFields({});
}

void QuestionnaireForm::setFields(const QList<QuestionField> &fields)
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    clearErrors();
    m_fields = fields;
    m_widgets.clear();
    m_dateKnown.clear();
    delete m_body;
    m_body = new QWidget(this);
    auto *form = new QFormLayout(m_body);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(width() < NarrowWidth ? QFormLayout::WrapAllRows : QFormLayout::WrapLongRows);
    form->setVerticalSpacing(RowSpacing);
    QString usedMnemonics;
    for (const QuestionField &field : fields)
        addRow(form, field, usedMnemonics);
    if (fields.isEmpty())
        form->addRow(new QLabel(tr("This questionnaire has no questions."), m_body));
    else if (std::any_of(fields.cbegin(), fields.cend(), [](const QuestionField &f) { return f.required; }))
        form->addRow(helpLabel(tr("Questions marked * must be answered."), m_body));
    m_layout->insertWidget(1, m_body);
    setTabOrderOfFields();
}

void QuestionnaireForm::addRow(QFormLayout *form, const QuestionField &field, QString &usedMnemonics)
{
    const QString text = Questionnaire::displayLabel(field.label);
    const QString help = Questionnaire::displayLabel(field.help);
    auto *label = new QLabel(
        (field.required ? tr("%1 *:") : tr("%1:")).arg(withMnemonic(text, usedMnemonics)), m_body);
    label->setToolTip(help);
    QWidget *fieldPart = createInput(field, m_body);
    QWidget *input = m_widgets.value(field.key);
    input->setObjectName(u"q_"_s + field.key);
    input->setProperty(HelpProperty, help);
    input->setToolTip(help);
    input->setAccessibleName(text);
    label->setBuddy(field.type == FieldType::Date ? m_dateKnown.value(field.key) : input);
    if (help.isEmpty()) {
        form->addRow(label, fieldPart);
        return;
    }
    auto *withHelp = new QVBoxLayout;
    withHelp->setSpacing(2);
    withHelp->addWidget(fieldPart);
    withHelp->addWidget(helpLabel(help, m_body));
    form->addRow(label, withHelp);
}

QWidget *QuestionnaireForm::createInput(const QuestionField &field, QWidget *parent)
{
    QWidget *input = nullptr;
    switch (field.type) {
    case FieldType::Text:
        input = new QLineEdit(parent);
        break;
    case FieldType::Number:
    case FieldType::Money:
        input = numberEdit(field.type, parent);
        break;
    case FieldType::Date:
        return createDateInput(field, parent);
    case FieldType::YesNo:
    case FieldType::OneChoice:
        input = choiceCombo(field, parent);
        break;
    case FieldType::SeveralChoices:
        input = choiceList(field, parent);
        break;
    }
    m_widgets.insert(field.key, input);
    watch(input);
    return input;
}

// A date is optional until ticked: "Known" then the date, with the calendar a click away.
QWidget *QuestionnaireForm::createDateInput(const QuestionField &field, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *known = new QCheckBox(tr("Known"), row);
    known->setObjectName(u"q_%1_known"_s.arg(field.key));
    auto *date = new QDateEdit(QDate::currentDate(), row);
    date->setCalendarPopup(true);
    date->setDisplayFormat(dateFormat());
    date->setEnabled(false);
    layout->addWidget(known);
    layout->addWidget(date, 1);
    connect(known, &QCheckBox::toggled, date, [this, known, date](bool checked) {
        date->setEnabled(checked);
        if (checked && known->hasFocus() && !m_filling)
            date->setFocus(Qt::TabFocusReason); // tick, then type the date
    });
    m_widgets.insert(field.key, date);
    m_dateKnown.insert(field.key, known);
    watch(known);
    watch(date);
    return row;
}

void QuestionnaireForm::watch(QWidget *input)
{
    if (auto *edit = qobject_cast<QLineEdit *>(input))
        connect(edit, &QLineEdit::textChanged, this, &QuestionnaireForm::userEdited);
    else if (auto *combo = qobject_cast<QComboBox *>(input))
        connect(combo, &QComboBox::currentIndexChanged, this, &QuestionnaireForm::userEdited);
    else if (auto *list = qobject_cast<QListWidget *>(input))
        connect(list, &QListWidget::itemChanged, this, &QuestionnaireForm::userEdited);
    else if (auto *check = qobject_cast<QCheckBox *>(input))
        connect(check, &QCheckBox::toggled, this, &QuestionnaireForm::userEdited);
    else if (auto *date = qobject_cast<QDateEdit *>(input))
        connect(date, &QDateEdit::dateChanged, this, &QuestionnaireForm::userEdited);
}

void QuestionnaireForm::userEdited()
{
    if (!m_filling)
        Q_EMIT edited();
}

void QuestionnaireForm::setTabOrderOfFields()
{
    QWidget *previous = nullptr;
    for (const QuestionField &field : std::as_const(m_fields)) {
        for (QWidget *widget :
            {static_cast<QWidget *>(m_dateKnown.value(field.key)), m_widgets.value(field.key)}) {
            if (!widget)
                continue;
            if (previous)
                setTabOrder(previous, widget);
            previous = widget;
        }
    }
}

void QuestionnaireForm::setAnswers(const QVariantMap &answers)
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    for (const QuestionField &field : std::as_const(m_fields))
        setAnswer(field, answers.value(field.key));
}

void QuestionnaireForm::setAnswer(const QuestionField &field, const QVariant &value)
{
    QWidget *input = m_widgets.value(field.key);
    if (auto *edit = qobject_cast<QLineEdit *>(input)) {
        setTextAnswer(edit, field.type, value);
    } else if (auto *combo = qobject_cast<QComboBox *>(input)) {
        while (combo->count() > (field.type == FieldType::YesNo ? 3 : field.choices.size() + 1))
            combo->removeItem(combo->count() - 1); // a value added for an earlier answer
        selectValue(
            combo, field.type == FieldType::YesNo && value.typeId() != QMetaType::Bool ? QVariant() : value);
    } else if (auto *list = qobject_cast<QListWidget *>(input)) {
        while (list->count() > field.choices.size())
            delete list->takeItem(list->count() - 1);
        checkValues(list, Questionnaire::isAnswered(value) ? value.toStringList() : QStringList());
    } else if (auto *date = qobject_cast<QDateEdit *>(input)) {
        const QDate given = dateOf(value);
        m_dateKnown.value(field.key)->setChecked(given.isValid());
        date->setDate(given.isValid() ? given : QDate::currentDate());
    }
}

QVariantMap QuestionnaireForm::answers() const
{
    QVariantMap result;
    for (const QuestionField &field : m_fields) {
        const QVariant value = answer(field);
        if (Questionnaire::isAnswered(value))
            result.insert(field.key, value);
    }
    return result;
}

QVariant QuestionnaireForm::answer(const QuestionField &field) const
{
    QWidget *input = m_widgets.value(field.key);
    if (auto *edit = qobject_cast<QLineEdit *>(input))
        return textAnswer(edit, field.type);
    if (auto *combo = qobject_cast<QComboBox *>(input))
        return combo->currentData();
    if (auto *list = qobject_cast<QListWidget *>(input))
        return checkedValues(list);
    if (auto *date = qobject_cast<QDateEdit *>(input))
        return m_dateKnown.value(field.key)->isChecked() ? QVariant(date->date()) : QVariant();
    return {};
}

void QuestionnaireForm::showErrors(const FieldErrors &errors)
{
    clearErrors();
    QStringList lines;
    for (const FieldError &error : errors) {
        lines << error.message;
        QWidget *widget = m_widgets.value(error.field.section(u'.', 0, 0));
        if (!widget)
            continue;
        widget->setProperty("invalid", true);
        widget->setStyleSheet(tone::errorBorderStyle());
        widget->setToolTip(error.message);
    }
    m_errors->setText(lines.join(u'\n'));
    m_errors->setVisible(!lines.isEmpty());
}

void QuestionnaireForm::clearErrors()
{
    m_errors->hide();
    m_errors->clear();
    for (QWidget *widget : std::as_const(m_widgets)) {
        if (!widget->property("invalid").toBool())
            continue;
        widget->setProperty("invalid", false);
        widget->setStyleSheet({});
        widget->setToolTip(widget->property(HelpProperty).toString());
    }
}

} // namespace loopline
