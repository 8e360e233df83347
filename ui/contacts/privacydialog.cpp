#include "privacydialog.h"

#include "privacy/privacy.h"
#include "store/contactstore.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

// A file name from a person's name: letters, digits, spaces and dashes.
QString fileStem(const QString &name)
{
    QString stem;
    for (const QChar c : name)
        stem += c.isLetterOrNumber() || c == u' ' || c == u'-' ? c : u'_';
    stem = stem.simplified();
    return stem.isEmpty() ? u"contact"_s : stem;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("loopline::PrivacyDialog", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

PrivacyDialog::PrivacyDialog(Database &db, const QString &contactId, const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_contactId(contactId)
    , m_name(name)
{
    setWindowTitle(tr("Privacy: %1").arg(name));
    m_state = new QLabel;
    m_state->setWordWrap(true);
    m_history = new QTableWidget(0, 5);
    m_history->setHorizontalHeaderLabels(
        {tr("When"), tr("Consent"), tr("Source"), tr("Text version"), tr("By")});
    m_history->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_history->verticalHeader()->hide();
    m_history->setAccessibleName(tr("Consent history"));

    auto *give = new QPushButton(tr("Record consent &given…"));
    auto *withdraw = new QPushButton(tr("Record &withdrawal…"));
    auto *exportButton = new QPushButton(tr("E&xport personal data…"));
    exportButton->setToolTip(tr("Everything held about the person, as JSON and vCard, for a data request"));
    auto *erase = new QPushButton(tr("&Erase…"));
    erase->setToolTip(tr("Remove the person's data for good, as they asked; cannot be undone"));
    connect(give, &QPushButton::clicked, this, [this] { askToRecord(true); });
    connect(withdraw, &QPushButton::clicked, this, [this] { askToRecord(false); });
    connect(exportButton, &QPushButton::clicked, this, &PrivacyDialog::askToExport);
    connect(erase, &QPushButton::clicked, this, &PrivacyDialog::askToErase);
    auto *actions = new QHBoxLayout;
    actions->addWidget(give);
    actions->addWidget(withdraw);
    actions->addStretch(1);
    actions->addWidget(exportButton);
    actions->addWidget(erase);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_history, 1);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    resize(760, 420);
    reload();
}

void PrivacyDialog::reload()
{
    const QList<ConsentEvent> history = Privacy(m_db).consentHistory(m_contactId);
    m_history->setRowCount(int(history.size()));
    const QLocale locale;
    for (int i = 0; i < history.size(); ++i) {
        const ConsentEvent &e = history.at(i);
        m_history->setItem(i, 0, cell(locale.toString(e.at.toLocalTime(), QLocale::ShortFormat)));
        m_history->setItem(i, 1, cell(e.given ? tr("Given") : tr("Withdrawn")));
        m_history->setItem(i, 2, cell(e.source));
        m_history->setItem(i, 3, cell(e.textVersion));
        m_history->setItem(i, 4, cell(e.author));
    }
    m_history->resizeColumnToContents(0);
    const std::optional<Contact> contact = ContactStore(m_db).get(m_contactId);
    if (contact && contact->consent.given)
        m_state->setText(
            tr("%1 agreed to receive marketing (text %2).").arg(m_name, contact->consent.textVersion));
    else if (history.isEmpty())
        m_state->setText(tr("No consent has been recorded for %1: do not send them marketing.").arg(m_name));
    else
        m_state->setText(tr("%1 withdrew consent: do not send them marketing.").arg(m_name));
}

bool PrivacyDialog::recordConsent(
    bool given, const QString &source, const QString &textVersion, QString *error)
{
    try {
        Privacy(m_db).recordConsent(m_contactId, given, source, textVersion);
    } catch (const StoreError &e) {
        if (error)
            *error = e.message();
        return false;
    }
    reload();
    Q_EMIT consentChanged();
    return true;
}

void PrivacyDialog::askToRecord(bool given)
{
    bool ok = false;
    const QString source = QInputDialog::getText(this, given ? tr("Consent given") : tr("Consent withdrawn"),
        given ? tr("Where was it given (web form, booth, phone call)?") : tr("How was it withdrawn?"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    QString version;
    if (given) {
        version = QInputDialog::getText(this, tr("Consent given"),
            tr("Version of the consent text agreed to:"), QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
    }
    QString error;
    if (!recordConsent(given, source, version, &error))
        QMessageBox::warning(this, windowTitle(), error);
}

QStringList PrivacyDialog::exportTo(const QString &folder, QString *error)
{
    QByteArray json, vcard;
    try {
        Privacy privacy(m_db);
        json = privacy.exportJson(m_contactId);
        vcard = privacy.exportVCard(m_contactId);
    } catch (const StoreError &e) {
        if (error)
            *error = e.message();
        return {};
    }
    const QDir dir(folder);
    const QString stem = fileStem(m_name);
    const QString jsonPath = dir.filePath(stem + u".json"_s);
    const QString vcardPath = dir.filePath(stem + u".vcf"_s);
    if (!writeFile(jsonPath, json, error) || !writeFile(vcardPath, vcard, error))
        return {};
    return {jsonPath, vcardPath};
}

void PrivacyDialog::askToExport()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export personal data to"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return;
    QString error;
    const QStringList written = exportTo(folder, &error);
    if (written.isEmpty())
        QMessageBox::warning(this, windowTitle(), error);
    else
        QMessageBox::information(
            this, windowTitle(), tr("Written:\n%1").arg(QDir::toNativeSeparators(written.join(u'\n'))));
}

bool PrivacyDialog::eraseNow(const QString &reason, QString *error)
{
    try {
        Privacy(m_db).erase(m_contactId, reason);
    } catch (const StoreError &e) {
        if (error)
            *error = e.message();
        return false;
    }
    Q_EMIT erased();
    accept();
    return true;
}

void PrivacyDialog::askToErase()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Erase %1").arg(m_name),
        tr("Why is the data erased (for example, the date and way of the person's request)?"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    QMessageBox confirm(QMessageBox::Warning, tr("Erase %1").arg(m_name),
        tr("Erase everything personal about %1: the contact, their emails, phones, consent history and "
           "timeline, and the personal fields of their leads? Deals stay, without them. This cannot be "
           "undone, and it holds on every copy of the database.")
            .arg(m_name),
        QMessageBox::Cancel, this);
    QPushButton *eraseButton = confirm.addButton(tr("Erase"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != eraseButton)
        return;
    QString error;
    if (!eraseNow(reason, &error))
        QMessageBox::warning(this, windowTitle(), error);
}

} // namespace loopline
