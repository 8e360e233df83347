#include "settingsdialog.h"

#include "backup/backupcontroller.h"
#include "common/banner.h"
#include "common/contraststyle.h"
#include "store/backups.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {
const QString kLanguageKey = u"ui/language"_s;
const QString kThemeKey = u"ui/theme"_s;
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

QString SettingsDialog::theme()
{
    const QString chosen = QSettings().value(kThemeKey).toString();
    return chosen == "light"_L1 || chosen == "dark"_L1 ? chosen : QString();
}

void SettingsDialog::setTheme(const QString &theme)
{
    QSettings settings;
    if (theme == "light"_L1 || theme == "dark"_L1)
        settings.setValue(kThemeKey, theme);
    else
        settings.remove(kThemeKey);
}

QPalette SettingsDialog::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x20, 0x22);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabled(0x80, 0x86, 0x8b);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x40, 0x43));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x51));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x40, 0x43));
    p.setColor(QPalette::Mid, QColor(0x5f, 0x63, 0x68));
    p.setColor(QPalette::Dark, QColor(0x17, 0x18, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3b, 0x6e, 0xd1));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (const QPalette::ColorRole role :
        {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x51));
    return p;
}

bool SettingsDialog::desktopPrefersDark()
{
    // GTK desktops name a dark theme "Name:dark" in GTK_THEME, or say so in GNOME's
    // color-scheme setting; Qt 6.4 reads neither on Linux.
    const QString gtkTheme = qEnvironmentVariable("GTK_THEME");
    if (!gtkTheme.isEmpty())
        return gtkTheme.endsWith(":dark"_L1, Qt::CaseInsensitive);
    const QString gsettings = QStandardPaths::findExecutable(u"gsettings"_s);
    if (gsettings.isEmpty())
        return false;
    QProcess process;
    process.start(gsettings, {u"get"_s, u"org.gnome.desktop.interface"_s, u"color-scheme"_s});
    if (!process.waitForFinished(1000)) {
        process.kill();
        process.waitForFinished();
        return false;
    }
    return process.exitCode() == 0 && process.readAllStandardOutput().contains("prefer-dark");
}

void SettingsDialog::applyTheme(const QString &commandLine)
{
    QString chosen = commandLine.isEmpty() ? theme() : commandLine;
    if (chosen != "light"_L1 && chosen != "dark"_L1) { // the system's look
        if (tone::isDark() || !desktopPrefersDark())
            return; // the platform's own style and palette, light or dark as it gives them
        chosen = u"dark"_s; // a dark desktop the platform theme does not pass on to Qt
    }
    QApplication::setStyle(new ContrastStyle(QStyleFactory::create(u"Fusion"_s)));
    QApplication::setPalette(chosen == "dark"_L1 ? darkPalette() : QApplication::style()->standardPalette());
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
    m_theme = new QComboBox(general);
    m_theme->addItem(tr("As the system"), QString());
    m_theme->addItem(tr("Light"), u"light"_s);
    m_theme->addItem(tr("Dark"), u"dark"_s);
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(theme())));
    generalForm->addRow(tr("L&ook:"), m_theme);
    m_languageNote = new QLabel(tr("Loopline shows a new language or look when it starts again."), general);
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
    const QString look = m_theme->currentData().toString();
    m_languageChanged = chosen != language() || look != theme();
    setLanguage(chosen);
    setTheme(look);
    BackupController::setPolicy(
        {QDir::fromNativeSeparators(m_folder->text().trimmed()), m_keep->value(), m_hours->value()});
    QDialog::accept();
}

} // namespace loopline
