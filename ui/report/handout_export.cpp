#include "report/handout_export.h"

#include "compare/handout.h"
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

void paintHandout(QPagedPaintDevice &device, const KnowledgeBase &kb, const compare::Comparison &c, const QString &generated)
{
    device.setPageSize(QPageSize(QPageSize::Letter));
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    const double scale = device.logicalDpiX() / 72.0;
    PainterCanvas canvas(painter, 612, 792, scale);
    compare::drawHandout(canvas, kb, c, generated.toStdString());
}

QString writeHandoutPdf(const KnowledgeBase &kb, const compare::Comparison &c, const QString &path, const QString &generated)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("HealthPath"));
        QStringList names;
        for (const Role *r : c.roles)
            names << QString::fromStdString(r->shortName);
        writer.setTitle(QCoreApplication::translate("Handout", "HealthPath: comparing %1").arg(names.join(QStringLiteral(", "))));
        paintHandout(writer, kb, c, generated);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("Handout", "Could not write %1: %2.").arg(path, file.errorString());
    return {};
}

bool printHandout(const KnowledgeBase &kb, const compare::Comparison &c, const QString &generated, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    paintHandout(printer, kb, c, generated);
    return true;
}

} // namespace hp::ui
