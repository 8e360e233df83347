#pragma once

#include "booth/boothcapture.h"

#include <QDialog>
#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QTimer;

namespace loopline {

class ScanDetector;

// Asks what a booth session needs before it starts: the event, the version of the
// consent text visitors are shown, and the PIN that leaving booth mode will ask for.
class BoothStartDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BoothStartDialog(Database &db, QWidget *parent = nullptr);
    QString event() const;
    QString consentTextVersion() const;
    QString pin() const;
    void setEvent(const QString &event);
    void setConsentTextVersion(const QString &version);
    void setPin(const QString &pin);
    void accept() override;

private:
    Database &m_db;
    QComboBox *m_event;
    QLineEdit *m_consentVersion;
    QLineEdit *m_pin;
    QLineEdit *m_pinAgain;
    QLabel *m_error;
};

// The full-screen capture form of booth mode. Keyboard only from the first field to
// Saved (Enter saves from any field; Alt+H/W/C rate; Ctrl+O reads a badge photo); a
// badge scanner typing into any field fills the form; each lead is committed before
// the form clears; possible duplicates are shown as counts only, since booth staff see
// nothing of the database; leaving needs the PIN.
class BoothWindow : public QWidget
{
    Q_OBJECT

public:
    BoothWindow(Database &db, const QString &event, const QString &consentTextVersion, const QString &pin,
        QWidget *parent = nullptr);
    ~BoothWindow() override;

    // Field widgets by key: firstName, lastName, company, jobTitle, email, phone, interest.
    QLineEdit *field(const QString &key) const;
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QCheckBox *consentBox() const { return m_consent; }
    QRadioButton *ratingButton(Temperature t) const;
    QLabel *statusLabel() const { return m_status; }
    QLabel *duplicateLabel() const { return m_duplicates; }
    QLabel *counterLabel() const { return m_counter; }
    ScanDetector *scanDetector() const { return m_scanner; }

    BoothEntry entry() const;
    // Saves the form as a lead; clears it and returns true once committed.
    bool save();
    // Fills the form from a scanned or decoded badge; false when it names nobody.
    bool fillFromPayload(const QString &payload);
    // Reads the QR code of a picture file (a photo of a badge or a card).
    bool readBadgeImage(const QString &fileName);
    // Leaves booth mode when the PIN is right.
    bool tryLeave(const QString &pin);
    // Refreshes the duplicate hint now instead of after the typing pause.
    void checkDuplicates();

Q_SIGNALS:
    // The right PIN was given: booth mode is over.
    void left();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void askToLeave();
    void openBadgeImage();
    void clearForm();
    void updateCounter();
    void showStatus(const QString &text, bool error);

    Database &m_db;
    std::unique_ptr<BoothCapture> m_capture;
    QString m_pin;
    bool m_leaving = false;
    QHash<QString, QLineEdit *> m_fields;
    QRadioButton *m_hot;
    QRadioButton *m_warm;
    QRadioButton *m_cold;
    QPlainTextEdit *m_notes;
    QCheckBox *m_consent;
    QLabel *m_status;
    QLabel *m_duplicates;
    QFormLayout *m_form = nullptr;
    QLabel *m_counter;
    QTimer *m_duplicateTimer;
    ScanDetector *m_scanner;
};

} // namespace loopline
