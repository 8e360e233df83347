#include "scandetector.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

const QStringList kPrefixes = {u"BEGIN:VCARD"_s, u"MECARD:"_s, u"HTTP://"_s, u"HTTPS://"_s};

// Takes the last n characters typed back out of a text field.
void eraseTyped(QWidget *widget, qsizetype n)
{
    if (auto *line = qobject_cast<QLineEdit *>(widget)) {
        for (qsizetype i = 0; i < n; ++i)
            line->backspace();
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(widget)) {
        QTextCursor cursor = text->textCursor();
        for (qsizetype i = 0; i < n; ++i)
            cursor.deletePreviousChar();
        text->setTextCursor(cursor);
    }
}

} // namespace

ScanDetector::ScanDetector(QWidget *root)
    : QObject(root)
    , m_root(root)
{
    m_clock.start();
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleMs);
    connect(&m_idle, &QTimer::timeout, this, &ScanDetector::finish);
    qApp->installEventFilter(this);
}

ScanDetector::~ScanDetector()
{
    qApp->removeEventFilter(this);
}

bool ScanDetector::startsPayload(const QString &burst)
{
    const QString upper = burst.trimmed().toUpper();
    return std::any_of(kPrefixes.cbegin(), kPrefixes.cend(), [&](const QString &p) { return upper == p; });
}

bool ScanDetector::complete() const
{
    const QString upper = m_payload.toUpper();
    if (upper.trimmed().startsWith(u"BEGIN:VCARD"_s))
        return upper.contains(u"END:VCARD"_s);
    if (upper.trimmed().startsWith(u"MECARD:"_s))
        return m_payload.endsWith(u";;"_s);
    return m_payload.endsWith(u'\n'); // a URL ends with the scanner's Enter
}

bool ScanDetector::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    // The application sees a key once for the focus widget and again for each parent
    // it propagates to; only the first counts.
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget != QApplication::focusWidget()
        || !(widget == m_root || m_root->isAncestorOf(widget)))
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const qint64 now = m_clock.elapsed();
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;

    if (m_capturing) {
        if (enter || key->key() == Qt::Key_Tab)
            m_payload += enter ? u'\n' : u'\t';
        else
            m_payload += key->text();
        m_lastKeyAt = now;
        if (complete())
            finish();
        else
            m_idle.start();
        return true;
    }
    if (enter && now <= m_swallowEnterUntil) {
        m_swallowEnterUntil = -1; // the scanner's own Enter after the payload
        return true;
    }
    const QString text = key->text();
    if (text.isEmpty() || !text.at(0).isPrint())
        return false;
    if (now - m_lastKeyAt > kBurstGapMs)
        m_burst.clear();
    m_lastKeyAt = now;
    m_burst += text;
    if (m_burst.size() > 16)
        m_burst = m_burst.right(16);
    if (!startsPayload(m_burst))
        return false;
    // The prefix but its last key reached the field: take it back.
    eraseTyped(widget, m_burst.trimmed().size() - text.size());
    m_capturing = true;
    m_payload = m_burst.trimmed();
    m_burst.clear();
    m_idle.start();
    return true;
}

void ScanDetector::finish()
{
    m_idle.stop();
    if (!m_capturing)
        return;
    m_capturing = false;
    m_swallowEnterUntil = m_clock.elapsed() + 4 * kBurstGapMs;
    const QString payload = m_payload;
    m_payload.clear();
    Q_EMIT scanned(payload);
}

} // namespace loopline
