/*
 * Preloaded into reviewsite under valgrind 3.19 (Debian 12), which otherwise dies at start-up.
 *
 * When a Swift program's main thread ends in dispatch_main, libdispatch calls sigsuspend with a
 * signal mask in read-only memory, and valgrind 3.19 writes into the mask it is given: it
 * removes its own signal from it, and takes a segmentation fault. This sigsuspend hands the
 * kernel a copy on the stack instead. It changes nothing else; valgrind's later releases copy
 * the mask themselves.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

int sigsuspend(const sigset_t *mask) {
    sigset_t copy = *mask;
    return (int)syscall(SYS_rt_sigsuspend, &copy, _NSIG / 8);
}
