#include "app/restore_backup_dialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hp::ui {

RestoreBackupDialog::RestoreBackupDialog(std::vector<backups::BackupInfo> backups, QWidget *parent)
    : QDialog(parent)
    , m_backups(std::move(backups))
    , m_list(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from backup"));
    auto *intro = new QLabel(tr("Choose the backup to go back to. Your data as it is now is copied aside first, so "
                                "nothing is lost."),
                             this);
    intro->setWordWrap(true);
    auto *listLabel = new QLabel(tr("&Backups, newest first:"), this);
    listLabel->setBuddy(m_list);

    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups, newest first"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Taken"), tr("Size")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    const QLocale locale;
    for (const auto &b : m_backups) {
        auto *item = new QTreeWidgetItem(m_list, {whenText(b), locale.formattedDataSize(b.bytes)});
        item->setData(0, Qt::UserRole, QString::fromStdString(b.path));
        item->setToolTip(0, QDir::toNativeSeparators(QString::fromStdString(b.path)));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));

    QPushButton *restore = m_buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    restore->setAccessibleName(tr("Restore the chosen backup"));
    restore->setDefault(true);
    restore->setEnabled(m_list->currentItem() != nullptr);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_list, &QTreeWidget::currentItemChanged, restore, [restore](QTreeWidgetItem *current) { restore->setEnabled(current); });
    connect(m_list, &QTreeWidget::itemActivated, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(460, 340);
}

QString RestoreBackupDialog::selectedPath() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

QString RestoreBackupDialog::selectedWhen() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->text(0) : QString();
}

QString RestoreBackupDialog::whenText(const backups::BackupInfo &backup)
{
    const QDateTime taken = QDateTime::fromString(QString::fromStdString(backup.takenAt), Qt::ISODate);
    if (!taken.isValid())
        return QString::fromStdString(backup.takenAt);
    return QLocale().toString(taken.toLocalTime(), QLocale::ShortFormat);
}

} // namespace hp::ui
