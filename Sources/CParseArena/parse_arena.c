#include "parse_arena.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Every allocation starts this far into its slot, after its size; a multiple of 16, so
   allocations are aligned as malloc's are. */
#define HEADER ((size_t)16)
#define MINIMUM_BLOCK_SIZE ((size_t)1 << 20)
/* The most a thread keeps between documents; a review of 150 KB fits in 3 MB. */
#define KEPT_SIZE ((size_t)128 << 20)

/* A block's own header, HEADER bytes long, before the slots it hands out. */
struct block {
    struct block *previous;
    size_t size; /* of the slots, not counting this header */
};

struct arena {
    /* The newest block, linked to the older ones of the same document; the oldest is kept
       across documents. */
    struct block *current;
    size_t used; /* the sizes of all the blocks */
    /* Where the next allocation's slot starts, where the current block ends, and the slot of
       the last allocation, which can grow in place (NULL for none). */
    char *next;
    char *end;
    char *last;
    int releases_at_exit;
};

static _Thread_local struct arena arena;

static pthread_key_t release_key;
static pthread_once_t release_key_once = PTHREAD_ONCE_INIT;

_Static_assert(sizeof(struct block) <= HEADER, "a block's header must fit before its first slot");

static void fail(void) {
    fputs("reviewsite: out of memory while parsing Markdown\n", stderr);
    abort();
}

static void free_blocks(struct block *block) {
    while (block) {
        struct block *previous = block->previous;
        free(block);
        block = previous;
    }
}

static void release(void *value) {
    free_blocks(((struct arena *)value)->current);
}

static void make_release_key(void) {
    if (pthread_key_create(&release_key, release) != 0) fail();
}

/* Makes a block of `size` the current one, and has the thread free its arena when it ends. */
static void push_block(struct arena *a, size_t size) {
    struct block *block = aligned_alloc(HEADER, HEADER + size);
    if (!block) fail();
    block->previous = a->current;
    block->size = size;
    a->current = block;
    a->used += size;
    a->next = (char *)block + HEADER;
    a->end = a->next + size;
    a->last = NULL;
    if (!a->releases_at_exit) {
        pthread_once(&release_key_once, make_release_key);
        if (pthread_setspecific(release_key, a) != 0) fail();
        a->releases_at_exit = 1;
    }
}

/* An allocation's slot: its size, padded so the next slot stays aligned, after the header. */
static size_t slot_size(size_t size) {
    if (size > SIZE_MAX - 2 * HEADER) fail();
    return (HEADER + size + HEADER - 1) & ~(HEADER - 1);
}

static void *allocate(size_t size, int zeroed) {
    struct arena *a = &arena;
    size_t slot_bytes = slot_size(size);
    if ((size_t)(a->end - a->next) < slot_bytes) {
        size_t grown = a->current ? a->current->size * 2 : 0;
        size_t block_size = MINIMUM_BLOCK_SIZE > grown ? MINIMUM_BLOCK_SIZE : grown;
        push_block(a, block_size > slot_bytes ? block_size : slot_bytes);
    }
    char *slot = a->next;
    memcpy(slot, &size, sizeof size);
    a->last = slot;
    a->next += slot_bytes;
    void *payload = slot + HEADER;
    if (zeroed) memset(payload, 0, size);
    return payload;
}

void *parse_arena_calloc(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) fail();
    return allocate(count * size, 1);
}

void *parse_arena_realloc(void *pointer, size_t size) {
    if (!pointer) return allocate(size, 0);
    struct arena *a = &arena;
    char *slot = (char *)pointer - HEADER;
    size_t old_size;
    memcpy(&old_size, slot, sizeof old_size);
    if (slot == a->last && (size_t)(a->end - slot) >= slot_size(size)) {
        memcpy(slot, &size, sizeof size);
        a->next = slot + slot_size(size);
        return pointer;
    }
    void *moved = allocate(size, 0);
    memcpy(moved, pointer, old_size < size ? old_size : size);
    return moved;
}

void parse_arena_free(void *pointer) {
    (void)pointer;
}

void parse_arena_reset(void) {
    struct arena *a = &arena;
    if (!a->current) return;
    if (a->current->previous || a->used > KEPT_SIZE) {
        size_t used = a->used;
        free_blocks(a->current);
        a->current = NULL;
        a->used = 0;
        a->next = a->end = a->last = NULL;
        if (used <= KEPT_SIZE) push_block(a, used);
        return;
    }
    a->next = (char *)a->current + HEADER;
    a->end = a->next + a->current->size;
    a->last = NULL;
}
