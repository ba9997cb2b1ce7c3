#pragma once
// Restore from backup…: the backups in <data folder>/backups, newest first, with when each was
// taken and its size. The caller confirms and restores the chosen one.

#include "user/backups.h"

#include <QDialog>

#include <vector>

class QDialogButtonBox;
class QTreeWidget;

namespace hp::ui {

class RestoreBackupDialog : public QDialog {
    Q_OBJECT
public:
    RestoreBackupDialog(std::vector<backups::BackupInfo> backups, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QString selectedPath() const;  // empty when nothing is selected
    QString selectedWhen() const;  // the chosen backup's date and time, as shown

    static QString whenText(const backups::BackupInfo &backup); // local date and time

private:
    std::vector<backups::BackupInfo> m_backups;
    QTreeWidget *m_list = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace hp::ui
