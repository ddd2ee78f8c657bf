#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
/* The extension struct, so a parse can use autolink's inline matching without its e-mail pass. */
#include <cmark-gfm/syntax_extension.h>
