#include "serverlogin.h"

#include "common/banner.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

const QString kKeychainService = u"Loopline"_s;

bool isAuthenticationError(const StoreError &error)
{
    const QString details = error.details();
    return details.contains("password"_L1, Qt::CaseInsensitive)
        || details.contains("authentication"_L1, Qt::CaseInsensitive);
}

} // namespace

namespace {

// Runs a keychain job to its end (they are asynchronous; a missing D-Bus session
// fails within milliseconds rather than hanging). Returns false with the reason.
bool runKeychainJob(QKeychain::Job &job, const QString &key, QString *error)
{
    job.setAutoDelete(false);
    job.setKey(key);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() == QKeychain::NoError)
        return true;
    if (error)
        *error = job.errorString();
    return false;
}

} // namespace

QString ServerLogin::readKeychainPassword(const QString &key, QString *error)
{
    QKeychain::ReadPasswordJob job(kKeychainService);
    return runKeychainJob(job, key, error) ? job.textData() : QString();
}

bool ServerLogin::writeKeychainPassword(const QString &key, const QString &password, QString *error)
{
    QKeychain::WritePasswordJob job(kKeychainService);
    job.setTextData(password);
    return runKeychainJob(job, key, error);
}

std::unique_ptr<Database> ServerLogin::open(ConnectionSpec spec, QWidget *parent)
{
    const QString key = spec.displayName();
    if (!spec.password.isEmpty())
        return Database::open(spec);
    try {
        return Database::open(spec);
    } catch (const StoreError &error) {
        if (!isAuthenticationError(error))
            throw;
    }
    const QString stored = readKeychainPassword(key);
    if (!stored.isEmpty()) {
        spec.password = stored;
        try {
            return Database::open(spec);
        } catch (const StoreError &error) {
            if (!isAuthenticationError(error))
                throw;
        }
    }
    QString problem;
    for (int attempt = 0; attempt < 3; ++attempt) {
        QDialog dialog(parent);
        dialog.setWindowTitle(tr("Connect to the team server"));
        auto *layout = new QFormLayout(&dialog);
        auto *intro = new QLabel(tr("Password for <b>%1</b>:").arg(key.toHtmlEscaped()), &dialog);
        layout->addRow(intro);
        if (!problem.isEmpty()) {
            auto *err = new QLabel(problem, &dialog);
            err->setStyleSheet(tone::textStyle(tone::error()));
            err->setWordWrap(true);
            layout->addRow(err);
        }
        auto *password = new QLineEdit(&dialog);
        password->setEchoMode(QLineEdit::Password);
        layout->addRow(tr("&Password:"), password);
        auto *remember = new QCheckBox(tr("&Remember in the system keychain"), &dialog);
        layout->addRow(remember);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        layout->addRow(buttons);
        QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        if (dialog.exec() != QDialog::Accepted)
            throw StoreError(tr("Connection to %1 cancelled.").arg(key));
        spec.password = password->text();
        try {
            std::unique_ptr<Database> db = Database::open(spec);
            QString keychainError;
            if (remember->isChecked() && !writeKeychainPassword(key, spec.password, &keychainError))
                qWarning("Could not store the password in the keychain: %s", qPrintable(keychainError));
            return db;
        } catch (const StoreError &error) {
            if (!isAuthenticationError(error))
                throw;
            problem = tr("The server did not accept that password. Try again.");
        }
    }
    throw StoreError(tr("The server did not accept the password for %1.").arg(key));
}

} // namespace loopline
