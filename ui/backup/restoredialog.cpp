#include "restoredialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loopline {

QString describeContents(const FileCheck &checked)
{
    return RestoreDialog::tr("%n contact(s)", nullptr, int(checked.contacts)) + u", "_s
        + RestoreDialog::tr("%n company(ies)", nullptr, int(checked.companies)) + u", "_s
        + RestoreDialog::tr("%n deal(s)", nullptr, int(checked.deals)) + u", "_s
        + RestoreDialog::tr("%n lead(s)", nullptr, int(checked.leads));
}

RestoreDialog::RestoreDialog(const Backups &backups, const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
{
    setWindowTitle(tr("Restore from a Backup"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Backups of %1 in %2:")
            .arg(QDir::toNativeSeparators(databasePath), QDir::toNativeSeparators(backups.folder())),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Backups"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Taken"), tr("Size")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    const QLocale locale;
    for (const BackupInfo &backup : backups.list()) {
        auto *item = new QTreeWidgetItem(m_list,
            {locale.toString(backup.at.date(), QLocale::LongFormat) + u"  "_s
                    + locale.toString(backup.at.time(), QLocale::ShortFormat),
                locale.formattedDataSize(backup.bytes)});
        item->setData(0, Qt::UserRole, backup.path);
        item->setToolTip(0, QDir::toNativeSeparators(backup.path));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    layout->addWidget(m_list, 1);
    if (m_list->topLevelItemCount() == 0) {
        m_list->hide();
        intro->setText(
            tr("There are no backups of %1 in %2 yet. File → Back Up Now makes one; "
               "\"Other file…\" restores a copy kept elsewhere.")
                .arg(QDir::toNativeSeparators(databasePath), QDir::toNativeSeparators(backups.folder())));
    }

    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setEnabled(false);
    m_restore->setDefault(true);
    QPushButton *other = buttons->addButton(tr("&Other file…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &RestoreDialog::showSelected);
    connect(other, &QPushButton::clicked, this, &RestoreDialog::chooseOtherFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (!m_checked.ok || !confirm(this, m_checkedPath, m_checked, m_databasePath))
            return;
        m_chosen = m_checkedPath;
        accept();
    });
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    resize(560, 380);
}

void RestoreDialog::showSelected()
{
    if (QTreeWidgetItem *item = m_list->currentItem())
        select(item->data(0, Qt::UserRole).toString());
}

void RestoreDialog::select(const QString &path)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const FileCheck checked = Backups::check(path);
    QGuiApplication::restoreOverrideCursor();
    m_checkedPath = path;
    m_checked = checked;
    m_details->setText(checked.ok ? tr("Checked, sound: %1.").arg(describeContents(checked))
                                  : tr("Cannot be restored: %1").arg(checked.problem));
    m_restore->setEnabled(checked.ok);
}

void RestoreDialog::chooseOtherFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Restore from a File"),
        QFileInfo(m_databasePath).absolutePath(), tr("Loopline databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    m_list->clearSelection();
    select(path);
}

bool RestoreDialog::confirm(
    QWidget *parent, const QString &backup, const FileCheck &checked, const QString &databasePath)
{
    QMessageBox box(QMessageBox::Warning, tr("Restore from a Backup"),
        tr("Replace the database %1 with the backup %2?")
            .arg(QDir::toNativeSeparators(databasePath), QFileInfo(backup).fileName()),
        QMessageBox::Cancel, parent);
    box.setInformativeText(
        tr("The backup holds %1. Changes made since it was taken are not in it. The "
           "current file is kept as %2, and Loopline starts again on the backup.")
            .arg(describeContents(checked), QDir::toNativeSeparators(databasePath + u".before-restore"_s)));
    QPushButton *yes = box.addButton(tr("&Restore"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace loopline
