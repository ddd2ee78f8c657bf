#ifndef PARSE_ARENA_H
#define PARSE_ARENA_H

#include <stddef.h>

/* Memory for cmark-gfm while it parses one document, handed out from large blocks and taken
   back all at once when the document has been copied.

   A parse makes millions of small allocations (nodes, strings, table cells) and frees each one
   when the tree is freed: about a fifth of cmark-gfm's time in a build went to calloc, realloc
   and free. Here an allocation moves a pointer, freeing does nothing, and the tree is never
   walked to be freed.

   cmark-gfm's allocator is three functions with no context, so each thread parses into an
   arena of its own, a thread-local variable. It is in C because C reaches one in a single
   instruction: found from Swift, through a pthread key, it cost more than the allocation.
   A thread keeps its arena between documents, grown to the largest it parsed (up to 128 MB),
   and frees it when the thread ends. */

/* The three functions of the `cmark_mem` to give `cmark_parser_new_with_mem`. */
void *parse_arena_calloc(size_t count, size_t size);
void *parse_arena_realloc(void *pointer, size_t size);
/* Does nothing: all is taken back at once by `parse_arena_reset`. */
void parse_arena_free(void *pointer);

/* Takes back everything the calling thread's arena handed out. If the document needed more
   than one block, the next starts with one block as large as all of them, unless that is more
   than 128 MB: a huge document's memory is not kept for the thread's life. */
void parse_arena_reset(void);

#endif
