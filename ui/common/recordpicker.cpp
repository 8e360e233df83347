#include "recordpicker.h"

#include <QCompleter>
#include <QStandardItemModel>

namespace loopline {

RecordPicker::RecordPicker(Lookup lookup, QWidget *parent)
    : QLineEdit(parent)
    , m_lookup(std::move(lookup))
    , m_matches(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_matches, this))
{
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCompleter(m_completer);
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::textEdited, this, &RecordPicker::refreshCompletions);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        [this](const QModelIndex &index) {
            m_id = index.data(Qt::UserRole).toString();
            m_label = index.data(Qt::DisplayRole).toString();
            Q_EMIT recordChosen(m_id, m_label);
        });
}

void RecordPicker::refreshCompletions(const QString &text)
{
    if (text != m_label)
        m_id.clear();
    m_matches->clear();
    if (text.trimmed().isEmpty())
        return;
    const QList<QPair<QString, QString>> matches = m_lookup(text.trimmed());
    for (const auto &[id, label] : matches) {
        auto *item = new QStandardItem(label);
        item->setData(id, Qt::UserRole);
        m_matches->appendRow(item);
        // An exact (case-insensitive) match counts as chosen even without the popup.
        if (label.compare(text.trimmed(), Qt::CaseInsensitive) == 0 && m_id.isEmpty()) {
            m_id = id;
            m_label = label;
        }
    }
    m_completer->complete();
}

void RecordPicker::setRecord(const QString &id, const QString &label)
{
    m_id = id;
    m_label = label;
    setText(label);
}

QString RecordPicker::id() const
{
    return text().trimmed().isEmpty() ? QString() : m_id;
}

void RecordPicker::clearRecord()
{
    m_id.clear();
    m_label.clear();
    clear();
}

} // namespace loopline
