// crash_writer PATH: the child of tst_crash_safety. Opens the user database at PATH and adds
// sessions forever, one transaction each, printing "committed <uid>" (flushed) after each commit
// returns. The test kills it with SIGKILL at random moments and then checks that every session
// reported committed is in the file and that the file is sound.
#include "clients/client_store.h"
#include "user/user_store.h"

#include <cstdio>
#include <random>
#include <string>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: crash_writer PATH\n");
        return 2;
    }
    auto opened = hp::UserStore::open(argv[1]);
    if (!opened.store) {
        std::fprintf(stderr, "crash_writer: %s\n", opened.error.c_str());
        return 1;
    }
    hp::clients::ClientStore store(*opened.store);
    std::int64_t clientId = 0;
    if (const auto list = store.list(); !list.empty()) {
        clientId = list.front().id;
    } else {
        hp::clients::Client c;
        c.displayName = "Crash Test Client";
        clientId = store.addClient(c);
    }
    std::mt19937 random(std::random_device{}());
    static const char *const kWords[] = {"coding", "billing", "exam", "CPC", "budget", "childcare", "employer", "tuition",
                                         "remote", "interview", "resume", "veteran", "schedule", "patient", "access"};
    try {
        for (;;) {
            hp::clients::Session s;
            s.uid = hp::clients::newUid();
            s.clientId = clientId;
            s.date = "2026-11-26";
            // Notes of very different lengths, so commits touch from one page to several.
            const int words = std::uniform_int_distribution<int>(3, 600)(random);
            for (int i = 0; i < words; ++i)
                s.notes.append(i ? " " : "").append(kWords[random() % std::size(kWords)]);
            store.addSession(s);
            std::printf("committed %s\n", s.uid.c_str());
            std::fflush(stdout);
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "crash_writer: %s\n", e.what());
        return 1;
    }
}
