#pragma once

#include <QComboBox>

namespace loopline {

class Database;

// The segment field of the lead, contact, deal and collateral forms: an editable combo of the
// active segments. Pick one, or type a name; a name that is not a segment yet becomes one
// when the form is saved (ensureSegment()), so a rep is never stopped by a missing segment
// and the segment list stays the one place the names come from.
class SegmentComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit SegmentComboBox(Database &db, QWidget *parent = nullptr);

    // Re-reads the active segments, keeping what is shown.
    void reload();
    // Shows a record's segment, even an archived or unknown one.
    void setSegment(const QString &name);
    // What is typed, trimmed; empty for none.
    QString segment() const;
    // The stored name of the segment typed, creating the segment when there is none by that
    // name (ignoring case); empty for none. Call it inside the form's save transaction.
    // Throws StoreError.
    QString ensureSegment() const;

private:
    Database &m_db;
};

} // namespace loopline
