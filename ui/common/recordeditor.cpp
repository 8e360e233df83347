#include "recordeditor.h"

#include "common/banner.h"
#include "common/recordpicker.h"
#include "common/timelinewidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loopline {

RecordEditor::RecordEditor(Database &db, const QString &entity, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_entity(entity)
    , m_layout(new QVBoxLayout(this))
    , m_header(new QLabel(this))
    , m_errors(new QLabel(this))
    , m_timeline(new TimelineWidget(db, entity, this))
{
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.4);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_header->setWordWrap(true);
    m_errors->setObjectName(u"validationErrors"_s);
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(problemBannerStyle());
    m_errors->hide();
    m_layout->addWidget(m_header);
    m_layout->addWidget(m_errors);
}

void RecordEditor::watch(QWidget *field)
{
    auto touched = [this] {
        if (!m_loading)
            setModified(true);
    };
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        connect(edit, &QLineEdit::textEdited, this, touched);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
        connect(text, &QPlainTextEdit::textChanged, this, touched);
    else if (auto *combo = qobject_cast<QComboBox *>(field)) {
        connect(combo, &QComboBox::currentIndexChanged, this, touched);
        connect(combo, &QComboBox::editTextChanged, this, touched);
    } else if (auto *spin = qobject_cast<QSpinBox *>(field))
        connect(spin, &QSpinBox::valueChanged, this, touched);
    else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(field))
        connect(dspin, &QDoubleSpinBox::valueChanged, this, touched);
    else if (auto *check = qobject_cast<QCheckBox *>(field))
        connect(check, &QCheckBox::toggled, this, touched);
    else if (auto *date = qobject_cast<QDateEdit *>(field))
        connect(date, &QDateEdit::dateChanged, this, touched);
    else if (auto *table = qobject_cast<QTableWidget *>(field))
        connect(table, &QTableWidget::itemChanged, this, touched);
}

void RecordEditor::checkCompanyPicker(const RecordPicker *picker, FieldErrors &errors)
{
    const QString name = picker->text().trimmed();
    if (!name.isEmpty() && picker->id().isEmpty())
        errors.append({u"company"_s,
            tr("There is no company named \"%1\". Pick one from the list, or create it "
               "under Companies first.")
                .arg(name)});
}

void RecordEditor::setCurrent(const QString &id, const QDateTime &createdAt)
{
    m_id = id;
    m_editing = true;
    setFormEnabled(true);
    clearErrors();
    m_timeline->setRecord(id, createdAt);
    m_timeline->setVisible(!id.isEmpty());
}

void RecordEditor::clear()
{
    m_id.clear();
    m_editing = false;
    clearErrors();
    setFormEnabled(false);
    m_timeline->setRecord({});
    m_timeline->hide();
    setModified(false);
}

void RecordEditor::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

bool RecordEditor::save()
{
    if (!m_editing)
        return false;
    clearErrors();
    QString id = m_id;
    try {
        const FieldErrors errors = write(id);
        if (!errors.isEmpty()) {
            showErrors(errors);
            return false;
        }
    } catch (const StoreError &error) {
        showErrors({{QString(), error.message()}});
        return false;
    }
    m_id = id; // write() has shown the saved record again, timeline included
    setModified(false);
    Q_EMIT saved(id);
    return true;
}

void RecordEditor::showErrors(const FieldErrors &errors)
{
    QStringList lines;
    QWidget *first = nullptr;
    for (const FieldError &error : errors) {
        lines << error.message;
        QWidget *widget = m_fieldWidgets.value(error.field);
        if (!widget && error.field.contains(u'.'))
            widget = m_fieldWidgets.value(error.field.section(u'.', 0, 0));
        if (widget) {
            widget->setProperty("invalid", true);
            widget->setStyleSheet(tone::errorBorderStyle());
            widget->setToolTip(error.message);
            if (!first)
                first = widget;
        }
    }
    m_errors->setText(lines.join(u'\n'));
    m_errors->show();
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void RecordEditor::reportError(const QString &message)
{
    QMessageBox::warning(this, tr("Not done"), message);
}

void RecordEditor::clearErrors()
{
    m_errors->hide();
    m_errors->clear();
    for (QWidget *widget : std::as_const(m_fieldWidgets)) {
        if (widget->property("invalid").toBool()) {
            widget->setProperty("invalid", false);
            widget->setStyleSheet({});
            widget->setToolTip({});
        }
    }
}

} // namespace loopline
