#include "theme/family_palette.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>

namespace hp::ui {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.45;
}

QColor familyColor(Family family, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (family) {
    case Family::Coder: return dark ? QColor(0x56, 0xB4, 0xE9) : QColor(0x00, 0x72, 0xB2);         // sky blue / blue
    case Family::Biller: return dark ? QColor(0xF0, 0xC0, 0x4A) : QColor(0xE6, 0x9F, 0x00);        // yellow / orange
    case Family::Auditor: return dark ? QColor(0x3D, 0xC9, 0xA0) : QColor(0x00, 0x9E, 0x73);       // bluish green
    case Family::Administrator: return dark ? QColor(0xF0, 0x7A, 0x3A) : QColor(0xD5, 0x5E, 0x00); // vermillion
    case Family::Adjacent: return dark ? QColor(0xE0, 0x9A, 0xC4) : QColor(0xCC, 0x79, 0xA7);      // reddish purple
    }
    return QColor(Qt::gray);
}

QColor familyColor(Family family)
{
    return familyColor(family, QApplication::palette());
}

QString familyName(Family family)
{
    switch (family) {
    case Family::Coder: return QApplication::translate("HealthPath", "Coding");
    case Family::Biller: return QApplication::translate("HealthPath", "Billing");
    case Family::Auditor: return QApplication::translate("HealthPath", "Auditing & documentation");
    case Family::Administrator: return QApplication::translate("HealthPath", "Administration");
    case Family::Adjacent: return QApplication::translate("HealthPath", "Adjacent roles");
    }
    return {};
}

QIcon familySwatch(Family family, int size)
{
    const qreal dpr = qApp ? qApp->devicePixelRatio() : 1.0;
    QPixmap pm(QSize(size, size) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(familyColor(family));
    p.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), 3, 3);
    return QIcon(pm);
}

} // namespace hp::ui
