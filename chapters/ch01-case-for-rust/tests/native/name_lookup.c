/* A name lookup in a statically linked C program: glibc's linker warns that getaddrinfo still
 * needs glibc's shared libraries (its NSS modules) at run time. Built by tests/deployment.rs; the
 * same caveat applies to a Rust crt-static build that resolves names. */
#include <netdb.h>
#include <stddef.h>

int main(int argc, char **argv) {
    struct addrinfo *found = NULL;
    const char *host = argc > 1 ? argv[1] : "localhost";
    return getaddrinfo(host, NULL, NULL, &found) != 0;
}
