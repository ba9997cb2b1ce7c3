#include "io/atomic_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace hp::io {

namespace {
WriteResult failure(const std::string &path, const std::string &what)
{
    return {false, "Could not write " + path + ": " + what + " (" + std::strerror(errno) + ")."};
}

std::string directoryOf(const std::string &path)
{
    const auto slash = path.rfind('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}
} // namespace

WriteResult writeFileAtomically(const std::string &path, std::string_view content)
{
    std::string temp = path + ".XXXXXX";
    const int fd = ::mkstemp(temp.data());
    if (fd < 0)
        return failure(path, "cannot create a temporary file beside it");
    // Keep the permissions of a file we replace; new files get the usual 0644 less the umask.
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0)
        ::fchmod(fd, st.st_mode & 07777);
    else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        ::fchmod(fd, 0666 & ~mask);
    }
    size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const WriteResult r = failure(path, "writing failed");
            ::close(fd);
            ::unlink(temp.c_str());
            return r;
        }
        written += static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0) {
        const WriteResult r = failure(path, "the disk did not confirm the write");
        ::close(fd);
        ::unlink(temp.c_str());
        return r;
    }
    if (::close(fd) != 0) {
        const WriteResult r = failure(path, "closing the file failed");
        ::unlink(temp.c_str());
        return r;
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        const WriteResult r = failure(path, "replacing the file failed");
        ::unlink(temp.c_str());
        return r;
    }
    // Make the rename itself durable.
    const int dir = ::open(directoryOf(path).c_str(), O_RDONLY | O_DIRECTORY);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

std::string readFile(const std::string &path, std::string *error)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        if (error)
            *error = "Could not open " + path + ": " + std::strerror(errno) + ".";
        return {};
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (error)
        error->clear();
    return buffer.str();
}

} // namespace hp::io
