#include "app/damaged_data_dialog.h"

#include "app/data_location.h"
#include "user/backups.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace hp::ui {

DamagedDataDialog::DamagedDataDialog(const QString &problem, bool haveBackups, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("damagedDataDialog"));
    setWindowTitle(tr("Your data file is damaged"));
    setAccessibleName(tr("Your data file is damaged"));

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("damagedDataText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setAccessibleName(tr("What is wrong with your data file"));
    text->setText(problem + QStringLiteral("\n\n")
                  + (haveBackups ? tr("HealthPath can put the newest backup that is not damaged in its place. The damaged "
                                      "file is kept under another name, not deleted.")
                                 : tr("There is no backup to restore. You can open the file read-only to look at "
                                      "what can still be read.")));
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(text, 1);

    m_restore = new QPushButton(tr("&Restore newest good backup"), this);
    m_restore->setObjectName(QStringLiteral("restoreBackupButton"));
    m_restore->setAccessibleName(tr("Restore newest good backup"));
    m_restore->setEnabled(haveBackups);
    m_readOnly = new QPushButton(tr("&Open read-only"), this);
    m_readOnly->setObjectName(QStringLiteral("openReadOnlyButton"));
    m_readOnly->setAccessibleName(tr("Open read-only"));
    m_quit = new QPushButton(tr("&Quit"), this);
    m_quit->setObjectName(QStringLiteral("quitButton"));
    m_quit->setAccessibleName(tr("Quit"));
    (haveBackups ? m_restore : m_readOnly)->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_readOnly);
    buttons->addWidget(m_quit);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(buttons);
    setMinimumWidth(520);

    connect(m_restore, &QPushButton::clicked, this, [this] { choose(DamagedDataChoice::RestoreBackup); });
    connect(m_readOnly, &QPushButton::clicked, this, [this] { choose(DamagedDataChoice::OpenReadOnly); });
    connect(m_quit, &QPushButton::clicked, this, [this] { choose(DamagedDataChoice::Quit); });
}

QPushButton *DamagedDataDialog::button(DamagedDataChoice choice) const
{
    switch (choice) {
    case DamagedDataChoice::RestoreBackup: return m_restore;
    case DamagedDataChoice::OpenReadOnly: return m_readOnly;
    case DamagedDataChoice::Quit: return m_quit;
    }
    return nullptr;
}

void DamagedDataDialog::choose(DamagedDataChoice choice)
{
    m_choice = choice;
    accept();
}

DamagedDataChooser DamagedDataDialog::interactiveChooser(QWidget *parent, const QString &dataDir)
{
    return [parent, dataDir](const QString &problem) {
        const std::string dir = (dataDir.isEmpty() ? dataDirectory() : dataDir).toStdString();
        DamagedDataDialog dialog(problem, !backups::listBackups(dir).empty(), parent);
        dialog.exec();
        return dialog.choice();
    };
}

} // namespace hp::ui
