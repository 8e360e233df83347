#include "connectdialog.h"

#include "common/banner.h"
#include "connect/serverlogin.h"
#include "store/connectionproblem.h"
#include "store/database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loopline {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to the team server"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("e.g. crm.example.com"));
    form->addRow(tr("&Host:"), m_host);
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    form->addRow(tr("&Port:"), m_port);
    m_database = new QLineEdit(this);
    m_database->setPlaceholderText(tr("e.g. loopline"));
    form->addRow(tr("&Database:"), m_database);
    m_user = new QLineEdit(this);
    form->addRow(tr("&User:"), m_user);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Pass&word:"), m_password);
    m_remember = new QCheckBox(tr("&Remember the password in the system keychain"), this);
    form->addRow(QString(), m_remember);

    m_tls = new QComboBox(this);
    m_tls->addItem(tr("Off (only inside a trusted network)"), int(Tls::Off));
    m_tls->addItem(tr("Required (encrypted)"), int(Tls::Required));
    m_tls->addItem(tr("Required and verified against a CA certificate"), int(Tls::Verified));
    m_tls->setCurrentIndex(1);
    form->addRow(tr("&TLS:"), m_tls);
    auto *caRow = new QHBoxLayout;
    m_caFile = new QLineEdit(this);
    m_caFile->setPlaceholderText(tr("The CA certificate file (.crt, .pem)"));
    m_browseCa = new QPushButton(tr("&Browse…"), this);
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browseCa);
    auto *caLabel = new QLabel(tr("&CA file:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);

    m_offline = new QCheckBox(tr("Work &offline on this computer (a local replica that syncs)"), this);
    form->addRow(QString(), m_offline);
    m_replicaPath = new QLineEdit(this);
    m_replicaPath->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                               .filePath(u"team-replica.sqlite"_s));
    form->addRow(tr("Replica &file:"), m_replicaPath);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(tone::textStyle(tone::error()));
    m_error->setAccessibleName(tr("Connection problem"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Connect"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browseCa, &QPushButton::clicked, this, &ConnectDialog::chooseCaFile);
    for (QLineEdit *edit : {m_host, m_database, m_user, m_caFile, m_replicaPath})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateFields);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateFields);
    connect(m_offline, &QCheckBox::toggled, this, &ConnectDialog::updateFields);

    // The last server used, without its password.
    QString error;
    if (const auto last = ConnectionSpec::fromUrl(QSettings().value(u"connect/last"_s).toString(), &error))
        setSpec(*last);
    updateFields();
}

void ConnectDialog::setSpec(const ConnectionSpec &spec)
{
    m_host->setText(spec.host);
    m_port->setValue(spec.port);
    m_database->setText(spec.database);
    m_user->setText(spec.user);
    m_password->setText(spec.password);
    Tls tls = Tls::Off;
    QString ca;
    for (const QString &option : spec.options.split(u';', Qt::SkipEmptyParts)) {
        const QString key = option.section(u'=', 0, 0);
        const QString value = option.section(u'=', 1);
        if (key == "sslmode"_L1)
            tls = value == "verify-full"_L1 || value == "verify-ca"_L1                 ? Tls::Verified
                : value == "disable"_L1 || value == "allow"_L1 || value == "prefer"_L1 ? Tls::Off
                                                                                       : Tls::Required;
        else if (key == "sslrootcert"_L1)
            ca = value;
    }
    m_tls->setCurrentIndex(m_tls->findData(int(tls)));
    m_caFile->setText(ca);
    updateFields();
}

ConnectionSpec ConnectDialog::spec() const
{
    ConnectionSpec spec;
    spec.dialect = Dialect::Postgres;
    spec.host = m_host->text().trimmed();
    spec.port = m_port->value();
    spec.database = m_database->text().trimmed();
    spec.user = m_user->text().trimmed();
    spec.password = m_password->text();
    switch (Tls(m_tls->currentData().toInt())) {
    case Tls::Off:
        spec.options = u"sslmode=disable"_s;
        break;
    case Tls::Required:
        spec.options = u"sslmode=require"_s;
        break;
    case Tls::Verified:
        spec.options = u"sslmode=verify-full;sslrootcert="_s + m_caFile->text().trimmed();
        break;
    }
    return spec;
}

bool ConnectDialog::workOffline() const
{
    return m_offline->isChecked();
}

QString ConnectDialog::replicaPath() const
{
    return m_replicaPath->text().trimmed();
}

QString ConnectDialog::errorText() const
{
    return m_error->text();
}

void ConnectDialog::updateFields()
{
    const bool verified = Tls(m_tls->currentData().toInt()) == Tls::Verified;
    m_caFile->setEnabled(verified);
    m_browseCa->setEnabled(verified);
    m_replicaPath->setEnabled(m_offline->isChecked());
    m_ok->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
        && !m_user->text().trimmed().isEmpty() && (!verified || !m_caFile->text().trimmed().isEmpty())
        && (!m_offline->isChecked() || !m_replicaPath->text().trimmed().isEmpty()));
}

void ConnectDialog::chooseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("CA certificate"), m_caFile->text(), tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

bool ConnectDialog::tryConnect()
{
    const ConnectionSpec target = spec();
    m_error->clear();
    m_error->hide();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        std::unique_ptr<Database> db = Database::open(target);
        QApplication::restoreOverrideCursor();
    } catch (const StoreError &error) {
        QApplication::restoreOverrideCursor();
        m_error->setText(ConnectionProblem::explain(error, target));
        m_error->show();
        return false;
    }
    QSettings().setValue(u"connect/last"_s, target.toUrl());
    if (m_remember->isChecked() && !target.password.isEmpty()) {
        QString keychainError;
        if (!ServerLogin::writeKeychainPassword(target.displayName(), target.password, &keychainError)) {
            m_error->setText(tr("Connected, but there is no system keychain here (%1): the password will be "
                                "asked for each time.")
                                 .arg(keychainError));
            m_error->show();
        }
    }
    return true;
}

void ConnectDialog::accept()
{
    if (tryConnect())
        QDialog::accept();
}

} // namespace loopline
