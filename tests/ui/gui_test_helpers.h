#pragma once
// Helpers shared by the GUI tests: driving widgets the way a person does.

#include <QApplication>
#include <QComboBox>
#include <QListView>
#include <QTest>

namespace hp::test {

// Opens a combo box's popup with the mouse and clicks the entry with this text.
inline void pickWithMouse(QComboBox *combo, const QString &text)
{
    QTest::mouseClick(combo, Qt::LeftButton);
    QListView *popup = combo->findChild<QListView *>();
    QVERIFY(popup);
    QTRY_VERIFY(popup->isVisible());
    const int row = combo->findText(text);
    QVERIFY2(row >= 0, qPrintable(text));
    const QModelIndex idx = popup->model()->index(row, 0);
    popup->scrollTo(idx);
    // A combo box ignores a release that comes within a double-click interval of opening.
    QTest::qWait(QApplication::doubleClickInterval() + 100);
    QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, popup->visualRect(idx).center());
    QTRY_COMPARE(combo->currentText(), text);
}

} // namespace hp::test
