#include "report/document_export.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>


namespace hp::ui {

QString writePdf(const QTextDocument &document, const QString &path, const QString &title)
{
    // Render into memory first, then save atomically: a failed export never leaves half a file.
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("HealthPath"));
        writer.setPageSize(QPageSize(QPageSize::Letter));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        document.print(&writer);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("HealthPath", "Could not write %1: %2.").arg(path, file.errorString());
    file.write(bytes);
    if (!file.commit())
        return QCoreApplication::translate("HealthPath", "Could not write %1: %2.").arg(path, file.errorString());
    return {};
}

bool printWithDialog(const QTextDocument &document, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("HealthPath", "Print"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    document.print(&printer);
    return true;
}

} // namespace hp::ui
