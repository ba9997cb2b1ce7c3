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
    const std::string_view hex = familyColorHex(family, isDarkPalette(palette));
    return QColor(QLatin1String(hex.data(), static_cast<qsizetype>(hex.size())));
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
