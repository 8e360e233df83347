#include "segmentcombo.h"

#include "segments/segmentstore.h"
#include "store/database.h"

#include <QCompleter>
#include <QLineEdit>
#include <QSignalBlocker>

namespace loopline {

SegmentComboBox::SegmentComboBox(Database &db, QWidget *parent)
    : QComboBox(parent)
    , m_db(db)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    // As narrow as a line edit: a long segment name must not widen the form.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(8);
    lineEdit()->setPlaceholderText(tr("Choose a segment or type a new one"));
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setFilterMode(Qt::MatchContains);
    reload();
}

void SegmentComboBox::reload()
{
    const QString shown = currentText();
    const QSignalBlocker blocker(this);
    clear();
    addItem(QString()); // none
    addItems(SegmentStore(m_db).names());
    setSegment(shown);
}

void SegmentComboBox::setSegment(const QString &name)
{
    const QSignalBlocker blocker(this);
    const QString trimmed = name.trimmed();
    const int index = findText(trimmed, Qt::MatchExactly);
    if (index >= 0) {
        setCurrentIndex(index);
    } else {
        setCurrentIndex(-1);
        setEditText(trimmed);
    }
}

QString SegmentComboBox::segment() const
{
    return currentText().trimmed();
}

QString SegmentComboBox::ensureSegment() const
{
    return SegmentStore(m_db).ensure(segment());
}

} // namespace loopline
