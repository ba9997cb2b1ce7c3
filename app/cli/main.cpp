// healthpath-cli: thin entry point; the commands live in core/cli.
#include "cli/cli.h"

#include <iostream>

int main(int argc, char **argv)
{
    return hp::cli::run(std::vector<std::string>(argv + 1, argv + argc), std::cout, std::cerr);
}
