#pragma once
// core's report::Canvas on a QPainter, so the GUI prints and exports exactly the handout layout
// the CLI writes (core/compare/handout.cpp).

#include "report/canvas.h"

#include <QFont>

class QPainter;

namespace hp::ui {

class PainterCanvas : public report::Canvas {
public:
    // `scale` converts points to the painter's device units (device dpi / 72).
    PainterCanvas(QPainter &painter, double pageWidthPt, double pageHeightPt, double scale);

    double pageWidth() const override { return m_width; }
    double pageHeight() const override { return m_height; }
    double textWidth(std::string_view utf8, double size, bool bold) const override;
    void text(double x, double y, std::string_view utf8, double size, bool bold, report::Color color) override;
    void fillRect(double x, double y, double w, double h, report::Color color) override;
    void line(double x1, double y1, double x2, double y2, double width, report::Color color) override;

private:
    QFont font(double size, bool bold) const;
    QPainter &m_painter;
    double m_width, m_height, m_scale;
};

} // namespace hp::ui
