#pragma once

#include "store/connectionspec.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace loopline {

// Connects to a team server: host, port, database, user, password and TLS mode (off,
// required, or verified against a CA file). The password goes to the system keychain
// when asked, never to a settings file. OK tries the connection first and explains a
// failure (wrong password, server down, TLS, no such database, schema too old or new).
// "Work offline on this computer" makes a local replica of the team database.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Tls { Off, Required, Verified };

    explicit ConnectDialog(QWidget *parent = nullptr);

    void setSpec(const ConnectionSpec &spec);
    // What the fields say, with the password.
    ConnectionSpec spec() const;
    bool workOffline() const;
    QString replicaPath() const;
    // The problem of the last attempt, in words; empty after a success.
    QString errorText() const;
    // Tries the connection with what the fields say; on success stores the password in
    // the keychain if asked to and returns true.
    bool tryConnect();

    void accept() override;

private:
    void updateFields();
    void chooseCaFile();

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QComboBox *m_tls = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_browseCa = nullptr;
    QCheckBox *m_offline = nullptr;
    QLineEdit *m_replicaPath = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace loopline
