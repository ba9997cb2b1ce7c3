#pragma once
// One colour per role family, used by every chart and list; the hues live in core
// (familyColorHex) so printouts made without Qt use the same ones.

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
