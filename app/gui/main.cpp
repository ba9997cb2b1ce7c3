// healthpath: thin entry point; the application lives in ui/app/launcher.cpp.
#include "app/launcher.h"

int main(int argc, char **argv)
{
    return hp::ui::runGui(argc, argv);
}
