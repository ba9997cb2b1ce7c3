// Built only by the core_rejects_qt test, which expects this to fail: core has no Qt include path.
#include <QString>

int coreMustNotSeeQt()
{
    return QString().size();
}
