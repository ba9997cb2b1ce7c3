#include "report/session_handout_export.h"

#include "report/painter_canvas.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>

namespace hp::ui {

int paintSessionHandout(QPagedPaintDevice &device, const KnowledgeBase &kb, const clients::Client &client,
                        const clients::Session &session, const clients::HandoutOptions &options)
{
    device.setPageSize(QPageSize(QPageSize::Letter));
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    const double scale = device.logicalDpiX() / 72.0;
    PainterCanvas canvas(painter, 612, 792, scale);
    return clients::drawHandout(kb, client, session, options, canvas, [&device] { device.newPage(); });
}

QString writeSessionHandoutPdf(const KnowledgeBase &kb, const clients::Client &client, const clients::Session &session,
                               const clients::HandoutOptions &options, const QString &path)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("HealthPath"));
        writer.setTitle(QCoreApplication::translate("hp::ui::ClientsView", "Session summary for %1")
                            .arg(QString::fromStdString(client.displayName)));
        paintSessionHandout(writer, kb, client, session, options);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("hp::ui::ClientsView", "Could not write %1: %2.").arg(path, file.errorString());
    return {};
}

bool printSessionHandout(const KnowledgeBase &kb, const clients::Client &client, const clients::Session &session,
                         const clients::HandoutOptions &options, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    paintSessionHandout(printer, kb, client, session, options);
    return true;
}

} // namespace hp::ui
