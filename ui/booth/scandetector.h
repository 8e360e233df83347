#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace loopline {

// Recognises a badge scanner that types like a keyboard, in whatever field of a
// window has the focus. A scanner types much faster than a person; when a fast burst
// of keys begins like a badge payload (BEGIN:VCARD, MECARD:, http:// or https://),
// the keys already typed are taken back out of the field, the rest of the scan is
// collected instead of reaching the fields (its line breaks would otherwise press
// Save), and scanned() delivers the whole payload.
class ScanDetector : public QObject
{
    Q_OBJECT

public:
    // Watches key presses for widgets inside root.
    explicit ScanDetector(QWidget *root);
    ~ScanDetector() override;

    // Keys further apart than this (ms) are a person typing.
    static constexpr int kBurstGapMs = 60;
    // A scan that stops without its end marker is delivered after this pause (ms).
    static constexpr int kIdleMs = 300;

    bool isCapturing() const { return m_capturing; }

Q_SIGNALS:
    void scanned(const QString &payload);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finish();
    bool complete() const;
    static bool startsPayload(const QString &burst);

    QWidget *m_root;
    QElapsedTimer m_clock;
    qint64 m_lastKeyAt = -1000000;
    qint64 m_swallowEnterUntil = -1;
    QString m_burst;
    QString m_payload;
    bool m_capturing = false;
    QTimer m_idle;
};

} // namespace loopline
