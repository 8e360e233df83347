#include "settingsdialog.h"

#include "backup/backupcontroller.h"
#include "store/backups.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {
const QString kLanguageKey = u"ui/language"_s;
const QStringList kLanguages = {u"en"_s, u"ru"_s, u"uk"_s};
} // namespace

QString SettingsDialog::language()
{
    const QString chosen = QSettings().value(kLanguageKey).toString();
    return kLanguages.contains(chosen) ? chosen : QString();
}

void SettingsDialog::setLanguage(const QString &language)
{
    QSettings settings;
    if (kLanguages.contains(language))
        settings.setValue(kLanguageKey, language);
    else
        settings.remove(kLanguageKey);
}

QString SettingsDialog::startupLanguage(const QString &commandLine)
{
    return commandLine.isEmpty() ? language() : commandLine;
}

SettingsDialog::SettingsDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);

    auto *general = new QGroupBox(tr("Window"), this);
    auto *generalForm = new QFormLayout(general);
    m_language = new QComboBox(general);
    // Each language is named in itself, so that anyone finds their own.
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Русский"_s, u"ru"_s);
    m_language->addItem(u"Українська"_s, u"uk"_s);
    m_language->setCurrentIndex(qMax(0, m_language->findData(language())));
    generalForm->addRow(tr("&Language:"), m_language);
    m_languageNote = new QLabel(tr("Loopline shows a new language when it starts again."), general);
    m_languageNote->setWordWrap(true);
    generalForm->addRow(QString(), m_languageNote);
    layout->addWidget(general);

    auto *backups = new QGroupBox(tr("Backups of the local database"), this);
    auto *backupForm = new QFormLayout(backups);
    const BackupController::Policy policy = BackupController::policy();
    auto *folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(QDir::toNativeSeparators(policy.folder), backups);
    m_folder->setPlaceholderText(databasePath.isEmpty()
            ? tr("\"backups\" beside the database")
            : QDir::toNativeSeparators(Backups::defaultFolder(databasePath)));
    m_folder->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), backups);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("&Folder:"), backups);
    folderLabel->setBuddy(m_folder);
    backupForm->addRow(folderLabel, folderRow);
    m_keep = new QSpinBox(backups);
    m_keep->setRange(1, 1000);
    m_keep->setValue(policy.keep);
    backupForm->addRow(tr("&Keep the newest:"), m_keep);
    m_hours = new QSpinBox(backups);
    m_hours->setRange(0, 24 * 30);
    m_hours->setValue(policy.hours);
    m_hours->setSpecialValueText(tr("Only when asked"));
    m_hours->setSuffix(tr(" h", "hours, abbreviated"));
    backupForm->addRow(tr("&Every:"), m_hours);
    auto *backupNote = new QLabel(
        tr("A backup is taken when Loopline starts or runs and the newest is older than this."), backups);
    backupNote->setWordWrap(true);
    backupForm->addRow(QString(), backupNote);
    layout->addWidget(backups);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString start = m_folder->text().isEmpty() ? m_folder->placeholderText() : m_folder->text();
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Backup Folder"), start);
        if (!chosen.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(chosen));
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    adjustSize();
}

void SettingsDialog::accept()
{
    const QString chosen = m_language->currentData().toString();
    m_languageChanged = chosen != language();
    setLanguage(chosen);
    BackupController::setPolicy(
        {QDir::fromNativeSeparators(m_folder->text().trimmed()), m_keep->value(), m_hours->value()});
    QDialog::accept();
}

} // namespace loopline
