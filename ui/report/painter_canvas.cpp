#include "report/painter_canvas.h"

#include <QFontMetricsF>
#include <QPainter>

namespace hp::ui {

PainterCanvas::PainterCanvas(QPainter &painter, double pageWidthPt, double pageHeightPt, double scale)
    : m_painter(painter)
    , m_width(pageWidthPt)
    , m_height(pageHeightPt)
    , m_scale(scale)
{
}

QFont PainterCanvas::font(double size, bool bold) const
{
    QFont f(QStringLiteral("Helvetica"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(std::max(1, int(size * m_scale + 0.5)));
    f.setBold(bold);
    return f;
}

double PainterCanvas::textWidth(std::string_view utf8, double size, bool bold) const
{
    const QFontMetricsF metrics(font(size, bold), m_painter.device());
    return metrics.horizontalAdvance(QString::fromUtf8(utf8.data(), qsizetype(utf8.size()))) / m_scale;
}

void PainterCanvas::text(double x, double y, std::string_view utf8, double size, bool bold, report::Color color)
{
    m_painter.setFont(font(size, bold));
    m_painter.setPen(QColor(color.r, color.g, color.b));
    m_painter.drawText(QPointF(x * m_scale, y * m_scale), QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
}

void PainterCanvas::fillRect(double x, double y, double w, double h, report::Color color)
{
    m_painter.fillRect(QRectF(x * m_scale, y * m_scale, w * m_scale, h * m_scale), QColor(color.r, color.g, color.b));
}

void PainterCanvas::line(double x1, double y1, double x2, double y2, double width, report::Color color)
{
    m_painter.setPen(QPen(QColor(color.r, color.g, color.b), width * m_scale));
    m_painter.drawLine(QPointF(x1 * m_scale, y1 * m_scale), QPointF(x2 * m_scale, y2 * m_scale));
}

} // namespace hp::ui
