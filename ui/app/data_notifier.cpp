#include "app/data_notifier.h"

namespace hp::ui {

DataNotifier &DataNotifier::instance()
{
    static DataNotifier notifier;
    return notifier;
}

} // namespace hp::ui
