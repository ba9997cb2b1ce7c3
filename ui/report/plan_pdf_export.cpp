#include "report/plan_pdf_export.h"

#include "plan/plan_pdf.h"
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

int paintPlan(QPagedPaintDevice &device, const plan::Plan &plan)
{
    device.setPageSize(QPageSize(QPageSize::Letter));
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    const double scale = device.logicalDpiX() / 72.0;
    PainterCanvas canvas(painter, 612, 792, scale);
    return plan::drawPlan(plan, canvas, [&device] { device.newPage(); });
}

QString writePlanPdf(const plan::Plan &plan, const QString &path)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("HealthPath"));
        writer.setTitle(QString::fromStdString(plan.title));
        paintPlan(writer, plan);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("hp::ui::PlanView", "Could not write %1: %2.").arg(path, file.errorString());
    return {};
}

bool printPlan(const plan::Plan &plan, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    paintPlan(printer, plan);
    return true;
}

} // namespace hp::ui
