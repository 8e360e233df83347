#include "timelinewidget.h"

#include "icons.h"
#include "store/timelinestore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loopline {

TimelineWidget::TimelineWidget(Database &db, const QString &entity, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_entity(entity)
    , m_list(new QListWidget(this))
    , m_kind(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Log"), this))
{
    m_kind->setAccessibleName(tr("Kind of entry"));
    m_kind->addItem(tr("Note"), u"note"_s);
    m_kind->addItem(tr("Call"), u"call"_s);
    m_kind->addItem(tr("Meeting"), u"meeting"_s);
    m_kind->addItem(tr("E-mail"), u"email"_s);
    m_kind->setObjectName(u"timelineKind"_s);
    m_kind->setToolTip(tr("What to log: a note, a call, a meeting or an e-mail"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("<b>Timeline</b>"), this);
    layout->addWidget(title);
    auto *row = new QHBoxLayout;
    m_note->setPlaceholderText(tr("Write a note and press Enter…"));
    m_note->setObjectName(u"timelineNote"_s);
    m_note->setAccessibleName(tr("New timeline note"));
    row->addWidget(m_kind);
    row->addWidget(m_note, 1);
    row->addWidget(m_add);
    layout->addLayout(row);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setMinimumHeight(120);
    m_list->setObjectName(u"timelineList"_s);
    m_list->setAccessibleName(tr("Timeline"));
    layout->addWidget(m_list, 1);
    connect(m_note, &QLineEdit::returnPressed, this, &TimelineWidget::addNote);
    connect(m_add, &QPushButton::clicked, this, &TimelineWidget::addNote);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const QString kind = m_kind->currentData().toString();
        m_note->setPlaceholderText(kind == u"call" ? tr("What was said on the call, and what next…")
                : kind == u"meeting"               ? tr("Who met, what was agreed…")
                : kind == u"email"                 ? tr("What was sent or received…")
                                                   : tr("Write a note and press Enter…"));
    });
}

void TimelineWidget::setRecord(const QString &id, const QDateTime &createdAt)
{
    m_id = id;
    m_createdAt = createdAt;
    m_note->clear();
    refresh();
}

int TimelineWidget::entryCount() const
{
    return m_list->count();
}

void TimelineWidget::refresh()
{
    m_list->clear();
    if (m_id.isEmpty())
        return;
    const QLocale locale;
    QList<TimelineEntry> entries = TimelineStore(m_db).list(m_id);
    const bool hasCreated = std::any_of(entries.cbegin(), entries.cend(),
        [](const TimelineEntry &entry) { return entry.kind == "created"_L1; });
    if (!hasCreated && m_createdAt.isValid())
        entries.append({QString(), QString(), m_id, m_createdAt, QString(), u"created"_s, QString()});
    for (const TimelineEntry &entry : std::as_const(entries)) {
        QString kind;
        Icon icon = Icon::Changed;
        if (entry.kind == "note"_L1) {
            kind = tr("Note");
            icon = Icon::Note;
        } else if (entry.kind == "call"_L1) {
            kind = tr("Call");
            icon = Icon::Call;
        } else if (entry.kind == "meeting"_L1) {
            kind = tr("Meeting");
            icon = Icon::Meeting;
        } else if (entry.kind == "email"_L1) {
            kind = tr("E-mail");
            icon = Icon::Email;
        } else if (entry.kind == "created"_L1) {
            kind = tr("Created");
            icon = Icon::Created;
        } else if (entry.kind == "handoff"_L1) {
            kind = tr("Handed off");
            icon = Icon::Handoff;
        } else if (entry.kind == "converted"_L1) {
            kind = tr("Converted");
            icon = Icon::Converted;
        } else {
            kind = tr("Changed");
            icon = Icon::Changed;
        }
        QString header = locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat) + u" · "_s + kind;
        if (!entry.author.isEmpty())
            header += u" · "_s + entry.author;
        // A "created" entry's text ("Contact created") only repeats its kind, in the language
        // of whoever created the record: the translated kind says it.
        const QString body = entry.kind == "created"_L1 ? QString() : entry.body;
        auto *item
            = new QListWidgetItem(themedIcon(icon), body.isEmpty() ? header : header + u'\n' + body, m_list);
        item->setToolTip(body);
    }
    if (entries.isEmpty())
        new QListWidgetItem(tr("Nothing here yet."), m_list);
}

void TimelineWidget::addNote()
{
    if (m_id.isEmpty() || m_note->text().trimmed().isEmpty())
        return;
    try {
        TimelineStore(m_db).addActivity(m_entity, m_id, m_kind->currentData().toString(), m_note->text());
    } catch (const StoreError &error) {
        QMessageBox::warning(this, tr("Not logged"), error.message());
        return;
    }
    m_note->clear();
    refresh();
}

} // namespace loopline
