#include "boothwindow.h"

#include "booth/badgeimage.h"
#include "booth/scandetector.h"
#include "common/banner.h"
#include "exchange/badgepayload.h"
#include "leads/leadstore.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QImageReader>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QShortcut>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

} // namespace

// ---------------------------------------------------------------- BoothStartDialog

BoothStartDialog::BoothStartDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Booth mode"));
    QSettings settings;
    m_event = new QComboBox;
    m_event->setEditable(true);
    m_event->addItems(BoothCapture::events(db));
    m_event->setCurrentText(settings.value(u"booth/event"_s, m_event->itemText(0)).toString());
    m_event->setToolTip(tr("The trade show or event the booth is at; a new name creates the event"));
    m_consentVersion = new QLineEdit(settings.value(u"booth/consentTextVersion"_s).toString());
    m_consentVersion->setPlaceholderText(tr("For example: booth-2026-11"));
    const auto *digits = new QRegularExpressionValidator(QRegularExpression(u"\\d{0,8}"_s), this);
    m_pin = new QLineEdit;
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setValidator(digits);
    m_pinAgain = new QLineEdit;
    m_pinAgain->setEchoMode(QLineEdit::Password);
    m_pinAgain->setValidator(digits);
    m_error = new QLabel;
    m_error->setStyleSheet(tone::textStyle(tone::error()));
    m_error->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Event:"), m_event);
    form->addRow(tr("Consent text &version:"), m_consentVersion);
    form->addRow(tr("&PIN to leave (4–8 digits):"), m_pin);
    form->addRow(tr("PIN &again:"), m_pinAgain);
    auto *intro = new QLabel(tr("Booth mode shows a full-screen form for capturing leads and nothing of the "
                                "database. Leads go to sales at once. Leaving it asks for the PIN."));
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString BoothStartDialog::event() const
{
    return m_event->currentText().trimmed();
}

QString BoothStartDialog::consentTextVersion() const
{
    return m_consentVersion->text().trimmed();
}

QString BoothStartDialog::pin() const
{
    return m_pin->text();
}

void BoothStartDialog::setEvent(const QString &event)
{
    m_event->setCurrentText(event);
}

void BoothStartDialog::setConsentTextVersion(const QString &version)
{
    m_consentVersion->setText(version);
}

void BoothStartDialog::setPin(const QString &pin)
{
    m_pin->setText(pin);
    m_pinAgain->setText(pin);
}

void BoothStartDialog::accept()
{
    QString problem;
    QWidget *focus = nullptr;
    if (event().isEmpty()) {
        problem = tr("Choose or type the event the booth is at.");
        focus = m_event;
    } else if (consentTextVersion().isEmpty()) {
        problem = tr("Enter the version of the consent text visitors are shown.");
        focus = m_consentVersion;
    } else if (m_pin->text().size() < 4) {
        problem = tr("Choose a PIN of 4 to 8 digits.");
        focus = m_pin;
    } else if (m_pin->text() != m_pinAgain->text()) {
        problem = tr("The two PINs differ.");
        focus = m_pinAgain;
    }
    if (problem.isEmpty()) {
        try {
            BoothCapture::ensureEvent(m_db, event());
        } catch (const StoreError &error) {
            problem = error.message();
            focus = m_event;
        }
    }
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        focus->setFocus();
        return;
    }
    QSettings settings;
    settings.setValue(u"booth/event"_s, event());
    settings.setValue(u"booth/consentTextVersion"_s, consentTextVersion());
    QDialog::accept();
}

// ---------------------------------------------------------------- BoothWindow

BoothWindow::BoothWindow(Database &db, const QString &event, const QString &consentTextVersion,
    const QString &pin, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_capture(std::make_unique<BoothCapture>(db, event, consentTextVersion))
    , m_pin(pin)
{
    setWindowTitle(tr("Loopline booth: %1").arg(event));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    setFont(big);

    auto *title = new QLabel(event);
    QFont titleFont = big;
    titleFont.setPointSizeF(big.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_counter = new QLabel;
    auto *badgeButton = new QPushButton(tr("Read &badge photo…"));
    badgeButton->setToolTip(tr("Read the QR code of a photo of a badge or business card (Ctrl+O)"));
    badgeButton->setFocusPolicy(Qt::NoFocus);
    connect(badgeButton, &QPushButton::clicked, this, &BoothWindow::openBadgeImage);
    auto *leaveButton = new QPushButton(tr("Lea&ve booth mode…"));
    leaveButton->setFocusPolicy(Qt::NoFocus);
    connect(leaveButton, &QPushButton::clicked, this, &BoothWindow::askToLeave);
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_counter);
    top->addSpacing(24);
    top->addWidget(badgeButton);
    top->addWidget(leaveButton);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    const QList<QPair<QString, QString>> fields
        = {{u"firstName"_s, tr("&First name:")}, {u"lastName"_s, tr("&Last name:")},
            {u"company"_s, tr("Co&mpany:")}, {u"jobTitle"_s, tr("&Job title:")}, {u"email"_s, tr("&Email:")},
            {u"phone"_s, tr("&Phone:")}, {u"interest"_s, tr("&Interested in:")}};
    for (const auto &[key, label] : fields) {
        auto *edit = new QLineEdit;
        edit->setObjectName(key);
        edit->setMinimumWidth(420);
        connect(edit, &QLineEdit::returnPressed, this, &BoothWindow::save);
        m_fields.insert(key, edit);
        form->addRow(label, edit);
        if (key == u"phone"_s) {
            m_duplicates = new QLabel;
            m_duplicates->setStyleSheet(tone::textStyle(tone::warning()));
            m_duplicates->setWordWrap(true);
            form->addRow(QString(), m_duplicates);
            m_form = form;
        }
    }
    m_fields.value(u"email"_s)->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_fields.value(u"phone"_s)->setInputMethodHints(Qt::ImhDialableCharactersOnly);

    m_hot = new QRadioButton(tr("Hot: ready to buy now (Alt+H)"));
    m_warm = new QRadioButton(tr("Warm: will buy soon (Alt+W)"));
    m_cold = new QRadioButton(tr("Cold: interested, no plans yet (Alt+C)"));
    m_warm->setChecked(true);
    auto *ratingGroup = new QButtonGroup(this);
    auto *rating = new QVBoxLayout; // one under the other: they stay whole in every language
    for (QRadioButton *b : {m_hot, m_warm, m_cold}) {
        ratingGroup->addButton(b);
        rating->addWidget(b);
    }
    form->addRow(tr("Rating:"), rating);
    // Mnemonics on the radios would clash with the field labels; these reach them from any field.
    const QList<QPair<Qt::Key, QRadioButton *>> ratingKeys
        = {{Qt::Key_H, m_hot}, {Qt::Key_W, m_warm}, {Qt::Key_C, m_cold}};
    for (const auto &[key, button] : ratingKeys) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | key), this);
        connect(shortcut, &QShortcut::activated, button, [button = button] { button->setChecked(true); });
    }

    m_notes = new QPlainTextEdit;
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_notes->setPlaceholderText(tr("What was talked about; Ctrl+Enter saves"));
    form->addRow(tr("&Notes:"), m_notes);
    m_consent
        = new QCheckBox(tr("Agrees to receive marketing e-mail (consent text %1)").arg(consentTextVersion));
    form->addRow(QString(), m_consent);

    auto *saveButton = new QPushButton(tr("&Save lead"));
    saveButton->setToolTip(tr("Enter in any field, or Ctrl+Enter"));
    saveButton->setDefault(true);
    connect(saveButton, &QPushButton::clicked, this, &BoothWindow::save);
    form->addRow(QString(), saveButton);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return),
             QKeySequence(Qt::CTRL | Qt::Key_Enter), QKeySequence(QKeySequence::Save)}) {
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &BoothWindow::save);
    }
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_O), this), &QShortcut::activated, this,
        &BoothWindow::openBadgeImage);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q), this), &QShortcut::activated, this,
        &BoothWindow::askToLeave);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));

    auto *card = new QFrame;
    card->setFrameShape(QFrame::StyledPanel);
    card->setMaximumWidth(1000);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->addLayout(form);
    cardLayout->addWidget(m_status);

    auto *center = new QHBoxLayout;
    center->addStretch(1);
    center->addWidget(card, 4);
    center->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addStretch(1);
    layout->addLayout(center);
    layout->addStretch(2);

    m_duplicateTimer = new QTimer(this);
    m_duplicateTimer->setSingleShot(true);
    m_duplicateTimer->setInterval(250);
    connect(m_duplicateTimer, &QTimer::timeout, this, &BoothWindow::checkDuplicates);
    for (const QString &key : {u"email"_s, u"phone"_s})
        connect(m_fields.value(key), &QLineEdit::textChanged, m_duplicateTimer, qOverload<>(&QTimer::start));

    m_scanner = new ScanDetector(this);
    connect(m_scanner, &ScanDetector::scanned, this, [this](const QString &payload) {
        if (!fillFromPayload(payload))
            showStatus(tr("The scan was not a badge this form can read."), true);
    });

    m_form->setRowVisible(m_duplicates, false);
    m_status->setText(tr("Scan a badge with the cursor in any field, or type; Enter saves the lead."));
    updateCounter();
    m_fields.value(u"firstName"_s)->setFocus();
}

BoothWindow::~BoothWindow() = default;

QLineEdit *BoothWindow::field(const QString &key) const
{
    return m_fields.value(key);
}

QRadioButton *BoothWindow::ratingButton(Temperature t) const
{
    return t == Temperature::Hot ? m_hot : t == Temperature::Warm ? m_warm : m_cold;
}

BoothEntry BoothWindow::entry() const
{
    BoothEntry e;
    e.firstName = m_fields.value(u"firstName"_s)->text();
    e.lastName = m_fields.value(u"lastName"_s)->text();
    e.company = m_fields.value(u"company"_s)->text();
    e.jobTitle = m_fields.value(u"jobTitle"_s)->text();
    e.email = m_fields.value(u"email"_s)->text();
    e.phone = m_fields.value(u"phone"_s)->text();
    e.interest = m_fields.value(u"interest"_s)->text();
    e.rating = m_hot->isChecked() ? Temperature::Hot
        : m_cold->isChecked()     ? Temperature::Cold
                                  : Temperature::Warm;
    e.notes = m_notes->toPlainText();
    e.consent = m_consent->isChecked();
    return e;
}

bool BoothWindow::save()
{
    if (m_scanner->isCapturing())
        return false;
    const BoothEntry e = entry();
    const FieldErrors errors = m_capture->check(e);
    if (!errors.isEmpty()) {
        showStatus(Validation::describe(errors), true);
        const QString key = errors.first().field;
        if (QLineEdit *edit = m_fields.value(key == u"lastName"_s ? u"firstName"_s : key))
            edit->setFocus();
        return false;
    }
    QString id;
    try {
        id = m_capture->save(e);
    } catch (const StoreError &error) {
        showStatus(tr("Not saved: %1").arg(error.message()), true);
        return false;
    }
    // Committed: only now does the form clear.
    const std::optional<Lead> lead = LeadStore(m_db).get(id);
    QString name = e.firstName.trimmed() + u' ' + e.lastName.trimmed();
    name = name.trimmed().isEmpty() ? e.email.trimmed() : name.trimmed();
    if (lead && !lead->owner.isEmpty())
        showStatus(tr("Saved: %1. Passed to %2 in sales.").arg(name, lead->owner), false);
    else
        showStatus(tr("Saved: %1. It waits for the next free sales rep.").arg(name), false);
    clearForm();
    updateCounter();
    return true;
}

void BoothWindow::clearForm()
{
    for (QLineEdit *edit : std::as_const(m_fields))
        edit->clear();
    m_notes->clear();
    m_consent->setChecked(false);
    m_warm->setChecked(true);
    m_duplicates->clear();
    m_form->setRowVisible(m_duplicates, false);
    m_fields.value(u"firstName"_s)->setFocus();
}

bool BoothWindow::fillFromPayload(const QString &payload)
{
    const std::optional<BadgeData> badge = parseBadgePayload(payload);
    if (!badge || badge->isEmpty())
        return false;
    const QList<QPair<QString, QString>> values = {{u"firstName"_s, badge->firstName},
        {u"lastName"_s, badge->lastName}, {u"company"_s, badge->company}, {u"jobTitle"_s, badge->jobTitle},
        {u"email"_s, badge->email}, {u"phone"_s, badge->phone}};
    for (const auto &[key, value] : values) {
        if (!value.trimmed().isEmpty())
            m_fields.value(key)->setText(value.trimmed());
    }
    QStringList extra;
    if (!badge->url.isEmpty())
        extra << badge->url;
    if (!badge->note.isEmpty())
        extra << badge->note;
    if (!extra.isEmpty())
        m_notes->setPlainText((m_notes->toPlainText().trimmed() + u'\n' + extra.join(u'\n')).trimmed());
    showStatus(tr("Badge read. Check the fields, rate the lead and save."), false);
    m_fields.value(u"interest"_s)->setFocus(); // what the badge cannot know comes next
    checkDuplicates();
    return true;
}

bool BoothWindow::readBadgeImage(const QString &fileName)
{
    QImageReader reader(fileName);
    reader.setAutoTransform(true); // phone photos are often stored rotated
    const QImage image = reader.read();
    if (image.isNull()) {
        showStatus(tr("Cannot read the picture %1: %2").arg(fileName, reader.errorString()), true);
        return false;
    }
    const QString text = badgeimage::decodeQr(image);
    if (text.isEmpty()) {
        showStatus(tr("No QR code was found in the picture."), true);
        return false;
    }
    if (!fillFromPayload(text)) {
        showStatus(tr("The QR code holds no contact details."), true);
        return false;
    }
    return true;
}

void BoothWindow::openBadgeImage()
{
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Read badge photo"), QString(), tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"));
    if (!fileName.isEmpty())
        readBadgeImage(fileName);
}

void BoothWindow::checkDuplicates()
{
    m_duplicateTimer->stop();
    DuplicateHint hint;
    try {
        hint = m_capture->possibleDuplicates(
            m_fields.value(u"email"_s)->text(), m_fields.value(u"phone"_s)->text());
    } catch (const StoreError &) {
        // A hint only; the save reports real problems.
    }
    m_form->setRowVisible(m_duplicates, hint.any());
    if (!hint.any()) {
        m_duplicates->clear();
        return;
    }
    m_duplicates->setText(tr("Possibly known already: %1 and %2 with this email or phone. Save anyway; sales "
                             "will see the match.")
                              .arg(tr("%n contact(s)", "", hint.contacts), tr("%n lead(s)", "", hint.leads)));
}

void BoothWindow::updateCounter()
{
    qint64 today = 0;
    try {
        today = m_capture->capturedToday();
    } catch (const StoreError &) {
    }
    m_counter->setText(tr("Captured today: %1").arg(QLocale().toString(today)));
}

void BoothWindow::showStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(tone::textStyle(error ? tone::error() : tone::ok()));
    m_status->setText(text);
}

bool BoothWindow::tryLeave(const QString &pin)
{
    if (pin != m_pin) {
        showStatus(tr("Wrong PIN; booth mode stays on."), true);
        return false;
    }
    m_leaving = true;
    close();
    Q_EMIT left();
    return true;
}

void BoothWindow::askToLeave()
{
    // Not a nested event loop: the booth keeps running (and saving) behind the question.
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Leave booth mode"));
    dialog->setLabelText(tr("PIN:"));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this, &BoothWindow::tryLeave);
    dialog->open();
}

void BoothWindow::closeEvent(QCloseEvent *event)
{
    if (m_leaving) {
        event->accept();
        return;
    }
    // Alt+F4 and the window manager's close button ask for the PIN too.
    event->ignore();
    QTimer::singleShot(0, this, &BoothWindow::askToLeave);
}

} // namespace loopline
