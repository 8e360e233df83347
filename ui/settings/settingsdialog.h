#pragma once

#include <QDialog>
#include <QPalette>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace loopline {

// Edit > Settings… (Ctrl+,): this computer's settings in one place. The language of the
// window (system, English, Russian, Ukrainian) and its look (the system's, light or dark),
// used from the next start, which the dialog offers to do at once; and the backups of a
// local database (folder, how many, how often).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // databasePath: the local database whose backups the defaults describe; empty on a server.
    explicit SettingsDialog(const QString &databasePath, QWidget *parent = nullptr);

    // The language chosen in the settings: "en", "ru", "uk", or empty for the system's.
    static QString language();
    static void setLanguage(const QString &language);
    // The language to start in: the command line's when given, else the settings'.
    static QString startupLanguage(const QString &commandLine);
    // The look: "light", "dark", or empty for the system's palette.
    static QString theme();
    static void setTheme(const QString &theme);
    // Sets the application's style and palette for the theme (the command line's when
    // given, else the settings'); the system's look is left alone. Before any window opens.
    // "system" (or nothing chosen) keeps the platform's look, except that a desktop which
    // prefers dark (desktopPrefersDark) gets the dark palette when the platform's is light.
    static void applyTheme(const QString &commandLine);
    static bool desktopPrefersDark();
    static QPalette darkPalette();

    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QLineEdit *backupFolder() const { return m_folder; }
    QSpinBox *backupKeep() const { return m_keep; }
    QSpinBox *backupHours() const { return m_hours; }
    // True when the accepted settings changed the language (a restart shows it).
    bool languageChanged() const { return m_languageChanged; }

    void accept() override;

private:
    QString m_databasePath;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QLabel *m_languageNote = nullptr;
    QLineEdit *m_folder = nullptr;
    QSpinBox *m_keep = nullptr;
    QSpinBox *m_hours = nullptr;
    bool m_languageChanged = false;
};

} // namespace loopline
