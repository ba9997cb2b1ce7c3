#pragma once
// One colour per role family, used by every chart and list. The hues are the Okabe–Ito palette,
// chosen because they stay distinguishable with the common forms of colour blindness; dark
// palettes get lighter variants of the same hues so they keep their contrast.

#include "domain/family.h"

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

namespace hp::ui {

bool isDarkPalette(const QPalette &palette);
QColor familyColor(Family family, const QPalette &palette);
QColor familyColor(Family family); // for the application's current palette
QString familyName(Family family); // translated display name
QIcon familySwatch(Family family, int size = 12);

} // namespace hp::ui
